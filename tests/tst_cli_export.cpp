// `entente FILE --export OUT ...` with no display at all (no DISPLAY, no
// QT_QPA_PLATFORM): images and data from one call sharing one layout.
#include "io/graphio.h"
#include "labeltexts.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

const QString datasetPath = QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json");

QStringList svgLabels(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QStringList labels;
    bool inLabels = false;
    int depth = 0, labelsDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == u"g" && xml.attributes().value(u"id"_s) == u"labels") {
                inLabels = true;
                labelsDepth = depth;
            } else if (inLabels && xml.name() == u"text") {
                labels.append(xml.readElementText().trimmed());
                --depth;
            }
        } else if (xml.isEndElement()) {
            if (inLabels && depth == labelsDepth)
                inLabels = false;
            --depth;
        }
    }
    return xml.hasError() ? QStringList{u"XML error"_s} : labels;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    // One call, several outputs: the images, the positions and the JSON all
    // come from the same layout (the TSV equals the JSON's positions).
    void severalExportsShareOneLayout()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"g.png"_s), svg = dir.filePath(u"g.svg"_s),
                      pdf = dir.filePath(u"g.pdf"_s), tsv = dir.filePath(u"g.tsv"_s),
                      json = dir.filePath(u"g.json"_s);
        const Run run = runEntente({datasetPath, u"--export"_s, png, u"--export"_s, svg, u"--export"_s, pdf,
                                    u"--export"_s, tsv, u"--export"_s, json, u"--size"_s, u"900x700"_s,
                                    u"--scale"_s, u"2"_s, u"--legend"_s, u"--caption"_s, u"--seed"_s, u"7"_s,
                                    u"--timings"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out.count("LAYOUT_SECONDS="), 1);
        QCOMPARE(QImageReader(png).size(), QSize(1800, 1400));
        QVERIFY(QFileInfo(pdf).size() > 1000);

        const entente::LoadResult loaded = entente::loadGraphFile(json);
        QVERIFY(loaded.ok());
        const entente::GraphDocument &doc = *loaded.document;
        QCOMPARE(doc.graph.nodeCount(), qsizetype(32));
        QFile positions(tsv);
        QVERIFY(positions.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = positions.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), doc.graph.nodeCount());
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.split('\t');
            QCOMPARE(f.size(), 3);
            const auto n = doc.graph.findNode(QString::fromUtf8(f[0]));
            QVERIFY(n);
            QVERIFY(doc.positions.known[*n]);
            QVERIFY(qAbs(doc.positions.x[*n] - f[1].toDouble()) < 1e-3 * (1 + qAbs(f[1].toDouble())));
        }
        QStringList expected;
        for (entente::NodeIndex n = 0; n < entente::NodeIndex(doc.graph.nodeCount()); ++n)
            expected.append(doc.graph.nodeDisplayLabel(n));
        const QString mismatch = labelTextMismatch(svgLabels(svg), expected);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // --filter narrows every export to what passes.
    void filteredExport()
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath(u"f.svg"_s), json = dir.filePath(u"f.json"_s);
        const Run run = runEntente({datasetPath, u"--filter"_s, u"sector:cloud"_s, u"--export"_s, svg,
                                    u"--export"_s, json, u"--caption"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const entente::LoadResult loaded = entente::loadGraphFile(json);
        QVERIFY(loaded.ok());
        const entente::RelationshipGraph &g = loaded.document->graph;
        QVERIFY(g.nodeCount() > 0 && g.nodeCount() < 32);
        QStringList expected;
        for (entente::NodeIndex n = 0; n < entente::NodeIndex(g.nodeCount()); ++n) {
            QVERIFY(g.nodeSectors(n).contains(u"cloud"_s));
            expected.append(g.nodeDisplayLabel(n));
        }
        const QString mismatch = labelTextMismatch(svgLabels(svg), expected);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Filter: sector:cloud"));
    }

    void transparentPng()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"t.png"_s);
        const Run run = runEntente({datasetPath, u"--export"_s, png, u"--size"_s, u"300x200"_s,
                                    u"--background"_s, u"transparent"_s, u"--color-by"_s, u"country"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(300, 200));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("format") << QStringList{u"--export"_s, u"x.bmp"_s} << QByteArray("--export: unknown format");
        QTest::addRow("size") << QStringList{u"--export"_s, u"x.png"_s, u"--size"_s, u"big"_s} << QByteArray("--size:");
        QTest::addRow("zero size") << QStringList{u"--export"_s, u"x.png"_s, u"--size"_s, u"0x10"_s} << QByteArray("--size:");
        QTest::addRow("scale") << QStringList{u"--export"_s, u"x.png"_s, u"--scale"_s, u"-1"_s} << QByteArray("--scale:");
        QTest::addRow("color-by") << QStringList{u"--export"_s, u"x.png"_s, u"--color-by"_s, u"colour"_s} << QByteArray("--color-by:");
        QTest::addRow("background") << QStringList{u"--export"_s, u"x.png"_s, u"--background"_s, u"nocolour"_s} << QByteArray("--background:");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        QDir::setCurrent(dir.path());
        const Run run = runEntente(QStringList{datasetPath} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void unwritableOutput()
    {
        const Run run = runEntente({datasetPath, u"--export"_s, u"/nonexistent-dir/x.svg"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("/nonexistent-dir/x.svg"), run.err.constData());
    }
};

QTEST_MAIN(TestCliExport)
#include "tst_cli_export.moc"
