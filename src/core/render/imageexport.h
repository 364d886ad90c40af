#pragma once

#include "graphstyle.h"
#include "model/diagnostic.h"
#include "model/nodepositions.h"
#include "model/relationshipgraph.h"

#include <QColor>
#include <QDate>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QSize>
#include <QStringList>
#include <optional>
#include <vector>

namespace entente {

enum class ImageFormat : quint8 { Png, Svg, Pdf };

// From the file name's extension (.png, .svg, .pdf; case-insensitive).
std::optional<ImageFormat> imageFormatForPath(const QString &path);

// What to draw: the snapshot the view shows (filter states, style), or the
// whole graph when the states are empty.
struct ImageExportScene
{
    RelationshipGraph graph;
    NodePositions positions;
    GraphStyle style;
    std::vector<NodeState> nodeStates;   // empty = all shown
    std::vector<quint8> edgeVisible;     // empty = all edges of drawn nodes
    double unit = 0;                     // scene radius of a size-1 node; 0 = GraphRenderer::naturalUnit
};

struct ImageExportOptions
{
    // PNG and SVG: the picture in pixels (PNG: before `scale`). PDF: ignored,
    // the page decides.
    QSize size{1600, 1200};
    // PNG only: multiplies the pixel size, line widths and fonts (2 = a
    // sharper 2x image of the same picture).
    double scale = 1.0;
    // The scene rectangle to show (the view's visible rect for "current
    // viewport"); nullopt = the whole graph with a margin.
    std::optional<QRectF> viewport;
    bool transparent = false;
    std::optional<QColor> background;   // solid background; default the palette's
    bool legend = false;
    bool caption = false;
    // The caption's lines: title (default the graph's), the active filter,
    // the data sources (default the graph's "sources"), the date (default today).
    QString title;
    QString filterExpression;
    QStringList sources;
    QDate date;
    // PDF only.
    QPageSize pageSize{QPageSize::A4};
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
};

// The pixel size a PNG export of `options` has (size * scale, rounded).
QSize pngPixelSize(const ImageExportOptions &options);

// Renders into one QImage (preview, clipboard). The image has pngPixelSize().
// For very large images use exportImage, which writes PNGs in bands.
QImage renderImage(const ImageExportScene &scene, const ImageExportOptions &options);

// Writes `path` in `format`. PNG is rendered in horizontal bands straight
// into the PNG encoder, so a poster of 10000 x 7000 pixels needs a few MB of
// band, not 280 MB of image. SVG has one <g> per layer with the ids
// "background", "edges", "nodes", "labels", "legend", "caption". PDF is
// vector with real text. Returns the error naming the file on failure.
std::optional<Diagnostic> exportImage(const ImageExportScene &scene, const ImageExportOptions &options,
                                      const QString &path, ImageFormat format);

// The text lines of the caption for `options` (also shown by the dialog).
QStringList captionLines(const RelationshipGraph &graph, const ImageExportOptions &options);

} // namespace entente
