#pragma once

#include <functional>

namespace entente {

// Progress of a long write (a data export): called with the fraction done,
// 0 to 1, every few thousand rows. Returning false asks the writer to stop;
// a writer that stopped returns nothing and exportGraphFile writes no file.
using ExportProgress = std::function<bool(double fraction)>;

} // namespace entente
