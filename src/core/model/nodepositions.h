#pragma once

#include <QPointF>
#include <QRectF>
#include <QtGlobal>
#include <vector>

namespace entente {

// Positions by node index, apart from the topology. `known` says whether a node
// has a position at all (a file may give some and not others); `pinned` nodes
// are owned by the user and never moved by a layout.
struct NodePositions
{
    std::vector<double> x;
    std::vector<double> y;
    std::vector<quint8> known;
    std::vector<quint8> pinned;

    NodePositions() = default;
    explicit NodePositions(qsizetype count) { resize(count); }

    void resize(qsizetype count)
    {
        x.resize(count, 0.0);
        y.resize(count, 0.0);
        known.resize(count, 0);
        pinned.resize(count, 0);
    }
    qsizetype size() const { return qsizetype(x.size()); }
    QPointF at(qsizetype n) const { return {x[n], y[n]}; }
    void set(qsizetype n, QPointF p)
    {
        x[n] = p.x();
        y[n] = p.y();
        known[n] = 1;
    }
    bool allKnown() const
    {
        for (quint8 k : known) {
            if (!k)
                return false;
        }
        return true;
    }
    bool anyKnown() const
    {
        for (quint8 k : known) {
            if (k)
                return true;
        }
        return false;
    }
    // Bounding box of the known positions; null when there are none.
    QRectF bounds() const
    {
        QRectF box;
        bool first = true;
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (!known[i])
                continue;
            if (first) {
                x0 = x1 = x[i];
                y0 = y1 = y[i];
                first = false;
            } else {
                x0 = std::min(x0, x[i]);
                x1 = std::max(x1, x[i]);
                y0 = std::min(y0, y[i]);
                y1 = std::max(y1, y[i]);
            }
        }
        if (!first)
            box = QRectF(QPointF(x0, y0), QPointF(x1, y1));
        return box;
    }
    bool operator==(const NodePositions &) const = default;
};

} // namespace entente
