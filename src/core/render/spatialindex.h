#pragma once

#include "model/nodepositions.h"
#include "model/relationshipgraph.h"

#include <QRectF>
#include <cmath>
#include <span>
#include <optional>
#include <vector>

namespace entente {

// Squared distance from (px, py) to the segment (ax, ay)-(bx, by). Every edge
// pick measures with this one function, so that EdgeSpatialIndex and
// EdgeScreenGrid give the same answer to the last bit.
inline double segmentDistance2(double px, double py, double ax, double ay, double bx, double by)
{
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double u = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0.0;
    u = u < 0 ? 0 : (u > 1 ? 1 : u);
    const double qx = ax + u * dx - px, qy = ay + u * dy - py;
    return qx * qx + qy * qy;
}

// One cell's candidates, entries[begin..end), measured against the best so
// far: the nearest edge that `accept` takes wins, and on equal distance the
// higher edge number (drawn later, so on top). EdgeSpatialIndex and
// EdgeScreenGrid both scan their cells with it.
template<typename Edges, typename Ends, typename Coordinates, typename Accept>
void nearestEdgeInCell(const Edges &entries, quint32 begin, quint32 end, const Ends &sources, const Ends &targets,
                       const Coordinates &x, const Coordinates &y, double px, double py, Accept &accept,
                       std::optional<EdgeIndex> &best, double &bestD2)
{
    for (quint32 i = begin; i < end; ++i) {
        const EdgeIndex e = entries[i];
        const NodeIndex s = sources[e], t = targets[e];
        const double d2 = segmentDistance2(px, py, x[s], y[s], x[t], y[t]);
        if (d2 > bestD2 || (d2 == bestD2 && best && e < *best))
            continue;
        if (!accept(e))
            continue;
        bestD2 = d2;
        best = e;
    }
}

// A uniform grid over node positions, for picking and culling. Built in O(n)
// by a counting sort of the nodes into cells (about one node per cell), so it
// can be rebuilt on every layout snapshot. Nodes with non-finite coordinates
// are left out.
class SpatialIndex
{
public:
    void build(const NodePositions &positions);
    void clear();
    bool isEmpty() const { return m_nodes.empty(); }
    qsizetype size() const { return qsizetype(m_nodes.size()); }
    QRectF bounds() const { return m_bounds; }

    // Calls f(NodeIndex) for every node whose position lies in `rect`
    // (borders included), in no particular order.
    template<typename F>
    void forEachInRect(const QRectF &rect, F &&f) const
    {
        if (m_nodes.empty())
            return;
        const QRectF r = rect.normalized();
        const int cx0 = cellX(r.left()), cx1 = cellX(r.right());
        const int cy0 = cellY(r.top()), cy1 = cellY(r.bottom());
        for (int cy = cy0; cy <= cy1; ++cy) {
            for (int cx = cx0; cx <= cx1; ++cx) {
                const std::size_t cell = std::size_t(cy) * m_columns + cx;
                for (quint32 i = m_cellStart[cell]; i < m_cellStart[cell + 1]; ++i) {
                    const NodeIndex n = m_nodes[i];
                    const double x = m_x[i], y = m_y[i];
                    if (x >= r.left() && x <= r.right() && y >= r.top() && y <= r.bottom())
                        f(n);
                }
            }
        }
    }
    std::vector<NodeIndex> nodesInRect(const QRectF &rect) const;

    // The node nearest to `point` whose centre lies within `maxDistance`, among
    // those that `accept` (a predicate on NodeIndex) lets through.
    template<typename Accept>
    std::optional<NodeIndex> nearest(QPointF point, double maxDistance, Accept &&accept) const
    {
        std::optional<NodeIndex> best;
        double bestD2 = maxDistance * maxDistance;
        const QRectF box(point.x() - maxDistance, point.y() - maxDistance, 2 * maxDistance,
                         2 * maxDistance);
        forEachInRect(box, [&](NodeIndex n) {
            if (!accept(n))
                return;
            const double dx = m_px[n] - point.x(), dy = m_py[n] - point.y();
            const double d2 = dx * dx + dy * dy;
            if (d2 < bestD2 || (d2 == bestD2 && best && n > *best)) {
                bestD2 = d2;
                best = n;
            }
        });
        return best;
    }
    std::optional<NodeIndex> nearest(QPointF point, double maxDistance) const
    {
        return nearest(point, maxDistance, [](NodeIndex) { return true; });
    }

private:
    int cellX(double x) const;
    int cellY(double y) const;

    QRectF m_bounds;
    int m_columns = 0;
    int m_rows = 0;
    double m_cellWidth = 1;
    double m_cellHeight = 1;
    std::vector<quint32> m_cellStart;   // m_columns * m_rows + 1 offsets into m_nodes
    std::vector<NodeIndex> m_nodes;     // node numbers sorted by cell
    std::vector<double> m_x, m_y;       // their coordinates in the same order (locality)
    std::vector<double> m_px, m_py;     // coordinates by node number
};

// A hierarchy of uniform grids over edge segments, for picking edges under
// the cursor. Level k has cells 2^k times the finest (about the mean node
// spacing); an edge lives on the first level whose cells are at least as
// large as its bounding box, in the (at most four) cells that box overlaps,
// so long and short edges alike cost a few entries. A query visits the cells
// around the point on each level. Built in O(edges) by a counting sort;
// rebuild it when positions change (the view does it lazily, on the first
// pick after a change).
class EdgeSpatialIndex
{
public:
    void build(const RelationshipGraph &graph, const NodePositions &positions);
    void clear();
    bool isEmpty() const { return m_entries.empty(); }
    qsizetype entryCount() const { return qsizetype(m_entries.size()); }
    int levelCount() const { return int(m_levels.size()); }

    // The edge whose segment passes nearest to `point`, within `maxDistance`
    // (scene units), among those that `accept` (a predicate on EdgeIndex) lets
    // through; on a tie the higher edge number. Self-loops and edges with a
    // non-finite end are not indexed.
    template<typename Accept>
    std::optional<EdgeIndex> nearest(QPointF point, double maxDistance, Accept &&accept) const
    {
        std::optional<EdgeIndex> best;
        double bestD2 = maxDistance * maxDistance;
        const double px = point.x(), py = point.y();
        if (!std::isfinite(px) || !std::isfinite(py) || !(maxDistance >= 0))
            return best;
        for (const Level &level : m_levels) {
            const int cx0 = cellOf(px - maxDistance - m_x0, level.cell, level.columns);
            const int cx1 = cellOf(px + maxDistance - m_x0, level.cell, level.columns);
            const int cy0 = cellOf(py - maxDistance - m_y0, level.cell, level.rows);
            const int cy1 = cellOf(py + maxDistance - m_y0, level.cell, level.rows);
            for (int cy = cy0; cy <= cy1; ++cy) {
                for (int cx = cx0; cx <= cx1; ++cx) {
                    const std::size_t cell = level.firstCell + std::size_t(cy) * level.columns + cx;
                    nearestEdgeInCell(m_entries, m_cellStart[cell], m_cellStart[cell + 1], m_sources, m_targets,
                                      m_px, m_py, px, py, accept, best, bestD2);
                }
            }
        }
        return best;
    }

private:
    struct Level
    {
        double cell = 1;
        int columns = 1, rows = 1;
        std::size_t firstCell = 0;
    };
    static int cellOf(double offset, double cell, int count)
    {
        if (!(offset > 0))
            return 0;
        const double c = offset / cell;
        return c >= count ? count - 1 : int(c);
    }

    double m_x0 = 0, m_y0 = 0;
    std::vector<Level> m_levels;
    std::vector<quint32> m_cellStart;   // over all levels' cells, + 1
    std::vector<EdgeIndex> m_entries;
    std::vector<double> m_px, m_py;     // node coordinates at build time
    std::span<const NodeIndex> m_sources, m_targets;
    RelationshipGraph m_graph;          // keeps the source/target arrays alive
};

} // namespace entente
