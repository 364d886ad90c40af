#include "overviewwidget.h"
#include "graphview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

namespace entente {

OverviewWidget::OverviewWidget(GraphView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(250);   // the layout sends ~30 snapshots/s; 4 redraws are enough
    connect(m_throttle, &QTimer::timeout, this, [this] {
        m_dirty = true;
        update();
    });
    if (view) {
        connect(view, &GraphView::sceneChanged, this, &OverviewWidget::scheduleRedraw);
        connect(view, &GraphView::viewportChanged, this, qOverload<>(&QWidget::update));
    }
}

void OverviewWidget::scheduleRedraw()
{
    if (!m_throttle->isActive())
        m_throttle->start();
}

void OverviewWidget::redraw()
{
    m_dirty = false;
    const double dpr = devicePixelRatioF();
    m_picture = QImage((size() * dpr).expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    m_picture.setDevicePixelRatio(dpr);
    QPainter painter(&m_picture);
    if (!m_view) {
        painter.fillRect(rect(), palette().window());
        return;
    }
    const GraphRenderer &renderer = m_view->renderer();
    const QRectF bounds = m_view->sceneBounds();
    m_transform = GraphRenderer::fitTransform(bounds, QRectF(rect()), 6);
    RenderState state;
    state.positions = &m_view->positions();
    // Dimmed nodes are drawn plainly: the minimap shows the shape of what is there.
    std::vector<NodeState> states = m_view->nodeStates();
    for (NodeState &s : states) {
        if (s == NodeState::Dimmed)
            s = NodeState::Shown;
    }
    state.nodeStates = states;
    RenderOptions options;
    options.labels = false;
    options.drawArrows = false;
    options.minNodeRadius = 0.8;
    // The minimap redraws while the layout runs: a small edge budget keeps a
    // million-edge graph to a few ms, and its density shows all the same.
    options.edgePixelBudget = 2e6;
    renderer.paint(painter, m_transform, QRectF(rect()), state, options);
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    if (m_dirty || m_picture.size() != size() * devicePixelRatioF())
        redraw();
    QPainter painter(this);
    painter.drawImage(0, 0, m_picture);
    if (!m_view || m_view->graph().isEmpty())
        return;
    const QRectF visible = m_transform.mapRect(m_view->visibleSceneRect());
    const GraphPalette palette = m_view->renderer().appearance().palette;
    // Shade what lies outside the view and outline the view: when the whole
    // graph is in view the minimap stays clean.
    QPainterPath outside;
    outside.addRect(QRectF(rect()));
    QPainterPath inside;
    inside.addRect(visible);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.isDark ? QColor(0, 0, 0, 110) : QColor(60, 64, 67, 45));
    painter.drawPath(outside.subtracted(inside));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette.highlight, 1.5));
    painter.drawRect(visible.intersected(QRectF(rect()).adjusted(1, 1, -1, -1)));
}

void OverviewWidget::resizeEvent(QResizeEvent *)
{
    m_dirty = true;
}

void OverviewWidget::moveViewTo(QPointF widgetPoint)
{
    if (!m_view || !m_transform.isInvertible())
        return;
    m_view->centerOn(m_transform.inverted().map(widgetPoint));
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        moveViewTo(event->position());
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        moveViewTo(event->position());
}

} // namespace entente
