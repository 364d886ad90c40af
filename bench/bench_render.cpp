// Rendering and picking figures of the view (issue 8): full redraw at
// 1920x1080 with the whole graph in view and zoomed in, the cached-frame pan,
// spatial index build, picking a node and an edge under the cursor.
//
//   bench_render GRAPH.tsv [--layout] [--repeat N]
//
// GRAPH.tsv is the bench's edge list (`source<TAB>target` per line). Positions
// come from our force layout with --layout, otherwise from a fixed-seed random
// geometric placement where each node sits near its lower-numbered neighbour,
// which gives local edges like a layout does (long random edges would overstate
// the cost of drawing).
#include "graphview.h"
#include "layout/layoutengine.h"
#include "model/graphbuilder.h"
#include "render/graphrenderer.h"
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

#include <algorithm>
#include <cstdio>
#include <ctime>

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

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_render GRAPH.tsv [--layout] [--repeat N]\n");
        return 2;
    }
    int repeat = 5;
    if (const int i = int(args.indexOf(u"--repeat"_s)); i > 0 && i + 1 < args.size())
        repeat = std::max(1, args[i + 1].toInt());

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

    // Panning reuses the last frame: one blit of the cached image.
    QImage target(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    std::printf("%-40s %8.1f ms\n", "pan frame (cached image translated)", medianMs(repeat, [&] {
                    QPainter p(&target);
                    p.fillRect(target.rect(), Qt::white);
                    p.drawImage(QPointF(13, -7), frame);
                }));

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
    std::printf("%-40s %8.4f ms (%d of %zu hit)\n", "nodeAt (per call)", nodeMs / points.size(), hits,
                points.size());
    const double edgeMs = medianMs(std::min(repeat, 3), [&] {
        for (int i = 0; i < 20; ++i)
            view.edgeAt(points[1000 + i]);
    });
    std::printf("%-40s %8.4f ms\n", "edgeAt (per call)", edgeMs / 20);
    return 0;
}
