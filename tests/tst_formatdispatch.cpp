#include "io/graphio.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {
QString data(const QString &relative)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/") + relative;
}
} // namespace

// loadGraphFile's table: every format of the formats issue is reached by its
// endings, and by its content when the ending says nothing.
class TestFormatDispatch : public QObject
{
    Q_OBJECT

private slots:
    void byExtension_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("nodes");
        QTest::addRow("graphml") << data(u"graphml/valid/networkx_karate.graphml"_s) << u"graphml"_s << 34;
        QTest::addRow("xml") << data(u"graphml/valid/doctype_without_entities.xml"_s) << u"graphml"_s << 2;
        QTest::addRow("gexf") << data(u"gexf/valid/networkx_karate.gexf"_s) << u"gexf"_s << 34;
        QTest::addRow("gv") << data(u"dot/valid/clusters.gv"_s) << u"dot"_s << 10;
        QTest::addRow("dot") << data(u"dot/valid/summit_attributes.dot"_s) << u"dot"_s << 3;
        QTest::addRow("csv pair") << data(u"csv/valid/partners.edges.csv"_s) << u"csv"_s << 3;
        QTest::addRow("tsv edge list") << data(u"csv/valid/bench_edgelist.tsv"_s) << u"csv"_s << 4;
    }
    void byExtension()
    {
        QFETCH(QString, path);
        QFETCH(QString, dialect);
        QFETCH(int, nodes);
        const LoadResult result = loadGraphFile(path);
        QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
        QCOMPARE(result.document->dialect, dialect);
        QCOMPARE(result.document->graph.nodeCount(), nodes);
    }

    void errorsNameThePathGiven()
    {
        const QString path = data(u"csv/invalid/unknown_endpoint.edges.csv"_s);
        const LoadResult result = loadGraphFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.value(0).file, path);
    }

    void byContent_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("dialect");
        QTest::addRow("graphml") << data(u"graphml/valid/typed_defaults.graphml"_s) << u"graphml"_s;
        QTest::addRow("gexf") << data(u"gexf/valid/gephi_1_3.gexf"_s) << u"gexf"_s;
        QTest::addRow("dot") << data(u"dot/valid/fsm.gv"_s) << u"dot"_s;
    }
    void byContent()
    {
        QFETCH(QString, source);
        QFETCH(QString, dialect);
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"graph.data"_s);
        QVERIFY(QFile::copy(source, copy));
        const LoadResult result = loadGraphFile(copy);
        QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
        QCOMPARE(result.document->dialect, dialect);
    }

    void openDialogFilters()
    {
        const QStringList filters = openFileFilters();
        QVERIFY(filters.first().startsWith(u"Graph files ("_s));
        for (const char *pattern : {"*.json", "*.graphml", "*.xml", "*.gexf", "*.csv", "*.tsv", "*.dot", "*.gv"})
            QVERIFY2(filters.first().contains(QLatin1StringView(pattern)), pattern);
        QVERIFY(filters.contains(u"GEXF files (*.gexf)"_s));
        QCOMPARE(filters.last(), u"All files (*)"_s);
    }
};

QTEST_GUILESS_MAIN(TestFormatDispatch)
#include "tst_formatdispatch.moc"
