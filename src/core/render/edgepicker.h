#pragma once

#include "model/nodepositions.h"
#include "model/relationshipgraph.h"
#include "render/graphrenderer.h"
#include "render/spatialindex.h"

#include <QRectF>
#include <QTransform>
#include <cmath>
#include <algorithm>
#include <optional>
#include <span>
#include <vector>

namespace entente {

// Edges under the cursor for one view transform. A uniform grid of square
// cells a few widget pixels wide covers the view plus a margin; each cell lists
// the edges whose segment, clipped to that area, passes through it. A pick
// then reads the two to nine cells around the cursor and measures those edges
// exactly, in scene coordinates.
//
// Why not EdgeSpatialIndex alone: it indexes edges by their whole extent in
// the scene, so in a hairball (the centre of a 1M-edge force layout) the long
// edges crossing the middle fill coarse cells with thousands of entries and a
// pick scans them all (about 2 ms). Clipped to the view and walked cell by
// cell, an edge is listed only where it is, and a pick reads about as many
// edges as really pass within a few pixels of the cursor.
//
// Why not an edge-ID buffer (last drawn wins per pixel): big graphs are drawn
// through the density rasteriser, where edges add up and none is "on top".
// The rule of a pick is geometric: the nearest edge within the tolerance, on
// a tie the higher edge number (as EdgeSpatialIndex::nearest()), among the
// edges the frame on screen draws: with the level of detail of a big graph
// (RenderStats::sampled < 1) only a sample of the edges is drawn, and only
// those are listed (`sampled` in build()). In the centre of the 1M-edge
// graph at fit-all, 3000..15000 edges pass within 4 pixels of a point, and
// only about 3% of them are drawn: listing all of them would cost ~25 MB and
// ~1 ms a pick; listing the drawn ones ~4 MB and a few microseconds.
//
// The grid depends on the transform: rebuild it after zoom, pan, resize or a
// change of positions (EdgePicker does this lazily, on the first pick).
class EdgeScreenGrid
{
public:
    // `sceneToWidget` must be a scale and a translation (the view's transform).
    // `viewRect` is the widget's rectangle; the grid reaches `margin` widget
    // pixels beyond it, so picks anywhere in the view with a tolerance up to
    // `margin - 1` are answered by the grid. Only edges in the sample
    // (edgeInSample(e, edgeSampleThreshold(sampled))) are listed; 1 = all.
    // Uses `threads` threads (1 or 2).
    void build(const RelationshipGraph &graph, const NodePositions &positions,
               const QTransform &sceneToWidget, const QRectF &viewRect, double margin,
               double sampled = 1.0, int threads = 2);
    void clear();
    // Built and usable (false also when build() gave up: a degenerate view).
    bool isBuilt() const { return m_built; }
    // Whether build() was last called with these arguments (usable or not).
    bool isBuiltFor(const QTransform &sceneToWidget, const QRectF &viewRect, double margin,
                    double sampled = 1.0) const
    {
        return m_attempted && sceneToWidget == m_toWidget && viewRect == m_viewRect && margin == m_margin
               && edgeSampleThreshold(sampled) == m_threshold;
    }
    // Whether a pick at `scenePoint` with `maxDistance` lies wholly inside the
    // grid, so that nearest() sees every edge that can be within reach.
    bool covers(QPointF scenePoint, double maxDistance) const
    {
        double x0, y0, x1, y1;
        if (!m_built || !queryBox(scenePoint, maxDistance, x0, y0, x1, y1))
            return false;
        return x0 >= 0 && y0 >= 0 && x1 < m_columns && y1 < m_rows;
    }
    qsizetype entryCount() const { return qsizetype(m_entries.size()); }
    double cellSize() const { return m_cell; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }

    // How many entries a pick at `scenePoint` reads (the cost of nearest()).
    qsizetype candidateCount(QPointF scenePoint, double maxDistance) const
    {
        double x0, y0, x1, y1;
        if (!m_built || !queryBox(scenePoint, maxDistance, x0, y0, x1, y1))
            return 0;
        qsizetype count = 0;
        for (int cy = std::max(0, int(y0)); cy <= std::min(m_rows - 1, int(y1)); ++cy) {
            const std::size_t row = std::size_t(cy) * m_columns;
            for (int cx = std::max(0, int(x0)); cx <= std::min(m_columns - 1, int(x1)); ++cx)
                count += m_cellStart[row + cx + 1] - m_cellStart[row + cx];
        }
        return count;
    }

    // As EdgeSpatialIndex::nearest(), among the listed edges. Precondition:
    // covers(scenePoint, maxDistance).
    template<typename Accept>
    std::optional<EdgeIndex> nearest(QPointF scenePoint, double maxDistance, Accept &&accept) const
    {
        std::optional<EdgeIndex> best;
        double bestD2 = maxDistance * maxDistance;
        nearestInto(scenePoint, maxDistance, accept, best, bestD2);
        return best;
    }
    // The same, continuing from `best` at squared distance `bestD2` (so that
    // other candidates can be merged in by the same rule).
    template<typename Accept>
    void nearestInto(QPointF scenePoint, double maxDistance, Accept &&accept, std::optional<EdgeIndex> &best,
                     double &bestD2) const
    {
        double x0, y0, x1, y1;
        if (!m_built || !queryBox(scenePoint, maxDistance, x0, y0, x1, y1))
            return;
        const double px = scenePoint.x(), py = scenePoint.y();
        const int cx0 = std::max(0, int(x0)), cx1 = std::min(m_columns - 1, int(x1));
        const int cy0 = std::max(0, int(y0)), cy1 = std::min(m_rows - 1, int(y1));
        for (int cy = cy0; cy <= cy1; ++cy) {
            for (int cx = cx0; cx <= cx1; ++cx) {
                const std::size_t cell = std::size_t(cy) * m_columns + cx;
                nearestEdgeInCell(m_entries, m_cellStart[cell], m_cellStart[cell + 1], m_sources, m_targets,
                                  m_px, m_py, px, py, accept, best, bestD2);
            }
        }
    }

private:
    // The query's box in cell units; false when it is not finite.
    bool queryBox(QPointF scenePoint, double maxDistance, double &x0, double &y0, double &x1,
                  double &y1) const
    {
        const double wx = m_toWidget.m11() * scenePoint.x() + m_toWidget.dx();
        const double wy = m_toWidget.m22() * scenePoint.y() + m_toWidget.dy();
        // One pixel more than the reach: the cells were found in widget
        // coordinates, the distance is measured in scene coordinates.
        const double reach = maxDistance * std::max(std::abs(m_toWidget.m11()), std::abs(m_toWidget.m22())) + 1;
        x0 = (wx - reach - m_originX) / m_cell;
        x1 = (wx + reach - m_originX) / m_cell;
        y0 = (wy - reach - m_originY) / m_cell;
        y1 = (wy + reach - m_originY) / m_cell;
        return std::isfinite(x0) && std::isfinite(x1) && std::isfinite(y0) && std::isfinite(y1)
               && maxDistance >= 0;
    }

    bool m_attempted = false;
    bool m_built = false;
    QTransform m_toWidget;
    QRectF m_viewRect;
    double m_margin = 0;
    quint32 m_threshold = 0xffffffffu;     // of the sample listed
    double m_originX = 0, m_originY = 0;   // widget coordinates of the grid's corner
    double m_cell = 8;                     // widget pixels
    int m_columns = 0, m_rows = 0;
    std::vector<quint32> m_cellStart;      // m_columns * m_rows + 1 offsets into m_entries
    std::vector<EdgeIndex> m_entries;      // edge numbers by cell
    std::vector<double> m_px, m_py;        // node coordinates at build time (scene)
    std::span<const NodeIndex> m_sources, m_targets;
    RelationshipGraph m_graph;             // keeps the source/target arrays alive
};

// What GraphView::edgeAt() asks: the nearest edge within a distance of a
// point among those drawn in the view (the rule above). Picks inside the
// view go through an EdgeScreenGrid for the view's transform and sample;
// picks beyond it (or with a reach wider than the grid's margin) through an
// EdgeSpatialIndex of the whole scene, filtered by the same sample. Small
// graphs use only the scene index, which survives zoom and pan. Both answer
// by the same rule (tested), so the switch is invisible.
class EdgePicker
{
public:
    // Positions or graph changed: the next pick rebuilds what it needs.
    void invalidate()
    {
        m_grid.clear();
        m_sceneIndex.clear();
        m_sceneIndexBuilt = false;
    }
    // From this many edges on, picks in the view use the screen grid.
    void setGridThreshold(qsizetype edges) { m_gridThreshold = edges; }
    qsizetype gridThreshold() const { return m_gridThreshold; }
    static constexpr qsizetype defaultGridThreshold = 20000;
    // The widget pixels beyond the view covered by the screen grid.
    static constexpr double gridMargin = 16;

    const EdgeScreenGrid &grid() const { return m_grid; }
    bool usedGrid() const { return m_usedGrid; }   // for the last pick (tests, bench)

    // The edge nearest to `scenePoint` within `maxDistance` (scene units)
    // among those that `accept` lets through and that are drawn: in the
    // sample of `sampled` (the frame's RenderStats::sampled) or in
    // `alwaysDrawn` (the highlighted edges, drawn whatever the sample). On a
    // tie the higher edge number.
    template<typename Accept>
    std::optional<EdgeIndex> nearest(const RelationshipGraph &graph, const NodePositions &positions,
                                     const QTransform &sceneToWidget, const QRectF &viewRect,
                                     QPointF scenePoint, double maxDistance, double sampled,
                                     std::span<const EdgeIndex> alwaysDrawn, Accept &&accept)
    {
        m_usedGrid = false;
        const quint32 threshold = edgeSampleThreshold(sampled);
        std::optional<EdgeIndex> best;
        double bestD2 = maxDistance * maxDistance;
        if (!std::isfinite(scenePoint.x()) || !std::isfinite(scenePoint.y()) || !(maxDistance >= 0))
            return best;
        if (graph.edgeCount() >= m_gridThreshold && sceneToWidget.type() <= QTransform::TxScale) {
            if (!m_grid.isBuiltFor(sceneToWidget, viewRect, gridMargin, sampled))
                m_grid.build(graph, positions, sceneToWidget, viewRect, gridMargin, sampled);
            if (m_grid.covers(scenePoint, maxDistance)) {
                m_usedGrid = true;
                // The highlighted edges first, by the same measure and rule.
                const auto sources = graph.edgeSources(), targets = graph.edgeTargets();
                const qsizetype n = std::min(graph.nodeCount(), positions.size());
                for (const EdgeIndex e : alwaysDrawn) {
                    if (e >= sources.size() || sources[e] >= n || targets[e] >= n || sources[e] == targets[e])
                        continue;
                    const NodeIndex s = sources[e], t = targets[e];
                    const double d2 = segmentDistance2(scenePoint.x(), scenePoint.y(), positions.x[s],
                                                       positions.y[s], positions.x[t], positions.y[t]);
                    if (!(d2 <= bestD2) || (d2 == bestD2 && best && e < *best) || !accept(e))
                        continue;
                    bestD2 = d2;
                    best = e;
                }
                m_grid.nearestInto(scenePoint, maxDistance, accept, best, bestD2);
                return best;
            }
        }
        if (!m_sceneIndexBuilt) {
            m_sceneIndex.build(graph, positions);
            m_sceneIndexBuilt = true;
        }
        return m_sceneIndex.nearest(scenePoint, maxDistance, [&](EdgeIndex e) {
            return accept(e)
                   && (edgeInSample(e, threshold)
                       || std::find(alwaysDrawn.begin(), alwaysDrawn.end(), e) != alwaysDrawn.end());
        });
    }

private:
    EdgeScreenGrid m_grid;
    EdgeSpatialIndex m_sceneIndex;
    bool m_sceneIndexBuilt = false;
    bool m_usedGrid = false;
    qsizetype m_gridThreshold = defaultGridThreshold;
};

} // namespace entente
