#include "io/csvreader.h"
#include "readertestsupport.h"

#include <QtTest>

using namespace entente;
using namespace entente::testsupport;
using namespace Qt::StringLiterals;

namespace {

// Diagnostics name files by the path given; the expected files by name only.
Diagnostics withFileNames(Diagnostics diagnostics)
{
    for (Diagnostic &d : diagnostics)
        d.file = QFileInfo(d.file).fileName();
    return diagnostics;
}

LoadResult loadValid(const QString &name, const LoadLimits &limits = {})
{
    return loadCsvFile(dataDir(u"csv"_s, u"valid"_s) + u'/' + name, limits);
}

LoadResult readText(const QByteArray &edges, const QString &name = u"mem.csv"_s)
{
    return readCsv({edges, name});
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void validFilesLoad_data() { addFileRows(dataDir(u"csv"_s, u"valid"_s), {u".csv"_s, u".tsv"_s}); }
    void validFilesLoad()
    {
        QFETCH(QString, path);
        const LoadResult result = loadCsvFile(path);
        checkDocument(result);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(result.document->graph.nodeCount() > 0);
        QCOMPARE(result.document->dialect, u"csv"_s);
    }

    // A nodes file of a pair is loaded through its edges file: one row each pair.
    void invalidFilesReportTheirProblems_data()
    {
        addFileRows(dataDir(u"csv"_s, u"invalid"_s), {u".csv"_s, u".tsv"_s}, {u".nodes.csv"_s});
    }
    void invalidFilesReportTheirProblems()
    {
        QFETCH(QString, path);
        const LoadResult result = loadCsvFile(path);
        QVERIFY(!result.ok());
        compareWithExpected(withFileNames(result.diagnostics), path);
    }

    void bomCrlfQuotesAndNewlines()
    {
        const LoadResult result = loadValid(u"summit_edges_bom_crlf.csv"_s);
        QVERIFY(result.ok());
        const RelationshipGraph &g = result.document->graph;
        QCOMPARE(g.nodeCount(), 3);
        QCOMPARE(g.nodeId(0), u"sap"_s);   // no BOM in the first id
        QCOMPARE(g.edgeCount(), 3);
        QVERIFY(!g.isDirected());
        QCOMPARE(g.edgeRelation(0), u"partnership"_s);
        QCOMPARE(g.edgeDate(0), u"2025-11-18"_s);
        QCOMPARE(g.edgeVolume(0), 120000000.0);
        QVERIFY(std::isnan(g.edgeVolume(1)));
        QCOMPARE(attributeValue(g.edgeAttributes(0), u"note"), QJsonValue(u"cloud, AI"_s));
        QCOMPARE(attributeValue(g.edgeAttributes(1), u"note"),
                 QJsonValue(u"He said \"yes\"\r\non two lines"_s));
        QVERIFY(attributeValue(g.edgeAttributes(2), u"note").isUndefined());
    }

    void nodesAndEdgesPairWithSemicolons()
    {
        // Opening either file of the pair loads both.
        for (const QString &name : {u"partners.edges.csv"_s, u"partners.nodes.csv"_s}) {
            const LoadResult result = loadValid(name);
            QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
            const GraphDocument &d = *result.document;
            const RelationshipGraph &g = d.graph;
            QCOMPARE(g.nodeCount(), 3);
            QCOMPARE(g.edgeCount(), 3);
            QCOMPARE(g.nodeLabel(0), u"SAP SE"_s);
            QCOMPARE(g.nodeLabel(2), u"EU AI; alliance"_s);
            QCOMPARE(g.nodeKind(2), u"alliance"_s);
            QCOMPARE(g.nodeCountries(2), (QStringList{u"DE"_s, u"FR"_s}));
            QCOMPARE(g.nodeSectors(0), (QStringList{u"software"_s, u"cloud"_s}));
            QCOMPARE(attributeValue(g.nodeAttributes(0), u"employees"), QJsonValue(108000));
            QCOMPARE(attributeValue(g.nodeAttributes(1), u"listed"), QJsonValue(false));
            QCOMPARE(d.positions.at(1), QPointF(-5, 7.5));
            QVERIFY(!d.positions.known[2]);
            // One text value makes the whole column text.
            QCOMPARE(attributeValue(g.edgeAttributes(0), u"weight"), QJsonValue(u"1.5"_s));
            QCOMPARE(attributeValue(g.edgeAttributes(2), u"weight"), QJsonValue(u"n/a"_s));
        }
    }

    void gephiSpreadsheetExport()
    {
        const LoadResult result = loadValid(u"gephi [Edges].csv"_s);
        QVERIFY(result.ok());
        const RelationshipGraph &g = result.document->graph;
        QCOMPARE(g.nodeCount(), 3);
        QCOMPARE(g.nodeLabel(2), u"Dassault"_s);
        QVERIFY(g.isDirected());
        QCOMPARE(g.edgeLabel(1), u"supplies"_s);
        QCOMPARE(attributeValue(g.edgeAttributes(1), u"Weight"), QJsonValue(3.0));
        QCOMPARE(attributeValue(g.nodeAttributes(2), u"modularity_class"), QJsonValue(2));
        QVERIFY(attributeValue(g.nodeAttributes(0), u"timeset").isUndefined());
    }

    void headerlessEdgeList()
    {
        const LoadResult result = loadValid(u"bench_edgelist.tsv"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.document->graph.nodeCount(), 4);
        QCOMPARE(result.document->graph.edgeCount(), 4);
        QCOMPARE(result.document->graph.nodeId(3), u"n3"_s);
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("comma") << QByteArray("source,target,label\na,b,x;y|z\n");
        QTest::addRow("semicolon") << QByteArray("source;target;label\na;b;x,y|z\n");
        QTest::addRow("tab") << QByteArray("source\ttarget\tlabel\na\tb\tx,y\n");
        QTest::addRow("pipe") << QByteArray("source|target|label\na|b|x,y\n");
        QTest::addRow("quoted delimiters in header") << QByteArray("\"source\",\"target\",\"a;b;c\"\na,b,x\n");
    }
    void delimiterDetection()
    {
        QFETCH(QByteArray, text);
        const LoadResult result = readText(text);
        QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
        QCOMPARE(result.document->graph.nodeCount(), 2);
        QCOMPARE(result.document->graph.nodeId(1), u"b"_s);
    }

    void partnerNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("partner");
        QTest::addRow("dotted") << u"/d/foo.edges.csv"_s << u"/d/foo.nodes.csv"_s;
        QTest::addRow("underscore") << u"/d/foo_nodes.tsv"_s << u"/d/foo_edges.tsv"_s;
        QTest::addRow("plain") << u"/d/edges.csv"_s << u"/d/nodes.csv"_s;
        QTest::addRow("capitalised") << u"/d/Nodes.csv"_s << u"/d/Edges.csv"_s;
        QTest::addRow("gephi") << u"/d/g [Edges].csv"_s << u"/d/g [Nodes].csv"_s;
        QTest::addRow("none") << u"/d/graph.csv"_s << QString();
        QTest::addRow("word inside") << u"/d/knodes.csv"_s << QString();
    }
    void partnerNames()
    {
        QFETCH(QString, path);
        QFETCH(QString, partner);
        QCOMPARE(csvPartnerPath(path), partner);
    }

    void limitsBecomeErrors()
    {
        LoadLimits limits;
        limits.maxNodes = 2;
        LoadResult result = loadValid(u"partners.edges.csv"_s, limits);
        QVERIFY(!result.ok());
        QVERIFY(result.diagnostics.last().message.endsWith(u"more than 2 nodes"_s));
        limits = {};
        limits.maxEdges = 1;
        result = loadValid(u"partners.edges.csv"_s, limits);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.last().message, u"more than 1 edges"_s);
        limits = {};
        limits.maxStringBytes = 28;
        result = loadValid(u"partners.edges.csv"_s, limits);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.last().message, u"row 4: a field is longer than 28 bytes"_s);
    }

    void longLineIsBounded()
    {
        // A 64 MB field against a 16 MB limit: an error, found in one pass.
        QByteArray text = "source,target\na,";
        text += QByteArray(64 << 20, 'x');
        const LoadResult result = readText(text);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.last().toString(),
                 u"mem.csv:2:3: row 2: a field is longer than 16777216 bytes"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
