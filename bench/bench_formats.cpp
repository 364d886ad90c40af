// Load times of the flat formats on the bench graphs (DOT through cgraph, TSV
// edge lists), as loadGraphFile runs them. Usage: bench_formats [GRAPH_DIR]
// (default /work/benchrun/graphs); prints one line per file. DOT time is
// almost all cgraph's agmemread (14 s of 16 s for g100k.dot on the bench machine).

#include "io/graphio.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

using namespace entente;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/work/benchrun/graphs");
    QTextStream out(stdout);
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.dot"), QStringLiteral("*.tsv")},
                                                  QDir::Files, QDir::Size | QDir::Reversed);
    for (const QString &name : names) {
        QElapsedTimer timer;
        timer.start();
        const LoadResult result = loadGraphFile(dir + QLatin1Char('/') + name);
        const qint64 ms = timer.elapsed();
        out << name << ": " << (result.ok() ? QStringLiteral("%1 nodes, %2 edges")
                                                  .arg(result.document->graph.nodeCount())
                                                  .arg(result.document->graph.edgeCount())
                                            : formatDiagnostics(result.diagnostics))
            << ", " << ms << " ms" << Qt::endl;
    }
    return 0;
}
