// libFuzzer harness for readGraphJson: every JSON dialect must return a document
// or diagnostics, never crash, hang, leak or run into undefined behaviour.
//
// The first byte chooses the dialect, so that each one is reached whatever
// the rest looks like: 0 hands the rest over as it is (the reader detects the
// dialect by shape); 1-5 insert, right after the rest's first '{', the key
// that makes the detection choose native, node-link, cytoscape, graphology or
// JGF (see Reader::detect in src/core/io/jsonreader.cpp). make-corpus.sh
// writes each seed file once per selector.
#include "io/graphio.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const char *const forcingKeys[] = {
        "",
        "\"format\":\"entente\",",   // native
        "\"directed\":false,",       // node-link
        "\"elements\":[],",          // cytoscape
        "\"options\":{},",           // graphology
        "\"graphs\":[],",            // JGF
    };
    const std::size_t selector = data[0] % std::size(forcingKeys);
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (selector != 0) {
        const qsizetype brace = bytes.indexOf('{');
        if (brace >= 0)
            bytes.insert(brace + 1, forcingKeys[selector]);
    }
    entente::LoadLimits limits;
    limits.maxFileBytes = 1 << 20;   // keep each run small; the limit itself is tested in tst_limits
    (void)entente::readGraphJson(bytes, QStringLiteral("fuzz.json"), limits);
    return 0;
}
