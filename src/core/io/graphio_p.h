#pragma once

// Private to entente_core: what the readers share with loadGraphFile.

#include <QtGlobal>

namespace entente {

// Spare bytes loadGraphFile reserves after a file's contents so that the JSON
// reader (simdjson reads up to 64 bytes past the end) can use the buffer as is.
constexpr qsizetype jsonReadPadding = 64;

} // namespace entente
