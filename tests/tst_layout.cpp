#include "layout/forcelayout.h"
#include "layout/layoutengine.h"
#include "layout/layoutrunner.h"
#include "model/graphbuilder.h"

#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// n nodes; edges as pairs of indices.
RelationshipGraph makeGraph(int n, const QList<QPair<int, int>> &edges)
{
    GraphBuilder builder;
    for (int i = 0; i < n; ++i)
        builder.addNode({.id = u"n%1"_s.arg(i)});
    for (const auto &e : edges)
        builder.addEdge(NodeIndex(e.first), NodeIndex(e.second), {});
    return builder.build();
}

RelationshipGraph gridGraph(int side)
{
    QList<QPair<int, int>> edges;
    for (int r = 0; r < side; ++r) {
        for (int c = 0; c < side; ++c) {
            const int i = r * side + c;
            if (c + 1 < side)
                edges.append({i, i + 1});
            if (r + 1 < side)
                edges.append({i, i + side});
        }
    }
    return makeGraph(side * side, edges);
}

// A small-world-ish graph: a ring with chords, plus a separate triangle and
// an isolated node (three components).
RelationshipGraph mixedGraph()
{
    QList<QPair<int, int>> edges;
    const int ring = 60;
    for (int i = 0; i < ring; ++i) {
        edges.append({i, (i + 1) % ring});
        if (i % 7 == 0)
            edges.append({i, (i * 13 + 5) % ring});
    }
    edges.append({ring, ring + 1});
    edges.append({ring + 1, ring + 2});
    edges.append({ring + 2, ring});
    edges.append({3, 3});   // a self-loop
    edges.append({4, 5});   // a parallel edge
    return makeGraph(ring + 4, edges);
}

double meanEdge(const RelationshipGraph &graph, const NodePositions &p)
{
    double sum = 0;
    for (qsizetype e = 0; e < graph.edgeCount(); ++e) {
        const NodeIndex a = graph.edgeSource(EdgeIndex(e)), b = graph.edgeTarget(EdgeIndex(e));
        sum += std::hypot(p.x[a] - p.x[b], p.y[a] - p.y[b]);
    }
    return graph.edgeCount() ? sum / double(graph.edgeCount()) : 0.0;
}

void verifyComplete(const RelationshipGraph &graph, const NodePositions &positions)
{
    QCOMPARE(positions.size(), graph.nodeCount());
    for (qsizetype i = 0; i < positions.size(); ++i) {
        QVERIFY2(positions.known[i], qPrintable(u"node %1 not placed"_s.arg(i)));
        QVERIFY2(std::isfinite(positions.x[i]) && std::isfinite(positions.y[i]),
                 qPrintable(u"node %1 not finite"_s.arg(i)));
    }
}

double minimumDistance(const NodePositions &p)
{
    double best = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < p.size(); ++i) {
        for (qsizetype j = i + 1; j < p.size(); ++j)
            best = std::min(best, std::hypot(p.x[i] - p.x[j], p.y[i] - p.y[j]));
    }
    return best;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void everyEngine_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("graphKind");
        for (const QString &name : layoutEngineNames()) {
            QTest::addRow("%s: empty", qPrintable(name)) << name << 0;
            QTest::addRow("%s: one node", qPrintable(name)) << name << 1;
            QTest::addRow("%s: two nodes", qPrintable(name)) << name << 2;
            QTest::addRow("%s: three nodes", qPrintable(name)) << name << 3;
            QTest::addRow("%s: components", qPrintable(name)) << name << 4;
            QTest::addRow("%s: grid", qPrintable(name)) << name << 5;
        }
    }

    // Every registered engine: every node placed, finite, same input -> same output.
    void everyEngine()
    {
        QFETCH(QString, engine);
        QFETCH(int, graphKind);
        RelationshipGraph graph;
        switch (graphKind) {
        case 0: graph = makeGraph(0, {}); break;
        case 1: graph = makeGraph(1, {}); break;
        case 2: graph = makeGraph(2, {{0, 1}}); break;
        case 3: graph = makeGraph(3, {{0, 1}, {1, 2}}); break;
        case 4: graph = mixedGraph(); break;
        default: graph = gridGraph(12); break;
        }
        auto layout = createLayoutEngine(engine);
        QVERIFY(layout);
        QCOMPARE(layout->name(), engine);
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 7, {}};
        LayoutProgress progress;
        const NodePositions first = layout->run(input, progress);
        verifyComplete(graph, first);
        if (graph.nodeCount() >= 2)
            QVERIFY(minimumDistance(first) > 1e-6);
        LayoutProgress again;
        QCOMPARE(createLayoutEngine(engine)->run(input, again), first);
    }

    void unknownEngineIsNull() { QVERIFY(!createLayoutEngine(u"no such engine"_s)); }

    void forceIsRegisteredFirst() { QCOMPARE(layoutEngineNames().value(0), u"force"_s); }

    void registeringAnEngineIsOneCall()
    {
        struct Diagonal : LayoutEngine
        {
            QString name() const override { return u"test-diagonal"_s; }
            NodePositions run(const LayoutInput &input, LayoutProgress &) override
            {
                NodePositions p(input.graph.nodeCount());
                for (qsizetype i = 0; i < p.size(); ++i)
                    p.set(i, QPointF(double(i), double(i)));
                return p;
            }
        };
        registerLayoutEngine(u"test-diagonal"_s, [] { return std::make_unique<Diagonal>(); });
        QVERIFY(layoutEngineNames().contains(u"test-diagonal"_s));
        QCOMPARE(createLayoutEngine(u"test-diagonal"_s)->name(), u"test-diagonal"_s);
    }

    void deterministicPerSeedAndThreads()
    {
        const RelationshipGraph graph = gridGraph(80);   // 6400 nodes: the parallel path runs
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 42, {}};
        LayoutProgress p1, p2, p3;
        const NodePositions one = ForceLayout({.threads = 1}).run(input, p1);
        const NodePositions two = ForceLayout({.threads = 2}).run(input, p2);
        QCOMPARE(one, two);
        input.seed = 43;
        const NodePositions other = ForceLayout({.threads = 2}).run(input, p3);
        QVERIFY(other != one);
    }

    // The engine reports intermediate positions (the coarse levels' layout
    // spread over the nodes) while it runs, and its progress.
    void engineReportsSnapshots()
    {
        const RelationshipGraph graph = gridGraph(40);
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 1, {}};
        LayoutProgress progress;
        int snapshots = 0;
        bool complete = true;
        progress.setSnapshotCallback(
            [&](const NodePositions &p) {
                ++snapshots;
                complete = complete && p.size() == graph.nodeCount() && p.allKnown();
            },
            0);
        ForceLayout().run(input, progress);
        QVERIFY(snapshots > 5);
        QVERIFY(complete);
        QCOMPARE(progress.progress(), 1.0);
    }

    void cancelledRunStillPlacesEveryNode()
    {
        const RelationshipGraph graph = gridGraph(40);
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 1, {}};
        LayoutProgress progress;
        progress.cancel();
        verifyComplete(graph, ForceLayout().run(input, progress));
    }

    void pinnedNodesStayPut_data()
    {
        QTest::addColumn<bool>("warm");
        QTest::addRow("from scratch") << false;
        QTest::addRow("warm start") << true;
    }

    void pinnedNodesStayPut()
    {
        QFETCH(bool, warm);
        const RelationshipGraph graph = mixedGraph();
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 3, {}};
        if (warm) {
            LayoutProgress p;
            input.start = ForceLayout().run(input, p);
        }
        const QList<QPair<NodeIndex, QPointF>> pins = {
            {0, QPointF(1000, -200)}, {30, QPointF(-500, 400)}, {61, QPointF(12.5, 7.25)}};
        for (const auto &[node, pos] : pins) {
            input.start.set(node, pos);
            input.start.pinned[node] = 1;
        }
        LayoutProgress progress;
        const NodePositions result = ForceLayout().run(input, progress);
        verifyComplete(graph, result);
        for (const auto &[node, pos] : pins) {
            QCOMPARE(result.at(node), pos);
            QVERIFY(result.pinned[node]);
        }
    }

    void inactiveNodesAreNotMoved()
    {
        const RelationshipGraph graph = mixedGraph();
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 5, {}};
        LayoutProgress p;
        input.start = ForceLayout().run(input, p);
        input.active.assign(graph.nodeCount(), 1);
        for (int i = 0; i < 20; ++i)
            input.active[i] = 0;
        LayoutProgress p2;
        const NodePositions result = ForceLayout().run(input, p2);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(result.at(i), input.start.at(i));
        verifyComplete(graph, result);
    }

    void completePositionsRule()
    {
        NodePositions p(3);
        QVERIFY(!positionsAreComplete(p));   // unknown
        p.set(0, {0, 0});
        p.set(1, {0, 0});
        p.set(2, {0, 0});
        QVERIFY(!positionsAreComplete(p));   // all on one point
        p.set(1, {1, 0});
        p.set(2, {2, 5});
        QVERIFY(positionsAreComplete(p));
        p.x[2] = std::nan("");
        QVERIFY(!positionsAreComplete(p));
    }

    // Nodes without a position join their placed neighbours; the placed ones
    // move little (a warm start keeps the picture).
    void warmStartKeepsThePicture_data()
    {
        QTest::addColumn<int>("side");
        QTest::addRow("15x15 grid (repulsion 1/d)") << 15;
        QTest::addRow("32x32 grid (repulsion 1/d^2)") << 32;
    }

    void warmStartKeepsThePicture()
    {
        QFETCH(int, side);
        const RelationshipGraph graph = gridGraph(side);
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 9, {}};
        LayoutProgress p;
        const NodePositions first = ForceLayout().run(input, p);
        input.start = first;
        input.start.known[7] = 0;
        input.start.x[7] = 1e6;
        LayoutProgress p2;
        const NodePositions second = ForceLayout().run(input, p2);
        verifyComplete(graph, second);
        const double edge = std::hypot(first.x[0] - first.x[1], first.y[0] - first.y[1]);
        double moved = 0;
        for (qsizetype i = 0; i < first.size(); ++i)
            moved = std::max(moved, std::hypot(second.x[i] - first.x[i], second.y[i] - first.y[i]));
        QVERIFY2(moved < 3 * edge, qPrintable(u"moved %1, edge %2"_s.arg(moved).arg(edge)));
        // Neither inflated nor shrunk: K of the warm start matches the scale.
        const double ratio = meanEdge(graph, second) / meanEdge(graph, first);
        QVERIFY2(ratio > 0.85 && ratio < 1.15, qPrintable(u"mean edge ratio %1"_s.arg(ratio)));
    }

    // Tiny graphs look good: neighbours at about one edge length, nobody on top
    // of anybody.
    void tinyGraphsAreSpaced_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addRow("2") << 2;
        QTest::addRow("3") << 3;
        QTest::addRow("star of 40") << 40;
    }

    void tinyGraphsAreSpaced()
    {
        QFETCH(int, nodes);
        QList<QPair<int, int>> edges;
        for (int i = 1; i < nodes; ++i)
            edges.append({0, i});
        if (nodes > 10) {
            for (int i = 1; i + 1 < nodes; i += 3)
                edges.append({i, i + 1});
        }
        const RelationshipGraph graph = makeGraph(nodes, edges);
        ForceLayoutSettings settings;
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 1, {}};
        LayoutProgress progress;
        const NodePositions result = ForceLayout(settings).run(input, progress);
        verifyComplete(graph, result);
        QVERIFY2(minimumDistance(result) > 0.25 * settings.edgeLength,
                 qPrintable(u"closest pair %1"_s.arg(minimumDistance(result))));
    }

    // The multilevel scheme unfolds a mesh: layout distances follow grid
    // distances (a quality check, not a timing).
    void gridIsUnfolded_data()
    {
        QTest::addColumn<int>("side");
        QTest::addRow("20x20 (repulsion 1/d)") << 20;
        QTest::addRow("40x40 (repulsion 1/d^2)") << 40;
    }

    void gridIsUnfolded()
    {
        QFETCH(int, side);
        const RelationshipGraph graph = gridGraph(side);
        LayoutInput input{graph, NodePositions(graph.nodeCount()), 11, {}};
        LayoutProgress progress;
        const NodePositions p = ForceLayout().run(input, progress);
        verifyComplete(graph, p);
        // Normalised stress against Manhattan grid distance (= graph distance),
        // with the best scale, as the bench's quality.py computes it.
        double se = 0, see = 0;
        std::vector<std::array<double, 2>> pairs;
        for (int a = 0; a < side * side; a += 7) {
            for (int b = a + 1; b < side * side; b += 3) {
                const double d = std::abs(a / side - b / side) + std::abs(a % side - b % side);
                const double e = std::hypot(p.x[a] - p.x[b], p.y[a] - p.y[b]);
                pairs.push_back({d, e});
                se += e / d;
                see += e * e / (d * d);
            }
        }
        const double s = se / see;
        double stress = 0;
        for (const auto &[d, e] : pairs)
            stress += (s * e - d) * (s * e - d) / (d * d);
        stress /= double(pairs.size());
        // A folded grid scores 0.1 and worse; an unfolded one ~0.01.
        QVERIFY2(stress < 0.03, qPrintable(u"stress %1"_s.arg(stress)));
    }

    void runnerEmitsSnapshotsAndConverges()
    {
        const RelationshipGraph graph = gridGraph(10);
        LayoutRunner runner;
        QSignalSpy updated(&runner, &LayoutRunner::positionsUpdated);
        QSignalSpy converged(&runner, &LayoutRunner::converged);
        QSignalSpy running(&runner, &LayoutRunner::runningChanged);
        runner.start(graph, NodePositions(graph.nodeCount()), 1);
        QVERIFY(runner.isRunning());
        QVERIFY(converged.wait(10000));
        QVERIFY(updated.count() >= 3);   // the transition is animated
        QVERIFY(!runner.isRunning());
        QCOMPARE(running.count(), 2);
        verifyComplete(graph, runner.positions());
        const NodePositions settled = runner.positions();

        // A drag pins the node, restarts gently and converges again.
        updated.clear();
        runner.moveNode(0, QPointF(settled.x[0] + 40, settled.y[0] + 40), true);
        QVERIFY(runner.isRunning());
        QVERIFY(converged.wait(10000));
        QCOMPARE(converged.count(), 2);
        QVERIFY(updated.count() >= 1);
        QCOMPARE(runner.positions().at(0), QPointF(settled.x[0] + 40, settled.y[0] + 40));
        QVERIFY(runner.positions().pinned[0]);
        // A neighbour followed a little, far nodes hardly moved.
        const NodePositions &now = runner.positions();
        QVERIFY(std::hypot(now.x[1] - settled.x[1], now.y[1] - settled.y[1]) > 0.5);
    }

    void runnerPauseAndResume()
    {
        const RelationshipGraph graph = gridGraph(10);
        LayoutRunner runner;
        QSignalSpy converged(&runner, &LayoutRunner::converged);
        runner.start(graph, NodePositions(graph.nodeCount()), 1);
        QVERIFY(converged.wait(10000));
        runner.moveNode(5, QPointF(0, 0), true);
        runner.pause();
        QVERIFY(!runner.isRunning());
        QVERIFY(runner.isPaused());
        QTest::qWait(150);
        QCOMPARE(converged.count(), 1);
        runner.resume();
        QVERIFY(runner.isRunning());
        QVERIFY(converged.wait(10000));
    }

    void runnerKeepsCompletePositions()
    {
        const RelationshipGraph graph = makeGraph(3, {{0, 1}, {1, 2}});
        NodePositions start(3);
        start.set(0, {0, 0});
        start.set(1, {10, 0});
        start.set(2, {10, 10});
        LayoutRunner runner;
        QSignalSpy converged(&runner, &LayoutRunner::converged);
        runner.start(graph, start, 1);
        QCOMPARE(converged.count(), 1);
        QCOMPARE(runner.positions(), start);
    }

    void runnerRestartDropsTheOldRun()
    {
        const RelationshipGraph graph = gridGraph(30);
        LayoutRunner runner;
        QSignalSpy converged(&runner, &LayoutRunner::converged);
        runner.start(graph, NodePositions(graph.nodeCount()), 1);
        runner.restart();
        runner.restart();
        QVERIFY(converged.wait(10000));
        QTest::qWait(600);
        QCOMPARE(converged.count(), 1);
        verifyComplete(graph, runner.positions());
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
