#pragma once

#include "model/nodepositions.h"
#include "model/relationshipgraph.h"

#include <QRectF>
#include <optional>
#include <vector>

namespace entente {

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

} // namespace entente
