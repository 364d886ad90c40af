#include "positionsexport.h"

#include "commandline.h"
#include "io/dataexport.h"
#include "io/graphio.h"
#include "layout/layoutengine.h"
#include "render/imageexport.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace entente {

using namespace Qt::StringLiterals;

namespace {

// `entente FILE --export OUT [--seed N] [--layout ENGINE] [image options]`:
// lays the graph out to convergence (once, shared by every --export) and
// writes each OUT in the format of its extension: an image (PNG, SVG, PDF)
// drawn by the view's renderer, or data through exportGraphFile (native
// JSON, .cyjs, GraphML, GEXF, DOT, CSV, positions TSV); --filter has already
// narrowed the document. With --timings it prints LAYOUT_SECONDS=<s> (the
// layout alone, without reading and writing), which the bench's run_peers.sh
// reads; without it the output stays free for users' scripts. Positions from
// the file are kept when they are complete (positionsAreComplete) and no
// --layout is given; the laid-out positions then serve the steps that follow
// (image export draws them).
class PositionsExportStep final : public CliStep
{
public:
    void addOptions(QCommandLineParser &parser) override
    {
        // --export is shared with the image and graph exports: whoever comes
        // first adds it (a second addOption of the same name is refused).
        parser.addOption(m_export);
        parser.addOption(m_seed);
        parser.addOption(m_layout);
        parser.addOption(m_timings);
        for (const QCommandLineOption *option : {&m_size, &m_scale, &m_colorBy, &m_legend, &m_caption, &m_background})
            parser.addOption(*option);
        parser.addOption(m_pageSize);
        parser.addOption(m_orientation);
    }

    bool needsGui(const QCommandLineParser &parser) const override
    {
        // Images need fonts and a paint engine: QGuiApplication (offscreen
        // when there is no display).
        for (const QString &path : parser.values(m_export)) {
            if (imageFormatForPath(path))
                return true;
        }
        return false;
    }

    bool isRequested(const QCommandLineParser &parser) const override
    {
        return !targets(parser).isEmpty();
    }

    QString checkUsage(const QCommandLineParser &parser) const override
    {
        if (parser.isSet(m_seed)) {
            bool ok = false;
            parser.value(m_seed).toULongLong(&ok);
            if (!ok)
                return QCoreApplication::translate("CommandLine", "--seed: expected a non-negative integer, got \"%1\"").arg(parser.value(m_seed));
        }
        for (const QString &path : parser.values(m_export)) {
            if (!formatOf(path))
                return QCoreApplication::translate("CommandLine", "--export: unknown format of \"%1\" (known: %2)").arg(path, knownSuffixes().join(u", "_s));
        }
        if (parser.isSet(m_size) && !parseSize(parser.value(m_size)))
            return QCoreApplication::translate("CommandLine", "--size: expected WIDTHxHEIGHT in pixels (e.g. 1600x1200), got \"%1\"").arg(parser.value(m_size));
        if (parser.isSet(m_scale)) {
            bool ok = false;
            const double scale = parser.value(m_scale).toDouble(&ok);
            if (!ok || !(scale > 0) || scale > 32)
                return QCoreApplication::translate("CommandLine", "--scale: expected a number in (0, 32], got \"%1\"").arg(parser.value(m_scale));
        }
        if (parser.isSet(m_colorBy) && parser.value(m_colorBy).compare(u"none"_s, Qt::CaseInsensitive) != 0
            && !GraphStyle::columnFromName(parser.value(m_colorBy))) {
            return QCoreApplication::translate("CommandLine", "--color-by: unknown attribute \"%1\" (known: kind, country, sector, date, none)").arg(
                parser.value(m_colorBy));
        }
        if (parser.isSet(m_background) && parser.value(m_background) != u"transparent"
            && !QColor::isValidColorName(parser.value(m_background))) {
            return QCoreApplication::translate("CommandLine", "--background: expected a colour (#rrggbb, a name) or \"transparent\", got \"%1\"").arg(
                parser.value(m_background));
        }
        if (parser.isSet(m_pageSize) && !pdfPageSizeFromName(parser.value(m_pageSize))) {
            return QCoreApplication::translate("CommandLine", "--page-size: unknown page size \"%1\" (known: %2)").arg(
                parser.value(m_pageSize), pdfPageSizeNames().join(u", "_s));
        }
        if (parser.isSet(m_orientation) && !orientationFromName(parser.value(m_orientation))) {
            return QCoreApplication::translate("CommandLine", "--orientation: expected portrait or landscape, got \"%1\"").arg(
                parser.value(m_orientation));
        }
        if (parser.isSet(m_layout) && !layoutEngineNames().contains(parser.value(m_layout))) {
            return QCoreApplication::translate("CommandLine", "--layout: unknown engine \"%1\" (known: %2)").arg(
                parser.value(m_layout), layoutEngineNames().join(u", "_s));
        }
        return {};
    }

    int run(CliSession &session) override
    {
        const QCommandLineParser &parser = session.parser;
        GraphDocument &document = session.document;
        const bool explicitEngine = parser.isSet(m_layout);
        const bool timings = parser.isSet(m_timings);
        if (explicitEngine || !positionsAreComplete(document.positions)) {
            const QString name = explicitEngine ? parser.value(m_layout) : u"force"_s;
            auto engine = createLayoutEngine(name);
            if (!engine) {
                session.printError(QCoreApplication::translate("CommandLine", "--layout: unknown engine \"%1\"").arg(name));
                return ExitUsage;
            }
            LayoutInput input{document.graph, document.positions,
                              parser.isSet(m_seed) ? parser.value(m_seed).toULongLong() : 1, {}};
            if (explicitEngine) {
                // A layout from scratch: only the pins of the file are kept.
                for (qsizetype i = 0; i < input.start.size(); ++i) {
                    if (!input.start.pinned[i])
                        input.start.known[i] = 0;
                }
            }
            LayoutProgress progress;
            QElapsedTimer clock;
            clock.start();
            NodePositions result = engine->run(input, progress);
            const double seconds = double(clock.nsecsElapsed()) * 1e-9;
            if (timings)
                session.print("LAYOUT_SECONDS=" + QByteArray::number(seconds, 'f', 3) + '\n');
            document.positions = std::move(result);
        } else if (timings) {
            session.print("LAYOUT_SECONDS=0\n");
        }
        for (const QString &path : targets(parser)) {
            if (const auto image = imageFormatForPath(path)) {
                if (auto error = exportImage(imageScene(session), imageOptions(session), path, *image)) {
                    session.printError(error->toString());
                    return ExitFailure;
                }
                continue;
            }
            // Data formats (io/dataexport.h): JSON, Cytoscape JSON, GraphML,
            // GEXF, DOT, CSV (two files), positions TSV.
            if (auto error = exportGraphFile(document, path)) {
                session.printError(error->toString());
                return ExitFailure;
            }
        }
        return ExitOk;
    }

private:
    static QStringList knownSuffixes()
    {
        return {u"png"_s, u"svg"_s, u"pdf"_s, u"json"_s, u"cyjs"_s, u"graphml"_s, u"gexf"_s,
                u"dot"_s, u"gv"_s, u"csv"_s, u"tsv"_s};
    }

    static std::optional<QString> formatOf(const QString &path)
    {
        if (imageFormatForPath(path) || dataFormatForPath(path))
            return QFileInfo(path).suffix().toLower();
        return std::nullopt;
    }

    QStringList targets(const QCommandLineParser &parser) const
    {
        QStringList paths;
        for (const QString &path : parser.values(m_export)) {
            if (formatOf(path))
                paths.append(path);
        }
        return paths;
    }

    static std::optional<QPageLayout::Orientation> orientationFromName(const QString &name)
    {
        if (name.compare(u"portrait"_s, Qt::CaseInsensitive) == 0)
            return QPageLayout::Portrait;
        if (name.compare(u"landscape"_s, Qt::CaseInsensitive) == 0)
            return QPageLayout::Landscape;
        return std::nullopt;
    }

    static std::optional<QSize> parseSize(const QString &text)
    {
        static const QRegularExpression re(u"^\\s*(\\d{1,5})\\s*[xX\\x{d7}]\\s*(\\d{1,5})\\s*$"_s);
        const QRegularExpressionMatch m = re.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
        if (size.isEmpty() || size.width() > 65535 || size.height() > 65535)
            return std::nullopt;
        return size;
    }

    ImageExportScene imageScene(const CliSession &session) const
    {
        ImageExportScene scene;
        scene.graph = session.document.graph;
        scene.positions = session.document.positions;
        const QString colorBy = session.parser.value(m_colorBy);
        if (colorBy.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            scene.style.colorMode = GraphStyle::ColorMode::Uniform;
        } else if (const auto column = GraphStyle::columnFromName(colorBy)) {
            scene.style.colorMode = GraphStyle::ColorMode::Category;
            scene.style.colorColumn = *column;
        }
        return scene;
    }

    ImageExportOptions imageOptions(const CliSession &session) const
    {
        const QCommandLineParser &parser = session.parser;
        ImageExportOptions options;
        if (const auto size = parseSize(parser.value(m_size)))
            options.size = *size;
        if (parser.isSet(m_scale))
            options.scale = parser.value(m_scale).toDouble();
        if (const auto page = pdfPageSizeFromName(parser.value(m_pageSize)))
            options.pageSize = *page;
        if (const auto orientation = orientationFromName(parser.value(m_orientation)))
            options.orientation = *orientation;
        options.legend = parser.isSet(m_legend);
        options.caption = parser.isSet(m_caption);
        if (parser.isSet(m_background)) {
            if (parser.value(m_background) == u"transparent")
                options.transparent = true;
            else
                options.background = QColor::fromString(parser.value(m_background));
        }
        // The filter step (a Transform) already narrowed the document; its
        // expression goes into the caption.
        const QStringList names = parser.optionNames();
        if (names.contains(u"filter"_s))
            options.filterExpression = parser.value(u"filter"_s);
        return options;
    }

    const QCommandLineOption m_export{
        u"export"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Write the graph to OUT; the format follows the extension (repeatable)."),
        u"OUT"_s};
    const QCommandLineOption m_seed{
        u"seed"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Seed of the layout (default 1): the same seed gives the same positions."),
        u"N"_s};
    const QCommandLineOption m_layout{
        u"layout"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Layout engine for the export: force (default), or a Graphviz engine."),
        u"ENGINE"_s};
    const QCommandLineOption m_timings{
        u"timings"_s,
        QCoreApplication::translate(
            "CommandLine",
            "With --export, print LAYOUT_SECONDS=<s>: the layout's own time, without reading and writing.")};
    const QCommandLineOption m_size{
        u"size"_s,
        QCoreApplication::translate("CommandLine", "Image size in pixels (default 1600x1200; PDF: see --page-size)."), u"WxH"_s};
    const QCommandLineOption m_pageSize{
        u"page-size"_s,
        QCoreApplication::translate("CommandLine", "PDF page size: A4 (default), A3, A2, A1, A0, A5, Letter, Legal or Tabloid."),
        u"PAGE"_s};
    const QCommandLineOption m_orientation{
        u"orientation"_s,
        QCoreApplication::translate("CommandLine", "PDF page orientation: landscape (default) or portrait."),
        u"O"_s};
    const QCommandLineOption m_scale{
        u"scale"_s,
        QCoreApplication::translate("CommandLine", "PNG scale factor: multiplies the size, line widths and fonts (default 1)."), u"S"_s};
    const QCommandLineOption m_colorBy{
        u"color-by"_s,
        QCoreApplication::translate("CommandLine", "Colour nodes by kind, country, sector (default), date, or none."), u"ATTR"_s};
    const QCommandLineOption m_legend{u"legend"_s,
        QCoreApplication::translate("CommandLine", "Draw the legend in exported images.")};
    const QCommandLineOption m_caption{
        u"caption"_s,
        QCoreApplication::translate("CommandLine", "Draw a caption (title, filter, sources, date) in exported images.")};
    const QCommandLineOption m_background{
        u"background"_s,
        QCoreApplication::translate("CommandLine", "Image background: a colour (#rrggbb, a name) or transparent."), u"COLOR"_s};
};

} // namespace

QByteArray positionsTsv(const RelationshipGraph &graph, const NodePositions &positions)
{
    return writePositionsTsv(GraphDocument{graph, positions, {}});
}

std::unique_ptr<CliStep> makePositionsExportStep()
{
    return std::make_unique<PositionsExportStep>();
}

} // namespace entente
