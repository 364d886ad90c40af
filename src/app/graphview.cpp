#include "graphview.h"
#include "render/framerenderthread.h"

#include <QApplication>
#include <QBackingStore>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace entente {

namespace {
constexpr double zoomStep = 1.25;
// Widget pixels around fitted content: room for labels, which run wider than tall.
constexpr double fitMarginX = 72;
constexpr double fitMaxNodeRadius = 32;   // device pixels, see fitRect()
constexpr double fitMarginY = 36;
constexpr double pickTolerance = 3; // widget pixels beyond a node's radius
constexpr double edgeTolerance = 4; // widget pixels either side of an edge
// About 5 million pixels of edges (~2.5 line pixels per screen pixel at
// 1920x1080; the density rasteriser adds one in about 3 ns): bounded time
// however many edges cross the screen. Past that the sampled subset with
// raised opacity looks the same.
constexpr double viewEdgePixelBudget = 5e6;
// Highlights drawn over a frame that does not show them yet stay cheap: a
// bigger selection waits for its frame.
constexpr qsizetype maxOverlayNodes = 5000;
constexpr qsizetype maxOverlayEdges = 2000;

} // namespace

GraphView::GraphView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(120, 90);
    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(120);
    connect(m_settleTimer, &QTimer::timeout, this, [this] {
        m_panFrameInUse = false;
        invalidate();
    });
    m_renderer.setGraph(m_graph, m_style);
}

GraphView::~GraphView()
{
    // The worker emits to this view: stop it before any member goes.
    m_frameThread.reset();
}

// ---- Data ----

void GraphView::setGraph(const RelationshipGraph &graph, const NodePositions &positions)
{
    if (m_animation)
        m_animation->stop();
    m_graph = graph;
    const qsizetype n = graph.nodeCount();
    m_positions = positions;
    m_positions.resize(n);
    m_renderer.setGraph(m_graph, m_style);
    ++m_appearanceKey;
    invalidateContent();
    m_filterStates.clear();
    m_edgeVisible.clear();
    m_hidden.assign(n, 0);
    m_selected.assign(n, 0);
    m_selectedCount = 0;
    m_selectedEdge.reset();
    m_hovered.reset();
    m_drag = Drag::None;
    updateUnit(true);
    m_indexDirty = true;
    m_edgeIndexDirty = true;
    m_frameSampled = 1.0;
    // Fit now, and again when the widget gets its real size on being shown.
    m_fitPending = !isVisible();
    fitScene(false);
    sceneModified();
    emit selectionChanged();
}

const RelationshipGraph &GraphView::graph() const { return m_graph; }

void GraphView::setPositions(const NodePositions &positions)
{
    const qsizetype n = m_graph.nodeCount();
    NodePositions next = positions;
    next.resize(n);
    // Pinned nodes belong to the user: a layout snapshot taken before the last
    // drag must not pull them back.
    for (qsizetype i = 0; i < n && i < m_positions.size(); ++i) {
        if (m_positions.pinned[i]) {
            next.x[i] = m_positions.x[i];
            next.y[i] = m_positions.y[i];
            next.known[i] = 1;
            next.pinned[i] = 1;
        }
    }
    m_positions = std::move(next);
    updateUnit(false);
    m_indexDirty = true;
    m_edgeIndexDirty = true;
    sceneModified();
}

const NodePositions &GraphView::positions() const { return m_positions; }

void GraphView::setNodeStates(std::vector<NodeState> states)
{
    m_filterStates = std::move(states);
    invalidateContent();
    if (m_hovered && effectiveNodeState(*m_hovered) == NodeState::Hidden)
        setHovered(std::nullopt);
    sceneModified();
}

void GraphView::setEdgeVisibility(std::vector<quint8> visible)
{
    m_edgeVisible = std::move(visible);
    invalidateContent();
    sceneModified();
}

void GraphView::setGraphStyle(const GraphStyle &style)
{
    m_style = style;
    m_renderer.setStyle(m_style);
    ++m_appearanceKey;
    invalidateContent();
    sceneModified();
}

const GraphStyle &GraphView::graphStyle() const { return m_style; }

void GraphView::updateUnit(bool force)
{
    const double unit = GraphRenderer::naturalUnit(m_graph, m_positions);
    const double old = m_renderer.unit();
    // Hysteresis: node sizes follow the layout's scale without jittering on
    // every snapshot.
    if (force || !(old > 0) || unit / old > 1.25 || unit / old < 0.8)
        m_renderer.setUnit(unit > 0 ? unit : 1.0);
}

std::vector<NodeState> GraphView::combinedStates() const
{
    const qsizetype n = m_graph.nodeCount();
    bool anyHidden = false;
    for (quint8 h : m_hidden) {
        if (h) {
            anyHidden = true;
            break;
        }
    }
    if (!anyHidden && m_filterStates.empty())
        return {};
    std::vector<NodeState> states(n, NodeState::Shown);
    for (qsizetype i = 0; i < n; ++i) {
        if (i < qsizetype(m_filterStates.size()))
            states[i] = m_filterStates[i];
        if (i < qsizetype(m_hidden.size()) && m_hidden[i])
            states[i] = NodeState::Hidden;
    }
    return states;
}

NodeState GraphView::effectiveNodeState(NodeIndex node) const
{
    if (node >= m_graph.nodeCount())
        return NodeState::Hidden;
    NodeState s = node < m_filterStates.size() ? m_filterStates[node] : NodeState::Shown;
    if (node < m_hidden.size() && m_hidden[node])
        s = NodeState::Hidden;
    if (s == NodeState::Hidden || !m_hovered)
        return s;
    if (node == *m_hovered)
        return s;
    for (NodeIndex nb : m_graph.neighbours(*m_hovered)) {
        if (nb == node)
            return s;
    }
    return NodeState::Dimmed;
}

void GraphView::rebuildIndexIfNeeded() const
{
    if (!m_indexDirty)
        return;
    m_index.build(m_positions);
    m_indexDirty = false;
}

void GraphView::invalidate()
{
    m_frameValid = false;
    ++m_serial;
    update();
}

void GraphView::invalidateContent()
{
    ++m_contentEpoch;
    invalidate();
}

void GraphView::sceneModified()
{
    invalidate();
    emit sceneChanged();
}

// ---- Selection ----

QList<NodeIndex> GraphView::selectedNodes() const
{
    QList<NodeIndex> nodes;
    nodes.reserve(m_selectedCount);
    for (std::size_t i = 0; i < m_selected.size(); ++i) {
        if (m_selected[i])
            nodes.append(NodeIndex(i));
    }
    return nodes;
}

void GraphView::setSelectedNodes(const QList<NodeIndex> &nodes)
{
    std::fill(m_selected.begin(), m_selected.end(), 0);
    m_selectedCount = 0;
    for (NodeIndex n : nodes) {
        if (n < m_selected.size() && !m_selected[n]) {
            m_selected[n] = 1;
            ++m_selectedCount;
        }
    }
    m_selectedEdge.reset();
    invalidate();
    emit selectionChanged();
}

std::optional<EdgeIndex> GraphView::selectedEdge() const { return m_selectedEdge; }

void GraphView::setSelectedEdge(std::optional<EdgeIndex> edge)
{
    if (edge && *edge >= m_graph.edgeCount())
        edge.reset();
    std::fill(m_selected.begin(), m_selected.end(), 0);
    m_selectedCount = 0;
    m_selectedEdge = edge;
    invalidate();
    emit selectionChanged();
}

void GraphView::selectAll()
{
    m_selectedCount = 0;
    for (qsizetype i = 0; i < qsizetype(m_selected.size()); ++i) {
        const bool shown = effectiveNodeState(NodeIndex(i)) != NodeState::Hidden;
        m_selected[i] = shown ? 1 : 0;
        m_selectedCount += shown;
    }
    m_selectedEdge.reset();
    invalidate();
    emit selectionChanged();
}

void GraphView::selectNeighbours()
{
    const QList<NodeIndex> current = selectedNodes();
    QList<NodeIndex> next = current;
    for (NodeIndex n : current) {
        for (NodeIndex nb : m_graph.neighbours(n)) {
            if (nb < m_hidden.size() && !m_hidden[nb]
                && !(nb < m_filterStates.size() && m_filterStates[nb] == NodeState::Hidden))
                next.append(nb);
        }
    }
    if (m_selectedEdge) {
        next.append(m_graph.edgeSource(*m_selectedEdge));
        next.append(m_graph.edgeTarget(*m_selectedEdge));
    }
    setSelectedNodes(next);
}

void GraphView::clearSelection()
{
    if (m_selectedCount == 0 && !m_selectedEdge)
        return;
    std::fill(m_selected.begin(), m_selected.end(), 0);
    m_selectedCount = 0;
    m_selectedEdge.reset();
    invalidate();
    emit selectionChanged();
}

void GraphView::hideNodes(const QList<NodeIndex> &nodes)
{
    bool selectionTouched = false;
    for (NodeIndex n : nodes) {
        if (n >= m_hidden.size())
            continue;
        m_hidden[n] = 1;
        if (m_selected[n]) {
            m_selected[n] = 0;
            --m_selectedCount;
            selectionTouched = true;
        }
        if (m_hovered == n)
            setHovered(std::nullopt);
    }
    if (m_selectedEdge) {
        const NodeIndex s = m_graph.edgeSource(*m_selectedEdge), t = m_graph.edgeTarget(*m_selectedEdge);
        if (m_hidden[s] || m_hidden[t]) {
            m_selectedEdge.reset();
            selectionTouched = true;
        }
    }
    invalidateContent();
    sceneModified();
    if (selectionTouched)
        emit selectionChanged();
}

void GraphView::showAllNodes()
{
    std::fill(m_hidden.begin(), m_hidden.end(), 0);
    invalidateContent();
    sceneModified();
}

bool GraphView::isPinned(NodeIndex node) const
{
    return node < m_positions.pinned.size() && m_positions.pinned[node];
}

void GraphView::setPinned(NodeIndex node, bool pinned)
{
    if (node >= m_positions.pinned.size() || bool(m_positions.pinned[node]) == pinned)
        return;
    m_positions.pinned[node] = pinned ? 1 : 0;
    if (pinned)
        m_positions.known[node] = 1;
    sceneModified();
    emit positionsEdited();
}

void GraphView::resetPins()
{
    bool any = false;
    for (auto &p : m_positions.pinned) {
        any = any || p;
        p = 0;
    }
    if (!any)
        return;
    sceneModified();
    emit positionsEdited();
}

// ---- Viewport ----

QTransform GraphView::sceneToWidget() const
{
    return QTransform(m_zoom, 0, 0, m_zoom, width() / 2.0 - m_center.x() * m_zoom,
                      height() / 2.0 - m_center.y() * m_zoom);
}

QPointF GraphView::mapToScene(QPointF widgetPoint) const
{
    return m_center + (widgetPoint - QPointF(width() / 2.0, height() / 2.0)) / m_zoom;
}

QPointF GraphView::mapFromScene(QPointF scenePoint) const
{
    return (scenePoint - m_center) * m_zoom + QPointF(width() / 2.0, height() / 2.0);
}

double GraphView::zoom() const { return m_zoom; }

void GraphView::setZoom(double zoom)
{
    setViewport(m_center, zoom, false);
}

QRectF GraphView::visibleSceneRect() const
{
    return QRectF(mapToScene(QPointF(0, 0)), mapToScene(QPointF(width(), height())));
}

void GraphView::centerOn(QPointF scenePoint)
{
    setViewport(scenePoint, m_zoom, false);
}

QRectF GraphView::sceneBounds() const
{
    return m_renderer.sceneBounds(m_positions);
}

void GraphView::setViewport(QPointF center, double zoom, bool animate)
{
    if (!std::isfinite(center.x()) || !std::isfinite(center.y()) || !std::isfinite(zoom) || zoom <= 0)
        return;
    zoom = std::clamp(zoom, 1e-9, 1e9);
    m_showingAll = false;   // fitScene() sets it again after its own call
    if (animate && m_animated && isVisible()) {
        if (!m_animation) {
            m_animation = new QVariantAnimation(this);
            m_animation->setDuration(260);
            m_animation->setEasingCurve(QEasingCurve::OutCubic);
            m_animation->setStartValue(0.0);
            m_animation->setEndValue(1.0);
            connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
                const double t = v.toDouble();
                // Interpolate the zoom geometrically: a constant speed to the eye.
                m_zoom = m_animFromZoom * std::pow(m_animToZoom / m_animFromZoom, t);
                m_center = m_animFromCenter + (m_animToCenter - m_animFromCenter) * t;
                invalidate();
                emit viewportChanged();
            });
        }
        m_animation->stop();
        m_animFromCenter = m_center;
        m_animFromZoom = m_zoom;
        m_animToCenter = center;
        m_animToZoom = zoom;
        m_animation->start();
        return;
    }
    if (m_animation)
        m_animation->stop();
    if (center == m_center && zoom == m_zoom)
        return;
    m_center = center;
    m_zoom = zoom;
    invalidate();
    emit viewportChanged();
}

void GraphView::fitRect(const QRectF &sceneRect, bool animate)
{
    if (sceneRect.isNull() || width() <= 0 || height() <= 0)
        return;
    const double w = std::max(1.0, width() - 2 * std::min(fitMarginX, width() / 6.0));
    const double h = std::max(1.0, height() - 2 * std::min(fitMarginY, height() / 6.0));
    double z = m_zoom;
    if (sceneRect.width() > 0 && sceneRect.height() > 0)
        z = std::min(w / sceneRect.width(), h / sceneRect.height());
    else if (sceneRect.width() > 0)
        z = w / sceneRect.width();
    else if (sceneRect.height() > 0)
        z = h / sceneRect.height();
    // A fit never blows nodes up: when the scene is tiny compared with the
    // node size (every node still at the origin before the layout placed it,
    // or a unit that lags behind the layout's scale) the fit stops where the
    // largest node is fitMaxNodeRadius pixels.
    const double r = m_renderer.maxNodeRadius();
    if (r > 0 && std::isfinite(r))
        z = std::min(z, fitMaxNodeRadius / r);
    setViewport(sceneRect.center(), z, animate);
}

void GraphView::fitAll()
{
    fitScene(true);
}

void GraphView::fitScene(bool animate)
{
    const QRectF bounds = sceneBounds();
    if (bounds.isNull() || width() <= 0 || height() <= 0)
        return;
    // The labels of the largest nodes (all of them on small graphs) must fit
    // too, inside a 10 px margin; the largest node at most fitMaxNodeRadius.
    const auto shown = [this](NodeIndex n) {
        return !(n < m_hidden.size() && m_hidden[n])
               && !(n < m_filterStates.size() && m_filterStates[n] == NodeState::Hidden);
    };
    const double margin = 10;
    const QSizeF area(std::max(1.0, width() - 2 * margin), std::max(1.0, height() - 2 * margin));
    const double maxRadius = m_renderer.maxNodeRadius();
    const double maxZoom = maxRadius > 0 && std::isfinite(maxRadius) ? fitMaxNodeRadius / maxRadius : 1e9;
    if (const auto fit = m_renderer.fitWithLabels(m_positions, shown, area, 1.0, maxZoom))
        setViewport(fit->center, fit->zoom, animate);
    else
        fitRect(bounds, animate);
    m_showingAll = true;
}

void GraphView::fitSelection()
{
    QRectF box;
    bool any = false;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    auto add = [&](NodeIndex n) {
        const double x = m_positions.x[n], y = m_positions.y[n];
        if (!any) {
            x0 = x1 = x;
            y0 = y1 = y;
            any = true;
        }
        x0 = std::min(x0, x);
        x1 = std::max(x1, x);
        y0 = std::min(y0, y);
        y1 = std::max(y1, y);
    };
    for (std::size_t i = 0; i < m_selected.size(); ++i) {
        if (m_selected[i])
            add(NodeIndex(i));
    }
    if (m_selectedEdge) {
        add(m_graph.edgeSource(*m_selectedEdge));
        add(m_graph.edgeTarget(*m_selectedEdge));
    }
    if (!any) {
        fitAll();
        return;
    }
    // At least a few node sizes around, so a single node is not blown up.
    const double pad = std::max(m_renderer.maxNodeRadius(), m_renderer.unit() * 12);
    box = QRectF(QPointF(x0 - pad, y0 - pad), QPointF(x1 + pad, y1 + pad));
    fitRect(box, true);
}

void GraphView::zoomIn()
{
    setViewport(m_center, m_zoom * zoomStep, true);
}

void GraphView::zoomOut()
{
    setViewport(m_center, m_zoom / zoomStep, true);
}

void GraphView::zoomAt(QPointF widgetPoint, double factor)
{
    // The scene point under the cursor stays under it.
    const QPointF scenePoint = mapToScene(widgetPoint);
    const double z = std::clamp(m_zoom * factor, 1e-9, 1e9);
    const QPointF offset = (widgetPoint - QPointF(width() / 2.0, height() / 2.0)) / z;
    setViewport(scenePoint - offset, z, false);
}

void GraphView::focusNode(NodeIndex node)
{
    if (node >= m_graph.nodeCount())
        return;
    setSelectedNodes({node});
    double x0 = m_positions.x[node], x1 = x0, y0 = m_positions.y[node], y1 = y0;
    for (NodeIndex nb : m_graph.neighbours(node)) {
        if (effectiveNodeState(nb) == NodeState::Hidden)
            continue;
        x0 = std::min(x0, m_positions.x[nb]);
        x1 = std::max(x1, m_positions.x[nb]);
        y0 = std::min(y0, m_positions.y[nb]);
        y1 = std::max(y1, m_positions.y[nb]);
    }
    const double pad = std::max(m_renderer.maxNodeRadius(), m_renderer.unit() * 12);
    fitRect(QRectF(QPointF(x0 - pad, y0 - pad), QPointF(x1 + pad, y1 + pad)), true);
}

// ---- Picking ----

double GraphView::pickRadius(NodeIndex node) const
{
    return m_renderer.nodeDeviceRadius(node, m_zoom) + pickTolerance;
}

std::optional<NodeIndex> GraphView::nodeAt(QPointF widgetPoint) const
{
    if (m_graph.isEmpty())
        return std::nullopt;
    rebuildIndexIfNeeded();
    const QPointF p = mapToScene(widgetPoint);
    const double maxRadius = (std::max(m_renderer.maxNodeRadius() * m_zoom, 1.5) + pickTolerance) / m_zoom;
    std::optional<NodeIndex> best;
    double bestScore = 0;
    m_index.forEachInRect(QRectF(p.x() - maxRadius, p.y() - maxRadius, 2 * maxRadius, 2 * maxRadius),
                          [&](NodeIndex n) {
                              if (n < m_hidden.size() && m_hidden[n])
                                  return;
                              if (n < m_filterStates.size() && m_filterStates[n] == NodeState::Hidden)
                                  return;
                              const double d = std::hypot(m_positions.x[n] - p.x(), m_positions.y[n] - p.y()) * m_zoom;
                              const double r = pickRadius(n);
                              if (d > r)
                                  return;
                              // Nearest relative to size: a small node beside a hub stays pickable.
                              const double score = d / r;
                              if (!best || score < bestScore) {
                                  best = n;
                                  bestScore = score;
                              }
                          });
    return best;
}

std::optional<EdgeIndex> GraphView::edgeAt(QPointF widgetPoint) const
{
    if (m_graph.isEmpty() || m_graph.edgeCount() == 0)
        return std::nullopt;
    if (m_edgeIndexDirty) {
        m_edgePicker.invalidate();
        m_edgeIndexDirty = false;
    }
    const qsizetype n = m_graph.nodeCount();
    const auto sources = m_graph.edgeSources();
    const auto targets = m_graph.edgeTargets();
    const auto hiddenNode = [&](NodeIndex v) {
        return v >= n || (v < m_hidden.size() && m_hidden[v])
               || (v < m_filterStates.size() && m_filterStates[v] == NodeState::Hidden);
    };
    // The nearest shown (or dimmed) edge within the tolerance among those the
    // last frame drew (see EdgePicker): its sample, plus the highlighted edges.
    std::vector<EdgeIndex> highlighted;
    if (m_selectedEdge)
        highlighted.push_back(*m_selectedEdge);
    if (m_hovered && *m_hovered < n) {
        const auto incident = m_graph.incidentEdges(*m_hovered);
        highlighted.insert(highlighted.end(), incident.begin(), incident.end());
    }
    return m_edgePicker.nearest(m_graph, m_positions, sceneToWidget(), QRectF(0, 0, width(), height()),
                                mapToScene(widgetPoint), edgeTolerance / m_zoom, m_frameSampled, highlighted,
                                [&](EdgeIndex e) {
        if (e < m_edgeVisible.size() && !m_edgeVisible[e])
            return false;
        return !hiddenNode(sources[e]) && !hiddenNode(targets[e]);
    });
}

// ---- Painting ----

RenderState GraphView::renderState(const std::vector<NodeState> &states) const
{
    RenderState s;
    s.positions = &m_positions;
    s.nodeStates = states;
    s.edgeVisible = m_edgeVisible;
    s.selectedNodes = m_selected;
    s.selectedEdge = m_selectedEdge;
    s.hoveredNode = m_hovered;
    // Only an index that is up to date: painting must not wait for a rebuild
    // after every layout snapshot (culling without it is one pass over the nodes).
    s.spatialIndex = m_indexDirty ? nullptr : &m_index;
    return s;
}

QImage GraphView::grabFrame(double devicePixelRatio) const
{
    const QSize size = this->size() * devicePixelRatio;
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    const std::vector<NodeState> states = combinedStates();
    RenderOptions options;
    options.edgePixelBudget = viewEdgePixelBudget;
    m_renderer.paint(painter, sceneToWidget(), QRectF(0, 0, width(), height()), renderState(states), options);
    return image;
}

bool GraphView::rendersAsynchronously() const
{
    return !m_graph.isEmpty() && m_graph.nodeCount() + m_graph.edgeCount() >= m_asyncThreshold;
}

void GraphView::recordFrameState()
{
    m_frameCenter = m_center;
    m_frameZoom = m_zoom;
    m_frameValid = true;
    m_shownFrame.epoch = m_contentEpoch;
    m_shownFrame.serial = m_serial;
    m_shownFrame.center = m_center;
    m_shownFrame.zoom = m_zoom;
    m_shownFrame.size = size();
    m_shownFrame.dpr = devicePixelRatioF();
    m_shownFrame.selected = m_selected;
    m_shownFrame.selectedEdge = m_selectedEdge;
    m_shownFrame.hovered = m_hovered;
}

void GraphView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const double dpr = devicePixelRatioF();
    // Only paints onto the screen (into the window's backing store) show the
    // worker's last frame: grab() and render() into a pixmap or an image get
    // the current picture at once.
    const QPaintDevice *target = painter.paintEngine() ? painter.paintEngine()->paintDevice() : nullptr;
    QBackingStore *store = backingStore();
    const bool toScreen = target && store && target == store->paintDevice();
    const bool sameView = m_frameValid && m_frameZoom == m_zoom && m_frameCenter == m_center
                          && m_frame.size() == size() * dpr;
    if (!sameView && toScreen && rendersAsynchronously() && !m_frame.isNull()
        && m_shownFrame.epoch == m_contentEpoch && m_frame.size() == size() * dpr) {
        paintCachedFrame(painter);
    } else if (sameView) {
        painter.drawImage(0, 0, m_frame);
    } else if (m_frameValid && m_panFrameInUse && m_frameZoom == m_zoom
               && m_frame.size() == size() * dpr) {
        // Panning a big graph: move the last frame now, redraw once it settles.
        painter.fillRect(rect(), m_renderer.appearance().palette.background);
        painter.drawImage(((m_frameCenter - m_center) * m_zoom), m_frame);
        m_settleTimer->start();
    } else {
        QElapsedTimer timer;
        timer.start();
        m_frame = grabFrame(dpr);
        m_frameSampled = m_renderer.lastStats().sampled;   // what edgeAt() picks from
        recordFrameState();
        m_lastRenderMs = timer.nsecsElapsed() / 1e6;
        ++m_framesRendered;
        painter.drawImage(0, 0, m_frame);
    }
    if (m_drag == Drag::Rubber) {
        const QRectF r = rubberRect();
        QColor c = m_renderer.appearance().palette.highlight;
        painter.setPen(QPen(c, 1.0));
        c.setAlpha(40);
        painter.setBrush(c);
        painter.drawRect(r);
    }
}

// The last frame of the same graph, filter and style, moved and scaled to the
// current viewport; the worker paints the current state meanwhile.
void GraphView::paintCachedFrame(QPainter &painter)
{
    const FrameState &f = m_shownFrame;
    if (f.center == m_center && f.zoom == m_zoom) {
        painter.drawImage(0, 0, m_frame);
    } else {
        // widget = (frame - c0) * s + (frameCenter - center) * zoom + c0, with
        // c0 the widget centre and s the zoom since the frame.
        painter.fillRect(rect(), m_renderer.appearance().palette.background);
        const QPointF c0(width() / 2.0, height() / 2.0);
        const double s = m_zoom / f.zoom;
        const QPointF shift = (f.center - m_center) * m_zoom + c0 - c0 * s;
        painter.save();
        painter.setTransform(QTransform(s, 0, 0, s, shift.x(), shift.y()), true);
        painter.drawImage(0, 0, m_frame);
        painter.restore();
    }
    requestFrame();
    if (m_drag == Drag::MoveNode || f.selected != m_selected || f.selectedEdge != m_selectedEdge
        || f.hovered != m_hovered)
        paintHighlightOverlay(painter);
}

void GraphView::requestFrame()
{
    if (m_jobInFlight)
        return;   // its frame repaints the view, which asks again if it is stale by then
    if (!m_frameThread) {
        m_frameThread = std::make_unique<FrameRenderThread>();
        connect(m_frameThread.get(), &FrameRenderThread::frameRendered, this, &GraphView::onFrameRendered);
    }
    const double dpr = devicePixelRatioF();
    FrameJob job;
    job.id = ++m_jobId;
    job.graph = m_graph;
    job.style = m_style;
    job.appearanceKey = m_appearanceKey;
    job.unit = m_renderer.unit();
    job.positions = m_positions;
    job.nodeStates = combinedStates();
    job.edgeVisible = m_edgeVisible;
    job.selectedNodes = m_selected;
    job.selectedEdge = m_selectedEdge;
    job.hoveredNode = m_hovered;
    job.sceneToDevice = sceneToWidget();
    job.size = size();
    job.devicePixelRatio = dpr;
    job.options.edgePixelBudget = viewEdgePixelBudget;
    m_pendingFrame = {m_contentEpoch, m_serial, m_center, m_zoom, size(), dpr,
                      m_selected, m_selectedEdge, m_hovered};
    m_jobInFlight = true;
    m_frameThread->post(std::move(job));
}

void GraphView::onFrameRendered(quint64 id, const QImage &image, double ms, double sampled)
{
    if (id != m_jobId)
        return;
    m_jobInFlight = false;
    // A frame of an older graph, filter or style, or of another size, is
    // dropped; so is one older than what a synchronous paint showed since.
    const FrameState &job = m_pendingFrame;
    if (job.epoch == m_contentEpoch && job.size == size() && job.dpr == devicePixelRatioF()
        && !(m_shownFrame.epoch == m_contentEpoch && m_shownFrame.serial > job.serial)) {
        m_frame = image;
        m_shownFrame = std::move(m_pendingFrame);
        m_frameCenter = m_shownFrame.center;
        m_frameZoom = m_shownFrame.zoom;
        m_frameValid = m_shownFrame.serial == m_serial;
        m_lastRenderMs = ms;
        m_frameSampled = sampled;
        ++m_framesRendered;
    }
    update();
}

// Selection, hover and a dragged node show at once over a frame that does not
// have them yet: only those nodes and the edges among them are painted.
void GraphView::paintHighlightOverlay(QPainter &painter)
{
    const qsizetype n = m_graph.nodeCount();
    std::vector<NodeState> states(n, NodeState::Hidden);
    qsizetype count = 0;
    auto show = [&](NodeIndex v) {
        if (v >= n || states[v] != NodeState::Hidden || (v < m_hidden.size() && m_hidden[v]))
            return;
        const NodeState s = v < m_filterStates.size() ? m_filterStates[v] : NodeState::Shown;
        if (s == NodeState::Hidden)
            return;
        states[v] = s;
        ++count;
    };
    auto showWithNeighbours = [&](NodeIndex v) {
        show(v);
        for (NodeIndex nb : m_graph.neighbours(v))
            show(nb);
    };
    if (m_hovered)
        showWithNeighbours(*m_hovered);
    if (m_drag == Drag::MoveNode && m_pressNode)
        showWithNeighbours(*m_pressNode);
    if (m_selectedCount <= maxOverlayNodes) {
        for (qsizetype i = 0; i < qsizetype(m_selected.size()); ++i) {
            if (m_selected[i])
                show(NodeIndex(i));
        }
    }
    if (m_selectedEdge) {
        show(m_graph.edgeSource(*m_selectedEdge));
        show(m_graph.edgeTarget(*m_selectedEdge));
    }
    if (count == 0 || count > maxOverlayNodes)
        return;
    RenderOptions options;
    options.drawBackground = false;
    options.background = Qt::transparent;
    options.edgePixelBudget = viewEdgePixelBudget;
    // Many highlighted edges (a hub's) are left to the frame: wide
    // antialiased lines cost ~10 us each.
    qsizetype edgeBound = 0;
    for (qsizetype i = 0; i < n && edgeBound <= maxOverlayEdges; ++i) {
        if (states[i] != NodeState::Hidden)
            edgeBound += m_graph.degree(NodeIndex(i));
    }
    options.drawEdges = edgeBound <= maxOverlayEdges;
    // Into an image: nodes are stamped from sprites there, not filled as paths.
    const double dpr = devicePixelRatioF();
    if (m_overlay.size() != size() * dpr)
        m_overlay = QImage((size() * dpr).expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    m_overlay.setDevicePixelRatio(dpr);
    m_overlay.fill(Qt::transparent);
    {
        QPainter overlayPainter(&m_overlay);
        m_renderer.paint(overlayPainter, sceneToWidget(), QRectF(rect()), renderState(states), options);
    }
    painter.drawImage(0, 0, m_overlay);
}

void GraphView::resizeEvent(QResizeEvent *)
{
    m_frameValid = false;
    // A view that shows the whole graph keeps showing it when resized (the
    // window's docks settle after the graph was set: fitted at the first
    // size, labels at the border were cut at the final one).
    if ((m_fitPending || m_showingAll) && width() > 0 && height() > 0 && !m_graph.isEmpty()) {
        fitScene(false);
        if (isVisible())
            m_fitPending = false;
    }
    emit viewportChanged();
}

void GraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        invalidateContent();
    QWidget::changeEvent(event);
}

// ---- Input ----

void GraphView::setHovered(std::optional<NodeIndex> node)
{
    if (node == m_hovered)
        return;
    m_hovered = node;
    invalidate();
    emit hoveredNodeChanged(node);
}

QRectF GraphView::rubberRect() const
{
    return QRectF(m_pressPos, m_lastPos).normalized();
}

QString GraphView::toolTipFor(NodeIndex node) const
{
    QString text = u"<b>"_s + m_graph.nodeDisplayLabel(node).toHtmlEscaped() + u"</b>"_s;
    auto row = [&](const QString &name, const QString &value) {
        if (!value.isEmpty())
            text += u"<br>"_s + name + u": "_s + value.toHtmlEscaped();
    };
    row(tr("Kind"), m_graph.nodeKind(node));
    row(tr("Country"), m_graph.nodeCountries(node).join(u", "_s));
    row(tr("Sector"), m_graph.nodeSectors(node).join(u", "_s));
    row(tr("Degree"), QString::number(m_graph.degree(node)));
    return text;
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        event->ignore();
        return;
    }
    if (m_animation)
        m_animation->stop();
    // One notch (120) zooms by about 1.2.
    zoomAt(event->position(), std::pow(1.0015, delta.y()));
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (m_animation)
        m_animation->stop();
    m_pressPos = m_lastPos = event->position();
    m_pressModifiers = event->modifiers();
    m_pressNode = nodeAt(event->position());
    if (m_pressNode) {
        m_grabOffset = m_positions.at(*m_pressNode) - mapToScene(event->position());
        m_drag = Drag::Pending;
    } else if (event->modifiers() & Qt::ShiftModifier) {
        m_drag = Drag::Rubber;
    } else {
        m_drag = Drag::Pending;
    }
    event->accept();
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (!(event->buttons() & Qt::LeftButton) || m_drag == Drag::None) {
        setHovered(nodeAt(pos));
        return;
    }
    if (m_drag == Drag::Pending) {
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        if (m_pressNode) {
            m_drag = Drag::MoveNode;
            setHovered(std::nullopt);
            QToolTip::hideText();
        } else {
            m_drag = Drag::Pan;
            m_panFrameInUse = m_lastRenderMs > 8.0;
        }
    }
    switch (m_drag) {
    case Drag::MoveNode: {
        const NodeIndex n = *m_pressNode;
        const QPointF scenePos = mapToScene(pos) + m_grabOffset;
        m_positions.set(n, scenePos);
        m_positions.pinned[n] = 1;
        m_indexDirty = true;
    m_edgeIndexDirty = true;
        sceneModified();
        emit nodeDragged(n, scenePos);
        break;
    }
    case Drag::Pan: {
        const QPointF delta = (pos - m_lastPos) / m_zoom;
        m_center -= delta;
        m_showingAll = false;
        update();
        emit viewportChanged();
        break;
    }
    case Drag::Rubber:
        update();
        break;
    default:
        break;
    }
    m_lastPos = pos;
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    m_lastPos = event->position();
    const bool adding = m_pressModifiers & (Qt::ControlModifier | Qt::ShiftModifier);
    switch (drag) {
    case Drag::Pending:
        if (m_pressNode) {
            const NodeIndex n = *m_pressNode;
            if (adding) {
                m_selected[n] = !m_selected[n];
                m_selectedCount += m_selected[n] ? 1 : -1;
                m_selectedEdge.reset();
                invalidate();
                emit selectionChanged();
            } else {
                setSelectedNodes({n});
            }
        } else if (const auto edge = edgeAt(event->position())) {
            setSelectedEdge(edge);
        } else if (!adding) {
            clearSelection();
        }
        break;
    case Drag::MoveNode:
        emit positionsEdited();
        break;
    case Drag::Rubber: {
        rebuildIndexIfNeeded();
        const QRectF r = rubberRect();
        const QRectF sceneRect(mapToScene(r.topLeft()), mapToScene(r.bottomRight()));
        QList<NodeIndex> nodes = selectedNodes();
        m_index.forEachInRect(sceneRect, [&](NodeIndex n) {
            if (effectiveNodeState(n) != NodeState::Hidden && !m_selected[n])
                nodes.append(n);
        });
        setSelectedNodes(nodes);
        break;
    }
    case Drag::Pan:
        m_panFrameInUse = false;
        m_settleTimer->stop();
        invalidate();
        break;
    default:
        break;
    }
    m_pressNode.reset();
    update();
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const auto node = nodeAt(event->position())) {
        m_drag = Drag::None;
        focusNode(*node);
        emit nodeActivated(*node);
    }
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const double panStep = 0.15;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag != Drag::None) {
            m_drag = Drag::None;
            update();
        }
        clearSelection();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_9:
        fitSelection();
        break;
    case Qt::Key_Left:
        centerOn(m_center - QPointF(width() * panStep / m_zoom, 0));
        break;
    case Qt::Key_Right:
        centerOn(m_center + QPointF(width() * panStep / m_zoom, 0));
        break;
    case Qt::Key_Up:
        centerOn(m_center - QPointF(0, height() * panStep / m_zoom));
        break;
    case Qt::Key_Down:
        centerOn(m_center + QPointF(0, height() * panStep / m_zoom));
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    emit contextMenuRequested(nodeAt(event->pos()), event->globalPos());
    event->accept();
}

void GraphView::leaveEvent(QEvent *event)
{
    setHovered(std::nullopt);
    QWidget::leaveEvent(event);
}

bool GraphView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto node = nodeAt(help->pos()))
            QToolTip::showText(help->globalPos(), toolTipFor(*node), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace entente
