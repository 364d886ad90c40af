#include "graphrenderer.h"
#include "rasterlines_p.h"
#include "spatialindex.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <limits>
#include <thread>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QColor mixed(QColor a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t),
                            float(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

bool isVectorDevice(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine)
        return false;
    switch (engine->type()) {
    case QPaintEngine::SVG:
    case QPaintEngine::Pdf:
    case QPaintEngine::Picture:
        return true;
    default:
        return false;
    }
}

QPolygonF regularPolygon(QPointF c, double r, int corners, double startDegrees)
{
    QPolygonF p;
    p.reserve(corners);
    for (int i = 0; i < corners; ++i) {
        const double a = qDegreesToRadians(startDegrees + 360.0 * i / corners);
        p.append(QPointF(c.x() + r * std::cos(a), c.y() + r * std::sin(a)));
    }
    return p;
}

// A node's label as drawn: long names ("Pan-European infrastructure for
// biological superintelligence") go on two or three lines of balanced width,
// the way Cytoscape's text-wrap does, so that they need no more room across
// than a short one and every word stays readable. The window (`elide`)
// shortens only the very longest; exports keep every word.
struct WrappedLabel
{
    QStringList lines;
    double width = 0;   // of the widest line
};

constexpr qsizetype kWrapAbove = 30;     // characters on one line at most
constexpr qsizetype kElideAbove = 96;    // the window: characters in all

WrappedLabel wrapLabel(QString text, const QFontMetricsF &fm, bool elide)
{
    WrappedLabel label;
    if (elide && text.size() > kElideAbove)
        text = fm.elidedText(text, Qt::ElideRight, fm.averageCharWidth() * (kElideAbove - 6));
    if (text.isEmpty())
        return label;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (text.size() <= kWrapAbove || words.size() < 2) {
        label.lines = {text};
        label.width = fm.horizontalAdvance(text);
        return label;
    }
    // The break points that make the widest line narrowest: two lines up to
    // 60 characters, three beyond (a few words: every choice is tried).
    const qsizetype n = words.size();
    const int count = int(std::min<qsizetype>(text.size() <= 2 * kWrapAbove ? 2 : 3, n));
    std::vector<double> prefix(size_t(n) + 1, 0.0);   // widths of words[0..k) with spaces
    const double space = fm.horizontalAdvance(u' ');
    for (qsizetype k = 0; k < n; ++k)
        prefix[size_t(k) + 1] = prefix[size_t(k)] + fm.horizontalAdvance(words[k]) + (k > 0 ? space : 0.0);
    auto span = [&](qsizetype a, qsizetype b) {   // words[a..b) on one line
        return prefix[size_t(b)] - prefix[size_t(a)] - (a > 0 ? space : 0.0);
    };
    qsizetype bestI = 1, bestJ = n;
    double best = std::numeric_limits<double>::infinity();
    for (qsizetype i = 1; i < n; ++i) {
        if (count == 2) {
            const double widest = std::max(span(0, i), span(i, n));
            if (widest < best)
                best = widest, bestI = i;
            continue;
        }
        for (qsizetype j = i + 1; j < n; ++j) {
            const double widest = std::max({span(0, i), span(i, j), span(j, n)});
            if (widest < best)
                best = widest, bestI = i, bestJ = j;
        }
    }
    label.lines << words.mid(0, bestI).join(u' ') << words.mid(bestI, bestJ - bestI).join(u' ');
    if (bestJ < n)
        label.lines << words.mid(bestJ).join(u' ');
    for (const QString &line : std::as_const(label.lines))
        label.width = std::max(label.width, fm.horizontalAdvance(line));
    return label;
}

double labelTextHeight(const QFontMetricsF &fm, qsizetype lines)
{
    return fm.height() + double(std::max<qsizetype>(lines, 1) - 1) * fm.lineSpacing();
}

// Occupancy of label rectangles in a coarse grid of device pixels: a new label
// is placed only where it overlaps no placed one.
class LabelGrid
{
public:
    LabelGrid(const QRectF &area, double cell) : m_area(area), m_cell(cell)
    {
        m_columns = std::max(1, int(std::ceil(area.width() / cell)));
        m_rows = std::max(1, int(std::ceil(area.height() / cell)));
        m_cells.resize(std::size_t(m_columns) * m_rows);
    }
    // Places `r` for `owner` unless it overlaps a rectangle of another owner
    // (a label may touch its own node).
    // With `overNodes`, only other labels count: a label may then lie over a
    // node (its halo keeps it readable) rather than not be shown.
    bool tryPlace(const QRectF &r, quint32 owner, bool overNodes = false)
    {
        int x0, x1, y0, y1;
        range(r, x0, x1, y0, y1);
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x) {
                for (quint32 i : m_cells[std::size_t(y) * m_columns + x]) {
                    if (m_owners[i] != owner && !(overNodes && m_isNode[i]) && m_rects[i].intersects(r))
                        return false;
                }
            }
        }
        insert(r, owner, false);
        return true;
    }
    void insert(const QRectF &r, quint32 owner, bool isNode)
    {
        int x0, x1, y0, y1;
        range(r, x0, x1, y0, y1);
        if (isNode) {
            // Cells already full of node boxes (nodes piled up, before the
            // layout spread them) take no more: every label try would scan
            // them all, and such a spot has no room for a label anyway.
            bool room = false;
            for (int y = y0; y <= y1 && !room; ++y)
                for (int x = x0; x <= x1 && !room; ++x)
                    room = m_cells[std::size_t(y) * m_columns + x].size() < 48;
            if (!room)
                return;
        }
        m_isNode.push_back(isNode);
        const quint32 id = quint32(m_rects.size());
        m_rects.push_back(r);
        m_owners.push_back(owner);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                m_cells[std::size_t(y) * m_columns + x].push_back(id);
    }

private:
    void range(const QRectF &r, int &x0, int &x1, int &y0, int &y1) const
    {
        x0 = std::clamp(int((r.left() - m_area.left()) / m_cell), 0, m_columns - 1);
        x1 = std::clamp(int((r.right() - m_area.left()) / m_cell), 0, m_columns - 1);
        y0 = std::clamp(int((r.top() - m_area.top()) / m_cell), 0, m_rows - 1);
        y1 = std::clamp(int((r.bottom() - m_area.top()) / m_cell), 0, m_rows - 1);
    }
    QRectF m_area;
    double m_cell;
    int m_columns, m_rows;
    std::vector<std::vector<quint32>> m_cells;
    std::vector<QRectF> m_rects;
    std::vector<quint32> m_owners;
    std::vector<bool> m_isNode;
};

enum Emphasis { Dimmed = 0, Normal = 1, Highlighted = 2, EmphasisCount = 3 };

} // namespace

void paintNodeShape(QPainter &painter, NodeShape shape, QPointF c, double r)
{
    switch (shape) {
    case NodeShape::Circle:
        painter.drawEllipse(c, r, r);
        break;
    case NodeShape::Square: {
        const double s = r * 0.89;   // same area as the circle, roughly
        painter.drawRect(QRectF(c.x() - s, c.y() - s, 2 * s, 2 * s));
        break;
    }
    case NodeShape::Diamond:
        painter.drawPolygon(regularPolygon(c, r * 1.2, 4, -90));
        break;
    case NodeShape::Hexagon:
        painter.drawPolygon(regularPolygon(c, r * 1.08, 6, 0));
        break;
    case NodeShape::Triangle: {
        // Centred on its centroid, enlarged so that it looks as heavy as a circle.
        painter.drawPolygon(regularPolygon(c, r * 1.35, 3, -90));
        break;
    }
    case NodeShape::Pentagon:
        painter.drawPolygon(regularPolygon(c, r * 1.1, 5, -90));
        break;
    case NodeShape::Star: {
        QPolygonF p;
        for (int i = 0; i < 10; ++i) {
            const double rr = (i % 2 == 0) ? r * 1.3 : r * 0.6;
            const double a = qDegreesToRadians(-90.0 + 36.0 * i);
            p.append(QPointF(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a)));
        }
        painter.drawPolygon(p);
        break;
    }
    }
}

const QImage &GraphRenderer::nodeSprite(QRgb fill, NodeShape shape, double radius, bool outlined,
                                        const QPen &outline, double pixelsPerUnit) const
{
    // Bounded in bytes, not only in count: with sizes by degree a large
    // graph asks for hundreds of radii in each of 24 colours, and 4096
    // sprites of up to 135 px took 100 MB with the 1M-edge graph on screen
    // (view and overview together). A frame that needs more than the budget
    // starts over once; the blits stay far cheaper than painting.
    constexpr qint64 spriteBudgetBytes = 12 << 20;
    if (pixelsPerUnit != m_spriteScale || m_sprites.size() > 4096
        || m_spriteBytes > spriteBudgetBytes) {
        m_sprites.clear();
        m_spriteBytes = 0;
        m_spriteScale = pixelsPerUnit;
    }
    // Radii are quantised to a quarter pixel: sizes vary continuously with
    // zoom, and a quarter pixel is below what the eye sees.
    const quint32 rq = quint32(std::min<long>(std::lround(radius * pixelsPerUnit * 4.0), 1 << 20));
    const SpriteKey fullKey{fill, outlined ? outline.color().rgba() : 0u, rq, quint8(shape), outlined};
    auto it = m_sprites.find(fullKey);
    if (it != m_sprites.end())
        return it.value();
    const double r = rq / 4.0;
    const double w = outlined ? outline.widthF() * pixelsPerUnit : 0;
    // An even size puts the shape's centre on a pixel corner, which blitting
    // places at the rounded node centre.
    int size = int(std::ceil(2 * (r * 1.35 + w) + 4));
    size += size % 2;
    QImage sprite(size, size, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    {
        QPainter p(&sprite);
        p.setRenderHint(QPainter::Antialiasing);
        QPen pen = outline;
        pen.setWidthF(w);
        p.setPen(outlined ? pen : QPen(Qt::NoPen));
        p.setBrush(QColor::fromRgba(fill));
        paintNodeShape(p, shape, QPointF(size / 2.0, size / 2.0), r);
    }
    // Trimmed to its visible pixels: most of a small sprite's square is
    // transparent, and blitting 125k nodes costs by the pixel.
    int x0 = size, y0 = size, x1 = -1, y1 = -1;
    for (int y = 0; y < size; ++y) {
        const auto *line = reinterpret_cast<const quint32 *>(sprite.constScanLine(y));
        for (int x = 0; x < size; ++x) {
            if (line[x] >> 24) {
                x0 = std::min(x0, x);
                x1 = std::max(x1, x);
                y0 = std::min(y0, y);
                y1 = std::max(y1, y);
            }
        }
    }
    QImage trimmed = x1 < 0 ? QImage() : sprite.copy(QRect(QPoint(x0, y0), QPoint(x1, y1)));
    trimmed.setOffset(QPoint(x0 - size / 2, y0 - size / 2));
    m_spriteBytes += trimmed.sizeInBytes();
    return m_sprites.insert(fullKey, trimmed).value();
}

GraphRenderer::GraphRenderer()
{
    setStyle(m_style);
}

void GraphRenderer::setGraph(const RelationshipGraph &graph, const GraphStyle &style)
{
    m_graph = graph;
    setStyle(style);
}

void GraphRenderer::setStyle(const GraphStyle &style)
{
    m_style = style;
    m_appearance = GraphAppearance::build(m_graph, m_style);
    m_sprites.clear();
    m_spriteBytes = 0;
    m_labelWidths.clear();   // hub fonts follow node sizes
    m_labelSizes.clear();
    m_maxSize = 1.0f;
    for (float s : m_appearance.nodeSize)
        m_maxSize = std::max(m_maxSize, s);
}

double GraphRenderer::naturalUnit(const RelationshipGraph &graph, const NodePositions &positions)
{
    const qsizetype n = std::min(graph.nodeCount(), positions.size());
    std::vector<double> lengths;
    const qsizetype m = graph.edgeCount();
    const qsizetype step = std::max<qsizetype>(1, m / 4096);
    for (qsizetype e = 0; e < m; e += step) {
        const NodeIndex s = graph.edgeSource(EdgeIndex(e)), t = graph.edgeTarget(EdgeIndex(e));
        if (s >= n || t >= n || s == t)
            continue;
        const double d = std::hypot(positions.x[s] - positions.x[t], positions.y[s] - positions.y[t]);
        if (std::isfinite(d) && d > 0)
            lengths.push_back(d);
    }
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    qsizetype finite = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!std::isfinite(positions.x[i]) || !std::isfinite(positions.y[i]))
            continue;
        if (finite++ == 0) {
            x0 = x1 = positions.x[i];
            y0 = y1 = positions.y[i];
        }
        x0 = std::min(x0, positions.x[i]);
        x1 = std::max(x1, positions.x[i]);
        y0 = std::min(y0, positions.y[i]);
        y1 = std::max(y1, positions.y[i]);
    }
    // The mean spacing of nodes in their bounding box: in a hairball edges are
    // long compared with the distance between nodes, and nodes sized by edge
    // length alone would cover each other.
    const double area = (x1 - x0) * (y1 - y0);
    double spacing = 0;
    if (finite > 1 && area > 0)
        spacing = std::sqrt(area / double(finite));
    else if (finite > 1)
        spacing = (x1 - x0 + y1 - y0) / double(finite);
    double edgeUnit = 0;
    if (!lengths.empty()) {
        auto mid = lengths.begin() + lengths.size() / 2;
        std::nth_element(lengths.begin(), mid, lengths.end());
        edgeUnit = *mid / 12.0;
    }
    if (edgeUnit > 0 && spacing > 0)
        return std::min(edgeUnit, spacing / 7.0);
    if (edgeUnit > 0)
        return edgeUnit;
    if (spacing > 0)
        return spacing / 10.0;
    return 1.0;
}

double GraphRenderer::nodeRadius(NodeIndex node) const
{
    const float size = node < m_appearance.nodeSize.size() ? m_appearance.nodeSize[node] : 1.0f;
    return size * m_unit * m_appearance.nodeScale;
}

double GraphRenderer::nodeDeviceRadius(NodeIndex node, double zoom, double pixelScale,
                                       double minRadius, double maxRadius) const
{
    return std::clamp(nodeRadius(node) * zoom, minRadius * pixelScale,
                      std::max(minRadius, maxRadius) * pixelScale);
}

void GraphRenderer::labelFonts(double ps, QFont &font, QFont &hubFont) const
{
    font = QFont();
    font.setPixelSize(std::max(1, qRound(11.0 * m_appearance.labelScale * ps)));
    hubFont = font;
    hubFont.setPixelSize(std::max(1, qRound(12.5 * m_appearance.labelScale * ps)));
    hubFont.setWeight(QFont::DemiBold);
}

namespace {
constexpr float kHubSize = 2.5f;   // nodes this large get the bold label font
constexpr double kLabelPadX = 3, kLabelPadY = 1;
} // namespace

QSizeF GraphRenderer::labelSize(NodeIndex node, double ps) const
{
    if (!m_appearance.showLabels || node >= m_graph.nodeCount())
        return {};
    // The view's fit-all measures the 2000 largest labels on every layout
    // snapshot of a big graph (~30 a second, ~20 ms each): sizes at scale 1
    // are kept until the graph or style changes.
    if (ps == 1.0) {
        if (const auto it = m_labelSizes.constFind(node); it != m_labelSizes.constEnd())
            return *it;
        const QSizeF size = measureLabel(node, ps);
        m_labelSizes.insert(node, size);
        return size;
    }
    return measureLabel(node, ps);
}

QSizeF GraphRenderer::measureLabel(NodeIndex node, double ps) const
{
    QString text = m_graph.nodeDisplayLabel(node);
    if (text.isEmpty())
        return {};
    QFont font, hubFont;
    labelFonts(ps, font, hubFont);
    const bool hub = node < m_appearance.nodeSize.size() && m_appearance.nodeSize[node] >= kHubSize;
    const QFontMetricsF fm(hub ? hubFont : font);
    const WrappedLabel label = wrapLabel(text, fm, true);
    return QSizeF(label.width + 2 * kLabelPadX * ps,
                  labelTextHeight(fm, label.lines.size()) + 2 * kLabelPadY * ps);
}

double GraphRenderer::maxNodeRadius() const
{
    return m_maxSize * m_unit * m_appearance.nodeScale;
}

QTransform GraphRenderer::fitTransform(const QRectF &sceneRect, const QRectF &deviceRect,
                                       double margin)
{
    const double dw = std::max(1.0, deviceRect.width() - 2 * margin);
    const double dh = std::max(1.0, deviceRect.height() - 2 * margin);
    double scale = 1.0;
    if (sceneRect.width() > 0 && sceneRect.height() > 0)
        scale = std::min(dw / sceneRect.width(), dh / sceneRect.height());
    else if (sceneRect.width() > 0)
        scale = dw / sceneRect.width();
    else if (sceneRect.height() > 0)
        scale = dh / sceneRect.height();
    const QPointF sc = sceneRect.center(), dc = deviceRect.center();
    return QTransform(scale, 0, 0, scale, dc.x() - sc.x() * scale, dc.y() - sc.y() * scale);
}

QRectF GraphRenderer::sceneBounds(const NodePositions &positions) const
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool any = false;
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const double x = positions.x[i], y = positions.y[i];
        if (!std::isfinite(x) || !std::isfinite(y))
            continue;
        if (!any) {
            x0 = x1 = x;
            y0 = y1 = y;
            any = true;
        }
        x0 = std::min(x0, x);
        x1 = std::max(x1, x);
        y0 = std::min(y0, y);
        y1 = std::max(y1, y);
    }
    if (!any)
        return {};
    const double r = maxNodeRadius();
    return QRectF(QPointF(x0 - r, y0 - r), QPointF(x1 + r, y1 + r));
}

std::optional<GraphRenderer::Fit> GraphRenderer::fitWithLabels(const NodePositions &positions,
                                                                const std::function<bool(NodeIndex)> &shown,
                                                                QSizeF size, double ps, double maxZoom) const
{
    const QRectF bounds = sceneBounds(positions);
    if (bounds.isNull() || size.width() <= 0 || size.height() <= 0 || !m_appearance.showLabels)
        return std::nullopt;
    // The label boxes keep their pixel size while the positions scale, so
    // the zoom is found by bisection: the largest at which nodes and boxes
    // lie inside. Only the most connected nodes' labels count on big graphs
    // (paint() cannot place more in a fitted view anyway).
    struct LabelBox
    {
        double x, y, halfWidth, height;
        NodeIndex node;
    };
    std::vector<LabelBox> boxes;
    constexpr std::size_t maxBoxes = 2000;
    const qsizetype nodeCount = std::min(m_graph.nodeCount(), positions.size());
    for (NodeIndex n : m_appearance.labelOrder) {
        if (boxes.size() >= maxBoxes)
            break;
        if (n >= nodeCount || !shown(n))
            continue;
        const double x = positions.x[n], y = positions.y[n];
        if (!std::isfinite(x) || !std::isfinite(y))
            continue;
        const QSizeF box = labelSize(n, ps);
        if (!box.isEmpty())
            boxes.push_back({x, y, box.width() / 2, box.height(), n});
    }
    if (boxes.empty())
        return std::nullopt;
    const double w = size.width(), h = size.height();
    const double gap = labelGap(ps);
    double left = 0, right = 0, top = 0, bottom = 0;
    auto extents = [&](double z) {
        left = bounds.left() * z;
        right = bounds.right() * z;
        top = bounds.top() * z;
        bottom = bounds.bottom() * z;
        for (const LabelBox &b : boxes) {
            const double r = nodeDeviceRadius(b.node, z, ps);
            left = std::min(left, b.x * z - b.halfWidth);
            right = std::max(right, b.x * z + b.halfWidth);
            top = std::min(top, b.y * z - r);
            bottom = std::max(bottom, b.y * z + r + gap + b.height);
        }
    };
    auto fits = [&](double z) {
        extents(z);
        return right - left <= w && bottom - top <= h;
    };
    // Upper bound: the plain fit without labels (and never beyond maxZoom).
    double hi = maxZoom > 0 ? maxZoom : 1e9;
    if (bounds.width() > 0)
        hi = std::min(hi, w / bounds.width());
    if (bounds.height() > 0)
        hi = std::min(hi, h / bounds.height());
    hi = std::min(hi, 1e9);
    double z = hi;
    if (!fits(hi)) {
        double lo = hi;
        for (int i = 0; i < 64 && !fits(lo); ++i)
            lo /= 2;
        if (!fits(lo))   // the labels alone are wider than the area
            return std::nullopt;
        for (int i = 0; i < 40; ++i) {
            const double mid = std::sqrt(lo * hi);
            (fits(mid) ? lo : hi) = mid;
        }
        z = lo;
    }
    extents(z);
    return Fit{QPointF((left + right) / 2 / z, (top + bottom) / 2 / z), z};
}

void GraphRenderer::paint(QPainter &painter, const QTransform &sceneToDevice,
                          const QRectF &deviceRect, const RenderState &state,
                          const RenderOptions &options) const
{
    const GraphAppearance &look = m_appearance;
    const GraphPalette &palette = look.palette;
    const double ps = options.pixelScale;
    QElapsedTimer phase;
    phase.start();
    std::clock_t phaseCpu = std::clock();
    auto cpuLap = [&phaseCpu] {
        const std::clock_t now = std::clock();
        const double ms = double(now - phaseCpu) * 1000.0 / CLOCKS_PER_SEC;
        phaseCpu = now;
        return ms;
    };
    m_stats = RenderStats();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (options.drawBackground)
        painter.fillRect(deviceRect, options.background.value_or(palette.background));

    const qsizetype nodeCount =
        state.positions ? std::min(m_graph.nodeCount(), state.positions->size()) : 0;
    if (nodeCount == 0 || qsizetype(look.nodeColor.size()) < nodeCount) {
        painter.restore();
        return;
    }
    const bool vector = isVectorDevice(painter);
    const NodePositions &pos = *state.positions;
    const double zoom = std::sqrt(std::abs(sceneToDevice.determinant()));
    const double m11 = sceneToDevice.m11(), m22 = sceneToDevice.m22();
    const double m21 = sceneToDevice.m21(), m12 = sceneToDevice.m12();
    const double dxo = sceneToDevice.dx(), dyo = sceneToDevice.dy();
    auto toDevice = [&](NodeIndex i) {
        const double x = pos.x[i], y = pos.y[i];
        return QPointF(m11 * x + m21 * y + dxo, m12 * x + m22 * y + dyo);
    };
    const double minRadiusDevice = options.minNodeRadius * ps;
    const double maxRadiusCap = std::max(options.minNodeRadius, options.maxNodeRadius) * ps;
    auto plainRadius = [&](NodeIndex i) {
        return std::clamp(double(look.nodeSize[i]) * m_unit * look.nodeScale * zoom,
                          minRadiusDevice, maxRadiusCap);
    };
    auto stateOf = [&](NodeIndex i) {
        return i < state.nodeStates.size() ? state.nodeStates[i] : NodeState::Shown;
    };
    // Raster pictures where the nodes would cover the picture many times
    // over (every node still at one spot before the layout placed it, or a
    // dense cluster zoomed out): radii shrink until the nodes' area is eight
    // pictures, which bounds the fill work (100k sprites of 32 px took
    // seconds); nodes that do not pile up are untouched.
    double crowdScale = 1.0;
    if (!vector && options.drawNodes) {
        double area = 0;
        for (qsizetype i = 0; i < nodeCount; ++i) {
            if (stateOf(NodeIndex(i)) == NodeState::Hidden)
                continue;
            const QPointF p = toDevice(NodeIndex(i));
            if (deviceRect.contains(p)) {
                const double r = plainRadius(NodeIndex(i));
                area += 3.14159 * r * r;
            }
        }
        const double budget = 8.0 * deviceRect.width() * deviceRect.height() * ps * ps;
        if (area > budget)
            crowdScale = std::sqrt(budget / area);
    }
    auto radiusOf = [&](NodeIndex i) {
        const double r = plainRadius(i);
        return crowdScale == 1.0 ? r : std::max(minRadiusDevice, r * crowdScale);
    };
    auto isSelected = [&](NodeIndex i) {
        return i < state.selectedNodes.size() && state.selectedNodes[i];
    };

    // Hover: the hovered node (2) and its neighbours (1) keep their colour.
    std::vector<quint8> hoverMark;
    const bool hovering = state.hoveredNode && *state.hoveredNode < nodeCount
                          && stateOf(*state.hoveredNode) != NodeState::Hidden;
    if (hovering) {
        hoverMark.assign(nodeCount, 0);
        for (NodeIndex nb : m_graph.neighbours(*state.hoveredNode)) {
            if (nb < nodeCount)
                hoverMark[nb] = 1;
        }
        hoverMark[*state.hoveredNode] = 2;
    }
    auto dimmed = [&](NodeIndex i) {
        return stateOf(i) == NodeState::Dimmed || (hovering && !hoverMark[i]);
    };

    const double maxRadiusDevice =
        std::max(minRadiusDevice, std::clamp(maxNodeRadius() * zoom, minRadiusDevice, maxRadiusCap) * crowdScale);
    m_stats.maxNodeRadius = maxRadiusDevice;
    const QRectF cullRect = deviceRect.adjusted(-maxRadiusDevice - 4 * ps, -maxRadiusDevice - 4 * ps,
                                                maxRadiusDevice + 4 * ps, maxRadiusDevice + 4 * ps);

    // ---- Edges, batched by (relation class, emphasis). ----
    // Device coordinates of every node, once (edges index them: cheaper than
    // mapping two endpoints per edge), and a code per node: 0 = not drawn
    // (hidden or not finite), 1 = shown, 2 = dimmed by the filter.
    std::vector<float> nodeX(nodeCount), nodeY(nodeCount);
    std::vector<quint8> nodeCode(nodeCount);
    for (qsizetype i = 0; i < nodeCount; ++i) {
        const QPointF p = toDevice(NodeIndex(i));
        nodeX[i] = float(p.x());
        nodeY[i] = float(p.y());
        const NodeState st = stateOf(NodeIndex(i));
        nodeCode[i] = (st == NodeState::Hidden || !std::isfinite(p.x()) || !std::isfinite(p.y())) ? 0
                      : st == NodeState::Dimmed                                                ? 2
                                                                                               : 1;
    }
    const std::size_t classes = std::max<std::size_t>(look.edgeStyles.size(), 1);
    std::vector<std::vector<EdgeIndex>> batches(classes * EmphasisCount);
    const qsizetype edgeCount = m_graph.edgeCount();
    const auto sources = m_graph.edgeSources();
    const auto targets = m_graph.edgeTargets();
    const double diagonal = deviceRect.width() + deviceRect.height();
    const bool samplingPossible = options.edgePixelBudget > 0 && !vector;
    const float cullLeft = float(cullRect.left()), cullRight = float(cullRect.right());
    const float cullTop = float(cullRect.top()), cullBottom = float(cullRect.bottom());
    const EdgeIndex selectedEdge = state.selectedEdge ? *state.selectedEdge : EdgeIndex(-1);
    const EdgeIndex hoveredEdge = state.hoveredEdge ? *state.hoveredEdge : EdgeIndex(-1);
    const bool filteredEdges = !state.edgeVisible.empty();
    // One pass over the edges: filter, culling, emphasis, and the ink (pixels
    // of line) for the level of detail below. Big graphs split the edges in
    // two halves on two threads; the halves' batches are joined in order.
    struct Collected
    {
        std::vector<std::vector<EdgeIndex>> batches;
        double ink = 0;
        qsizetype drawn = 0;
    };
    auto collect = [&](qsizetype begin, qsizetype end, Collected &out) {
        out.batches.assign(classes * EmphasisCount, {});
        for (qsizetype e = begin; e < end; ++e) {
            if (filteredEdges && e < qsizetype(state.edgeVisible.size()) && !state.edgeVisible[e])
                continue;
            const NodeIndex s = sources[e], t = targets[e];
            if (s >= nodeCount || t >= nodeCount || s == t)
                continue;
            const quint8 cs = nodeCode[s], ct = nodeCode[t];
            if (!cs || !ct)
                continue;
            const float ax = nodeX[s], ay = nodeY[s], bx = nodeX[t], by = nodeY[t];
            if (std::max(ax, bx) < cullLeft || std::min(ax, bx) > cullRight
                || std::max(ay, by) < cullTop || std::min(ay, by) > cullBottom)
                continue;
            int emphasis = Normal;
            if ((hovering && (hoverMark[s] == 2 || hoverMark[t] == 2)) || EdgeIndex(e) == selectedEdge
                || EdgeIndex(e) == hoveredEdge)
                emphasis = Highlighted;
            else if (hovering || cs == 2 || ct == 2)
                emphasis = Dimmed;
            ++out.drawn;
            if (samplingPossible)
                out.ink += std::min(double(std::abs(bx - ax) + std::abs(by - ay)), diagonal);
            const std::size_t cls = e < qsizetype(look.edgeClass.size()) ? look.edgeClass[e] : 0;
            out.batches[(cls < classes ? cls : 0) * EmphasisCount + emphasis].push_back(EdgeIndex(e));
        }
    };
    double ink = 0;
    qsizetype drawnEdges = 0;
    if (options.drawEdges) {
        Collected first, second;
        if (edgeCount >= 200000 && !vector && std::thread::hardware_concurrency() > 1) {
            std::thread other([&] { collect(edgeCount / 2, edgeCount, second); });
            collect(0, edgeCount / 2, first);
            other.join();
            for (std::size_t key = 0; key < first.batches.size(); ++key)
                first.batches[key].insert(first.batches[key].end(), second.batches[key].begin(),
                                          second.batches[key].end());
        } else {
            collect(0, edgeCount, first);
        }
        batches = std::move(first.batches);
        ink = first.ink + second.ink;
        drawnEdges = first.drawn + second.drawn;
    }

    // Level of detail for edges: when they would cover more pixels than the
    // budget (a hairball of 10^5..10^6 edges, or zoomed into one), a fixed
    // pseudo-random subset of edges is drawn (chosen by a hash of the edge
    // number: the same edges in every frame), with the opacity raised so
    // that the overall density stays. Highlighted edges are always drawn.
    double keep = 1.0;
    if (samplingPossible && ink > options.edgePixelBudget) {
        keep = options.edgePixelBudget / ink;
        const quint32 threshold = edgeSampleThreshold(keep);
        for (std::size_t key = 0; key < batches.size(); ++key) {
            if (key % EmphasisCount == Highlighted)
                continue;
            std::erase_if(batches[key], [threshold](EdgeIndex e) { return !edgeInSample(e, threshold); });
        }
    }

    // Many edges on screen: thinner and more transparent, so that structure
    // shows instead of a solid blot.
    double density = std::clamp(std::sqrt(3000.0 / std::max<double>(1.0, drawnEdges)), 0.12, 1.0);
    density = std::min(1.0, density / keep);
    m_stats.sampled = keep;
    const double widthFactor = drawnEdges > 20000 ? 0.6 : 1.0;
    const bool drawArrows = options.drawArrows && drawnEdges <= 20000 && keep == 1.0;
    const std::optional<RasterTarget> rasterTarget =
        vector ? std::nullopt : RasterTarget::from(painter, deviceRect);
    // Crowded raster pictures: every edge but the highlighted ones goes
    // through the density buffer (dimmed layer first, then the normal one).
    const bool densityPath = rasterTarget && drawnEdges > 20000;
    auto edgeColor = [&](std::size_t cls, int emphasis, double &width) {
        const EdgeStyle style = cls < look.edgeStyles.size() ? look.edgeStyles[cls] : EdgeStyle{};
        QColor color = style.color.isValid() ? style.color : palette.edge;
        width = style.width * ps * widthFactor;
        if (emphasis == Dimmed) {
            color = mixed(color, palette.background, 0.72);
            color.setAlphaF(float(0.55 * density));
        } else if (emphasis == Highlighted) {
            color = palette.highlight;
            width = width * 1.4 + 0.6 * ps;
        } else {
            color.setAlphaF(float(std::min(1.0, 0.9 * density + 0.05)));
        }
        return color;
    };
    if (densityPath) {
        const QTransform &tp = rasterTarget->toPixels;
        std::vector<float> px(nodeCount), py(nodeCount);
        for (qsizetype i = 0; i < nodeCount; ++i) {
            px[i] = float(tp.m11() * nodeX[i] + tp.dx());
            py[i] = float(tp.m22() * nodeY[i] + tp.dy());
        }
        for (int emphasis : {int(Dimmed), int(Normal)}) {
            std::vector<DensityBatch> layer;
            for (std::size_t cls = 0; cls < classes; ++cls) {
                const auto &edges = batches[cls * EmphasisCount + emphasis];
                if (edges.empty())
                    continue;
                double width = 0;
                const QColor color = edgeColor(cls, emphasis, width);
                layer.push_back({edges, color.rgb(), color.alphaF() * std::min(1.0, width / ps)});
            }
            drawDensityLines(*rasterTarget, sources, targets, px, py, layer);
        }
    }
    for (int emphasis = 0; options.drawEdges && emphasis < EmphasisCount; ++emphasis) {
        for (std::size_t cls = 0; cls < classes; ++cls) {
            const std::size_t key = cls * EmphasisCount + emphasis;
            const std::vector<EdgeIndex> &edges = batches[key];
            if (edges.empty() || (densityPath && emphasis != Highlighted))
                continue;
            std::vector<QLineF> lines;
            lines.reserve(edges.size());
            for (EdgeIndex e : edges)
                lines.emplace_back(toDevice(sources[e]), toDevice(targets[e]));
            const EdgeStyle style = cls < look.edgeStyles.size() ? look.edgeStyles[cls] : EdgeStyle{};
            double width = 0;
            const QColor color = edgeColor(cls, emphasis, width);
            QPen pen(color, width);
            pen.setCapStyle(Qt::FlatCap);
            const double w = std::max(width, 0.1);
            switch (style.line) {
            case EdgeLine::Solid:
                break;
            case EdgeLine::Dashed:
                pen.setDashPattern({5.0 * ps / w, 3.0 * ps / w});
                break;
            case EdgeLine::Dotted:
                pen.setCapStyle(Qt::RoundCap);
                pen.setDashPattern({0.01, 2.2});
                break;
            case EdgeLine::DashDot:
                pen.setDashPattern({7.0 * ps / w, 2.5 * ps / w, 1.5 * ps / w, 2.5 * ps / w});
                break;
            }
            // Thin solid lines (and any line when edges crowd the screen, where
            // dashes cannot be told apart) go to the hairline rasteriser on
            // raster targets; vector devices always get real paths.
            const bool hairline = rasterTarget && emphasis != Highlighted
                                  && ((style.line == EdgeLine::Solid && width <= 1.3 * ps)
                                      || drawnEdges > 20000);
            if (hairline) {
                drawHairlines(*rasterTarget, lines, color.rgb(), color.alphaF() * std::min(1.0, width / ps));
            } else {
                painter.setPen(pen);
                painter.setBrush(Qt::NoBrush);
                // drawLines in chunks keeps the engine's temporary buffers small.
                constexpr std::size_t chunk = 8192;
                for (std::size_t i = 0; i < lines.size(); i += chunk)
                    painter.drawLines(lines.data() + i, int(std::min(chunk, lines.size() - i)));
            }

            if (!drawArrows || !style.directed || emphasis == Dimmed)
                continue;
            QPainterPath heads;
            const double length = (4.5 + 1.8 * style.width) * ps * (emphasis == Highlighted ? 1.25 : 1.0);
            for (EdgeIndex e : edges) {
                const NodeIndex s = sources[e], t = targets[e];
                const QPointF a = toDevice(s), b = toDevice(t);
                const QPointF d = b - a;
                const double len = std::hypot(d.x(), d.y());
                const double rt = radiusOf(t);
                if (len < rt + radiusOf(s) + 2 * length)
                    continue;
                const QPointF u = d / len;
                const QPointF tip = b - u * (rt + 1.2 * ps);
                const QPointF base = tip - u * length;
                const QPointF nrm(-u.y(), u.x());
                QPolygonF head;
                head << tip << base + nrm * (length * 0.42) << base - nrm * (length * 0.42) << tip;
                heads.addPolygon(head);
            }
            QColor headColor = color;
            headColor.setAlphaF(std::min(1.0f, color.alphaF() * 1.3f));
            painter.fillPath(heads, headColor);
        }
    }

    m_stats.edges = drawnEdges;
    m_stats.edgesMs = phase.nsecsElapsed() / 1e6;
    m_stats.edgesCpuMs = cpuLap();
    phase.restart();

    // ---- Nodes: dimmed first, then by increasing size so hubs lie on top. ----
    std::vector<quint8> visible(nodeCount, 0);
    if (state.spatialIndex && state.spatialIndex->size() == nodeCount) {
        const QRectF sceneCull = sceneToDevice.inverted().mapRect(cullRect);
        state.spatialIndex->forEachInRect(sceneCull, [&](NodeIndex i) {
            if (i < nodeCount && stateOf(i) != NodeState::Hidden)
                visible[i] = 1;
        });
    } else {
        for (qsizetype i = 0; i < nodeCount; ++i) {
            if (stateOf(NodeIndex(i)) == NodeState::Hidden)
                continue;
            const QPointF p = toDevice(NodeIndex(i));
            const double r = radiusOf(NodeIndex(i));
            if (p.x() + r >= deviceRect.left() && p.x() - r <= deviceRect.right()
                && p.y() + r >= deviceRect.top() && p.y() - r <= deviceRect.bottom())
                visible[i] = 1;
        }
    }
    const auto &order = look.labelOrder;   // by decreasing degree
    const double outlineWidth = 0.9 * ps;
    QPen outline(palette.nodeOutline, outlineWidth);
    QPen dimOutline(mixed(palette.nodeOutline, palette.background, 0.5), outlineWidth * 0.7);
    // Sprites are collected and stamped in bands on two threads; a node drawn
    // with QPainter (a large one) first flushes those before it, so the
    // stacking order stays.
    std::vector<SpriteStamp> stamps;
    auto flushStamps = [&] {
        if (!stamps.empty() && rasterTarget)
            blitSprites(*rasterTarget, stamps);
        stamps.clear();
    };
    for (int pass = 0; options.drawNodes && pass < 2; ++pass) {
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const NodeIndex i = *it;
            if (i >= nodeCount || !visible[i])
                continue;
            const bool dim = dimmed(i);
            if (dim != (pass == 0))
                continue;
            const QPointF c = toDevice(i);
            if (!std::isfinite(c.x()) || !std::isfinite(c.y()))
                continue;
            const double r = radiusOf(i);
            QColor fill = QColor::fromRgba(look.nodeColor[i]);
            if (dim)
                fill = mixed(fill, palette.background, 0.78);
            const bool outlined = r >= 3 * ps;
            ++m_stats.nodes;
            // Raster targets stamp pre-rendered sprites: an antialiased
            // QPainter ellipse costs ~15 us, a sprite blit well under 1 us.
            if (rasterTarget && r * rasterTarget->toPixels.m11() <= 48) {
                stamps.push_back({nodeSprite(fill.rgba(), look.nodeShape[i], r, outlined,
                                             dim ? dimOutline : outline, rasterTarget->toPixels.m11()),
                                  rasterTarget->toPixels.map(c)});
                continue;
            }
            flushStamps();
            painter.setPen(outlined ? (dim ? dimOutline : outline) : QPen(Qt::NoPen));
            painter.setBrush(fill);
            paintNodeShape(painter, look.nodeShape[i], c, r);
        }
    }

    flushStamps();

    // Selection rings, hover ring and pin marks on top of all nodes.
    painter.setBrush(Qt::NoBrush);
    for (qsizetype i = 0; options.drawNodes && i < nodeCount; ++i) {
        const NodeIndex n = NodeIndex(i);
        if (!visible[n])
            continue;
        const bool selected = isSelected(n);
        const bool hovered = hovering && hoverMark[n] == 2;
        const bool pinned = n < pos.pinned.size() && pos.pinned[n];
        if (!selected && !hovered && !pinned)
            continue;
        const QPointF c = toDevice(n);
        const double r = radiusOf(n);
        if (selected || hovered) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(selected ? palette.selection : palette.highlight, 2.0 * ps));
            paintNodeShape(painter, look.nodeShape[n], c, r + 2.6 * ps);
        }
        if (pinned) {
            // A push pin stuck into the upper right of the node: a needle and
            // a round head with a light rim, readable on any fill.
            const double pr = std::clamp(r * 0.3, 2.8 * ps, 4.5 * ps);
            const QPointF tip = c + QPointF(r * 0.45, -r * 0.45);
            const QPointF head = tip + QPointF(pr * 1.6, -pr * 1.6);
            painter.setPen(QPen(palette.label, 1.2 * ps, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(tip, head);
            painter.setPen(QPen(palette.nodeOutline, 1.0 * ps));
            painter.setBrush(palette.pin);
            painter.drawEllipse(head, pr, pr);
            painter.setBrush(Qt::NoBrush);
        }
    }

    m_stats.nodesMs = phase.nsecsElapsed() / 1e6;
    m_stats.nodesCpuMs = cpuLap();
    phase.restart();

    // ---- Labels: where they fit, most connected first, never overlapping. ----
    if (options.labels && look.showLabels) {
        QFont font, hubFont;
        labelFonts(ps, font, hubFont);
        const QFontMetricsF metrics(font), hubMetrics(hubFont);
        const QString fontKey = font.key() + hubFont.key();
        if (fontKey != m_labelFontKey || qsizetype(m_labelWidths.size()) != nodeCount) {
            m_labelFontKey = fontKey;
            m_labelWidths.assign(nodeCount, -1.0f);   // -1: not measured yet
            m_labelLines.assign(nodeCount, 1);
        }
        LabelGrid grid(deviceRect, 48 * ps);
        const double padX = kLabelPadX * ps, padY = kLabelPadY * ps;
        const float hubSize = kHubSize;

        // Visible nodes reserve their boxes first, so that labels do not cover
        // other nodes (on crowded screens only the largest ones, to bound the work).
        {
            qsizetype reserved = 0;
            for (NodeIndex i : order) {
                if (i >= nodeCount || !visible[i] || dimmed(i))
                    continue;
                if (++reserved > 20000)
                    break;
                const QPointF c = toDevice(i);
                const double r = radiusOf(i);
                if (r < 2 * ps)
                    continue;
                grid.insert(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), i, true);
            }
        }

        // Returns false when the label found no place clear of nodes and
        // other labels and `firstChoiceOnly` asked for nothing else: it is
        // then tried again after every other label had its chance.
        auto placeLabel = [&](NodeIndex i, bool force, bool firstChoiceOnly) {
            const QPointF c = toDevice(i);
            if (!std::isfinite(c.x()) || !std::isfinite(c.y()))
                return true;
            const bool hub = look.nodeSize[i] >= hubSize;
            const QFontMetricsF &fm = hub ? hubMetrics : metrics;
            const bool elide = !force && !options.allLabels;
            // Text widths are cached per node and font: measuring is the
            // costly part of placing labels on big graphs.
            float &cachedWidth = m_labelWidths[i];
            quint8 &cachedLines = m_labelLines[i];
            if (elide && cachedWidth == 0)
                return true;   // measured before: no text
            WrappedLabel label;
            double textWidth = 0;
            qsizetype lineCount = 1;
            auto makeText = [&] { label = wrapLabel(m_graph.nodeDisplayLabel(i), fm, elide); };
            if (elide && cachedWidth > 0) {
                textWidth = cachedWidth;
                lineCount = cachedLines;
            } else {
                makeText();
                textWidth = label.width;
                lineCount = label.lines.size();
                if (elide) {
                    cachedWidth = float(textWidth);
                    cachedLines = quint8(lineCount);
                }
                if (label.lines.isEmpty())
                    return true;
            }
            const double w = textWidth + 2 * padX;
            const double h = labelTextHeight(fm, lineCount) + 2 * padY;
            const double r = radiusOf(i);
            const double gap = labelGap(ps);
            const double d = r * 0.7071 + gap;   // diagonal places touch the node's circle
            // Below the node first (easiest to read), then above, right,
            // left, and the four diagonal places.
            const QRectF candidates[] = {
                QRectF(c.x() - w / 2, c.y() + r + gap, w, h),
                QRectF(c.x() - w / 2, c.y() - r - gap - h, w, h),
                QRectF(c.x() + r + gap * 2, c.y() - h / 2, w, h),
                QRectF(c.x() - r - gap * 2 - w, c.y() - h / 2, w, h),
                QRectF(c.x() + d, c.y() + d, w, h),
                QRectF(c.x() - d - w, c.y() + d, w, h),
                QRectF(c.x() + d, c.y() - d - h, w, h),
                QRectF(c.x() - d - w, c.y() - d - h, w, h),
            };
            // A place cut by the picture's edge (a node at the border) is
            // slid back inside, as far as the label is not wider than the
            // picture: a cut label cannot be read.
            auto inside = [&](QRectF box) {
                if (!box.intersects(deviceRect))
                    return box;
                if (box.left() < deviceRect.left())
                    box.moveLeft(std::min(deviceRect.left(), deviceRect.right() - box.width()));
                else if (box.right() > deviceRect.right())
                    box.moveRight(std::max(deviceRect.right(), deviceRect.left() + box.width()));
                if (box.top() < deviceRect.top())
                    box.moveTop(deviceRect.top());
                else if (box.bottom() > deviceRect.bottom())
                    box.moveBottom(deviceRect.bottom());
                return box;
            };
            // Passes: clear of nodes and inside the picture; over nodes but
            // inside; then slid inside from beyond the picture's edge.
            std::optional<QRectF> chosen;
            int chosenPass = 0;
            for (int pass = 0; pass < (firstChoiceOnly ? 1 : 3) && !chosen; ++pass) {
                for (const QRectF &candidate : candidates) {
                    const QRectF box = pass < 2 ? candidate : inside(candidate);
                    const bool fits = pass < 2 ? deviceRect.contains(box) : box.intersects(deviceRect);
                    if (!chosen && fits && grid.tryPlace(box, i, pass > 0)) {
                        chosen = box;
                        chosenPass = pass;
                    }
                }
            }
            if (!chosen && firstChoiceOnly)
                return false;
            // Small graphs (up to 100 nodes, like the summit) show every
            // label: one that found no free place goes below its node, on top.
            const bool everyLabel = options.allLabels || nodeCount <= 100;
            if (!chosen && !firstChoiceOnly && (force || everyLabel) && candidates[0].intersects(deviceRect)) {
                chosen = inside(candidates[0]);
                chosenPass = 1;
            }
            if (!chosen)
                return true;
            const QRectF box = *chosen;
            ++m_stats.labels;
            if (chosenPass >= 1)
                ++m_stats.labelsOverNodes;
            if (!deviceRect.contains(box))
                ++m_stats.labelsClipped;
            if (label.lines.isEmpty())
                makeText();
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette.labelHalo);
            painter.drawRoundedRect(box, 3 * ps, 3 * ps);
            painter.setFont(hub ? hubFont : font);
            painter.setPen(palette.label);
            // One text item per line, each centred under the widest.
            for (qsizetype line = 0; line < label.lines.size(); ++line) {
                const QString &part = label.lines[line];
                const double indent = label.lines.size() > 1 ? (textWidth - fm.horizontalAdvance(part)) / 2 : 0.0;
                painter.drawText(QPointF(box.left() + padX + indent,
                                         box.top() + padY + fm.ascent() + double(line) * fm.lineSpacing()),
                                 part);
            }
            return true;
        };

        std::vector<quint8> done(nodeCount, 0);
        std::vector<NodeIndex> deferred;
        auto place = [&](NodeIndex i, bool force) {
            if (i < nodeCount && visible[i] && !done[i]) {
                done[i] = 1;
                if (!placeLabel(i, force, !force))
                    deferred.push_back(i);
            }
        };
        if (hovering)
            place(*state.hoveredNode, true);
        for (qsizetype i = 0; i < qsizetype(state.selectedNodes.size()) && i < nodeCount; ++i) {
            if (state.selectedNodes[i])
                place(NodeIndex(i), false);
        }
        // Raster pictures of big graphs: labels for the largest nodes that
        // fit, tried in order of size (each try costs a few microseconds).
        qsizetype attempts = 0;
        const qsizetype maxAttempts = vector || options.allLabels ? nodeCount : 1500;
        for (NodeIndex i : order) {
            if (i >= nodeCount || !visible[i] || done[i] || dimmed(i))
                continue;
            if (++attempts > maxAttempts)
                break;
            place(i, false);
        }
        // Labels that found no free place: now over nodes or cut by the
        // edge, after every label that could be placed cleanly was.
        for (NodeIndex i : deferred)
            placeLabel(i, false, false);
    }
    m_stats.labelsMs = phase.nsecsElapsed() / 1e6;
    m_stats.labelsCpuMs = cpuLap();
    painter.restore();
}

} // namespace entente
