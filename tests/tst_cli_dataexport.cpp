// `entente FILE --export OUT` for the data formats, as a user runs it: every
// format in one call shares one layout, --filter narrows every file, and
// failures give the documented exit codes.

#include "clirunner.h"
#include "io/dataexport.h"
#include "io/graphio.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

const QString summit = QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json");
const QStringList suffixes = {u".cyjs"_s, u".graphml"_s, u".gexf"_s, u".dot"_s, u".csv"_s, u".json"_s};

// Positions by node id, from whichever file.
QHash<QString, QPointF> positionsOf(const GraphDocument &document)
{
    QHash<QString, QPointF> positions;
    for (NodeIndex n = 0; n < NodeIndex(document.graph.nodeCount()); ++n) {
        if (document.positions.known[n])
            positions.insert(document.graph.nodeId(n), document.positions.at(n));
    }
    return positions;
}

} // namespace

class TestCliDataExport : public QObject
{
    Q_OBJECT

private slots:
    void everyFormatSharesOneLayout_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addRow("whole graph") << QStringList();
        QTest::addRow("filtered") << QStringList{u"--filter"_s, u"country:FR"_s};
    }
    void everyFormatSharesOneLayout()
    {
        QFETCH(QStringList, extra);
        QTemporaryDir dir;
        // --layout forces a fresh layout: positions come from it, not the file.
        QStringList arguments{summit, u"--layout"_s, u"force"_s, u"--seed"_s, u"7"_s};
        arguments += extra;
        for (const QString &suffix : suffixes)
            arguments += {u"--export"_s, dir.filePath(u"out"_s + suffix)};
        arguments += {u"--export"_s, dir.filePath(u"out.tsv"_s), u"--timings"_s};
        const CliRun run = runEntente(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out.count("LAYOUT_SECONDS="), 1);   // one layout for all

        const LoadResult original = loadGraphFile(summit);
        QVERIFY(original.ok());
        QHash<QString, QPointF> reference;
        for (const QString &suffix : suffixes) {
            const QString path = dataExportPaths(dir.filePath(u"out"_s + suffix)).last();
            const LoadResult read = loadGraphFile(path);
            QVERIFY2(read.ok(), qPrintable(path));
            const RelationshipGraph &g = read.document->graph;
            if (extra.isEmpty()) {
                QCOMPARE(g.nodeCount(), original.document->graph.nodeCount());
                QCOMPARE(g.edgeCount(), original.document->graph.edgeCount());
            } else {
                QCOMPARE(g.nodeCount(), 13);
                for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n)
                    QVERIFY2(g.nodeCountries(n).contains(u"FR"_s), qPrintable(suffix + u' ' + g.nodeId(n)));
            }
            const QHash<QString, QPointF> positions = positionsOf(*read.document);
            QCOMPARE(positions.size(), g.nodeCount());
            if (reference.isEmpty())
                reference = positions;
            else
                QVERIFY2(positions == reference, qPrintable(suffix + u": other positions than "_s + suffixes.front()));
        }
        // The TSV (9 significant digits) agrees too.
        QFile tsv(dir.filePath(u"out.tsv"_s));
        QVERIFY(tsv.open(QIODevice::ReadOnly));
        int lines = 0;
        for (const QByteArray &line : tsv.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> fields = line.split('\t');
            QCOMPARE(fields.size(), 3);
            const QPointF p = reference.value(QString::fromUtf8(fields[0]));
            QVERIFY(qAbs(fields[1].toDouble() - p.x()) <= 1e-6 * qMax(1.0, qAbs(p.x())));
            QVERIFY(qAbs(fields[2].toDouble() - p.y()) <= 1e-6 * qMax(1.0, qAbs(p.y())));
            ++lines;
        }
        QCOMPARE(lines, reference.size());
    }

    void failures()
    {
        QTemporaryDir dir;
        const CliRun unknown = runEntente({summit, u"--export"_s, dir.filePath(u"out.xyz"_s)});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("graphml"));
        const QString unwritable = dir.filePath(u"missing/dir/out.gexf"_s);
        const CliRun failed = runEntente({summit, u"--export"_s, unwritable});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(unwritable.toUtf8()), failed.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDataExport)
#include "tst_cli_dataexport.moc"
