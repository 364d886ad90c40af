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
#include <functional>
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

// The picture's size in device pixels at scale 1: `size` for PNG and SVG; for
// PDF the page's printable area at 96 dpi (what the renderer paints into).
// A preview renders `options` with this size and a scale < 1.
QSize pictureSize(const ImageExportOptions &options, ImageFormat format);

// The page sizes offered for PDF (dialog and command line), by name: "A4",
// "A3", "A2", "A1", "A0", "A5", "Letter", "Legal", "Tabloid".
QStringList pdfPageSizeNames();
// The page size of a name of pdfPageSizeNames() (case-insensitive).
std::optional<QPageSize> pdfPageSizeFromName(const QString &name);
QString pdfPageSizeName(const QPageSize &size);

// Called by exportImage on its own thread with the fraction done (0..1):
// per band of a PNG, per layer of an SVG or PDF. Returning false cancels the
// export: it stops at the next step, leaves no file (nor a partial one) and
// returns a Diagnostic whose message is imageExportCancelledMessage().
using ImageExportProgress = std::function<bool(double fraction)>;
QString imageExportCancelledMessage();

// Renders into one QImage (preview, clipboard). The image has pngPixelSize().
// For very large images use exportImage, which writes PNGs in bands.
QImage renderImage(const ImageExportScene &scene, const ImageExportOptions &options);

// Writes `path` in `format`. PNG is rendered in horizontal bands straight
// into the PNG encoder, so a poster of 10000 x 7000 pixels needs a few MB of
// band, not 280 MB of image. SVG has one <g> per layer with the ids
// "background", "edges", "nodes", "labels", "legend", "caption". PDF is
// vector with real text. Returns the error naming the file on failure.
std::optional<Diagnostic> exportImage(const ImageExportScene &scene, const ImageExportOptions &options,
                                      const QString &path, ImageFormat format,
                                      const ImageExportProgress &progress = {});

// The SVG document exportImage writes, in memory (the clipboard's
// image/svg+xml); empty when the size is empty.
QByteArray renderSvg(const ImageExportScene &scene, const ImageExportOptions &options);

// The text lines of the caption for `options` (also shown by the dialog).
QStringList captionLines(const RelationshipGraph &graph, const ImageExportOptions &options);

} // namespace entente
