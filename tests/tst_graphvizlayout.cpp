#include "io/dotreader.h"
#include "layout/graphvizlayout.h"
#include "model/graphbuilder.h"

#include <QtTest>

#include <memory>
#include <thread>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// A small summit: companies are members of an alliance and take part in an
// event, the alliance takes part too, and some companies are partners.
RelationshipGraph summitLike()
{
    GraphBuilder builder;
    builder.setDirected(true);
    const NodeIndex event = *builder.addNode({.id = u"summit"_s, .kind = u"event"_s});
    const NodeIndex alliance = *builder.addNode({.id = u"alliance"_s, .kind = u"alliance"_s});
    std::vector<NodeIndex> companies;
    for (int i = 0; i < 8; ++i)
        companies.push_back(*builder.addNode({.id = u"c%1"_s.arg(i), .kind = u"company"_s}));
    for (int i = 0; i < 8; ++i) {
        if (i < 5)
            builder.addEdge(companies[i], alliance, {.relation = u"membership"_s});
        else
            builder.addEdge(companies[i], event, {.relation = u"participation"_s});
    }
    builder.addEdge(alliance, event, {.relation = u"participation"_s});
    builder.addEdge(companies[0], companies[6], {.relation = u"partnership"_s});
    builder.addEdge(companies[2], companies[3], {.relation = u"supplier"_s});
    return builder.build();
}

RelationshipGraph ring(int n)
{
    GraphBuilder builder;
    for (int i = 0; i < n; ++i)
        builder.addNode({.id = u"n%1"_s.arg(i)});
    for (int i = 0; i < n; ++i)
        builder.addEdge(NodeIndex(i), NodeIndex((i + 1) % n), {});
    return builder.build();
}

// 60 nodes, ~120 edges drawn by a fixed generator: several components,
// crossings, and enough work for the force engines to amplify any difference.
RelationshipGraph tangle()
{
    GraphBuilder builder;
    const int n = 60;
    for (int i = 0; i < n; ++i)
        builder.addNode({.id = u"n%1"_s.arg(i)});
    quint32 state = 12345;
    auto next = [&] {
        state = state * 1103515245u + 12345u;
        return int((state >> 8) % n);
    };
    for (int i = 0; i < 2 * n; ++i) {
        const int a = next();
        const int b = next();
        if (a != b)
            builder.addEdge(NodeIndex(a), NodeIndex(b), {});
    }
    return builder.build();
}

} // namespace

class TestGraphvizLayout : public QObject
{
    Q_OBJECT

private slots:
    void engines_data()
    {
        QTest::addColumn<QString>("engine");
        for (const QString &engine : GraphvizLayout::engineNames())
            QTest::addRow("%s", qPrintable(engine)) << engine;
    }

    void registered_data() { engines_data(); }
    void registered()
    {
        QFETCH(QString, engine);
        QVERIFY(layoutEngineNames().contains(engine));
        QCOMPARE(createLayoutEngine(engine)->name(), engine);
    }

    // Pinned nodes stay; the rest is moved to sit around them.
    void pinnedAndInactiveNodesStay_data() { engines_data(); }
    void pinnedAndInactiveNodesStay()
    {
        QFETCH(QString, engine);
        const RelationshipGraph graph = ring(30);
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 3, {}};
        input.start.set(0, QPointF(1000, -200));
        input.start.pinned[0] = 1;
        input.start.set(29, QPointF(-50, 75));
        input.active.assign(graph.nodeCount(), 1);
        input.active[29] = 0;
        LayoutProgress progress;
        const NodePositions result = GraphvizLayout(engine).run(input, progress);
        QCOMPARE(result.size(), graph.nodeCount());
        QCOMPARE(result.at(0), QPointF(1000, -200));
        QVERIFY(result.pinned[0]);
        QCOMPARE(result.at(29), QPointF(-50, 75));
        QVERIFY(result.allKnown());
        QCOMPARE(progress.progress(), 1.0);
        // The layout surrounds the pin rather than sitting at Graphviz's origin.
        QVERIFY2(QLineF(result.at(1), QPointF(1000, -200)).length() < 1000, qPrintable(u"%1,%2"_s.arg(result.x[1]).arg(result.y[1])));
    }

    // dot puts groups before their members (left to right) whatever way the
    // file's edges run, and peer relations do not create ranks.
    void dotRanksGroupsBeforeMembers()
    {
        const RelationshipGraph graph = summitLike();
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 1, {}};
        LayoutProgress progress;
        const NodePositions p = GraphvizLayout(u"dot"_s).run(input, progress);
        const auto x = [&](const QString &id) { return p.at(*graph.findNode(id)).x(); };
        QVERIFY(x(u"summit"_s) < x(u"alliance"_s));
        for (int i = 0; i < 5; ++i)
            QVERIFY(x(u"alliance"_s) < x(u"c%1"_s.arg(i)));
        for (int i = 5; i < 8; ++i)
            QVERIFY(x(u"summit"_s) < x(u"c%1"_s.arg(i)));
        // Members of the alliance share one rank: partnerships do not push them down.
        QCOMPARE(x(u"c2"_s), x(u"c3"_s));
        QCOMPARE(x(u"c0"_s), x(u"c1"_s));
    }

    void warmStartIsDeterministicToo_data() { engines_data(); }
    void warmStartIsDeterministicToo()
    {
        QFETCH(QString, engine);
        const RelationshipGraph graph = summitLike();
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 9, {}};
        LayoutProgress p1, p2, p3;
        input.start = GraphvizLayout(engine).run(input, p1);
        const NodePositions a = GraphvizLayout(engine).run(input, p2);
        const NodePositions b = GraphvizLayout(engine).run(input, p3);
        QCOMPARE(a, b);
    }

    // Same input, same output, whatever else the process allocated in between:
    // fdp used to depend on heap addresses (see OrderedCgraphHeap in
    // graphviz.cpp); a block of another size between two runs showed it.
    void sameOutputWhateverTheHeap_data() { engines_data(); }
    void sameOutputWhateverTheHeap()
    {
        QFETCH(QString, engine);
        const RelationshipGraph graph = tangle();
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 5, {}};
        LayoutProgress progress;
        const NodePositions first = GraphvizLayout(engine).run(input, progress);
        QVERIFY(first.allKnown());
        std::vector<std::unique_ptr<char[]>> held;
        for (const std::size_t size : {1'000, 7'000, 100'000, 24, 300'000}) {
            held.push_back(std::make_unique<char[]>(size));
            held.back()[0] = 1;
            LayoutProgress again;
            QCOMPARE(GraphvizLayout(engine).run(input, again), first);
        }
    }

    void cancelledBeforeStartReturnsTheStart()
    {
        const RelationshipGraph graph = ring(10);
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 1, {}};
        input.start.set(4, QPointF(3, 4));
        LayoutProgress progress;
        progress.cancel();
        const NodePositions result = GraphvizLayout(u"neato"_s).run(input, progress);
        QCOMPARE(result.at(4), QPointF(3, 4));
        QCOMPARE(result.size(), graph.nodeCount());
    }

    void largeGraphsFallBackToSfdp()
    {
        QCOMPARE(GraphvizLayout::nodeLimit(u"sfdp"_s), std::numeric_limits<qsizetype>::max());
        QVERIFY(GraphvizLayout::nodeLimit(u"neato"_s) <= 5000);
        const RelationshipGraph graph = ring(int(GraphvizLayout::nodeLimit(u"neato"_s)) + 1);
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 1, {}};
        LayoutProgress p1, p2;
        const NodePositions neato = GraphvizLayout(u"neato"_s).run(input, p1);
        const NodePositions sfdp = GraphvizLayout(u"sfdp"_s).run(input, p2);
        QCOMPARE(neato, sfdp);
    }

    // The facade's one mutex lets a layout and a DOT parse run on two threads.
    void layoutAndParsingOnTwoThreads()
    {
        const RelationshipGraph graph = ring(200);
        NodePositions laidOut;
        std::thread worker([&] {
            LayoutInput input{graph, NodePositions(graph.nodeCount()), 1, {}};
            LayoutProgress progress;
            laidOut = GraphvizLayout(u"sfdp"_s).run(input, progress);
        });
        int parsed = 0;
        for (int i = 0; i < 50; ++i)
            parsed += readDot("digraph { a -> b -> c }", u"x.gv"_s).ok();
        worker.join();
        QCOMPARE(parsed, 50);
        QVERIFY(laidOut.allKnown());
    }
};

QTEST_GUILESS_MAIN(TestGraphvizLayout)
#include "tst_graphvizlayout.moc"
