// libFuzzer harness for readCsv: an edges file alone or with a nodes file must
// return a document or diagnostics, never crash, hang, leak or run into
// undefined behaviour.
//
// The first byte chooses the mode: bit 0 set means the rest holds a nodes
// file, then the separator line "\n%%edges%%\n", then the edges file; bit 1
// names the edges file .tsv (a header-less .tsv is a plain edge list) instead
// of .csv. make-corpus.sh writes the seeds in this shape.
#include "io/csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t mode = data[0];
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString edgesName = (mode & 2) ? QStringLiteral("fuzz.edges.tsv")
                                         : QStringLiteral("fuzz.edges.csv");
    entente::LoadLimits limits;
    limits.maxFileBytes = 1 << 20;   // keep each run small; the limit itself is tested in tst_limits
    std::optional<entente::CsvInput> nodes;
    entente::CsvInput edges{rest, edgesName};
    if (mode & 1) {
        static const QByteArray separator = QByteArrayLiteral("\n%%edges%%\n");
        const qsizetype at = rest.indexOf(separator);
        if (at >= 0) {
            nodes = entente::CsvInput{rest.left(at), QStringLiteral("fuzz.nodes.csv")};
            edges.data = rest.mid(at + separator.size());
        }
    }
    (void)entente::readCsv(edges, nodes, limits);
    return 0;
}
