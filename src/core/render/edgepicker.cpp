#include "edgepicker.h"
#include "rasterlines_p.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace entente {

namespace {

// Cells of 8 widget pixels: a pick with the view's 4-pixel tolerance (plus
// one pixel of slack) reads a box of 10 pixels, 2x2 to 3x3 cells. Smaller
// cells list an edge more often for about the same candidates per pick.
constexpr double cellPixels = 8;
// At most this many cell entries (4 bytes each). Zoomed into a hairball, 10^6
// edges can each cross the whole view; then the cells grow instead.
constexpr qsizetype entryBudget = qsizetype(4) << 20;

struct Walker
{
    std::span<const NodeIndex> sources, targets;
    const double *x = nullptr;   // node coordinates in cell units (NaN = not drawn)
    const double *y = nullptr;
    qsizetype nodes = 0;
    int columns = 0, rows = 0;
    quint32 threshold = 0xffffffffu;   // the edge sample listed

    // Calls f(cell) for every cell that edge e's segment passes through
    // (each once), nothing when the edge is not indexed or outside the grid.
    template<typename F>
    void forEachCell(qsizetype e, F &&f) const
    {
        const NodeIndex s = sources[e], t = targets[e];
        if (s >= nodes || t >= nodes || s == t || !edgeInSample(EdgeIndex(e), threshold))
            return;
        double ax = x[s], ay = y[s], bx = x[t], by = y[t];
        if (!std::isfinite(ax) || !std::isfinite(ay) || !std::isfinite(bx) || !std::isfinite(by))
            return;
        const double w = columns, h = rows;
        // Most edges of a fitted view lie inside: no clipping needed.
        if (std::min(ax, bx) < 0 || std::max(ax, bx) > w || std::min(ay, by) < 0 || std::max(ay, by) > h) {
            if (std::max(ax, bx) < 0 || std::min(ax, bx) > w || std::max(ay, by) < 0 || std::min(ay, by) > h)
                return;
            if (!clipSegment(ax, ay, bx, by, 0, 0, w, h))
                return;
        }
        if (ay > by) {
            std::swap(ax, bx);
            std::swap(ay, by);
        }
        const int r0 = std::clamp(int(ay), 0, rows - 1);
        const int r1 = std::clamp(int(by), 0, rows - 1);
        const int last = columns - 1;
        if (r0 == r1) {
            const int c0 = std::clamp(int(std::min(ax, bx)), 0, last);
            const int c1 = std::clamp(int(std::max(ax, bx)), 0, last);
            const std::size_t base = std::size_t(r0) * columns;
            for (int c = c0; c <= c1; ++c)
                f(base + c);
            return;
        }
        // Row by row: the columns between where the segment enters and
        // leaves the row's band.
        const double slope = (bx - ax) / (by - ay);
        double xa = ax;
        for (int r = r0; r <= r1; ++r) {
            const double yb = r == r1 ? by : double(r + 1);
            const double xb = r == r1 ? bx : ax + (yb - ay) * slope;
            const int c0 = std::clamp(int(std::min(xa, xb)), 0, last);
            const int c1 = std::clamp(int(std::max(xa, xb)), 0, last);
            const std::size_t base = std::size_t(r) * columns;
            for (int c = c0; c <= c1; ++c)
                f(base + c);
            xa = xb;
        }
    }
};

} // namespace

void EdgeScreenGrid::clear()
{
    *this = EdgeScreenGrid();
}

void EdgeScreenGrid::build(const RelationshipGraph &graph, const NodePositions &positions,
                           const QTransform &sceneToWidget, const QRectF &viewRect, double margin,
                           double sampled, int threads)
{
    clear();
    m_graph = graph;
    m_sources = m_graph.edgeSources();
    m_targets = m_graph.edgeTargets();
    m_toWidget = sceneToWidget;
    m_viewRect = viewRect;
    m_margin = margin;
    m_threshold = edgeSampleThreshold(sampled);
    m_attempted = true;
    m_built = true;
    const qsizetype n = std::min(graph.nodeCount(), positions.size());
    m_px.assign(positions.x.begin(), positions.x.begin() + n);
    m_py.assign(positions.y.begin(), positions.y.begin() + n);
    const qsizetype m = graph.edgeCount();
    const QRectF area = viewRect.normalized().adjusted(-margin, -margin, margin, margin);
    m_originX = area.left();
    m_originY = area.top();
    if (!(area.width() > 0) || !(area.height() > 0) || !std::isfinite(area.width() + area.height())
        || area.width() * area.height() > 1e9) {
        m_columns = m_rows = 0;
        m_built = false;
        return;
    }
    // With a level of detail only a few percent of the edges are listed:
    // pick them out once by their hash (no memory read per edge), so that the
    // passes below walk those only.
    std::vector<EdgeIndex> chosen;
    const bool sampling = m_threshold != 0xffffffffu;
    if (sampling) {
        chosen.reserve(std::size_t(double(m) * (double(m_threshold) / 4294967295.0) * 1.1) + 16);
        for (qsizetype e = 0; e < m; ++e) {
            if (edgeInSample(EdgeIndex(e), m_threshold))
                chosen.push_back(EdgeIndex(e));
        }
    }
    const qsizetype work = sampling ? qsizetype(chosen.size()) : m;
    auto edgeAt = [&](qsizetype i) { return sampling ? qsizetype(chosen[i]) : i; };
    threads = (work >= 100000 && std::thread::hardware_concurrency() > 1) ? std::clamp(threads, 1, 2) : 1;

    // Node coordinates in cell units; refined below when the entries would
    // not fit the budget.
    std::vector<double> cx(n), cy(n);
    Walker walk{m_sources, m_targets, cx.data(), cy.data(), n, 0, 0, m_threshold};
    auto setCell = [&](double cell) {
        m_cell = cell;
        m_columns = std::max(1, int(std::ceil(area.width() / cell)));
        m_rows = std::max(1, int(std::ceil(area.height() / cell)));
        walk.columns = m_columns;
        walk.rows = m_rows;
        const double sx = sceneToWidget.m11() / cell, sy = sceneToWidget.m22() / cell;
        const double ox = (sceneToWidget.dx() - m_originX) / cell, oy = (sceneToWidget.dy() - m_originY) / cell;
        for (qsizetype i = 0; i < n; ++i) {
            cx[i] = sx * m_px[i] + ox;
            cy[i] = sy * m_py[i] + oy;
        }
    };
    // Two halves of the edges (of those chosen) on two threads, each counting
    // into its own array, then filling its own slots: each cell lists the
    // first half's edges before the second's, in edge order, whatever the
    // thread count.
    std::vector<std::vector<quint32>> counts(threads);
    auto run = [&](auto &&job) {
        if (threads == 1) {
            job(0, qsizetype(0), work);
            return;
        }
        std::thread other([&] { job(1, work / 2, work); });
        job(0, qsizetype(0), work / 2);
        other.join();
    };
    auto count = [&] {
        run([&](int k, qsizetype begin, qsizetype end) {
            std::vector<quint32> &c = counts[k];
            c.assign(std::size_t(m_columns) * m_rows, 0);
            for (qsizetype i = begin; i < end; ++i)
                walk.forEachCell(edgeAt(i), [&](std::size_t cell) { ++c[cell]; });
        });
        qsizetype total = 0;
        for (const auto &c : counts)
            for (quint32 v : c)
                total += v;
        return total;
    };
    setCell(cellPixels);
    qsizetype total = count();
    for (int attempt = 0; total > entryBudget && attempt < 8; ++attempt) {
        // An edge's entries shrink about linearly with the cell size.
        setCell(m_cell * std::min(4.0, std::max(2.0, std::ceil(double(total) / entryBudget))));
        total = count();
    }
    if (total > std::numeric_limits<quint32>::max()) {
        m_built = false;   // the scene index answers instead
        return;
    }

    const std::size_t cells = std::size_t(m_columns) * m_rows;
    m_cellStart.assign(cells + 1, 0);
    std::vector<std::vector<quint32>> fill(threads, std::vector<quint32>(cells));
    quint32 offset = 0;
    for (std::size_t c = 0; c < cells; ++c) {
        m_cellStart[c] = offset;
        for (int k = 0; k < threads; ++k) {
            fill[k][c] = offset;
            offset += counts[k][c];
        }
    }
    m_cellStart[cells] = offset;
    counts.clear();
    m_entries.resize(offset);
    run([&](int k, qsizetype begin, qsizetype end) {
        std::vector<quint32> &slot = fill[k];
        for (qsizetype i = begin; i < end; ++i) {
            const qsizetype e = edgeAt(i);
            walk.forEachCell(e, [&](std::size_t cell) { m_entries[slot[cell]++] = EdgeIndex(e); });
        }
    });
}

} // namespace entente
