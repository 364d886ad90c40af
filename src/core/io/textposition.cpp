#include "textposition_p.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

namespace entente {

namespace {
qint64 countCharacters(const char *begin, const char *end)
{
    qint64 count = 0;
    for (const char *p = begin; p < end; ++p)
        count += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
    return count;
}
} // namespace

std::vector<TextPosition> textPositions(const char *data, qsizetype size,
                                        const std::vector<qint64> &offsets)
{
    std::vector<std::size_t> order(offsets.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });

    std::vector<TextPosition> result(offsets.size());
    int line = 1;
    qint64 column = 1;   // column of `pos`
    qint64 pos = 0;
    for (std::size_t i : order) {
        const qint64 target = std::clamp<qint64>(offsets[i], 0, size);
        // Lines are counted with memchr; the column only over the last line, and
        // incrementally, so that a 100 MB file on one line stays one pass.
        while (pos < target) {
            const void *nl = std::memchr(data + pos, '\n', std::size_t(target - pos));
            if (!nl)
                break;
            ++line;
            column = 1;
            pos = static_cast<const char *>(nl) - data + 1;
        }
        column += countCharacters(data + pos, data + target);
        pos = target;
        result[i] = TextPosition{line, int(std::min<qint64>(column, std::numeric_limits<int>::max()))};
    }
    return result;
}

TextPosition textPosition(const char *data, qsizetype size, qint64 offset)
{
    return textPositions(data, size, {offset}).front();
}

} // namespace entente
