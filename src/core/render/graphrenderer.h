#pragma once

#include "graphstyle.h"
#include "model/nodepositions.h"
#include "model/relationshipgraph.h"

#include <functional>
#include <QHash>
#include <QImage>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QFont>
#include <QTransform>
#include <optional>
#include <span>
#include <vector>

class QPainter;

namespace entente {

class SpatialIndex;

// What changes from frame to frame: positions, filter state, selection and
// hover. Spans point into the caller's arrays and must outlive paint().
struct RenderState
{
    const NodePositions *positions = nullptr;
    std::span<const NodeState> nodeStates;     // empty = all shown
    std::span<const quint8> edgeVisible;       // empty = all edges of drawn nodes
    std::span<const quint8> selectedNodes;     // by node, non-zero = selected; may be empty
    std::optional<EdgeIndex> selectedEdge;
    std::optional<NodeIndex> hoveredNode;      // its edges and neighbours stay, the rest dims
    std::optional<EdgeIndex> hoveredEdge;
    const SpatialIndex *spatialIndex = nullptr;   // speeds up culling of nodes; optional
};

// How to paint: sizes are device pixels at `pixelScale` 1 (the export passes 2
// for a 2x PNG, the screen its device pixel ratio is handled by Qt).
struct RenderOptions
{
    double pixelScale = 1.0;
    bool drawBackground = true;
    std::optional<QColor> background;   // default: the palette's
    bool labels = true;                 // and the style's showLabels
    bool allLabels = false;             // every label, even where they overlap (export of small graphs)
    double minNodeRadius = 1.5;         // device pixels: nodes never vanish when zoomed out
    // Device pixels (times pixelScale): a node never grows beyond this, however
    // far one zooms in or however the scene unit and the positions disagree
    // (e.g. every node still at the origin before the layout placed it); the
    // fill work of a paint stays bounded.
    double maxNodeRadius = 64.0;
    bool drawArrows = true;
    // Edge level of detail on raster targets: when the edges would cover more
    // than this many pixels, a stable subset is drawn with raised opacity.
    // 0 = draw every edge (export); the view sets a budget to stay interactive.
    double edgePixelBudget = 0;
    // Layers to draw: the SVG export paints each layer on its own to give it
    // its own <g id=...>.
    bool drawEdges = true;
    bool drawNodes = true;
};

// The edge level of detail: with `sampled` < 1 (RenderStats::sampled) a
// raster paint draws only the edges this says yes to (a fixed hash of the
// edge number, so the same edges in every frame), plus the highlighted ones.
// Edge picking asks the same question, so that what is picked was drawn.
inline quint32 edgeSampleThreshold(double sampled)
{
    return sampled >= 1.0 ? 0xffffffffu : sampled > 0 ? quint32(sampled * 4294967295.0) : 0u;
}
inline bool edgeInSample(EdgeIndex e, quint32 threshold)
{
    quint32 h = e * 2654435761u;
    h ^= h >> 15;
    h *= 2246822519u;
    h ^= h >> 13;
    return h <= threshold;
}

// What the last paint() did, for benchmarks and the status bar.
struct RenderStats
{
    qsizetype edges = 0;    // drawn (after culling)
    qsizetype nodes = 0;
    qsizetype labels = 0;
    qsizetype labelsOverNodes = 0;   // placed over another node (no free place)
    qsizetype labelsClipped = 0;     // cut by the picture's edge
    double edgesMs = 0, nodesMs = 0, labelsMs = 0;   // wall time
    // Process CPU time of each phase (helper threads included): on a shared
    // machine the wall time includes waiting for a core.
    double edgesCpuMs = 0, nodesCpuMs = 0, labelsCpuMs = 0;
    double sampled = 1.0;   // fraction of edges drawn (edge level of detail)
    double maxNodeRadius = 0;   // device pixels: no node was drawn larger
};

// Paints a graph snapshot with QPainter, onto the screen, a QImage, an SVG or
// a PDF alike: what is exported is what the view shows. Node radii are in
// scene units (nodeSize * unit, so they grow when zooming in); line widths and
// fonts are in device pixels. Vector devices get one shape per node and real
// text per label, never a raster.
//
// Edges are drawn in batches by (style class, emphasis) with drawLines: the
// batching is where a density raster for very large graphs plugs in.
class GraphRenderer
{
public:
    GraphRenderer();

    void setGraph(const RelationshipGraph &graph, const GraphStyle &style);
    void setStyle(const GraphStyle &style);
    const RelationshipGraph &graph() const { return m_graph; }
    const GraphStyle &style() const { return m_style; }
    const GraphAppearance &appearance() const { return m_appearance; }

    // The scene length that a node of size 1 has as radius. Default: from the
    // positions, see naturalUnit().
    void setUnit(double unit) { m_unit = unit; }
    double unit() const { return m_unit; }
    // A twelfth of the median edge length (sampled), at most a seventh of the
    // mean node spacing in the bounding box: node sizes follow the layout's
    // scale and hairballs do not turn into blots.
    static double naturalUnit(const RelationshipGraph &graph, const NodePositions &positions);

    // Radius in scene units, without the minimum pixel size.
    double nodeRadius(NodeIndex node) const;
    // Radius in device pixels at `zoom` (device pixels per scene unit).
    double nodeDeviceRadius(NodeIndex node, double zoom, double pixelScale = 1.0,
                            double minRadius = 1.5, double maxRadius = 64.0) const;
    // Largest scene radius of any node, for picking margins.
    double maxNodeRadius() const;

    // The size in device pixels of the box (text and halo) that paint() draws
    // for the node's label on a raster target; empty when the node has no
    // text or labels are off. Fit-all keeps these inside the view.
    QSizeF labelSize(NodeIndex node, double pixelScale = 1.0) const;
    // The gap in device pixels between a node and its label.
    static double labelGap(double pixelScale = 1.0) { return 1.5 * pixelScale; }

    // Paints the snapshot onto `painter`, mapping scene to device coordinates
    // with `sceneToDevice` (no rotation or shear); `deviceRect` is the area to
    // fill, used for culling.
    void paint(QPainter &painter, const QTransform &sceneToDevice, const QRectF &deviceRect,
               const RenderState &state, const RenderOptions &options = {}) const;

    const RenderStats &lastStats() const { return m_stats; }

    // The transform that fits `sceneRect` into `deviceRect` with `margin` device
    // pixels on each side, keeping the aspect ratio and centring.
    static QTransform fitTransform(const QRectF &sceneRect, const QRectF &deviceRect,
                                   double margin = 24);
    // The bounds of all node positions (finite ones), with node radii.
    QRectF sceneBounds(const NodePositions &positions) const;

    // Where fit-all looks: the scene point at the centre and the zoom (device
    // pixels per scene unit, at most `maxZoom`) at which every node and the
    // label boxes of the most connected `shown` nodes (all of them on small
    // graphs), below each node where paint() tries first, lie inside an area
    // of `size` device pixels. The window's fit-all and whole-graph exports
    // share it, so a picture frames its labels as the window does. Empty when
    // there are no labels, or when they alone are wider than the area: then
    // fit the nodes alone (fitTransform of sceneBounds).
    struct Fit
    {
        QPointF center;
        double zoom = 1;
    };
    std::optional<Fit> fitWithLabels(const NodePositions &positions,
                                     const std::function<bool(NodeIndex)> &shown, QSizeF size,
                                     double pixelScale, double maxZoom) const;

private:
    void labelFonts(double pixelScale, QFont &font, QFont &hubFont) const;
    QSizeF measureLabel(NodeIndex node, double pixelScale) const;
    const QImage &nodeSprite(QRgb fill, NodeShape shape, double radius, bool outlined,
                             const QPen &outline, double pixelsPerUnit) const;

    RelationshipGraph m_graph;
    GraphStyle m_style;
    GraphAppearance m_appearance;
    double m_unit = 1.0;
    float m_maxSize = 1.0f;
    // Node sprites for raster targets (not thread-safe: one renderer per thread).
    struct SpriteKey
    {
        QRgb fill;
        QRgb outline;
        quint32 quarterPixels;
        quint8 shape;
        bool outlined;
        bool operator==(const SpriteKey &) const = default;
        friend size_t qHash(const SpriteKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.fill, k.outline, k.quarterPixels, k.shape, k.outlined);
        }
    };
    mutable QHash<SpriteKey, QImage> m_sprites;
    mutable double m_spriteScale = 0;
    mutable qint64 m_spriteBytes = 0;   // the images in m_sprites
    mutable RenderStats m_stats;
    mutable std::vector<float> m_labelWidths;   // by node; -1 = not measured, 0 = no text
    mutable QHash<NodeIndex, QSizeF> m_labelSizes;   // labelSize() at scale 1, by node
    mutable std::vector<quint8> m_labelLines;   // by node: lines of a wrapped label (when measured)
    mutable QString m_labelFontKey;
};

// Draws one node shape centred at `center` with radius `r` using the
// painter's pen and brush: also for legend icons.
void paintNodeShape(QPainter &painter, NodeShape shape, QPointF center, double r);

} // namespace entente
