#pragma once

// Private to entente_core: turning byte offsets into the line and column that
// diagnostics print. Readers keep byte offsets while they work and convert only
// the few they report, in one sweep over the text.

#include <QtGlobal>
#include <vector>

namespace entente {

struct TextPosition
{
    int line = 0;     // 1-based
    int column = 0;   // 1-based, in Unicode characters (UTF-8 continuation bytes do not count)
};

// Positions of `offsets` (any order, duplicates allowed) in `data`; an offset
// past the end maps to the end. One pass over data up to the largest offset.
std::vector<TextPosition> textPositions(const char *data, qsizetype size,
                                        const std::vector<qint64> &offsets);

TextPosition textPosition(const char *data, qsizetype size, qint64 offset);

} // namespace entente
