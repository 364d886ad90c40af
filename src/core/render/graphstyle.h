#pragma once

#include "model/relationshipgraph.h"

#include <QColor>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace entente {

// How the filter (and the view's "Hide") wants a node drawn.
enum class NodeState : quint8 { Shown, Dimmed, Hidden };

// Shapes of node kinds: company circle, alliance hexagon, initiative triangle,
// institution square, project diamond, event star, person pentagon; any other
// kind is a circle.
enum class NodeShape : quint8 { Circle, Hexagon, Triangle, Square, Diamond, Star, Pentagon };

QString nodeShapeName(NodeShape shape);
NodeShape shapeForKind(QStringView kind);

// Line pattern of an edge class.
enum class EdgeLine : quint8 { Solid, Dashed, Dotted, DashDot };

// The colours of everything that is not a category: background, labels, edges,
// selection. Light and dark variants; the app passes the one that follows the
// system (QStyleHints::colorScheme or the window palette's lightness).
struct GraphPalette
{
    QColor background;
    QColor edge;             // neutral edge colour
    QColor label;
    QColor labelHalo;        // behind labels, translucent
    QColor nodeOutline;
    QColor selection;        // ring around selected nodes, selected edge
    QColor highlight;        // edges of the hovered node
    QColor other;            // the long tail of categories, and "no value"
    QColor pin;
    bool isDark = false;

    static GraphPalette light();
    static GraphPalette dark();
};

// What the user chose: colour by a categorical node column or by a numeric
// metric, labels, sizes, palette. A plain value; GraphAppearance resolves it
// against one graph.
struct GraphStyle
{
    enum class ColorMode : quint8 { Category, Metric, Uniform };

    ColorMode colorMode = ColorMode::Category;
    NodeColumn colorColumn = NodeColumn::Sector;   // when colorMode == Category
    // When colorMode == Metric: one value per node (NaN = no value, drawn as
    // "other"); the name is shown in the legend.
    QString metricName;
    std::vector<double> metric;

    bool showLabels = true;
    double labelScale = 1.0;       // multiplies the label font size
    bool sizeByDegree = true;
    // When not empty: one value per node, the radius grows with its square
    // root from the smallest to the largest value (NaN = smallest), instead
    // of by degree; the name is shown in menus.
    QString sizeMetricName;
    std::vector<double> sizeMetric;
    double nodeScale = 1.0;        // multiplies every node's radius
    // Categories beyond get the "other" colour (the long tail of big graphs);
    // as many as categoryColors() has, so small graphs (~20) get one each.
    int maxCategories = 24;
    bool darkPalette = false;

    GraphPalette palette() const { return darkPalette ? GraphPalette::dark() : GraphPalette::light(); }

    // Parses "sector", "country", "kind", "date" (case-insensitive) for
    // --color-by and menus; nullopt for an unknown name.
    static std::optional<NodeColumn> columnFromName(QStringView name);
    static QString columnName(NodeColumn column);
};

// The qualitative palette for categories (Tableau 10 without its grey, then
// distinct Tableau 20 tones), in order of assignment.
const QList<QColor> &categoryColors();
// Continuous scale for metrics (viridis), t in [0, 1].
QColor metricColor(double t, bool darkBackground = false);

// The drawing of one relation: width in device pixels at scale 1, pattern,
// colour, and whether it has a direction (drawn with an arrow at the target).
struct EdgeStyle
{
    QString relation;        // as in the data; empty = no relation
    double width = 1.0;
    EdgeLine line = EdgeLine::Solid;
    QColor color;
    bool directed = false;
};

// The style of a relation name: membership thin with an arrow (member ->
// alliance), partnership bold, participation dashed, subsidiary with an arrow
// (parent -> child), supplier dash-dot with an arrow, joint venture bold dotted.
// `graphDirected` gives unknown relations an arrow in a directed graph.
EdgeStyle edgeStyleForRelation(const QString &relation, const GraphPalette &palette,
                               bool graphDirected);

// A style resolved against one graph: plain arrays by node and edge number
// that the renderer streams through. Building it is O(nodes + edges).
struct GraphAppearance
{
    GraphPalette palette;
    std::vector<QRgb> nodeColor;          // by node
    std::vector<NodeShape> nodeShape;     // by node
    std::vector<float> nodeSize;          // radius factor by node, >= 1 (degree)
    std::vector<NodeIndex> labelOrder;    // nodes by decreasing size: labels first
    std::vector<quint16> edgeClass;       // by edge: index into edgeStyles
    std::vector<EdgeStyle> edgeStyles;
    bool showLabels = true;
    double labelScale = 1.0;
    double nodeScale = 1.0;

    static GraphAppearance build(const RelationshipGraph &graph, const GraphStyle &style);
};

// One row of the legend: the colour of a category (or metric range) and how
// many nodes have it; `shape` is set for rows that show a node kind's shape.
struct LegendEntry
{
    QString label;
    QColor color;
    std::optional<NodeShape> shape;
    qsizetype count = 0;
    bool operator==(const LegendEntry &) const = default;
};

// The colour mapping of `style` on `graph`: categories sorted by decreasing
// count (ties by name), then "Other" and "(none)"; for a metric, five value
// ranges in increasing order. The counts add up to the node count.
QList<LegendEntry> legendEntries(const RelationshipGraph &graph, const GraphStyle &style);
// The shapes of the kinds present, by decreasing count, coloured neutrally.
QList<LegendEntry> shapeLegendEntries(const RelationshipGraph &graph, const GraphStyle &style);
// The relations present with their edge colour, by decreasing count.
QList<LegendEntry> relationLegendEntries(const RelationshipGraph &graph, const GraphStyle &style);

} // namespace entente
