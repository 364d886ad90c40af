// Rendering and picking figures of the view (issue 8): full redraw at
// 1920x1080 with the whole graph in view and zoomed in, the cached-frame pan,
// spatial index build, picking a node and an edge under the cursor.
//
//   bench_render GRAPH.tsv [--layout] [--repeat N] [--latency-seconds S] [--picks N] [--pick-only]
//                [--compare-sync]
//
// Every figure is printed with the wall time and the process CPU time (the
// machine is shared); the last section measures input latency while the
// layout streams positions into a shown view (0 seconds skips it).
// --compare-sync measures it twice, first with every frame painted in
// paintEvent (as before frames of big graphs moved to a worker), then as the
// view does it.
//
// GRAPH.tsv is the bench's edge list (`source<TAB>target` per line). Positions
// come from our force layout with --layout, otherwise from a fixed-seed random
// geometric placement where each node sits near its lower-numbered neighbour,
// which gives local edges like a layout does (long random edges would overstate
// the cost of drawing).
#include "graphview.h"
#include "layout/layoutengine.h"
#include "layout/layoutrunner.h"
#include "model/graphbuilder.h"
#include "render/graphrenderer.h"
#include "render/edgepicker.h"
#include "render/spatialindex.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <thread>
#include <QMouseEvent>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <time.h>
#include <limits>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

std::optional<RelationshipGraph> readEdgeList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    GraphBuilder builder;
    QHash<QByteArray, NodeIndex> ids;
    auto node = [&](const QByteArray &id) {
        const auto it = ids.constFind(id);
        if (it != ids.constEnd())
            return *it;
        const NodeIndex n = *builder.addNode({.id = QString::fromUtf8(id)});
        ids.insert(id, n);
        return n;
    };
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const int tab = line.indexOf('\t');
        if (tab < 0)
            continue;
        const NodeIndex s = node(line.left(tab)), t = node(line.mid(tab + 1));
        builder.addEdge(s, t, {});
    }
    return builder.build();
}

NodePositions localPositions(const RelationshipGraph &g)
{
    QRandomGenerator rng(42);
    NodePositions p(g.nodeCount());
    const double side = std::sqrt(double(g.nodeCount())) * 10;
    for (qsizetype i = 0; i < g.nodeCount(); ++i) {
        std::optional<NodeIndex> anchor;
        for (NodeIndex nb : g.neighbours(NodeIndex(i))) {
            if (nb < i) {
                anchor = nb;
                break;
            }
        }
        QPointF q = anchor ? p.at(*anchor) + QPointF(rng.generateDouble() * 30 - 15, rng.generateDouble() * 30 - 15)
                           : QPointF(rng.generateDouble() * side, rng.generateDouble() * side);
        p.set(i, q);
    }
    return p;
}

// CPU time of the process over the last medianMs() call's median run: on a
// shared machine the wall time includes waiting for a core.
double g_lastCpuMs = 0;
double g_nodeCpuMs = 0;

// The machine's load while measuring: wall times are only comparable on an idle machine.
void printLoad()
{
    QFile f(u"/proc/loadavg"_s);
    if (f.open(QIODevice::ReadOnly))
        std::printf("load average at the end: %s", f.readAll().constData());
}

template<typename F>
double medianMs(int repeat, F &&f)
{
    std::vector<std::pair<double, double>> t;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        const std::clock_t c0 = std::clock();
        timer.start();
        f();
        t.emplace_back(timer.nsecsElapsed() / 1e6, double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(t.begin(), t.end());
    g_lastCpuMs = t[t.size() / 2].second;
    return t[t.size() / 2].first;
}

// Wall and CPU milliseconds of one call of f.
template<typename F>
std::pair<double, double> timedMs(F &&f)
{
    QElapsedTimer timer;
    const std::clock_t c0 = std::clock();
    timer.start();
    f();
    return {timer.nsecsElapsed() / 1e6, double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC};
}

// Median and maximum of per-call times in microseconds.
std::pair<double, double> medianMax(std::vector<double> us)
{
    if (us.empty())
        return {0, 0};
    std::sort(us.begin(), us.end());
    return {us[us.size() / 2], us.back()};
}

// Edge picking in the view's current transform: today's scene index
// (EdgeSpatialIndex, view-independent) and the screen grid (EdgeScreenGrid,
// built for this transform) on the same cursor positions, each pick timed on
// its own; then GraphView::edgeAt, whose first call after a zoom builds.
void benchEdgePicks(GraphView &view, const RelationshipGraph &graph, const NodePositions &positions, int picks,
                    const QString &label)
{
    if (graph.edgeCount() == 0)
        return;
    const double tolerance = 4;   // GraphView's edgeTolerance (widget pixels)
    // The frame on screen decides which edges are drawn (the level of detail).
    const double zoomBefore = view.zoom();
    view.show();
    QCoreApplication::processEvents();
    view.repaint();
    if (view.zoom() != zoomBefore)
        std::printf("(showing the view changed its zoom from %.4g to %.4g)\n", zoomBefore, view.zoom());
    const QPointF origin = view.mapFromScene({0, 0});
    const QTransform toWidget(view.zoom(), 0, 0, view.zoom(), origin.x(), origin.y());
    const QRectF viewRect(0, 0, view.width(), view.height());
    const double w = viewRect.width(), h = viewRect.height();
    QRandomGenerator rng(11);
    struct PointSet
    {
        const char *name;
        std::vector<QPointF> points;
    };
    std::vector<PointSet> sets{{"uniform over the view", {}}, {"central fifth of the view", {}}, {"on edge midpoints", {}}};
    for (int i = 0; i < picks; ++i) {
        sets[0].points.emplace_back(rng.generateDouble() * w, rng.generateDouble() * h);
        sets[1].points.emplace_back(w * (0.4 + 0.2 * rng.generateDouble()), h * (0.4 + 0.2 * rng.generateDouble()));
        for (int attempt = 0; attempt < 100; ++attempt) {   // an edge whose middle is in view
            const EdgeIndex e = EdgeIndex(rng.bounded(quint32(graph.edgeCount())));
            const QPointF mid = view.mapFromScene(
                (positions.at(graph.edgeSource(e)) + positions.at(graph.edgeTarget(e))) / 2);
            if (viewRect.contains(mid)) {
                sets[2].points.push_back(mid);
                break;
            }
        }
    }
    const double sampled = view.renderer().lastStats().sampled;
    const quint32 threshold = edgeSampleThreshold(sampled);
    std::printf("edge pick, %s (zoom %.4g; the frame draws %.1f%% of the edges), %d picks per set, "
                "tolerance %.0f px:\n",
                qPrintable(label), view.zoom(), sampled * 100, picks, tolerance);
    EdgeSpatialIndex index;
    const auto [indexMs, indexCpu] = timedMs([&] { index.build(graph, positions); });
    EdgeScreenGrid gridAll, grid;
    const auto [all1Ms, all1Cpu] =
        timedMs([&] { gridAll.build(graph, positions, toWidget, viewRect, EdgePicker::gridMargin, 1.0, 1); });
    const auto [allMs, allCpu] =
        timedMs([&] { gridAll.build(graph, positions, toWidget, viewRect, EdgePicker::gridMargin, 1.0, 2); });
    const auto [grid1Ms, grid1Cpu] =
        timedMs([&] { grid.build(graph, positions, toWidget, viewRect, EdgePicker::gridMargin, sampled, 1); });
    const auto [gridMs, gridCpu] =
        timedMs([&] { grid.build(graph, positions, toWidget, viewRect, EdgePicker::gridMargin, sampled, 2); });
    auto describe = [](const EdgeScreenGrid &g) {
        return QString::asprintf("%dx%d cells of %.0f px, %.2f M entries, %.1f MB", g.columns(), g.rows(),
                                 g.cellSize(), g.entryCount() / 1e6,
                                 (g.entryCount() + qsizetype(g.columns()) * g.rows()) * 4.0 / (1 << 20));
    };
    std::printf("    build: scene index (today) %.1f ms (CPU %.1f)\n"
                "           screen grid, all edges %.1f ms on 2 threads (CPU %.1f), %.1f ms on 1 (CPU %.1f): %s\n"
                "           screen grid, drawn edges %.1f ms on 2 threads (CPU %.1f), %.1f ms on 1 (CPU %.1f): %s\n",
                indexMs, indexCpu, allMs, allCpu, all1Ms, all1Cpu, qPrintable(describe(gridAll)), gridMs, gridCpu,
                grid1Ms, grid1Cpu, qPrintable(describe(grid)));
    const auto all = [](EdgeIndex) { return true; };
    const auto drawn = [threshold](EdgeIndex e) { return edgeInSample(e, threshold); };
    // Per pick: wall time, and this thread's CPU time (less inflated by the
    // other processes on a shared machine).
    auto threadNs = [] {
        timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
    };
    struct Timings
    {
        std::vector<double> wall, cpu;
    };
    auto timed = [&](Timings &t, auto &&f) {
        QElapsedTimer timer;
        const double c0 = threadNs();
        timer.start();
        const auto r = f();
        t.wall.push_back(timer.nsecsElapsed() / 1e3);
        t.cpu.push_back((threadNs() - c0) / 1e3);
        return r;
    };
    auto line = [](const char *what, const Timings &t) {
        const auto [m, x] = medianMax(t.wall);
        const auto [cm, cx] = medianMax(t.cpu);
        std::printf("        %-34s median %7.1f us, max %7.1f us (thread CPU median %7.1f, max %7.1f)\n", what, m, x,
                    cm, cx);
    };
    for (const PointSet &set : sets) {
        Timings tIndex, tAll, tDrawn;
        std::vector<double> withinAll, withinDrawn;
        int hitsAll = 0, hitsDrawn = 0, differAll = 0, differDrawn = 0, uncovered = 0;
        for (const QPointF &p : set.points) {
            const QPointF scene = view.mapToScene(p);
            const double reach = tolerance / view.zoom();
            const auto a = timed(tIndex, [&] { return index.nearest(scene, reach, all); });
            if (!grid.covers(scene, reach) || !gridAll.covers(scene, reach)) {
                ++uncovered;
                continue;
            }
            const auto b = timed(tAll, [&] { return gridAll.nearest(scene, reach, all); });
            const auto c = timed(tDrawn, [&] { return grid.nearest(scene, reach, all); });
            hitsAll += b.has_value();
            hitsDrawn += c.has_value();
            differAll += a != b;
            differDrawn += index.nearest(scene, reach, drawn) != c;   // the same rule by the scene index
            // Edges really within reach: the predicate sees each one that is
            // not farther than the best so far; refusing all, that is all of them.
            qsizetype near = 0, nearDrawn = 0;
            index.nearest(scene, reach, [&](EdgeIndex e) {
                ++near;
                nearDrawn += drawn(e);
                return false;
            });
            withinAll.push_back(double(near));
            withinDrawn.push_back(double(nearDrawn));
        }
        const auto [wm, wx] = medianMax(withinAll);
        const auto [dm, dx] = medianMax(withinDrawn);
        std::printf("    %s: edges within reach median %.0f, max %.0f (drawn: median %.0f, max %.0f); %d not covered\n",
                    set.name, wm, wx, dm, dx, uncovered);
        line("scene index, all edges (today)", tIndex);
        line("screen grid, all edges", tAll);
        std::printf("            %d hits, %d answers differ from the scene index\n", hitsAll, differAll);
        line("screen grid, drawn edges (new rule)", tDrawn);
        std::printf("            %d hits, %d answers differ from the scene index filtered alike\n", hitsDrawn,
                    differDrawn);
    }
    // The view's own picker: the first call after the zoom builds.
    const auto [firstMs, firstCpu] = timedMs([&] { view.edgeAt(sets[0].points[0]); });
    std::vector<double> viewUs;
    int viewDiffers = 0;
    for (const PointSet &set : sets) {
        for (const QPointF &p : set.points) {
            QElapsedTimer t;
            t.start();
            const auto picked = view.edgeAt(p);
            viewUs.push_back(t.nsecsElapsed() / 1e3);
            viewDiffers += picked != index.nearest(view.mapToScene(p), tolerance / view.zoom(), drawn);
        }
    }
    const auto [vm, vx] = medianMax(viewUs);
    std::printf("    GraphView::edgeAt: first call %.1f ms (CPU %.1f, builds), then median %.1f us, max %.1f us "
                "over %zu picks (%d answers differ from the scene index filtered alike)\n",
                firstMs, firstCpu, vm, vx, viewUs.size(), viewDiffers);
    view.hide();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_render GRAPH.tsv [--layout] [--repeat N] [--latency-seconds S] [--picks N] "
                             "[--pick-only] [--compare-sync]\n");
        return 2;
    }
    int repeat = 5;
    int latencySeconds = 3;
    if (const int i = int(args.indexOf(u"--latency-seconds"_s)); i > 0 && i + 1 < args.size())
        latencySeconds = std::max(0, args[i + 1].toInt());
    if (const int i = int(args.indexOf(u"--repeat"_s)); i > 0 && i + 1 < args.size())
        repeat = std::max(1, args[i + 1].toInt());
    int picks = 2000;
    if (const int i = int(args.indexOf(u"--picks"_s)); i > 0 && i + 1 < args.size())
        picks = std::max(1, args[i + 1].toInt());
    // Only the picking figures (skips the redraws, the pan and the latency run).
    const bool pickOnly = args.contains(u"--pick-only"_s);
    if (pickOnly)
        latencySeconds = 0;

    QElapsedTimer timer;
    timer.start();
    const auto graph = readEdgeList(args[1]);
    if (!graph) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    std::printf("graph %s: %lld nodes, %lld edges (read in %.0f ms); %d cores\n", qPrintable(args[1]),
                qlonglong(graph->nodeCount()), qlonglong(graph->edgeCount()), timer.nsecsElapsed() / 1e6,
                QThread::idealThreadCount());
    NodePositions positions;
    if (args.contains(u"--layout"_s)) {
        // The layout of a big graph takes a while: it is kept beside the
        // working directory as GRAPH.positions (x y per node, binary) for reruns.
        QFile cache(QFileInfo(args[1]).fileName() + u".positions"_s);
        if (cache.open(QIODevice::ReadOnly) && cache.size() == qint64(graph->nodeCount()) * 16) {
            positions = NodePositions(graph->nodeCount());
            const QByteArray data = cache.readAll();
            const auto *v = reinterpret_cast<const double *>(data.constData());
            for (qsizetype i = 0; i < graph->nodeCount(); ++i)
                positions.set(i, {v[2 * i], v[2 * i + 1]});
            std::printf("positions: force layout (cached in %s)\n", qPrintable(cache.fileName()));
        } else {
            cache.close();
            timer.restart();
            LayoutProgress progress;
            positions = createLayoutEngine(u"force"_s)->run({*graph, NodePositions(graph->nodeCount()), 1, {}}, progress);
            std::printf("positions: force layout, %.0f ms\n", timer.nsecsElapsed() / 1e6);
            if (cache.open(QIODevice::WriteOnly)) {
                for (qsizetype i = 0; i < graph->nodeCount(); ++i) {
                    const double xy[2] = {positions.x[i], positions.y[i]};
                    cache.write(reinterpret_cast<const char *>(xy), sizeof xy);
                }
            }
        }
    } else {
        positions = localPositions(*graph);
        std::printf("positions: local random placement\n");
    }

    GraphView view;
    view.setAnimated(false);
    view.resize(1920, 1080);
    timer.restart();
    view.setGraph(*graph, positions);
    std::printf("%-40s %8.1f ms\n", "setGraph (style, unit, fit)", timer.nsecsElapsed() / 1e6);

    SpatialIndex index;
    std::printf("%-40s %8.1f ms\n", "spatial index build",
                medianMs(repeat, [&] { index.build(positions); }));
    std::printf("%-40s %8.1f ms\n", "style (GraphAppearance::build)",
                medianMs(repeat, [&] { GraphAppearance::build(*graph, GraphStyle()); }));

    if (!pickOnly) {
        QImage frame;
        auto stats = [&] {
            const RenderStats &s = view.renderer().lastStats();
            std::printf("    %lld edges %.1f ms (CPU %.1f, %.0f%% drawn), %lld nodes %.1f ms (CPU %.1f), "
                        "%lld labels %.1f ms (CPU %.1f)\n",
                        qlonglong(s.edges), s.edgesMs, s.edgesCpuMs, s.sampled * 100, qlonglong(s.nodes),
                        s.nodesMs, s.nodesCpuMs, qlonglong(s.labels), s.labelsMs, s.labelsCpuMs);
        };
        {
            GraphStyle noLabels;
            noLabels.showLabels = false;
            view.setGraphStyle(noLabels);
            std::printf("%-40s %8.1f ms\n", "full redraw without labels",
                        medianMs(repeat, [&] { frame = view.grabFrame(); }));
            view.setGraphStyle(GraphStyle());
            GraphRenderer r;
            r.setGraph(*graph, GraphStyle());
            r.setUnit(view.renderer().unit());
            QImage img(1920, 1080, QImage::Format_ARGB32_Premultiplied);
            const QTransform t = GraphRenderer::fitTransform(r.sceneBounds(positions), img.rect());
            RenderState st;
            NodePositions empty = positions;
            st.positions = &positions;
            std::printf("%-40s %8.1f ms\n", "renderer alone, no index",
                        medianMs(repeat, [&] { QPainter p(&img); r.paint(p, t, img.rect(), st); }));
        }
        std::printf("%-40s %8.1f ms\n", "full redraw, whole graph (1920x1080)",
                    medianMs(repeat, [&] { frame = view.grabFrame(); }));
        std::printf("    (process CPU %.1f ms)\n", g_lastCpuMs);
        stats();
        frame.save(u"bench-render-fit.png"_s);
        view.setZoom(view.zoom() * 6);
        std::printf("%-40s %8.1f ms\n", "full redraw, zoomed in 6x",
                    medianMs(repeat, [&] { frame = view.grabFrame(); }));
        std::printf("    (process CPU %.1f ms)\n", g_lastCpuMs);
        stats();
        frame.save(u"bench-render-zoom.png"_s);
        view.setZoom(view.zoom() / 6);

        // Panning with the mouse on the shown view: the first frame is drawn in
        // full, then every move repaints from the cached frame translated (the
        // full redraw follows once the mouse rests, 120 ms later).
        {
            view.show();
            QCoreApplication::processEvents();
            view.repaint();
            auto send = [&](QEvent::Type type, QPointF p, Qt::MouseButtons buttons) {
                QMouseEvent event(type, p, view.mapToGlobal(p), Qt::LeftButton, buttons, Qt::NoModifier);
                QCoreApplication::sendEvent(&view, &event);
            };
            // Pressed on the background (a press on a node would drag the node).
            QPointF p(20, 20);
            for (int y = 20; y < 1060 && view.nodeAt(p); y += 40)
                p = QPointF(20, y);
            send(QEvent::MouseButtonPress, p, Qt::LeftButton);
            p += QPointF(12, 0);
            send(QEvent::MouseMove, p, Qt::LeftButton);
            const quint64 framesBefore = view.framesRendered();
            const double panMs = medianMs(repeat * 4, [&] {
                p += QPointF(3, 1);
                send(QEvent::MouseMove, p, Qt::LeftButton);
                view.repaint();
            });
            std::printf("%-40s %8.1f ms (CPU %.1f ms; %llu full redraws meanwhile)\n", "pan frame (mouse drag, repaint)",
                        panMs, g_lastCpuMs, qulonglong(view.framesRendered() - framesBefore));
            send(QEvent::MouseButtonRelease, p, Qt::NoButton);
            view.hide();
        }
    }

    QRandomGenerator rng(7);
    std::vector<QPointF> points(2000);
    for (QPointF &p : points)
        p = QPointF(rng.bounded(1920), rng.bounded(1080));
    for (NodeIndex n = 0; n < 1000 && n < graph->nodeCount(); ++n)
        points[n] = view.mapFromScene(positions.at(n));
    int hits = 0;
    view.nodeAt(points[0]);   // builds the index
    const double nodeMs = medianMs(repeat, [&] {
        hits = 0;
        for (const QPointF &p : points)
            hits += view.nodeAt(p).has_value();
    });
    g_nodeCpuMs = g_lastCpuMs;
    std::printf("%-40s %8.4f ms (%d of %zu hit)\n", "nodeAt (per call)", nodeMs / points.size(), hits,
                points.size());
    // Edge picking, today's scene index and the screen grid side by side on
    // the same cursor positions: uniform over the whole view, uniform over
    // its central fifth (the hairball's middle), and on edge midpoints.
    benchEdgePicks(view, *graph, positions, picks, u"whole graph in view"_s);
    view.setZoom(view.zoom() * 6);
    benchEdgePicks(view, *graph, positions, picks, u"zoomed in 6x (centre)"_s);
    view.setZoom(view.zoom() / 6);
    std::printf("%-40s %8.4f ms (CPU %.4f ms)\n", "nodeAt (per call, CPU)", nodeMs / points.size(),
                0.0 + g_nodeCpuMs / points.size());

    // Input latency while the layout runs: the force layout streams
    // snapshots into a shown view (as the window does, with fit-all on each),
    // and a synthetic mouse move is posted from another thread every ~25 ms;
    // the latency is the time from posting to the view receiving it.
    std::vector<bool> latencyModes{false};
    if (args.contains(u"--compare-sync"_s))
        latencyModes = {true, false};
    for (const bool synchronous : latencyModes) {
        if (latencySeconds <= 0)
            break;
        GraphView live;
        if (synchronous)
            live.setAsyncRenderThreshold(std::numeric_limits<qsizetype>::max());
        live.setAnimated(false);
        live.resize(1920, 1080);
        live.setGraph(*graph, NodePositions(graph->nodeCount()));
        live.show();
        // The first frame (at load, before the layout starts) is painted
        // before the measurement: the figure is about the layout running.
        QElapsedTimer firstFrame;
        firstFrame.start();
        while (live.framesRendered() == 0 && firstFrame.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        LayoutRunner runner;
        QObject::connect(&runner, &LayoutRunner::positionsUpdated, &live, [&](const NodePositions &p) {
            live.setPositions(p);
            live.fitAll();
        });
        struct Probe : QObject
        {
            QElapsedTimer clock;
            std::atomic<qint64> postedAt{-1};
            std::vector<double> delays;
            std::vector<double> paints;
            GraphView *view = nullptr;
            quint64 frames = 0;
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::MouseMove && postedAt >= 0) {
                    delays.push_back((clock.nsecsElapsed() - postedAt) / 1e6);
                    postedAt = -1;
                }
                return false;
            }
        } probe;
        probe.view = &live;
        probe.clock.start();
        live.installEventFilter(&probe);
        int snapshots = 0;
        QObject::connect(&runner, &LayoutRunner::positionsUpdated, &live, [&] { ++snapshots; });
        QTimer poster;
        poster.setInterval(25);
        int k = 0;
        QObject::connect(&poster, &QTimer::timeout, &live, [&] {
            if (live.framesRendered() != probe.frames) {
                probe.frames = live.framesRendered();
                probe.paints.push_back(live.lastRenderMs());
            }
        });
        // The moves come from another thread at any time, as the window
        // system's do: one that arrives during a paint waits for it.
        std::atomic<bool> stopPosting{false};
        const QPointF globalOrigin = live.mapToGlobal(QPointF(0, 0));
        std::thread poster2([&] {
            while (!stopPosting) {
                std::this_thread::sleep_for(std::chrono::milliseconds(23));
                if (probe.postedAt >= 0)
                    continue;   // the last one is still queued: its delay keeps growing
                const QPointF p(200 + (k++ % 50) * 20, 500);
                probe.postedAt = probe.clock.nsecsElapsed();
                QCoreApplication::postEvent(&live, new QMouseEvent(QEvent::MouseMove, p, globalOrigin + p,
                                                                   Qt::NoButton, Qt::NoButton, Qt::NoModifier));
            }
        });
        const std::clock_t c0 = std::clock();
        runner.start(*graph, NodePositions(graph->nodeCount()), 1);
        poster.start();
        QElapsedTimer run;
        run.start();
        while (run.elapsed() < latencySeconds * 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        poster.stop();
        stopPosting = true;
        poster2.join();
        const double cpu = double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
        auto quantile = [](std::vector<double> v, double q) {
            if (v.empty())
                return 0.0;
            std::sort(v.begin(), v.end());
            return v[std::min(v.size() - 1, std::size_t(q * v.size()))];
        };
        std::printf("%-40s %8.1f ms median, %.1f ms 95%%, %.1f ms max (%zu moves, %d snapshots, %zu frames "
                    "of median %.1f ms, max %.1f ms, in %d s; process CPU %.0f ms incl. layout)\n",
                    synchronous ? "input latency, layout runs (sync paint)" : "input latency while the layout runs",
                    quantile(probe.delays, 0.5),
                    quantile(probe.delays, 0.95), quantile(probe.delays, 1.0), probe.delays.size(), snapshots,
                    probe.paints.size(), quantile(probe.paints, 0.5), quantile(probe.paints, 1.0), latencySeconds,
                    cpu);
        runner.pause();
    }
    printLoad();
    return 0;
}
