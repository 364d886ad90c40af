#include "io/graphmlreader.h"
#include "readertestsupport.h"

#include <QtTest>

using namespace entente;
using namespace entente::testsupport;
using namespace Qt::StringLiterals;

class TestGraphMl : public QObject
{
    Q_OBJECT

    static LoadResult load(const QString &name, const LoadLimits &limits = {})
    {
        const QString path = dataDir(u"graphml"_s, u"valid"_s) + u'/' + name;
        return readGraphMl(readAll(path), name, limits);
    }

private slots:
    void validFilesLoad_data() { addFileRows(dataDir(u"graphml"_s, u"valid"_s), {u".graphml"_s, u".xml"_s}); }
    void validFilesLoad()
    {
        QFETCH(QString, path);
        const LoadResult result = readGraphMl(readAll(path), fileNameOf(path));
        checkDocument(result);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(result.document->graph.nodeCount() > 0);
        QCOMPARE(result.document->dialect, u"graphml"_s);
    }

    void invalidFilesReportTheirProblems_data() { addFileRows(dataDir(u"graphml"_s, u"invalid"_s), {u".graphml"_s, u".xml"_s}); }
    void invalidFilesReportTheirProblems()
    {
        QFETCH(QString, path);
        const LoadResult result = readGraphMl(readAll(path), fileNameOf(path));
        QVERIFY(!result.ok());
        QVERIFY(hasErrors(result.diagnostics));
        compareWithExpected(result.diagnostics, path);
    }

    void networkxKarateClub()
    {
        const LoadResult result = load(u"networkx_karate.graphml"_s);
        QVERIFY(result.ok());
        const RelationshipGraph &g = result.document->graph;
        QCOMPARE(g.nodeCount(), 34);
        QCOMPARE(g.edgeCount(), 78);
        QVERIFY(!g.isDirected());
        QCOMPARE(g.title(), u"Zachary's karate club"_s);
        QCOMPARE(g.nodeLabel(0), u"member 0"_s);
        QCOMPARE(g.nodeKind(0), u"person"_s);
        // Python's "True" is a boolean; a long stays an integer.
        QCOMPARE(attributeValue(g.nodeAttributes(0), u"instructor"), QJsonValue(true));
        QCOMPARE(attributeValue(g.nodeAttributes(33), u"instructor"), QJsonValue(false));
        QCOMPARE(attributeValue(g.nodeAttributes(0), u"degree"), QJsonValue(16));
        QCOMPARE(attributeValue(g.nodeAttributes(0), u"club"), QJsonValue(u"Mr. Hi"_s));
        QCOMPARE(g.edgeRelation(0), u"friendship"_s);
        QVERIFY(attributeValue(g.edgeAttributes(0), u"weight").isDouble());
        QVERIFY(!result.document->positions.anyKnown());
    }

    void networkxPositionsFromXY()
    {
        const LoadResult result = load(u"networkx_lesmiserables.graphml"_s);
        QVERIFY(result.ok());
        const GraphDocument &d = *result.document;
        QCOMPARE(d.graph.nodeCount(), 77);
        QCOMPARE(d.graph.edgeCount(), 254);
        QVERIFY(d.positions.allKnown());
        // x and y became positions, not attributes.
        QVERIFY(attributeValue(d.graph.nodeAttributes(0), u"x").isUndefined());
    }

    void yedGeometryAndLabels()
    {
        const LoadResult result = load(u"yed_shapes.graphml"_s);
        QVERIFY(result.ok());
        const GraphDocument &d = *result.document;
        QCOMPARE(d.graph.nodeCount(), 3);
        QVERIFY(d.graph.isDirected());
        QCOMPARE(d.graph.nodeLabel(0), u"Alliance X"_s);
        QCOMPARE(d.graph.nodeLabel(1), u"Siemens"_s);
        QCOMPARE(d.graph.nodeLabel(2), u"Orange"_s);
        // The centre of the box.
        QCOMPARE(d.positions.at(0), QPointF(140, 215));
        QCOMPARE(d.positions.at(1), QPointF(0, 0));
        QCOMPARE(d.positions.at(2), QPointF(330, 20));
        // The default country applies where no <data> gives one.
        QCOMPARE(d.graph.nodeCountries(0), QStringList{u"FR"_s});
        QCOMPARE(d.graph.nodeCountries(1), QStringList{u"DE"_s});
        QCOMPARE(attributeValue(d.graph.nodeAttributes(0), u"description"),
                 QJsonValue(u"A group of companies"_s));
        QCOMPARE(d.graph.edgeLabel(0), u"member of"_s);
        QCOMPARE(d.graph.nodeId(d.graph.edgeSource(0)), u"n1"_s);
    }

    void gephiColoursBecomeVizAttributes()
    {
        const LoadResult result = load(u"gephi_export.graphml"_s);
        QVERIFY(result.ok());
        const GraphDocument &d = *result.document;
        QCOMPARE(d.graph.nodeLabel(0), u"Airbus"_s);
        QCOMPARE(attributeValue(d.graph.nodeAttributes(0), u"viz_color"), QJsonValue(u"#ff3333"_s));
        QCOMPARE(attributeValue(d.graph.nodeAttributes(1), u"viz_color"), QJsonValue(u"#0080ff"_s));
        QCOMPARE(attributeValue(d.graph.nodeAttributes(0), u"viz_size"), QJsonValue(10.0));
        QVERIFY(attributeValue(d.graph.nodeAttributes(0), u"r").isUndefined());
        QCOMPARE(attributeValue(d.graph.nodeAttributes(0), u"Modularity Class"), QJsonValue(1));
        QCOMPARE(d.positions.at(0), QPointF(-120.5, 33.25));
        QCOMPARE(attributeValue(d.graph.edgeAttributes(0), u"weight"), QJsonValue(2.0));
    }

    void typesDefaultsAndForwardEdges()
    {
        const LoadResult result = load(u"typed_defaults.graphml"_s);
        QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
        const RelationshipGraph &g = result.document->graph;
        QCOMPARE(g.title(), u"Typed keys"_s);
        QVERIFY(!g.isDirected());
        const NodeIndex sap = *g.findNode(u"sap"_s);
        const NodeIndex eu = *g.findNode(u"eu"_s);
        QCOMPARE(g.nodeKind(sap), u"company"_s);   // the default
        QCOMPARE(g.nodeKind(eu), u"alliance"_s);
        QCOMPARE(g.nodeSectors(sap), (QStringList{u"software"_s, u"cloud"_s}));
        const Attributes &a = g.nodeAttributes(sap);
        QCOMPARE(attributeValue(a, u"employees"), QJsonValue(108000));
        QCOMPARE(attributeValue(a, u"revenue"), QJsonValue(qint64(34000000000)));
        QCOMPARE(attributeValue(a, u"share"), QJsonValue(0.25));
        QCOMPARE(attributeValue(a, u"score"), QJsonValue(-1500.0));
        QCOMPARE(attributeValue(a, u"listed"), QJsonValue(true));
        QCOMPARE(attributeValue(a, u"note"), QJsonValue(u"listed in Frankfurt"_s));
        QCOMPARE(attributeValue(g.nodeAttributes(*g.findNode(u"mistral"_s)), u"listed"), QJsonValue(false));
        QCOMPARE(attributeValue(g.nodeAttributes(eu), u"listed"), QJsonValue(true));
        QCOMPARE(attributeValue(g.nodeAttributes(eu), u"revenue"), QJsonValue(0));
        QCOMPARE(g.edgeCount(), 2);
        QCOMPARE(g.edgeRelation(0), u"membership"_s);
        QCOMPARE(g.edgeDate(0), u"2025-11-18"_s);
        QCOMPARE(g.edgeRelation(1), u"partnership"_s);   // the default
        QCOMPARE(g.edgeId(0), u"e0"_s);
    }

    void nestedGraphsAreFlattened()
    {
        const LoadResult result = load(u"nested_groups.graphml"_s);
        QVERIFY(result.ok());
        const RelationshipGraph &g = result.document->graph;
        QCOMPARE(g.nodeCount(), 4);
        QCOMPARE(g.nodeId(0), u"group"_s);
        QCOMPARE(g.nodeLabel(0), u"Consortium"_s);
        QCOMPARE(attributeValue(g.nodeAttributes(1), u"parent"), QJsonValue(u"group"_s));
        QCOMPARE(g.edgeCount(), 3);
        // The hyperedge is reported, not silently dropped.
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics[0].severity, Diagnostic::Severity::Warning);
    }

    void limitsBecomeErrors()
    {
        LoadLimits limits;
        limits.maxNodes = 10;
        LoadResult result = load(u"networkx_karate.graphml"_s, limits);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.last().message, u"more than 10 nodes"_s);

        limits = {};
        limits.maxEdges = 5;
        result = load(u"networkx_karate.graphml"_s, limits);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.last().message, u"more than 5 edges"_s);

        limits = {};
        limits.maxAttributes = 2;
        result = load(u"networkx_karate.graphml"_s, limits);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.last().message, u"more than 2 attributes on one element"_s);

        limits = {};
        limits.maxFileBytes = 100;
        result = load(u"networkx_karate.graphml"_s, limits);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.last().message, u"file is larger than 100 bytes"_s);
    }

    void deepNestingIsBoundedInTimeAndStack()
    {
        // 100k nested elements: an error, no stack overflow.
        QByteArray data = "<graphml><graph>";
        for (int i = 0; i < 100000; ++i)
            data += "<a>";
        const LoadResult result = readGraphMl(data, u"deep.graphml"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.last().message, u"elements nested deeper than 64 levels"_s);
    }
};

QTEST_GUILESS_MAIN(TestGraphMl)
#include "tst_graphml.moc"
