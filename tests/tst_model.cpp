#include "model/graphbuilder.h"
#include "model/relationshipgraph.h"

#include <QtTest>

using namespace entente;

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void buildsAdjacencyAndComponents()
    {
        GraphBuilder builder;
        const auto a = builder.addNode({.id = QStringLiteral("a"), .label = QStringLiteral("A"),
                                        .kind = QStringLiteral("company"),
                                        .countries = {QStringLiteral("DE"), QStringLiteral("FR")}});
        const auto b = builder.addNode({.id = QStringLiteral("b")});
        const auto c = builder.addNode({.id = QStringLiteral("c")});
        QVERIFY(a && b && c);
        QVERIFY(!builder.addNode({.id = QStringLiteral("a")}));
        builder.addEdge(*a, *b, {.relation = QStringLiteral("partnership"),
                                 .date = QStringLiteral("2025-11-18")});
        const RelationshipGraph graph = builder.build();

        QCOMPARE(graph.nodeCount(), 3);
        QCOMPARE(graph.edgeCount(), 1);
        QCOMPARE(graph.nodeCountries(0), QStringList({QStringLiteral("DE"), QStringLiteral("FR")}));
        QCOMPARE(graph.nodeDisplayLabel(1), QStringLiteral("b"));
        QCOMPARE(graph.edgeRelation(0), QStringLiteral("partnership"));
        QCOMPARE(graph.edgeDate(0), QStringLiteral("2025-11-18"));
        QVERIFY(std::isnan(graph.edgeVolume(0)));
        QCOMPARE(graph.degree(0), 1);
        QCOMPARE(graph.neighbours(1)[0], NodeIndex(0));
        QCOMPARE(graph.incidentEdges(1)[0], EdgeIndex(0));
        QCOMPARE(graph.degree(2), 0);
        QCOMPARE(graph.componentCount(), 2);
        QCOMPARE(graph.findNode(QStringLiteral("c")), std::optional<NodeIndex>(2));
        QVERIFY(!graph.findNode(QStringLiteral("zz")));

        // Copies share the data; a moved-from graph is empty and valid.
        RelationshipGraph copy = graph;
        QCOMPARE(copy.nodeId(2), QStringLiteral("c"));
        RelationshipGraph moved = std::move(copy);
        QCOMPARE(copy.nodeCount(), 0);
        QCOMPARE(moved.edgeCount(), 1);
    }

    void edgeExtrasAfterPlainEdges()
    {
        // Extras (id, label, sources, attributes) are indexed from the first
        // edge that has some; the edges before and after it have none.
        GraphBuilder builder;
        QVERIFY(builder.addNode({.id = QStringLiteral("a")}));
        QVERIFY(builder.addNode({.id = QStringLiteral("b")}));
        builder.addEdge(0, 1, 2.5, {});
        builder.addEdge(1, 0, {});
        builder.addEdge(0, 1, {.id = QStringLiteral("e3"), .label = QStringLiteral("third")});
        builder.addEdge(1, 0, 1.0, {});
        builder.addEdge(0, 0, {.sources = {QStringLiteral("s")}});
        const RelationshipGraph graph = builder.build();
        QCOMPARE(graph.edgeCount(), 5);
        const QStringList ids = {graph.edgeId(0), graph.edgeId(1), graph.edgeId(2), graph.edgeId(3), graph.edgeId(4)};
        QCOMPARE(ids, QStringList({QString(), QString(), QStringLiteral("e3"), QString(), QString()}));
        QCOMPARE(graph.edgeLabel(2), QStringLiteral("third"));
        QCOMPARE(graph.edgeSources(4), QStringList({QStringLiteral("s")}));
        QVERIFY(graph.edgeSources(3).isEmpty());
        QCOMPARE(graph.edgeVolume(0), 2.5);

        GraphBuilder plain;
        QVERIFY(plain.addNode({.id = QStringLiteral("a")}));
        plain.addEdge(0, 0, 1.0, {});
        const RelationshipGraph none = plain.build();
        QVERIFY(none.edgeId(0).isEmpty());
        QVERIFY(none.edgeAttributes(0).isEmpty());
    }

    void componentsAcrossEmptyRows()
    {
        // Boost's copy of the rows is made from them one pair at a time,
        // stepping over rows without entries (first, inner and last).
        GraphBuilder builder;
        for (const char *id : {"a", "b", "c", "d", "e", "f", "g"})
            QVERIFY(builder.addNode({.id = QString::fromLatin1(id)}));
        builder.addEdge(1, 2, {});
        builder.addEdge(5, 4, {});
        builder.addEdge(2, 1, {});
        const RelationshipGraph graph = builder.build();
        QCOMPARE(graph.components(), std::vector<quint32>({0, 1, 1, 2, 3, 3, 4}));
        QCOMPARE(graph.componentCount(), 5);
    }

    void selfLoopAppearsTwiceInItsRow()
    {
        GraphBuilder builder;
        const auto a = builder.addNode({.id = QStringLiteral("a")});
        builder.addEdge(*a, *a, {});
        const RelationshipGraph graph = builder.build();
        QCOMPARE(graph.degree(0), 2);
        QCOMPARE(graph.componentCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
