#pragma once

#include <QtGlobal>

#include <climits>

namespace entente {

// The count handed to tr()'s numerus argument (an int) for a message about `n`
// things: limits are qint64, and beyond INT_MAX every language uses its plural
// anyway.
inline int numerus(qint64 n)
{
    return n > INT_MAX ? INT_MAX : n < 0 ? 0 : int(n);
}

} // namespace entente
