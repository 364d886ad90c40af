#include "imageexport.h"

#include "graphrenderer.h"
#include "model/numerus_p.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <png.h>

#include <algorithm>
#include <cmath>
#include <functional>

namespace entente {

using namespace Qt::StringLiterals;

namespace {

// Messages are translated in the context "entente::ImageExport" (lupdate reads the
// Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::ImageExport)
};

enum Layer : unsigned {
    LayerBackground = 1,
    LayerEdges = 2,
    LayerNodes = 4,
    LayerLabels = 8,
    LayerLegend = 16,
    LayerCaption = 32,
    LayerAll = 63,
};

Diagnostic failure(const QString &path, const QString &message)
{
    return Diagnostic{Diagnostic::Severity::Error, path, 0, 0, message};
}

// False when the caller asked to stop.
bool proceed(const ImageExportProgress &progress, double fraction)
{
    return !progress || progress(std::clamp(fraction, 0.0, 1.0));
}

// The printable area of a PDF page: 10 mm margins.
QPageLayout pdfPageLayout(const ImageExportOptions &options)
{
    return QPageLayout(options.pageSize, options.orientation, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}

// PDF pages are painted at 96 dpi: one device pixel of the renderer is one
// screen pixel, so fonts and line widths look as in the view.
constexpr int PdfResolution = 96;

QString sourceText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QString &key : {u"title"_s, u"name"_s, u"label"_s, u"url"_s}) {
            if (o.value(key).isString() && !o.value(key).toString().isEmpty())
                return o.value(key).toString();
        }
    }
    return {};
}

QFont pixelFont(double pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

// The legend's rows: colours, then shapes and relations when there is more
// than one of them.
struct LegendBlock
{
    QString heading;
    QList<LegendEntry> entries;
    bool lines = false;   // relation rows show a line, not a node
};

QList<LegendBlock> legendBlocks(const RelationshipGraph &graph, const GraphStyle &style)
{
    QList<LegendBlock> blocks;
    QString colourHeading;
    switch (style.colorMode) {
    case GraphStyle::ColorMode::Category:
        colourHeading = GraphStyle::columnName(style.colorColumn);
        break;
    case GraphStyle::ColorMode::Metric:
        colourHeading = style.metricName;
        break;
    case GraphStyle::ColorMode::Uniform:
        break;
    }
    if (!colourHeading.isEmpty())
        colourHeading[0] = colourHeading[0].toUpper();
    if (style.colorMode != GraphStyle::ColorMode::Uniform)
        blocks.append({colourHeading, legendEntries(graph, style), false});
    const QList<LegendEntry> shapes = shapeLegendEntries(graph, style);
    if (shapes.size() > 1)
        blocks.append({Tr::tr("Kind"), shapes, false});
    const QList<LegendEntry> relations = relationLegendEntries(graph, style);
    if (relations.size() > 1)
        blocks.append({Tr::tr("Relation"), relations, true});
    return blocks;
}

struct Frame
{
    QRectF graphRect;     // where the graph is fitted
    QRectF legendRect;    // empty when no legend
    QRectF captionRect;   // empty when no caption
    QStringList caption;
    QList<LegendBlock> legend;
};

constexpr double LegendRow = 16;   // device pixels at scale 1
constexpr double LegendFont = 11;
constexpr double CaptionFont = 11;

Frame layoutFrame(const ImageExportScene &scene, const ImageExportOptions &options,
                  const QRectF &rect, double ps)
{
    Frame frame;
    frame.graphRect = rect;
    if (options.caption) {
        frame.caption = captionLines(scene.graph, options);
        const double lineHeight = QFontMetricsF(pixelFont(CaptionFont * ps)).lineSpacing();
        const double height = frame.caption.size() * lineHeight + 16 * ps;
        frame.captionRect = QRectF(rect.left(), rect.bottom() - height, rect.width(), height);
        frame.graphRect.setBottom(frame.captionRect.top());
    }
    if (options.legend) {
        frame.legend = legendBlocks(scene.graph, scene.style);
        const QFontMetricsF metrics(pixelFont(LegendFont * ps));
        const QFontMetricsF bold(pixelFont(LegendFont * ps, true));
        double width = 0;
        int rows = 0;
        for (const LegendBlock &block : frame.legend) {
            width = std::max(width, bold.horizontalAdvance(block.heading));
            for (const LegendEntry &e : block.entries) {
                width = std::max(width, 26 * ps + metrics.horizontalAdvance(
                                            u"%1 (%2)"_s.arg(e.label).arg(e.count)));
            }
            rows += 1 + int(block.entries.size());
        }
        const double w = std::min(width + 24 * ps, rect.width() * 0.4);
        const double h = rows * LegendRow * ps + (frame.legend.size() - 1) * 6 * ps + 16 * ps;
        frame.legendRect = QRectF(frame.graphRect.right() - w, frame.graphRect.top(), w,
                                  std::min(h, frame.graphRect.height()));
        frame.graphRect.setRight(frame.legendRect.left());
    }
    return frame;
}

void paintLegend(QPainter &painter, const Frame &frame, const GraphPalette &palette, double ps)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFont font = pixelFont(LegendFont * ps);
    const QFont bold = pixelFont(LegendFont * ps, true);
    double y = frame.legendRect.top() + 8 * ps;
    const double x = frame.legendRect.left() + 12 * ps;
    painter.setClipRect(frame.legendRect);
    for (const LegendBlock &block : frame.legend) {
        painter.setFont(bold);
        painter.setPen(palette.label);
        painter.drawText(QRectF(x, y, frame.legendRect.right() - x, LegendRow * ps),
                         Qt::AlignLeft | Qt::AlignVCenter, block.heading);
        y += LegendRow * ps;
        painter.setFont(font);
        for (const LegendEntry &e : block.entries) {
            const QPointF icon(x + 7 * ps, y + LegendRow * ps / 2);
            if (block.lines) {
                painter.setPen(QPen(e.color, 2.0 * ps));
                painter.drawLine(icon - QPointF(7 * ps, 0), icon + QPointF(7 * ps, 0));
            } else {
                painter.setPen(QPen(palette.nodeOutline, 0.9 * ps));
                painter.setBrush(e.color);
                paintNodeShape(painter, e.shape.value_or(NodeShape::Circle), icon, 5.5 * ps);
                painter.setBrush(Qt::NoBrush);
            }
            painter.setPen(palette.label);
            painter.drawText(QRectF(x + 20 * ps, y, frame.legendRect.right() - x - 20 * ps, LegendRow * ps),
                             Qt::AlignLeft | Qt::AlignVCenter, u"%1 (%2)"_s.arg(e.label).arg(e.count));
            y += LegendRow * ps;
        }
        y += 6 * ps;
    }
    painter.restore();
}

void paintCaption(QPainter &painter, const Frame &frame, const GraphPalette &palette, double ps)
{
    painter.save();
    const QFont font = pixelFont(CaptionFont * ps);
    const QFont bold = pixelFont(CaptionFont * ps, true);
    const double lineHeight = QFontMetricsF(font).lineSpacing();
    double y = frame.captionRect.top() + 8 * ps;
    painter.setPen(palette.label);
    for (qsizetype i = 0; i < frame.caption.size(); ++i) {
        painter.setFont(i == 0 ? bold : font);
        painter.drawText(QRectF(frame.captionRect.left() + 12 * ps, y,
                                frame.captionRect.width() - 24 * ps, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, frame.caption[i]);
        y += lineHeight;
    }
    painter.restore();
}

// Paints the layers in `layers` of the picture filling `rect` (device pixels
// of the painter; `ps` scales widths and fonts).
void paintPicture(QPainter &painter, const GraphRenderer &renderer, const ImageExportScene &scene,
                  const ImageExportOptions &options, const QRectF &rect, double ps, unsigned layers)
{
    const GraphPalette palette = scene.style.palette();
    const Frame frame = layoutFrame(scene, options, rect, ps);
    if ((layers & LayerBackground) && !options.transparent)
        painter.fillRect(rect, options.background.value_or(palette.background));

    QTransform transform;
    if (options.viewport) {
        transform = GraphRenderer::fitTransform(*options.viewport, frame.graphRect, 0);
    } else {
        // The window's fit-all: nodes and the label boxes below them inside
        // the margin, so that the outermost labels are not cut.
        const QRectF inner = frame.graphRect.adjusted(24 * ps, 24 * ps, -24 * ps, -24 * ps);
        const auto shown = [&](NodeIndex n) {
            return n >= NodeIndex(scene.nodeStates.size()) || scene.nodeStates[n] == NodeState::Shown;
        };
        if (const auto fit = renderer.fitWithLabels(scene.positions, shown, inner.size(), ps, 0)) {
            const QPointF c = inner.center();
            transform = QTransform(fit->zoom, 0, 0, fit->zoom, c.x() - fit->center.x() * fit->zoom,
                                   c.y() - fit->center.y() * fit->zoom);
        } else {
            transform = GraphRenderer::fitTransform(renderer.sceneBounds(scene.positions), inner, 0);
        }
    }
    RenderState state;
    state.positions = &scene.positions;
    state.nodeStates = scene.nodeStates;
    state.edgeVisible = scene.edgeVisible;
    RenderOptions render;
    render.pixelScale = ps;
    render.drawBackground = false;
    render.allLabels = true;
    render.edgePixelBudget = 0;
    render.drawEdges = layers & LayerEdges;
    render.drawNodes = layers & LayerNodes;
    render.labels = layers & LayerLabels;
    if (render.drawEdges || render.drawNodes || render.labels) {
        painter.save();
        painter.setClipRect(frame.graphRect);
        renderer.paint(painter, transform, frame.graphRect, state, render);
        painter.restore();
    }
    if ((layers & LayerLegend) && !frame.legendRect.isEmpty())
        paintLegend(painter, frame, palette, ps);
    if ((layers & LayerCaption) && !frame.captionRect.isEmpty())
        paintCaption(painter, frame, palette, ps);
}

void setUpRenderer(GraphRenderer &renderer, const ImageExportScene &scene)
{
    renderer.setGraph(scene.graph, scene.style);
    renderer.setUnit(scene.unit > 0 ? scene.unit : GraphRenderer::naturalUnit(scene.graph, scene.positions));
}

// ---- PNG in bands -----------------------------------------------------

struct PngSink
{
    QIODevice *device = nullptr;
    bool failed = false;
};

void pngWrite(png_structp png, png_bytep data, png_size_t length)
{
    auto *sink = static_cast<PngSink *>(png_get_io_ptr(png));
    if (!sink->failed && sink->device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
        sink->failed = true;
}

void pngFlush(png_structp) {}

[[noreturn]] void pngError(png_structp png, png_const_charp)
{
    png_longjmp(png, 1);
}

void pngWarning(png_structp, png_const_charp) {}

// Renders rows [top, top + band.height()) of the picture into `band`.
void renderBand(QImage &band, int top, const GraphRenderer &renderer, const ImageExportScene &scene,
                const ImageExportOptions &options, const QSize &pixels)
{
    band.fill(Qt::transparent);
    QPainter painter(&band);
    painter.translate(0, -top);
    paintPicture(painter, renderer, scene, options, QRectF(QPointF(0, 0), QSizeF(pixels)),
                 options.scale, LayerAll);
}

// libpng reports errors by longjmp: the C++ objects live in the caller, this
// function holds only plain data between setjmp and the writes.
bool writePngRows(png_structp png, png_infop info, PngSink &sink, const QSize &pixels,
                  const std::function<const uchar *(int row)> &rowAt)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_write_fn(png, &sink, pngWrite, pngFlush);
    png_set_IHDR(png, info, png_uint_32(pixels.width()), png_uint_32(pixels.height()), 8,
                 PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 6);
    png_write_info(png, info);
    for (int y = 0; y < pixels.height(); ++y) {
        const uchar *row = rowAt(y);
        if (!row)
            return false;
        png_write_row(png, const_cast<png_bytep>(row));
        if (sink.failed)
            return false;
    }
    png_write_end(png, info);
    return !sink.failed;
}

std::optional<Diagnostic> writePng(const ImageExportScene &scene, const ImageExportOptions &options,
                                   const QString &path, const ImageExportProgress &progress)
{
    const QSize pixels = pngPixelSize(options);
    if (pixels.isEmpty() || pixels.width() > 65535 || pixels.height() > 65535)
        return failure(path, Tr::tr("image size %1 x %2 is out of range (1..65535 pixels a side)")
                                 .arg(pixels.width()).arg(pixels.height()));
    GraphRenderer renderer;
    setUpRenderer(renderer, scene);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, Tr::tr("cannot write: %1").arg(file.errorString()));

    // About 16 MB of ARGB band at a time, whatever the poster size.
    const int bandHeight = std::clamp(int((qint64(4) << 20) / pixels.width()), 1, pixels.height());
    QImage band(pixels.width(), bandHeight, QImage::Format_ARGB32_Premultiplied);
    QImage rgba;
    if (band.isNull())
        return failure(path, Tr::tr("out of memory for a band of %1 x %2 pixels").arg(pixels.width()).arg(bandHeight));
    int bandTop = -1;
    bool cancelled = false;
    auto rowAt = [&](int y) -> const uchar * {
        if (bandTop < 0 || y >= bandTop + bandHeight) {
            if (!proceed(progress, double(y) / pixels.height())) {
                cancelled = true;
                return nullptr;
            }
            bandTop = y;
            renderBand(band, bandTop, renderer, scene, options, pixels);
            rgba = band.convertToFormat(QImage::Format_RGBA8888);   // PNG wants straight alpha
            if (rgba.isNull())
                return nullptr;
        }
        return rgba.constScanLine(y - bandTop);
    };

    PngSink sink{&file, false};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, pngError, pngWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_write_struct(&png, &info);
        return failure(path, Tr::tr("cannot start the PNG encoder"));
    }
    const bool ok = writePngRows(png, info, sink, pixels, rowAt);
    png_destroy_write_struct(&png, &info);
    // QSaveFile drops its temporary file unless committed: nothing is left.
    if (cancelled)
        return failure(path, imageExportCancelledMessage());
    if (!ok)
        return failure(path, Tr::tr("cannot write: %1").arg(sink.failed ? file.errorString() : Tr::tr("PNG encoder error")));
    if (!proceed(progress, 1.0))
        return failure(path, imageExportCancelledMessage());
    if (!file.commit())
        return failure(path, Tr::tr("cannot write: %1").arg(file.errorString()));
    return std::nullopt;
}

// ---- SVG with one group per layer ----------------------------------------

// QSvgGenerator writes no ids, so each layer is painted by its own generator
// and its body (what follows </defs>) is wrapped in <g id="layer">. The
// bodies are self-contained groups with their own styles, so concatenating
// them keeps the drawing order: background, edges, nodes, labels, legend,
// caption.
QByteArray svgLayer(const GraphRenderer &renderer, const ImageExportScene &scene,
                    const ImageExportOptions &options, unsigned layer)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    {
        QPainter painter(&generator);
        paintPicture(painter, renderer, scene, options, QRectF(QPointF(0, 0), QSizeF(options.size)), 1.0, layer);
    }
    const QByteArray svg = buffer.data();
    const qsizetype defsEnd = svg.indexOf("</defs>");
    const qsizetype svgEnd = svg.lastIndexOf("</svg>");
    if (defsEnd < 0 || svgEnd < defsEnd)
        return {};
    return svg.mid(defsEnd + 7, svgEnd - defsEnd - 7).trimmed();
}

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// The whole document; nullopt when cancelled.
std::optional<QByteArray> svgDocument(const ImageExportScene &scene, const ImageExportOptions &options,
                                      const ImageExportProgress &progress)
{
    GraphRenderer renderer;
    setUpRenderer(renderer, scene);
    const QString title = options.title.isEmpty() ? scene.graph.title() : options.title;
    QByteArray out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n";
    out += "<svg width=\"" + QByteArray::number(options.size.width()) + "\" height=\""
        + QByteArray::number(options.size.height()) + "\" viewBox=\"0 0 "
        + QByteArray::number(options.size.width()) + ' ' + QByteArray::number(options.size.height())
        + "\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
          " version=\"1.2\" baseProfile=\"tiny\">\n";
    out += "<title>" + xmlEscaped(title.isEmpty() ? Tr::tr("Graph") : title) + "</title>\n";
    out += "<desc>Exported by Entente</desc>\n";
    const std::pair<unsigned, const char *> layers[] = {
        {LayerBackground, "background"}, {LayerEdges, "edges"}, {LayerNodes, "nodes"},
        {LayerLabels, "labels"}, {LayerLegend, "legend"}, {LayerCaption, "caption"}};
    int done = 0;
    for (const auto &[layer, id] : layers) {
        if (!proceed(progress, done++ / double(std::size(layers))))
            return std::nullopt;
        if ((layer == LayerBackground && options.transparent) || (layer == LayerLegend && !options.legend)
            || (layer == LayerCaption && !options.caption))
            continue;
        out += "<g id=\"" + QByteArray(id) + "\">\n" + svgLayer(renderer, scene, options, layer) + "\n</g>\n";
    }
    out += "</svg>\n";
    return out;
}

std::optional<Diagnostic> writeSvg(const ImageExportScene &scene, const ImageExportOptions &options,
                                   const QString &path, const ImageExportProgress &progress)
{
    if (options.size.isEmpty())
        return failure(path, Tr::tr("empty image size"));
    const std::optional<QByteArray> svg = svgDocument(scene, options, progress);
    if (!svg || !proceed(progress, 1.0))
        return failure(path, imageExportCancelledMessage());
    const QByteArray &out = *svg;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit())
        return failure(path, Tr::tr("cannot write: %1").arg(file.errorString()));
    return std::nullopt;
}

// ---- PDF -------------------------------------------------------------------

std::optional<Diagnostic> writePdf(const ImageExportScene &scene, const ImageExportOptions &options,
                                   const QString &path, const ImageExportProgress &progress)
{
    GraphRenderer renderer;
    setUpRenderer(renderer, scene);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, Tr::tr("cannot write: %1").arg(file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(PdfResolution);
        writer.setPageLayout(pdfPageLayout(options));
        const QString title = options.title.isEmpty() ? scene.graph.title() : options.title;
        writer.setTitle(title);
        writer.setCreator(u"Entente"_s);
        QPainter painter;
        if (!painter.begin(&writer))
            return failure(path, Tr::tr("cannot start the PDF writer"));
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        // Layer by layer, in the order a single pass paints them, so that a
        // cancel is seen between the (long) edge and node passes.
        const unsigned passes[] = {LayerBackground, LayerEdges, LayerNodes, LayerLabels,
                                   LayerLegend | LayerCaption};
        for (std::size_t i = 0; i < std::size(passes); ++i) {
            if (!proceed(progress, double(i) / double(std::size(passes)))) {
                painter.end();
                return failure(path, imageExportCancelledMessage());
            }
            paintPicture(painter, renderer, scene, options, page, 1.0, passes[i]);
        }
        painter.end();
    }
    if (!proceed(progress, 1.0))
        return failure(path, imageExportCancelledMessage());
    if (!file.commit())
        return failure(path, Tr::tr("cannot write: %1").arg(file.errorString()));
    return std::nullopt;
}

} // namespace

std::optional<ImageFormat> imageFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ImageFormat::Png;
    if (suffix == u"svg")
        return ImageFormat::Svg;
    if (suffix == u"pdf")
        return ImageFormat::Pdf;
    return std::nullopt;
}

QString imageExportCancelledMessage()
{
    return Tr::tr("export cancelled");
}

QSize pictureSize(const ImageExportOptions &options, ImageFormat format)
{
    if (format != ImageFormat::Pdf)
        return options.size;
    return pdfPageLayout(options).paintRectPixels(PdfResolution).size();
}

namespace {
struct NamedPageSize
{
    const char16_t *name;
    QPageSize::PageSizeId id;
};
constexpr NamedPageSize namedPageSizes[] = {
    {u"A4", QPageSize::A4},         {u"A3", QPageSize::A3},       {u"A2", QPageSize::A2},
    {u"A1", QPageSize::A1},         {u"A0", QPageSize::A0},       {u"A5", QPageSize::A5},
    {u"Letter", QPageSize::Letter}, {u"Legal", QPageSize::Legal}, {u"Tabloid", QPageSize::Tabloid},
};
} // namespace

QStringList pdfPageSizeNames()
{
    QStringList names;
    for (const NamedPageSize &p : namedPageSizes)
        names.append(QString::fromUtf16(p.name));
    return names;
}

std::optional<QPageSize> pdfPageSizeFromName(const QString &name)
{
    for (const NamedPageSize &p : namedPageSizes) {
        if (name.compare(QString::fromUtf16(p.name), Qt::CaseInsensitive) == 0)
            return QPageSize(p.id);
    }
    return std::nullopt;
}

QString pdfPageSizeName(const QPageSize &size)
{
    for (const NamedPageSize &p : namedPageSizes) {
        if (size.id() == p.id)
            return QString::fromUtf16(p.name);
    }
    return size.name();
}

QSize pngPixelSize(const ImageExportOptions &options)
{
    const double s = options.scale > 0 ? options.scale : 1.0;
    return QSize(qRound(options.size.width() * s), qRound(options.size.height() * s));
}

QStringList captionLines(const RelationshipGraph &graph, const ImageExportOptions &options)
{
    QStringList lines;
    const QString title = options.title.isEmpty() ? graph.title() : options.title;
    lines.append(title.isEmpty() ? Tr::tr("Graph") : title);
    lines.append(Tr::tr("%n nodes", nullptr, numerus(graph.nodeCount())) + u", "_s
                 + Tr::tr("%n edges", nullptr, numerus(graph.edgeCount())));
    if (!options.filterExpression.isEmpty())
        lines.append(Tr::tr("Filter: %1").arg(options.filterExpression));
    QStringList sources = options.sources;
    if (sources.isEmpty()) {
        for (const QJsonValue &v : graph.sources()) {
            const QString text = sourceText(v);
            if (!text.isEmpty())
                sources.append(text);
        }
    }
    if (!sources.isEmpty())
        lines.append(Tr::tr("Sources: %1").arg(sources.join(u"; "_s)));
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    lines.append(Tr::tr("Exported %1 with Entente").arg(date.toString(Qt::ISODate)));
    return lines;
}

QImage renderImage(const ImageExportScene &scene, const ImageExportOptions &options)
{
    const QSize pixels = pngPixelSize(options);
    if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > (qint64(1) << 27))
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    GraphRenderer renderer;
    setUpRenderer(renderer, scene);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paintPicture(painter, renderer, scene, options, QRectF(QPointF(0, 0), QSizeF(pixels)), options.scale, LayerAll);
    return image;
}

QByteArray renderSvg(const ImageExportScene &scene, const ImageExportOptions &options)
{
    if (options.size.isEmpty())
        return {};
    return svgDocument(scene, options, {}).value_or(QByteArray());
}

std::optional<Diagnostic> exportImage(const ImageExportScene &scene, const ImageExportOptions &options,
                                      const QString &path, ImageFormat format,
                                      const ImageExportProgress &progress)
{
    switch (format) {
    case ImageFormat::Png:
        return writePng(scene, options, path, progress);
    case ImageFormat::Svg:
        return writeSvg(scene, options, path, progress);
    case ImageFormat::Pdf:
        return writePdf(scene, options, path, progress);
    }
    return failure(path, Tr::tr("unknown image format"));
}

} // namespace entente
