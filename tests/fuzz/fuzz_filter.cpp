// libFuzzer harness: parseFilterExpression, with the summit dataset's index so that
// facet names and values resolve, must return a filter or a message, never crash.
#include "filter/filterexpression.h"
#include "filter/filterindex.h"
#include "io/graphio.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const entente::FilterIndex index = [] {
        const entente::LoadResult summit =
            entente::loadGraphFile(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json"));
        return summit.ok() ? entente::FilterIndex(summit.document->graph) : entente::FilterIndex();
    }();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)entente::parseFilterExpression(text, &index);
    (void)entente::parseFilterExpression(text, nullptr);
    return 0;
}
