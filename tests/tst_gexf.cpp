#include "io/gexfreader.h"
#include "readertestsupport.h"

#include <QtTest>

using namespace entente;
using namespace entente::testsupport;
using namespace Qt::StringLiterals;

class TestGexf : public QObject
{
    Q_OBJECT

    static LoadResult load(const QString &name, const LoadLimits &limits = {})
    {
        return readGexf(readAll(dataDir(u"gexf"_s, u"valid"_s) + u'/' + name), name, limits);
    }

private slots:
    void validFilesLoad_data() { addFileRows(dataDir(u"gexf"_s, u"valid"_s), {u".gexf"_s}); }
    void validFilesLoad()
    {
        QFETCH(QString, path);
        const LoadResult result = readGexf(readAll(path), fileNameOf(path));
        checkDocument(result);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(result.document->graph.nodeCount() > 0);
        QCOMPARE(result.document->dialect, u"gexf"_s);
    }

    void invalidFilesReportTheirProblems_data() { addFileRows(dataDir(u"gexf"_s, u"invalid"_s), {u".gexf"_s}); }
    void invalidFilesReportTheirProblems()
    {
        QFETCH(QString, path);
        const LoadResult result = readGexf(readAll(path), fileNameOf(path));
        QVERIFY(!result.ok());
        compareWithExpected(result.diagnostics, path);
    }

    void networkxKarateClub()
    {
        const LoadResult result = load(u"networkx_karate.gexf"_s);
        QVERIFY(result.ok());
        const RelationshipGraph &g = result.document->graph;
        QCOMPARE(g.nodeCount(), 34);
        QCOMPARE(g.edgeCount(), 78);
        QVERIFY(!g.isDirected());
        QCOMPARE(g.nodeLabel(0), u"member 0"_s);
        QCOMPARE(g.nodeKind(0), u"person"_s);
        QCOMPARE(attributeValue(g.nodeAttributes(0), u"instructor"), QJsonValue(true));
        QCOMPARE(attributeValue(g.nodeAttributes(0), u"degree"), QJsonValue(16));
        QCOMPARE(g.edgeRelation(0), u"friendship"_s);
        QVERIFY(result.diagnostics.isEmpty());
    }

    void networkxVizBecomesPositionsAndStyle()
    {
        const LoadResult result = load(u"networkx_lesmiserables.gexf"_s);
        QVERIFY(result.ok());
        const GraphDocument &d = *result.document;
        QCOMPARE(d.graph.nodeCount(), 77);
        QCOMPARE(d.graph.edgeCount(), 254);
        QVERIFY(d.positions.allKnown());
        // Gephi's y points up: flipped for the screen.
        QCOMPARE(d.positions.at(0), QPointF(74.979, -75.065));
        QCOMPARE(attributeValue(d.graph.nodeAttributes(0), u"viz_color"), QJsonValue(u"#c81e3c"_s));
        QCOMPARE(attributeValue(d.graph.nodeAttributes(0), u"viz_size"), QJsonValue(5.0));
    }

    void gephi13()
    {
        const LoadResult result = load(u"gephi_1_3.gexf"_s);
        QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
        const GraphDocument &d = *result.document;
        const RelationshipGraph &g = d.graph;
        QCOMPARE(g.title(), u"Summit partners"_s);
        QVERIFY(g.isDirected());
        QCOMPARE(g.nodeLabel(0), u"SAP"_s);
        QCOMPARE(g.nodeKind(0), u"company"_s);   // the default
        QCOMPARE(g.nodeKind(2), u"alliance"_s);
        QCOMPARE(g.nodeCountries(1), QStringList{u"FR"_s});
        const Attributes &sap = g.nodeAttributes(0);
        QCOMPARE(attributeValue(sap, u"Modularity Class"), QJsonValue(2));
        QCOMPARE(attributeValue(sap, u"listed"), QJsonValue(true));
        QCOMPARE(attributeValue(sap, u"tags"), QJsonValue(u"[cloud, erp]"_s));
        QCOMPARE(attributeValue(sap, u"viz_color"), QJsonValue(u"#1f77b4"_s));
        QCOMPARE(attributeValue(sap, u"viz_alpha"), QJsonValue(0.5));
        QCOMPARE(attributeValue(sap, u"viz_size"), QJsonValue(12.5));
        QCOMPARE(attributeValue(g.nodeAttributes(1), u"viz_color"), QJsonValue(u"#ff7f0e"_s));
        QCOMPARE(d.positions.at(1), QPointF(-5.5, 7.25));
        QVERIFY(!d.positions.known[2]);
        QCOMPARE(g.edgeRelation(0), u"membership"_s);
        QCOMPARE(attributeValue(g.edgeAttributes(0), u"weight"), QJsonValue(2.5));
        QCOMPARE(g.edgeRelation(1), u"partnership"_s);
        QCOMPARE(g.edgeLabel(1), u"cloud deal"_s);
        QCOMPARE(g.edgeVolume(1), 1.2e8);
        QCOMPARE(attributeValue(g.edgeAttributes(1), u"viz_thickness"), QJsonValue(3.0));
    }

    void dynamicAttributesAreIgnoredWithAWarning()
    {
        const LoadResult result = load(u"dynamic_spells.gexf"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics[0].severity, Diagnostic::Severity::Warning);
        const RelationshipGraph &g = result.document->graph;
        QCOMPARE(g.nodeSectors(0), QStringList{u"energy"_s});
        QVERIFY(attributeValue(g.nodeAttributes(0), u"score").isUndefined());
        QCOMPARE(g.nodeDate(0), u"2020-01-01"_s);
        QCOMPARE(g.nodeEndDate(0), u"2024-12-31"_s);
        QCOMPARE(g.edgeDate(0), u"2021-06-01"_s);
    }

    void hierarchyIsFlattened()
    {
        const LoadResult result = load(u"hierarchy.gexf"_s);
        QVERIFY(result.ok());
        const RelationshipGraph &g = result.document->graph;
        QCOMPARE(g.nodeCount(), 4);
        QCOMPARE(g.nodeId(0), u"g"_s);
        QCOMPARE(attributeValue(g.nodeAttributes(1), u"parent"), QJsonValue(u"g"_s));
        QCOMPARE(attributeValue(g.nodeAttributes(3), u"parent"), QJsonValue(u"g"_s));
        QCOMPARE(g.edgeCount(), 1);
    }

    void limitsBecomeErrors()
    {
        LoadLimits limits;
        limits.maxNodes = 3;
        LoadResult result = load(u"networkx_karate.gexf"_s, limits);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.last().message, u"more than 3 nodes"_s);
        limits = {};
        limits.maxEdges = 3;
        result = load(u"networkx_karate.gexf"_s, limits);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.last().message, u"more than 3 edges"_s);
        limits = {};
        limits.maxDepth = 4;
        result = load(u"networkx_karate.gexf"_s, limits);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.last().message, u"elements nested deeper than 4 levels"_s);
    }
};

QTEST_GUILESS_MAIN(TestGexf)
#include "tst_gexf.moc"
