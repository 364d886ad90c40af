#include "legendpanel.h"

#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QPainterPath regularPolygon(QPointF centre, double radius, int corners, double startDegrees)
{
    QPainterPath path;
    for (int i = 0; i < corners; ++i) {
        const double a = qDegreesToRadians(startDegrees + 360.0 * i / corners);
        const QPointF p = centre + QPointF(radius * std::cos(a), radius * std::sin(a));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

QPainterPath shapePath(NodeShape shape, QPointF c, double r)
{
    QPainterPath path;
    switch (shape) {
    case NodeShape::Circle:
        path.addEllipse(c, r, r);
        break;
    case NodeShape::Hexagon:
        path = regularPolygon(c, r, 6, 0);
        break;
    case NodeShape::Triangle:
        path = regularPolygon(c + QPointF(0, r * 0.15), r * 1.1, 3, -90);
        break;
    case NodeShape::Square:
        path.addRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case NodeShape::Diamond:
        path = regularPolygon(c, r * 1.05, 4, -90);
        break;
    case NodeShape::Pentagon:
        path = regularPolygon(c, r, 5, -90);
        break;
    case NodeShape::Star: {
        for (int i = 0; i < 10; ++i) {
            const double a = qDegreesToRadians(-90.0 + 36.0 * i);
            const double rr = (i % 2) ? r * 0.45 : r * 1.1;
            const QPointF p = c + QPointF(rr * std::cos(a), rr * std::sin(a));
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        path.closeSubpath();
        break;
    }
    }
    return path;
}

QIcon nodeIcon(const QColor &fill, NodeShape shape, const QColor &outline, qreal dpr)
{
    const int size = 16;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(outline, 1.0));
    p.setBrush(fill);
    p.drawPath(shapePath(shape, QPointF(size / 2.0, size / 2.0), 6.0));
    return QIcon(pixmap);
}

QIcon edgeIcon(const EdgeStyle &style, qreal dpr)
{
    const QSize size(28, 16);
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(style.color, std::clamp(style.width, 1.0, 4.0));
    switch (style.line) {
    case EdgeLine::Solid:
        break;
    case EdgeLine::Dashed:
        pen.setStyle(Qt::DashLine);
        break;
    case EdgeLine::Dotted:
        pen.setStyle(Qt::DotLine);
        break;
    case EdgeLine::DashDot:
        pen.setStyle(Qt::DashDotLine);
        break;
    }
    pen.setCapStyle(Qt::FlatCap);
    p.setPen(pen);
    const double y = size.height() / 2.0;
    const double end = style.directed ? size.width() - 7.0 : size.width() - 2.0;
    p.drawLine(QPointF(2, y), QPointF(end, y));
    if (style.directed) {
        p.setPen(Qt::NoPen);
        p.setBrush(style.color);
        QPainterPath arrow;
        arrow.moveTo(size.width() - 1.0, y);
        arrow.lineTo(size.width() - 8.0, y - 4.0);
        arrow.lineTo(size.width() - 8.0, y + 4.0);
        arrow.closeSubpath();
        p.drawPath(arrow);
    }
    return QIcon(pixmap);
}

QString colourHeading(const GraphStyle &style)
{
    switch (style.colorMode) {
    case GraphStyle::ColorMode::Category: {
        QString name = GraphStyle::columnName(style.colorColumn);
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        return LegendPanel::tr("Colour: %1").arg(name);
    }
    case GraphStyle::ColorMode::Metric:
        return LegendPanel::tr("Colour: %1").arg(style.metricName);
    case GraphStyle::ColorMode::Uniform:
        break;
    }
    return LegendPanel::tr("Colour");
}

} // namespace

LegendPanel::LegendPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setObjectName(u"legendTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    // Reached by Tab (not by a click, which belongs to the view) so that
    // keyboard and screen-reader users can read the legend too.
    m_tree->setFocusPolicy(Qt::TabFocus);
    m_tree->setAccessibleName(tr("Legend entries"));
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setIndentation(8);
    m_tree->setIconSize(QSize(28, 16));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

void LegendPanel::setGraph(const RelationshipGraph &graph, const GraphStyle &style)
{
    m_graph = graph;
    m_style = style;
    rebuild();
}

void LegendPanel::setGraphStyle(const GraphStyle &style)
{
    m_style = style;
    rebuild();
}

void LegendPanel::rebuild()
{
    m_tree->clear();
    if (m_graph.isEmpty())
        return;
    const qreal dpr = devicePixelRatioF();
    const GraphPalette palette = m_style.palette();
    QFont headingFont = font();
    headingFont.setBold(true);

    auto addSection = [&](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        item->setFont(0, headingFont);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    auto addRow = [&](QTreeWidgetItem *section, const QString &label, const QIcon &icon,
                      qsizetype count) {
        auto *item = new QTreeWidgetItem(section, {label, QLocale().toString(count)});
        item->setIcon(0, icon);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setFlags(Qt::ItemIsEnabled);
        item->setToolTip(0, label);
    };

    if (m_style.colorMode != GraphStyle::ColorMode::Uniform) {
        auto *section = addSection(colourHeading(m_style));
        for (const LegendEntry &entry : legendEntries(m_graph, m_style))
            addRow(section, entry.label,
                   nodeIcon(entry.color, entry.shape.value_or(NodeShape::Circle),
                            palette.nodeOutline, dpr),
                   entry.count);
    }
    const auto shapes = shapeLegendEntries(m_graph, m_style);
    if (!shapes.isEmpty()) {
        auto *section = addSection(tr("Shape: Kind"));
        for (const LegendEntry &entry : shapes)
            addRow(section, entry.label,
                   nodeIcon(entry.color, entry.shape.value_or(NodeShape::Circle),
                            palette.nodeOutline, dpr),
                   entry.count);
    }
    const auto relations = relationLegendEntries(m_graph, m_style);
    if (!relations.isEmpty()) {
        auto *section = addSection(tr("Edges: Relation"));
        for (const LegendEntry &entry : relations) {
            EdgeStyle style = edgeStyleForRelation(entry.label, palette, m_graph.isDirected());
            style.color = entry.color;
            addRow(section, entry.label.isEmpty() ? tr("(none)") : entry.label,
                   edgeIcon(style, dpr), entry.count);
        }
    }
    m_tree->expandAll();
}

} // namespace entente
