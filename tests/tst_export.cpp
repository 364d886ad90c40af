// Image export (PNG, SVG, PDF) of the summit graph, read back with
// independent readers: QImageReader for PNG, QXmlStreamReader for SVG,
// poppler's pdftotext for the PDF's text.
#include "io/graphio.h"
#include "layout/layoutengine.h"
#include "render/imageexport.h"
#include "labeltexts.h"

#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

GraphDocument summit()
{
    LoadResult result = loadGraphFile(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json"));
    if (!result.ok())
        qFatal("cannot load the summit graph");
    GraphDocument document = *result.document;
    // The bundled file has no positions: lay it out as the command line does.
    if (!positionsAreComplete(document.positions)) {
        LayoutProgress progress;
        document.positions = createLayoutEngine(u"force"_s)->run({document.graph, document.positions, 1, {}}, progress);
    }
    return document;
}

ImageExportScene sceneOf(const GraphDocument &document)
{
    ImageExportScene scene;
    scene.graph = document.graph;
    scene.positions = document.positions;
    return scene;
}

struct SvgContent
{
    QStringList groupIds;             // top-level <g id=...>, in order
    QMap<QString, QStringList> texts;   // by layer id: the <text> contents
    QMap<QString, int> shapes;        // by layer id: path/polyline/polygon/ellipse/circle/rect count
};

SvgContent readSvg(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    SvgContent content;
    QXmlStreamReader xml(&file);
    QString layer;
    int depth = 0, layerDepth = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == u"g" && depth == 2) {
                layer = xml.attributes().value(u"id"_s).toString();
                layerDepth = depth;
                content.groupIds.append(layer);
            } else if (xml.name() == u"text" && layerDepth > 0) {
                content.texts[layer].append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
                --depth;
            } else if (layerDepth > 0 && (xml.name() == u"path" || xml.name() == u"polyline"
                                          || xml.name() == u"polygon" || xml.name() == u"ellipse"
                                          || xml.name() == u"circle" || xml.name() == u"rect")) {
                ++content.shapes[layer];
            }
        } else if (xml.isEndElement()) {
            if (depth == layerDepth)
                layerDepth = -1;
            --depth;
        }
    }
    if (xml.hasError())
        qWarning() << "SVG error" << xml.errorString() << xml.lineNumber();
    return xml.hasError() ? SvgContent{} : content;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_document = summit();
        QVERIFY(m_document.graph.nodeCount() > 20);
        QVERIFY(m_dir.isValid());
    }

    void formatFromExtension_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::addRow("png") << u"a.png"_s << int(ImageFormat::Png);
        QTest::addRow("PNG upper") << u"dir.x/A.PNG"_s << int(ImageFormat::Png);
        QTest::addRow("svg") << u"a.svg"_s << int(ImageFormat::Svg);
        QTest::addRow("pdf") << u"a.pdf"_s << int(ImageFormat::Pdf);
        QTest::addRow("json") << u"a.json"_s << -1;
        QTest::addRow("none") << u"png"_s << -1;
    }
    void formatFromExtension()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto found = imageFormatForPath(path);
        QCOMPARE(found ? int(*found) : -1, format);
    }

    void pngSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QSize>("expected");
        QTest::addRow("default") << QSize(1600, 1200) << 1.0 << QSize(1600, 1200);
        QTest::addRow("2x") << QSize(800, 600) << 2.0 << QSize(1600, 1200);
        QTest::addRow("odd") << QSize(333, 97) << 1.5 << QSize(500, 146);
        QTest::addRow("tall") << QSize(300, 2000) << 1.0 << QSize(300, 2000);
    }
    void pngSize()
    {
        QFETCH(QSize, size);
        QFETCH(double, scale);
        QFETCH(QSize, expected);
        ImageExportOptions options;
        options.size = size;
        options.scale = scale;
        const QString path = m_dir.filePath(u"size.png"_s);
        const auto error = exportImage(sceneOf(m_document), options, path, ImageFormat::Png);
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), expected);
        const QImage image = reader.read();
        QCOMPARE(image.size(), expected);
    }

    // The banded PNG equals the image rendered in one piece: bands join
    // without seams, and the background and the graph are there.
    void pngBandsMatchWholeImage()
    {
        ImageExportOptions options;
        options.size = QSize(4000, 1500);   // bands of ~1000 rows
        options.legend = true;
        options.caption = true;
        options.date = QDate(2025, 11, 18);
        const QString path = m_dir.filePath(u"bands.png"_s);
        QVERIFY(!exportImage(sceneOf(m_document), options, path, ImageFormat::Png));
        const QImage banded = QImage(path).convertToFormat(QImage::Format_ARGB32);
        const QImage whole = renderImage(sceneOf(m_document), options).convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(banded.size(), whole.size());
        qint64 differing = 0;
        for (int y = 0; y < whole.height(); ++y) {
            const QRgb *a = reinterpret_cast<const QRgb *>(banded.constScanLine(y));
            const QRgb *b = reinterpret_cast<const QRgb *>(whole.constScanLine(y));
            for (int x = 0; x < whole.width(); ++x) {
                if (std::abs(qRed(a[x]) - qRed(b[x])) > 2 || std::abs(qAlpha(a[x]) - qAlpha(b[x])) > 2)
                    ++differing;
            }
        }
        QCOMPARE(differing, 0);
        // Not blank: many colours of the categories.
        QSet<QRgb> colours;
        for (int y = 0; y < whole.height(); y += 7)
            for (int x = 0; x < whole.width(); x += 7)
                colours.insert(whole.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void posterPng()
    {
        ImageExportOptions options;
        options.size = QSize(10000, 7000);
        options.legend = true;
        const QString path = m_dir.filePath(u"poster.png"_s);
        const auto error = exportImage(sceneOf(m_document), options, path, ImageFormat::Png);
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
        QCOMPARE(QImageReader(path).size(), QSize(10000, 7000));
    }

    void transparentBackground()
    {
        ImageExportOptions options;
        options.size = QSize(400, 300);
        options.transparent = true;
        const QImage image = renderImage(sceneOf(m_document), options);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        options.transparent = false;
        options.background = QColor(10, 20, 30);
        const QImage solid = renderImage(sceneOf(m_document), options);
        QCOMPARE(QColor(solid.pixel(0, 0)), QColor(10, 20, 30));
    }

    // The whole graph fills the picture the way fit-all fills the window:
    // nodes and labels reach close to the margins on one axis at least (it
    // used to keep half the widest label free on both sides, whichever node
    // carried it, and the summit took little more than half an A4 page).
    void wholeGraphFillsThePicture_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("A4 landscape") << QSize(1123, 794);
        QTest::addRow("A4 portrait") << QSize(794, 1123);
        QTest::addRow("wide") << QSize(1600, 600);
    }

    void wholeGraphFillsThePicture()
    {
        QFETCH(QSize, size);
        ImageExportOptions options;
        options.size = size;
        options.transparent = true;
        const QImage image = renderImage(sceneOf(m_document), options).convertToFormat(QImage::Format_ARGB32);
        int x0 = image.width(), y0 = image.height(), x1 = -1, y1 = -1;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(line[x]) > 0) {
                    x0 = std::min(x0, x), x1 = std::max(x1, x);
                    y0 = std::min(y0, y), y1 = std::max(y1, y);
                }
            }
        }
        QVERIFY(x1 >= x0 && y1 >= y0);
        const double across = double(x1 - x0 + 1) / image.width(), down = double(y1 - y0 + 1) / image.height();
        QVERIFY2(across > 0.85 || down > 0.85, qPrintable(u"%1 x %2"_s.arg(across).arg(down)));
        // Nothing cut by the picture's edge: a transparent border remains.
        QVERIFY2(x0 > 0 && y0 > 0 && x1 < image.width() - 1 && y1 < image.height() - 1,
                 qPrintable(u"%1,%2 to %3,%4"_s.arg(x0).arg(y0).arg(x1).arg(y1)));
    }

    void svgLayersAndLabels()
    {
        ImageExportOptions options;
        options.legend = true;
        options.caption = true;
        options.filterExpression = u"sector:cloud"_s;
        const QString path = m_dir.filePath(u"summit.svg"_s);
        QVERIFY(!exportImage(sceneOf(m_document), options, path, ImageFormat::Svg));
        const SvgContent svg = readSvg(path);
        QCOMPARE(svg.groupIds, (QStringList{u"background"_s, u"edges"_s, u"nodes"_s, u"labels"_s,
                                           u"legend"_s, u"caption"_s}));
        const RelationshipGraph &g = m_document.graph;
        // Every label is real text in the labels layer, and nothing else is.
        QStringList expected;
        for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n)
            expected.append(g.nodeDisplayLabel(n));
        const QString mismatch = labelTextMismatch(svg.texts.value(u"labels"_s), expected);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        // A shape per node, a path per edge (arrows add more paths).
        QCOMPARE(svg.shapes.value(u"nodes"_s), int(g.nodeCount()));
        QVERIFY(svg.shapes.value(u"edges"_s) >= g.edgeCount());
        QVERIFY(svg.texts.value(u"edges"_s).isEmpty());
        QVERIFY(svg.texts.value(u"caption"_s).contains(u"Filter: sector:cloud"_s));
        QVERIFY(svg.texts.value(u"legend"_s).contains(u"Sector"_s));
    }

    // Hidden nodes are not drawn at all; dimmed ones are.
    void svgNodeStates()
    {
        const RelationshipGraph &g = m_document.graph;
        ImageExportScene scene = sceneOf(m_document);
        scene.nodeStates.assign(g.nodeCount(), NodeState::Shown);
        QStringList shown;   // labelled: the view labels shown nodes, not dimmed ones
        int hidden = 0, dimmed = 0;
        for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n) {
            if (g.nodeKind(n) != u"company") {
                scene.nodeStates[n] = NodeState::Hidden;
                ++hidden;
            } else {
                if (n % 3 == 0) {
                    scene.nodeStates[n] = NodeState::Dimmed;
                    ++dimmed;
                } else {
                    shown.append(g.nodeDisplayLabel(n));
                }
            }
        }
        QVERIFY(hidden > 0 && dimmed > 0);
        const QString path = m_dir.filePath(u"states.svg"_s);
        QVERIFY(!exportImage(scene, {}, path, ImageFormat::Svg));
        const SvgContent svg = readSvg(path);
        QStringList labels = svg.texts.value(u"labels"_s);
        labels.sort();
        shown.sort();
        QCOMPARE(labels, shown);
        QCOMPARE(svg.shapes.value(u"nodes"_s), int(shown.size()) + dimmed);
    }

    void pdfText_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addRow("landscape") << int(QPageLayout::Landscape);
        QTest::addRow("portrait") << int(QPageLayout::Portrait);
    }
    void pdfText()
    {
        QFETCH(int, orientation);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        ImageExportOptions options;
        options.orientation = QPageLayout::Orientation(orientation);
        options.caption = true;
        options.legend = true;
        const QString path = m_dir.filePath(u"summit.pdf"_s);
        QVERIFY(!exportImage(sceneOf(m_document), options, path, ImageFormat::Pdf));
        QProcess info;
        info.start(u"pdfinfo"_s, {path});
        QVERIFY(info.waitForFinished());
        const QByteArray meta = info.readAllStandardOutput();
        QVERIFY2(meta.contains("Pages:           1"), meta.constData());
        const QRegularExpressionMatch size = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+)"_s).match(QString::fromUtf8(meta));
        QVERIFY(size.hasMatch());
        const bool wide = size.captured(1).toDouble() > size.captured(2).toDouble();
        QCOMPARE(wide, orientation == int(QPageLayout::Landscape));

        QProcess text;
        // -raw: in the order of the content stream, where each label is one run.
        text.start(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s});
        QVERIFY(text.waitForFinished());
        // Line breaks in the extracted text are layout accidents: compare
        // with whitespace folded.
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        const RelationshipGraph &g = m_document.graph;
        for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n)
            QVERIFY2(extracted.contains(g.nodeDisplayLabel(n).simplified()), qPrintable(g.nodeDisplayLabel(n)));
        QVERIFY(extracted.contains(g.title().simplified()));
    }

    void unwritablePath()
    {
        const QString path = m_dir.filePath(u"no/such/dir/x.png"_s);
        const auto error = exportImage(sceneOf(m_document), {}, path, ImageFormat::Png);
        QVERIFY(error);
        QCOMPARE(error->file, path);
        QVERIFY(error->message.startsWith(u"cannot write"_s));
    }

private:
    GraphDocument m_document;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
