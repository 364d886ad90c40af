// libFuzzer harness: readDot must return diagnostics, never crash, hang or leak.
#include "io/dotreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    entente::LoadLimits limits;
    limits.maxFileBytes = 1 << 20;   // keep each run small; the limit itself is tested in tst_limits
    (void)entente::readDot(bytes, QStringLiteral("fuzz.gv"), limits);
    return 0;
}
