// libFuzzer harness: readGraphMl must return diagnostics, never crash, hang or leak.
#include "io/graphmlreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    entente::LoadLimits limits;
    limits.maxFileBytes = 1 << 20;   // keep each run small; the limit itself is tested in tst_limits
    (void)entente::readGraphMl(bytes, QStringLiteral("fuzz.graphml"), limits);
    return 0;
}
