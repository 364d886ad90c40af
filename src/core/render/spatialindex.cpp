#include "spatialindex.h"

#include <algorithm>
#include <cmath>

namespace entente {

void SpatialIndex::clear()
{
    *this = SpatialIndex();
}

void SpatialIndex::build(const NodePositions &positions)
{
    const qsizetype n = positions.size();
    m_px = positions.x;
    m_py = positions.y;
    m_nodes.clear();
    m_x.clear();
    m_y.clear();

    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    qsizetype finite = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double x = positions.x[i], y = positions.y[i];
        if (!std::isfinite(x) || !std::isfinite(y))
            continue;
        if (finite == 0) {
            x0 = x1 = x;
            y0 = y1 = y;
        } else {
            x0 = std::min(x0, x);
            x1 = std::max(x1, x);
            y0 = std::min(y0, y);
            y1 = std::max(y1, y);
        }
        ++finite;
    }
    if (finite == 0) {
        m_bounds = QRectF();
        m_columns = m_rows = 0;
        m_cellStart.assign(1, 0);
        return;
    }
    m_bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    // About one node per cell, with the grid's aspect following the bounds;
    // at most 2048 cells a side.
    const double w = std::max(x1 - x0, 1e-9), h = std::max(y1 - y0, 1e-9);
    const double cells = std::max<double>(1.0, double(finite));
    const double side = std::sqrt(w * h / cells);
    m_columns = std::clamp(int(std::ceil(w / std::max(side, 1e-12))), 1, 2048);
    m_rows = std::clamp(int(std::ceil(h / std::max(side, 1e-12))), 1, 2048);
    if (x1 - x0 <= 0)
        m_columns = 1;
    if (y1 - y0 <= 0)
        m_rows = 1;
    m_cellWidth = w / m_columns;
    m_cellHeight = h / m_rows;

    const std::size_t cellCount = std::size_t(m_columns) * m_rows;
    m_cellStart.assign(cellCount + 1, 0);
    std::vector<quint32> cellOf(n, quint32(-1));
    for (qsizetype i = 0; i < n; ++i) {
        const double x = positions.x[i], y = positions.y[i];
        if (!std::isfinite(x) || !std::isfinite(y))
            continue;
        const quint32 c = quint32(cellY(y)) * quint32(m_columns) + quint32(cellX(x));
        cellOf[i] = c;
        ++m_cellStart[c + 1];
    }
    for (std::size_t c = 0; c < cellCount; ++c)
        m_cellStart[c + 1] += m_cellStart[c];
    m_nodes.resize(finite);
    m_x.resize(finite);
    m_y.resize(finite);
    std::vector<quint32> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (qsizetype i = 0; i < n; ++i) {
        if (cellOf[i] == quint32(-1))
            continue;
        const quint32 slot = fill[cellOf[i]]++;
        m_nodes[slot] = NodeIndex(i);
        m_x[slot] = positions.x[i];
        m_y[slot] = positions.y[i];
    }
}

int SpatialIndex::cellX(double x) const
{
    if (!(x > m_bounds.left()))
        return 0;
    const double c = (x - m_bounds.left()) / m_cellWidth;
    return c >= m_columns ? m_columns - 1 : int(c);
}

int SpatialIndex::cellY(double y) const
{
    if (!(y > m_bounds.top()))
        return 0;
    const double c = (y - m_bounds.top()) / m_cellHeight;
    return c >= m_rows ? m_rows - 1 : int(c);
}

std::vector<NodeIndex> SpatialIndex::nodesInRect(const QRectF &rect) const
{
    std::vector<NodeIndex> out;
    forEachInRect(rect, [&](NodeIndex n) { out.push_back(n); });
    return out;
}

void EdgeSpatialIndex::clear()
{
    *this = EdgeSpatialIndex();
}

void EdgeSpatialIndex::build(const RelationshipGraph &graph, const NodePositions &positions)
{
    clear();
    m_graph = graph;
    m_sources = m_graph.edgeSources();
    m_targets = m_graph.edgeTargets();
    const qsizetype n = std::min(graph.nodeCount(), positions.size());
    m_px.assign(positions.x.begin(), positions.x.begin() + n);
    m_py.assign(positions.y.begin(), positions.y.begin() + n);
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    qsizetype finite = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double x = m_px[i], y = m_py[i];
        if (!std::isfinite(x) || !std::isfinite(y))
            continue;
        if (finite++ == 0) {
            x0 = x1 = x;
            y0 = y1 = y;
        }
        x0 = std::min(x0, x);
        x1 = std::max(x1, x);
        y0 = std::min(y0, y);
        y1 = std::max(y1, y);
    }
    const qsizetype m = graph.edgeCount();
    if (finite == 0 || m == 0) {
        m_cellStart.assign(1, 0);
        return;
    }
    m_x0 = x0;
    m_y0 = y0;
    const double w = std::max(x1 - x0, 1e-9), h = std::max(y1 - y0, 1e-9);
    // Finest cells about the mean node spacing, at most 1024 a side.
    double cell = std::sqrt(w * h / double(finite));
    cell = std::max({cell, w / 1024.0, h / 1024.0, 1e-9});
    std::size_t cells = 0;
    for (;;) {
        Level level;
        level.cell = cell;
        level.columns = std::max(1, int(std::ceil(w / cell)));
        level.rows = std::max(1, int(std::ceil(h / cell)));
        level.firstCell = cells;
        cells += std::size_t(level.columns) * level.rows;
        m_levels.push_back(level);
        if (level.columns == 1 && level.rows == 1)
            break;
        cell *= 2;
    }
    const int top = int(m_levels.size()) - 1;
    const double finest = m_levels.front().cell;

    // Calls f(global cell) for each cell of edge e, or nothing when e is not indexed.
    auto forEachCell = [&](qsizetype e, auto &&f) {
        const NodeIndex s = m_sources[e], t = m_targets[e];
        if (s >= n || t >= n || s == t)
            return;
        const double ax = m_px[s], ay = m_py[s], bx = m_px[t], by = m_py[t];
        if (!std::isfinite(ax) || !std::isfinite(ay) || !std::isfinite(bx) || !std::isfinite(by))
            return;
        const double extent = std::max(std::abs(bx - ax), std::abs(by - ay));
        int k = 0;
        if (extent > finest)
            k = std::min(top, int(std::ceil(std::log2(extent / finest))));
        while (k < top && m_levels[k].cell < extent)   // rounding of log2
            ++k;
        const Level &level = m_levels[k];
        const int cx0 = cellOf(std::min(ax, bx) - x0, level.cell, level.columns);
        const int cx1 = cellOf(std::max(ax, bx) - x0, level.cell, level.columns);
        const int cy0 = cellOf(std::min(ay, by) - y0, level.cell, level.rows);
        const int cy1 = cellOf(std::max(ay, by) - y0, level.cell, level.rows);
        for (int cy = cy0; cy <= cy1; ++cy)
            for (int cx = cx0; cx <= cx1; ++cx)
                f(level.firstCell + std::size_t(cy) * level.columns + cx);
    };
    m_cellStart.assign(cells + 1, 0);
    for (qsizetype e = 0; e < m; ++e)
        forEachCell(e, [&](std::size_t c) { ++m_cellStart[c + 1]; });
    for (std::size_t c = 0; c < cells; ++c)
        m_cellStart[c + 1] += m_cellStart[c];
    m_entries.resize(m_cellStart[cells]);
    std::vector<quint32> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (qsizetype e = 0; e < m; ++e)
        forEachCell(e, [&](std::size_t c) { m_entries[fill[c]++] = EdgeIndex(e); });
}

} // namespace entente
