// Edge picking for big graphs: the screen grid (EdgeScreenGrid) and the
// picker that chooses between it and the scene index (EdgePicker) answer by
// the same rule as a scan of all edges: the nearest edge within reach among
// those accepted and drawn (in the level-of-detail sample), on a tie the
// higher edge number.
#include "model/graphbuilder.h"
#include "render/edgepicker.h"
#include "render/graphrenderer.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// `edges` edges over `nodes` nodes spread over [0, 1000]^2: most between
// nodes close by number (short once placed), every `longEvery`-th between
// random nodes (long), a few self-loops, one node without a position.
struct TestScene
{
    RelationshipGraph graph;
    NodePositions positions;
};

TestScene makeScene(int nodes, int edges, int longEvery, quint32 seed)
{
    QRandomGenerator rng(seed);
    GraphBuilder b;
    for (int i = 0; i < nodes; ++i)
        b.addNode({.id = QString::number(i)});
    for (int e = 0; e < edges; ++e) {
        const NodeIndex s = rng.bounded(quint32(nodes));
        NodeIndex t = (e % longEvery == 0) ? rng.bounded(quint32(nodes))
                                           : NodeIndex((s + 1 + rng.bounded(3u)) % quint32(nodes));
        if (e % 997 == 0)
            t = s;   // a self-loop: never picked
        b.addEdge(s, t, {});
    }
    TestScene scene;
    scene.graph = b.build();
    scene.positions = NodePositions(scene.graph.nodeCount());
    for (qsizetype i = 0; i < scene.graph.nodeCount(); ++i)
        scene.positions.set(i, QPointF(std::fmod(i * 7.0, 1000.0) + rng.generateDouble() * 20,
                                       std::fmod((i / 140) * 70.0, 1000.0) + rng.generateDouble() * 20));
    if (nodes > 10) {
        scene.positions.y[5] = std::nan("");   // its edges are not pickable
        scene.positions.set(7, scene.positions.at(8));   // zero-length edges between 7 and 8
    }
    return scene;
}

// The rule, by a scan of every edge (written out on its own, not through
// the index code).
template<typename Accept>
std::optional<EdgeIndex> bruteNearest(const TestScene &s, QPointF point, double reach, Accept &&accept)
{
    const auto sources = s.graph.edgeSources(), targets = s.graph.edgeTargets();
    std::optional<EdgeIndex> want;
    double bestD2 = reach * reach;
    for (qsizetype e = 0; e < s.graph.edgeCount(); ++e) {
        const NodeIndex a = sources[e], b = targets[e];
        if (a == b || !accept(EdgeIndex(e)))
            continue;
        const QPointF pa = s.positions.at(a), d = s.positions.at(b) - pa;
        if (!std::isfinite(pa.x() + pa.y() + d.x() + d.y()))
            continue;
        const double len2 = d.x() * d.x() + d.y() * d.y();
        const double u = len2 > 0 ? std::clamp(QPointF::dotProduct(point - pa, d) / len2, 0.0, 1.0) : 0.0;
        const QPointF r = pa + d * u - point;
        const double d2 = r.x() * r.x() + r.y() * r.y();
        if (d2 < bestD2 || (d2 == bestD2 && (!want || EdgeIndex(e) > *want))) {
            bestD2 = d2;
            want = EdgeIndex(e);
        }
    }
    return want;
}

constexpr double viewWidth = 600, viewHeight = 400;

// The view's transform: `zoom` times the fit of [0, 1000]^2, centred on `centre`.
QTransform viewTransform(double zoom, QPointF centre)
{
    const double z = 0.4 * zoom;
    return QTransform(z, 0, 0, z, viewWidth / 2 - centre.x() * z, viewHeight / 2 - centre.y() * z);
}

// Cursor positions: half uniform over the view, half on edges in the view.
std::vector<QPointF> cursorPoints(const TestScene &s, const QTransform &toWidget, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QRectF view(0, 0, viewWidth, viewHeight);
    std::vector<QPointF> points;
    const auto sources = s.graph.edgeSources(), targets = s.graph.edgeTargets();
    while (int(points.size()) < count) {
        QPointF w(rng.generateDouble() * viewWidth, rng.generateDouble() * viewHeight);
        if (points.size() % 2 == 1 && s.graph.edgeCount() > 0) {
            const EdgeIndex e = rng.bounded(quint32(s.graph.edgeCount()));
            const double u = rng.generateDouble();
            const QPointF onEdge = s.positions.at(sources[e]) * (1 - u) + s.positions.at(targets[e]) * u;
            w = toWidget.map(onEdge) + QPointF(rng.generateDouble() * 4 - 2, rng.generateDouble() * 4 - 2);
            if (!std::isfinite(w.x()) || !std::isfinite(w.y()) || !view.contains(w))
                continue;
        }
        points.push_back(w);
    }
    return points;
}

} // namespace

class TestEdgePicker : public QObject
{
    Q_OBJECT

private slots:
    void screenGridMatchesBruteForce_data()
    {
        QTest::addColumn<int>("edges");
        QTest::addColumn<int>("longEvery");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QPointF>("centre");
        QTest::addColumn<double>("sampled");
        QTest::addColumn<int>("threads");
        QTest::addColumn<double>("tolerance");   // widget pixels
        QTest::addColumn<bool>("cellsGrow");     // the entry budget forces cells wider than 8 px
        const QPointF middle(510, 510);
        QTest::addRow("empty graph") << 0 << 5 << 1.0 << middle << 1.0 << 1 << 4.0 << false;
        QTest::addRow("fit, 6000 edges") << 6000 << 5 << 1.0 << middle << 1.0 << 1 << 4.0 << false;
        QTest::addRow("fit, 120000 edges, two threads") << 120000 << 5 << 1.0 << middle << 1.0 << 2 << 4.0 << false;
        QTest::addRow("zoomed in 8x, long edges clipped") << 6000 << 3 << 8.0 << middle << 1.0 << 1 << 4.0 << false;
        QTest::addRow("zoomed in 40x, at a corner") << 6000 << 3 << 40.0 << QPointF(20, 990) << 1.0 << 1 << 4.0
                                                   << false;
        QTest::addRow("zoomed out, scene small in the view") << 6000 << 5 << 0.2 << middle << 1.0 << 1 << 4.0
                                                            << false;
        QTest::addRow("a 30%% sample drawn") << 20000 << 5 << 1.0 << middle << 0.3 << 2 << 4.0 << false;
        QTest::addRow("a 1%% sample drawn, zoomed in") << 120000 << 2 << 4.0 << middle << 0.01 << 2 << 4.0 << false;
        QTest::addRow("thin tolerance") << 6000 << 5 << 1.0 << middle << 1.0 << 1 << 0.5 << false;
        QTest::addRow("tolerance of the whole margin") << 6000 << 5 << 1.0 << middle << 1.0 << 1 << 15.0 << false;
        QTest::addRow("a hairball of long edges, cells grow") << 120000 << 1 << 2.0 << middle << 1.0 << 2 << 4.0
                                                             << true;
    }
    void screenGridMatchesBruteForce()
    {
        QFETCH(int, edges);
        QFETCH(int, longEvery);
        QFETCH(double, zoom);
        QFETCH(QPointF, centre);
        QFETCH(double, sampled);
        QFETCH(int, threads);
        QFETCH(double, tolerance);
        QFETCH(bool, cellsGrow);
        const TestScene s = makeScene(edges > 0 ? 3000 : 0, edges, longEvery, quint32(edges + longEvery));
        const QTransform toWidget = viewTransform(zoom, centre);
        const QRectF view(0, 0, viewWidth, viewHeight);
        EdgeScreenGrid grid;
        grid.build(s.graph, s.positions, toWidget, view, EdgePicker::gridMargin, sampled, threads);
        QVERIFY(grid.isBuilt());
        QVERIFY(grid.isBuiltFor(toWidget, view, EdgePicker::gridMargin, sampled));
        QCOMPARE(grid.cellSize() > 8, cellsGrow);
        const quint32 threshold = edgeSampleThreshold(sampled);
        const double reach = tolerance / toWidget.m11();
        const QTransform toScene = toWidget.inverted();
        int hits = 0;
        for (const QPointF &w : cursorPoints(s, toWidget, 300, quint32(edges) * 7 + 1)) {
            const QPointF p = toScene.map(w);
            QVERIFY2(grid.covers(p, reach), qPrintable(u"%1,%2"_s.arg(w.x()).arg(w.y())));
            const bool oddOnly = hits % 3 == 0;   // the predicate filters too
            auto accept = [&](EdgeIndex e) { return !oddOnly || e % 2 == 1; };
            const auto want = bruteNearest(s, p, reach, [&](EdgeIndex e) {
                return accept(e) && edgeInSample(e, threshold);
            });
            const auto got = grid.nearest(p, reach, accept);
            QCOMPARE(got, want);
            hits += got.has_value();
        }
        if (edges >= 6000)
            QVERIFY(hits > 60);   // hits are tested, not only misses
    }

    // The grid covers the view plus its margin and no more: a pick whose
    // reach leaves it goes to the scene index.
    void gridCoversTheViewAndItsMargin()
    {
        const TestScene s = makeScene(300, 900, 5, 3);
        const QTransform toWidget = viewTransform(1, {510, 510});
        const QTransform toScene = toWidget.inverted();
        EdgeScreenGrid grid;
        QVERIFY(!grid.covers(toScene.map(QPointF(10, 10)), 1));   // not built
        grid.build(s.graph, s.positions, toWidget, QRectF(0, 0, viewWidth, viewHeight), 16);
        const double reach = 4 / toWidget.m11();
        QVERIFY(grid.covers(toScene.map(QPointF(0, 0)), reach));
        QVERIFY(grid.covers(toScene.map(QPointF(viewWidth, viewHeight)), reach));
        QVERIFY(grid.covers(toScene.map(QPointF(-10, 200)), reach));
        QVERIFY(!grid.covers(toScene.map(QPointF(-12, 200)), reach));
        QVERIFY(!grid.covers(toScene.map(QPointF(300, viewHeight + 12)), reach));
        QVERIFY(grid.covers(toScene.map(QPointF(300, 200)), 20 / toWidget.m11()));   // wide, but inside
        QVERIFY(!grid.covers(toScene.map(QPointF(0, 200)), 20 / toWidget.m11()));
        QVERIFY(!grid.covers(QPointF(std::nan(""), 0), reach));
        // Another transform, view or sample is another grid.
        QVERIFY(!grid.isBuiltFor(toWidget * QTransform::fromTranslate(1, 0), QRectF(0, 0, viewWidth, viewHeight), 16));
        QVERIFY(!grid.isBuiltFor(toWidget, QRectF(0, 0, viewWidth, viewHeight + 1), 16));
        QVERIFY(!grid.isBuiltFor(toWidget, QRectF(0, 0, viewWidth, viewHeight), 16, 0.5));
        QVERIFY(grid.isBuiltFor(toWidget, QRectF(0, 0, viewWidth, viewHeight), 16, 1.0));
    }

    // The picker answers by one rule whichever way it goes: screen grid
    // (in the view), scene index (beyond it, or a small graph), with the
    // sample and the always-drawn edges merged alike.
    void pickerHasOneRuleOnBothPaths_data()
    {
        QTest::addColumn<double>("sampled");
        QTest::addRow("every edge drawn") << 1.0;
        QTest::addRow("a 20%% sample drawn") << 0.2;
    }
    void pickerHasOneRuleOnBothPaths()
    {
        QFETCH(double, sampled);
        const TestScene s = makeScene(3000, 30000, 4, 11);
        const QTransform toWidget = viewTransform(2, {400, 600});
        const QTransform toScene = toWidget.inverted();
        const QRectF view(0, 0, viewWidth, viewHeight);
        const quint32 threshold = edgeSampleThreshold(sampled);
        // Highlighted edges (drawn whatever the sample): some outside it.
        std::vector<EdgeIndex> always;
        for (EdgeIndex e = 0; e < 30000 && always.size() < 300; e += 7) {
            if (!edgeInSample(e, threshold) || sampled == 1.0)
                always.push_back(e);
        }
        EdgePicker withGrid, sceneOnly;
        withGrid.setGridThreshold(0);
        sceneOnly.setGridThreshold(std::numeric_limits<qsizetype>::max());
        QRandomGenerator rng(5);
        int gridPicks = 0, scenePicks = 0, hits = 0;
        std::vector<QPointF> points = cursorPoints(s, toWidget, 300, 9);
        for (int i = 0; i < 60; ++i)   // beyond the view: the grid does not cover these
            points.emplace_back(rng.generateDouble() * 1200 - 300, rng.generateDouble() * 1000 - 300);
        for (const QPointF &w : points) {
            const QPointF p = toScene.map(w);
            const double reach = 4 / toWidget.m11();
            auto accept = [](EdgeIndex e) { return e % 5 != 0; };
            const auto want = bruteNearest(s, p, reach, [&](EdgeIndex e) {
                return accept(e)
                       && (edgeInSample(e, threshold) || std::find(always.begin(), always.end(), e) != always.end());
            });
            const auto a = withGrid.nearest(s.graph, s.positions, toWidget, view, p, reach, sampled, always, accept);
            gridPicks += withGrid.usedGrid();
            const auto b = sceneOnly.nearest(s.graph, s.positions, toWidget, view, p, reach, sampled, always, accept);
            scenePicks += !sceneOnly.usedGrid();
            QCOMPARE(a, want);
            QCOMPARE(b, want);
            hits += a.has_value();
        }
        QVERIFY(gridPicks >= 300);   // every pick in the view went through the grid
        QVERIFY(gridPicks < int(points.size()));
        QCOMPARE(scenePicks, int(points.size()));
        QVERIFY(hits > 100);
    }

    // After the positions change, invalidate() makes the next pick see them.
    void pickerSeesNewPositionsAfterInvalidate()
    {
        TestScene s = makeScene(300, 900, 5, 17);
        const QTransform toWidget = viewTransform(1, {510, 510});
        const QRectF view(0, 0, viewWidth, viewHeight);
        EdgePicker picker;
        picker.setGridThreshold(0);
        const auto all = [](EdgeIndex) { return true; };
        // Edge 1 (edge 0 is a self-loop).
        const NodeIndex a = s.graph.edgeSource(1), b = s.graph.edgeTarget(1);
        QVERIFY(a != b);
        const QPointF mid = (s.positions.at(a) + s.positions.at(b)) / 2;
        const double reach = 4 / toWidget.m11();
        QVERIFY(picker.nearest(s.graph, s.positions, toWidget, view, mid, reach, 1.0, {}, all).has_value());
        // Move edge 1 to an empty place in the view (the nodes lie in rows
        // at y < 170).
        s.positions.set(a, {600, 500});
        s.positions.set(b, {650, 500});
        QCOMPARE(picker.nearest(s.graph, s.positions, toWidget, view, {625, 500}, reach, 1.0, {}, all),
                 std::nullopt);   // not invalidated yet: the grid of the old positions
        picker.invalidate();
        QCOMPARE(picker.nearest(s.graph, s.positions, toWidget, view, {625, 500}, reach, 1.0, {}, all),
                 std::optional<EdgeIndex>(1));
        QVERIFY(picker.usedGrid());
        const auto atOld = picker.nearest(s.graph, s.positions, toWidget, view, mid, reach, 1.0, {}, all);
        QVERIFY(atOld != std::optional<EdgeIndex>(1));
    }
};

QTEST_GUILESS_MAIN(TestEdgePicker)
#include "tst_edgepicker.moc"
