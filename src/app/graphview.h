#pragma once

#include "model/nodepositions.h"
#include "model/relationshipgraph.h"
#include "render/graphrenderer.h"
#include "render/graphstyle.h"
#include "render/edgepicker.h"
#include "render/spatialindex.h"

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QVariantAnimation;

namespace entente {

class FrameRenderThread;

// The central graph view. It paints from the position and style arrays with
// GraphRenderer (no QGraphicsItem per node), picks through a SpatialIndex, and
// handles the mouse and keyboard as Gephi, Cytoscape and Graphia users expect:
// wheel zooms at the cursor, drag on the background pans, drag a node moves
// and pins it, double-click focuses, click selects (Ctrl/Shift adds),
// Shift-drag selects a rectangle, hover highlights the neighbourhood, Esc
// clears the selection.
//
// The view transform is: widget = (scene - center) * zoom + widget centre.
class GraphView : public QWidget
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    // Resets selection, hover, hidden nodes and node states; fits all.
    void setGraph(const RelationshipGraph &graph, const NodePositions &positions);
    const RelationshipGraph &graph() const;
    // A layout snapshot; keeps zoom and pan. Nodes pinned in the view keep
    // the view's position (the user owns them).
    void setPositions(const NodePositions &positions);
    const NodePositions &positions() const;   // includes pins set by dragging
    void setNodeStates(std::vector<NodeState> states);   // from the filter; empty = all shown
    // Per-edge visibility from the filter; empty = every edge between drawn nodes.
    void setEdgeVisibility(std::vector<quint8> visible);
    void setGraphStyle(const GraphStyle &style);
    const GraphStyle &graphStyle() const;
    const GraphRenderer &renderer() const { return m_renderer; }

    QList<NodeIndex> selectedNodes() const;
    void setSelectedNodes(const QList<NodeIndex> &nodes);
    std::optional<EdgeIndex> selectedEdge() const;
    void setSelectedEdge(std::optional<EdgeIndex> edge);
    void selectAll();
    void selectNeighbours();
    void clearSelection();
    void hideNodes(const QList<NodeIndex> &nodes);   // context menu "Hide"; showAllNodes() undoes
    void showAllNodes();
    bool isPinned(NodeIndex node) const;
    void setPinned(NodeIndex node, bool pinned);
    void resetPins();

    void fitAll();
    void fitSelection();
    void zoomIn();
    void zoomOut();
    void focusNode(NodeIndex node);   // select it, zoom to it and its neighbours

    QPointF mapToScene(QPointF widgetPoint) const;
    QPointF mapFromScene(QPointF scenePoint) const;
    double zoom() const;                 // widget pixels per scene unit
    void setZoom(double zoom);           // around the widget centre
    QPointF center() const { return m_center; }
    QRectF visibleSceneRect() const;
    void centerOn(QPointF scenePoint);
    // The whole graph's scene bounds (with node radii); null when empty.
    QRectF sceneBounds() const;

    std::optional<NodeIndex> nodeAt(QPointF widgetPoint) const;
    std::optional<EdgeIndex> edgeAt(QPointF widgetPoint) const;

    // The node under the mouse, whose neighbourhood is highlighted.
    std::optional<NodeIndex> hoveredNode() const { return m_hovered; }
    // The state a node is drawn in: the filter's, the view's "Hide", and the
    // hover highlight (everything outside the hovered neighbourhood dims).
    NodeState effectiveNodeState(NodeIndex node) const;
    // The filter's states combined with the view's "Hide" (no hover); empty
    // when every node is shown.
    std::vector<NodeState> nodeStates() const { return combinedStates(); }

    // Fit and focus animate (about 250 ms) when enabled and the view is visible;
    // tests switch it off to check the result at once.
    void setAnimated(bool animated) { m_animated = animated; }
    bool isAnimated() const { return m_animated; }

    // Renders what the view shows into an image of the widget's size.
    QImage grabFrame(double devicePixelRatio = 1.0) const;

    // Graphs with at least this many nodes plus edges paint their frames on a
    // worker thread: paintEvent shows the last finished frame (moved and
    // scaled to the current viewport, highlights drawn over it) and asks for
    // the next, so input is handled while a frame of a million edges is
    // painted. A frame of an older graph, filter or style is never shown: the
    // first frame after such a change, and grab() into a pixmap, paint at once.
    // 0 = every graph (tests).
    void setAsyncRenderThreshold(qsizetype nodesPlusEdges) { m_asyncThreshold = nodesPlusEdges; }
    bool rendersAsynchronously() const;

    QSize sizeHint() const override { return {800, 600}; }

    // The wall time of the last full redraw in paintEvent and the number of
    // such redraws (benchmarks, status bar).
    double lastRenderMs() const { return m_lastRenderMs; }
    quint64 framesRendered() const { return m_framesRendered; }

signals:
    void selectionChanged();
    void nodeDragged(entente::NodeIndex node, QPointF scenePos);   // while dragging; node is pinned
    void positionsEdited();                                       // drag/pin changed the document
    void nodeActivated(entente::NodeIndex node);                  // double-click (after focusing)
    void contextMenuRequested(std::optional<entente::NodeIndex> node, QPoint globalPos);
    void viewportChanged();                                       // zoom or pan changed
    void sceneChanged();       // positions, style or states changed (the minimap redraws)
    void hoveredNodeChanged(std::optional<entente::NodeIndex> node);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Drag { None, Pending, Pan, MoveNode, Rubber };

    void invalidate();                        // the frame must be repainted from scratch
    void invalidateContent();                 // graph, filter, style, Hide: no older frame may be shown
    void sceneModified();                     // positions/style/states changed
    void rebuildIndexIfNeeded() const;
    void updateUnit(bool force);
    void setViewport(QPointF center, double zoom, bool animate);
    void fitRect(const QRectF &sceneRect, bool animate);
    void fitScene(bool animate);   // fitAll(): nodes and their label boxes
    QTransform sceneToWidget() const;
    void setHovered(std::optional<NodeIndex> node);
    void zoomAt(QPointF widgetPoint, double factor);
    std::vector<NodeState> combinedStates() const;
    RenderState renderState(const std::vector<NodeState> &states) const;
    QRectF rubberRect() const;
    void recordFrameState();
    void paintCachedFrame(QPainter &painter);
    void requestFrame();
    void onFrameRendered(quint64 id, const QImage &image, double ms, double sampled);
    void paintHighlightOverlay(QPainter &painter);
    double pickRadius(NodeIndex node) const;
    QString toolTipFor(NodeIndex node) const;

    RelationshipGraph m_graph;
    NodePositions m_positions;
    GraphStyle m_style;
    GraphRenderer m_renderer;
    mutable SpatialIndex m_index;
    mutable bool m_indexDirty = true;
    // Edge segments for edgeAt(): built on the first pick after positions
    // changed (a layout streams ~30 snapshots a second; picks are rarer) or,
    // for big graphs, after the view moved.
    mutable EdgePicker m_edgePicker;
    mutable bool m_edgeIndexDirty = true;
    // The edge level of detail of the frame on screen (RenderStats::sampled of
    // the last paintEvent's render): edgeAt() picks among the edges it drew.
    mutable double m_frameSampled = 1.0;

    std::vector<NodeState> m_filterStates;
    std::vector<quint8> m_edgeVisible;
    std::vector<quint8> m_hidden;      // the view's "Hide"
    std::vector<quint8> m_selected;    // by node
    qsizetype m_selectedCount = 0;
    std::optional<EdgeIndex> m_selectedEdge;
    std::optional<NodeIndex> m_hovered;

    QPointF m_center;
    double m_zoom = 1.0;
    bool m_animated = true;
    QVariantAnimation *m_animation = nullptr;
    QPointF m_animFromCenter, m_animToCenter;
    double m_animFromZoom = 1, m_animToZoom = 1;
    bool m_fitPending = true;   // fit once the widget has its real size
    bool m_showingAll = false;  // the viewport is fit-all's: resizing refits

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    Qt::KeyboardModifiers m_pressModifiers;
    std::optional<NodeIndex> m_pressNode;
    QPointF m_grabOffset;   // scene offset from the cursor to the dragged node's centre

    // The last full frame, reused while only the pan changed (big graphs).
    QImage m_frame;
    QPointF m_frameCenter;
    double m_frameZoom = 0;
    bool m_frameValid = false;
    double m_lastRenderMs = 0;
    quint64 m_framesRendered = 0;
    bool m_panFrameInUse = false;
    class QTimer *m_settleTimer = nullptr;

    // Frames painted on a worker (big graphs), see setAsyncRenderThreshold().
    // The frame in m_frame shows content epoch m_frameEpoch with the selection
    // and hover below; m_frameValid says it also has the latest positions.
    struct FrameState
    {
        quint64 epoch = 0;
        quint64 serial = 0;   // m_serial when the state was taken
        QPointF center;
        double zoom = 0;
        QSize size;
        double dpr = 1;
        std::vector<quint8> selected;
        std::optional<EdgeIndex> selectedEdge;
        std::optional<NodeIndex> hovered;
    };
    std::unique_ptr<FrameRenderThread> m_frameThread;
    qsizetype m_asyncThreshold = 150000;
    quint64 m_contentEpoch = 1;   // bumped by invalidateContent()
    quint64 m_serial = 0;         // bumped by invalidate()
    quint64 m_appearanceKey = 1;  // graph or style changed: the worker restyles
    FrameState m_shownFrame;      // what m_frame shows
    FrameState m_pendingFrame;    // the job on the worker
    QImage m_overlay;             // paintHighlightOverlay()'s, reused
    quint64 m_jobId = 0;
    bool m_jobInFlight = false;
};

} // namespace entente
