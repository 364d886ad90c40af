// File > Export Image… and Edit > Copy Image: the dialog remembers its
// choices and asks before overwriting; the window's export writes what the view
// shows at the requested size, on a worker thread that can be cancelled
// without leaving a file; Copy Image puts the view on the clipboard.
#include "appsettings.h"
#include "exportdialog.h"
#include "graphview.h"
#include "io/dataexport.h"
#include "io/graphio.h"
#include "layout/layoutrunner.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "guitestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

// Answers the next message box `name` with `button`; counts the boxes seen.
struct BoxAnswerer
{
    int seen = 0;
    QString text;
    void answerNext(const QString &name, QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [this, name, button] { poll(name, button, 100); });
    }
    void poll(const QString &name, QMessageBox::StandardButton button, int triesLeft)
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->objectName() == name) {
            ++seen;
            text = box->text();
            box->button(button)->click();
            return;
        }
        if (triesLeft > 0)
            QTimer::singleShot(20, [this, name, button, triesLeft] { poll(name, button, triesLeft - 1); });
    }
};

double fractionDiffering(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            differing += p[col] != q[col];
    }
    return double(differing) / (qint64(x.width()) * x.height());
}

} // namespace

class TestGuiExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"EntenteTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_export"_s);
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->graphView()->setAnimated(false);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The graph spread out by its layout, then still: exports compare.
        QSignalSpy converged(m_window->layoutRunner(), &LayoutRunner::converged);
        QVERIFY(m_window->openFile(MainWindow::bundledDatasetPath()));
        QVERIFY(converged.count() > 0 || converged.wait(60000));
        m_window->layoutRunner()->pause();
        m_window->graphView()->fitAll();
    }

    void cleanup() { m_window.reset(); }

    void dialogRestoresLastChoices_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("viewport");
        QTest::addColumn<QString>("background");
        QTest::addColumn<bool>("legend");
        QTest::addColumn<bool>("caption");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("orientation");
        QTest::addRow("png viewport") << int(ImageFormat::Png) << true << u"transparent"_s << false
                                      << true << u"A4"_s << u"landscape"_s;
        QTest::addRow("svg whole") << int(ImageFormat::Svg) << false << u"window"_s << true << false
                                   << u"A4"_s << u"landscape"_s;
        QTest::addRow("pdf A3 portrait") << int(ImageFormat::Pdf) << false << u"custom"_s << true
                                         << true << u"A3"_s << u"portrait"_s;
    }

    void dialogRestoresLastChoices()
    {
        QFETCH(int, format);
        QFETCH(bool, viewport);
        QFETCH(QString, background);
        QFETCH(bool, legend);
        QFETCH(bool, caption);
        QFETCH(QString, page);
        QFETCH(QString, orientation);
        QTemporaryDir dir;
        const QRectF visible = m_window->graphView()->visibleSceneRect();
        {
            ExportDialog dialog(m_window->exportScene(), visible, u"country:DE"_s, u"summit"_s);
            dialog.setFormat(ImageFormat(format));
            child<QRadioButton>(&dialog, viewport ? "viewportRadio" : "wholeGraphRadio")->setChecked(true);
            child<QToolButton>(&dialog, "aspectButton")->setChecked(false);
            child<QSpinBox>(&dialog, "widthSpin")->setValue(900);
            child<QSpinBox>(&dialog, "heightSpin")->setValue(700);
            child<QDoubleSpinBox>(&dialog, "scaleSpin")->setValue(2.5);
            choose(child<QComboBox>(&dialog, "backgroundCombo"), background);
            choose(child<QComboBox>(&dialog, "pageSizeCombo"), page);
            choose(child<QComboBox>(&dialog, "orientationCombo"), orientation);
            child<QCheckBox>(&dialog, "legendCheck")->setChecked(legend);
            child<QCheckBox>(&dialog, "captionCheck")->setChecked(caption);
            const QString path = dir.filePath(u"picture"_s);
            dialog.setFilePath(path);
            // The name follows the format.
            QCOMPARE(imageFormatForPath(dialog.filePath()), std::optional(ImageFormat(format)));
            const ImageExportOptions o = dialog.options();
            QCOMPARE(o.viewport.has_value(), viewport);
            QCOMPARE(o.transparent, background == u"transparent"_s);
            QCOMPARE(o.legend, legend);
            QCOMPARE(o.caption, caption);
            QCOMPARE(o.filterExpression, u"country:DE"_s);
            QCOMPARE(pdfPageSizeName(o.pageSize), page);
            QCOMPARE(o.orientation, orientation == u"portrait"_s ? QPageLayout::Portrait : QPageLayout::Landscape);
            QCOMPARE(o.scale, format == int(ImageFormat::Png) ? 2.5 : 1.0);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        ExportDialog again(m_window->exportScene(), visible, QString(), u"summit"_s);
        QCOMPARE(int(again.format()), format);
        QCOMPARE(again.isViewportArea(), viewport);
        QCOMPARE(child<QSpinBox>(&again, "widthSpin")->value(), 900);
        QCOMPARE(child<QSpinBox>(&again, "heightSpin")->value(), 700);
        QCOMPARE(child<QDoubleSpinBox>(&again, "scaleSpin")->value(), 2.5);
        QCOMPARE(child<QComboBox>(&again, "backgroundCombo")->currentData().toString(), background);
        QCOMPARE(child<QComboBox>(&again, "pageSizeCombo")->currentData().toString(), page);
        QCOMPARE(child<QComboBox>(&again, "orientationCombo")->currentData().toString(), orientation);
        QCOMPARE(child<QCheckBox>(&again, "legendCheck")->isChecked(), legend);
        QCOMPARE(child<QCheckBox>(&again, "captionCheck")->isChecked(), caption);
        // The folder of the last export, the document's name.
        QCOMPARE(QFileInfo(again.filePath()).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        QVERIFY2(QFileInfo(again.filePath()).fileName().startsWith(u"summit."_s), qPrintable(again.filePath()));

        // The Preferences dialog shows the same defaults and keeps what it
        // does not list (a custom colour, a scale of 2.5) when accepted.
        SettingsDialog settings;
        settings.accept();
        QCOMPARE(QSettings().value(QString::fromUtf16(SettingsKeys::exportBackground)).toString(), background);
        QCOMPARE(QSettings().value(QString::fromUtf16(SettingsKeys::exportScale)).toDouble(), 2.5);
        QCOMPARE(QSettings().value(QString::fromUtf16(SettingsKeys::exportLegend)).toBool(), legend);
    }

    void previewFollowsOptions()
    {
        ExportDialog dialog(m_window->exportScene(), m_window->graphView()->visibleSceneRect(), QString(),
                            u"summit"_s);
        dialog.show();
        QSignalSpy updated(&dialog, &ExportDialog::previewUpdated);
        QVERIFY(updated.wait(10000));
        const QImage first = dialog.previewImage();
        QVERIFY(!first.isNull());
        choose(child<QComboBox>(&dialog, "backgroundCombo"), u"transparent"_s);
        QVERIFY(updated.wait(10000));
        const QImage transparent = dialog.previewImage();
        QCOMPARE(qAlpha(first.pixel(1, 1)), 255);
        QCOMPARE(qAlpha(transparent.pixel(1, 1)), 0);
        // A portrait PDF page gives a portrait preview.
        dialog.setFormat(ImageFormat::Pdf);
        choose(child<QComboBox>(&dialog, "orientationCombo"), u"portrait"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.previewImage().height() > dialog.previewImage().width(), 10000);
    }

    void overwriteAsks_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<bool>("replace");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("new file") << false << false << true;
        QTest::addRow("existing, keep") << true << false << false;
        QTest::addRow("existing, replace") << true << true << true;
    }

    void overwriteAsks()
    {
        QFETCH(bool, exists);
        QFETCH(bool, replace);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"graph.png"_s);
        if (exists) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old");
        }
        ExportDialog dialog(m_window->exportScene(), QRectF(), QString(), u"graph"_s);
        dialog.setFilePath(path);
        BoxAnswerer answerer;
        answerer.answerNext(u"overwriteBox"_s, replace ? QMessageBox::Yes : QMessageBox::No);
        dialog.accept();
        QCoreApplication::processEvents();
        QCOMPARE(answerer.seen, exists ? 1 : 0);
        if (exists)
            QVERIFY2(answerer.text.contains(u"graph.png"_s), qPrintable(answerer.text));
        QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
    }

    void exportedPngHasRequestedSize_data()
    {
        QTest::addColumn<bool>("transparent");
        QTest::addColumn<double>("scale");
        QTest::addRow("transparent 2x") << true << 2.0;
        QTest::addRow("white 1x") << false << 1.0;
    }

    void exportedPngHasRequestedSize()
    {
        QFETCH(bool, transparent);
        QFETCH(double, scale);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"graph.png"_s);
        ImageExportOptions options;
        options.size = QSize(640, 400);
        options.scale = scale;
        options.transparent = transparent;
        if (!transparent)
            options.background = QColor(Qt::white);
        options.legend = true;
        QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
        m_window->startImageExport(path, ImageFormat::Png, options);
        QVERIFY(m_window->isExporting());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QVERIFY(!m_window->isExporting());
        const QImage image(path);
        QCOMPARE(image.size(), QSize(qRound(640 * scale), qRound(400 * scale)));
        for (const QPoint corner : {QPoint(0, 0), QPoint(0, image.height() - 1),
                                    QPoint(image.width() - 1, image.height() - 1)}) {
            const QRgb pixel = image.pixel(corner);
            if (transparent)
                QCOMPARE(qAlpha(pixel), 0);
            else
                QCOMPARE(pixel, qRgb(255, 255, 255));
        }
    }

    void viewportDiffersFromWholeGraph()
    {
        GraphView *view = m_window->graphView();
        view->setZoom(view->zoom() * 4);
        const std::shared_ptr<const ImageExportScene> scene = m_window->exportScene();
        ImageExportOptions whole;
        whole.size = view->size();
        ImageExportOptions viewport = whole;
        viewport.viewport = view->visibleSceneRect();
        const QImage a = renderImage(*scene, whole);
        const QImage b = renderImage(*scene, viewport);
        QVERIFY(!a.isNull() && !b.isNull());
        QVERIFY2(fractionDiffering(a, b) > 0.05, qPrintable(QString::number(fractionDiffering(a, b))));
        // The viewport export is the view's own picture (labels that the
        // view leaves out where they would overlap aside).
        const QImage frame = view->grabFrame();
        QVERIFY2(fractionDiffering(b, frame) < 0.02, qPrintable(QString::number(fractionDiffering(b, frame))));
        QVERIFY2(fractionDiffering(a, frame) > 0.05, qPrintable(QString::number(fractionDiffering(a, frame))));
        // The dialog hands the view's rectangle to the export.
        ExportDialog dialog(scene, view->visibleSceneRect(), QString(), u"graph"_s);
        child<QRadioButton>(&dialog, "viewportRadio")->setChecked(true);
        QCOMPARE(dialog.options().viewport, std::optional(view->visibleSceneRect()));
        // Proportions follow the viewport.
        const double aspect = view->visibleSceneRect().height() / view->visibleSceneRect().width();
        QVERIFY(qAbs(dialog.options().size.height() - dialog.options().size.width() * aspect) <= 1.0);
    }

    void exportShowsWhatTheViewShows()
    {
        GraphView *view = m_window->graphView();
        const qsizetype n = view->graph().nodeCount();
        QList<NodeIndex> hide;
        for (NodeIndex i = 0; i < NodeIndex(n); i += 2)
            hide.append(i);
        view->hideNodes(hide);
        const std::shared_ptr<const ImageExportScene> scene = m_window->exportScene();
        QCOMPARE(qsizetype(scene->nodeStates.size()), n);
        for (NodeIndex i = 0; i < NodeIndex(n); ++i)
            QCOMPARE(scene->nodeStates[i] == NodeState::Hidden, i % 2 == 0);
        QCOMPARE(scene->unit, view->renderer().unit());
        QCOMPARE(scene->style.colorColumn, view->graphStyle().colorColumn);
        ImageExportOptions options;
        options.size = QSize(500, 400);
        view->showAllNodes();
        const QImage all = renderImage(*m_window->exportScene(), options);
        QVERIFY(fractionDiffering(all, renderImage(*scene, options)) > 0.01);
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"poster.png"_s);
        ImageExportOptions options;
        options.size = QSize(10000, 7000);
        QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
        m_window->startImageExport(path, ImageFormat::Png, options);
        auto *cancel = child<QToolButton>(m_window.get(), "cancelWorkButton");
        QVERIFY(cancel->isVisible());
        cancel->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toString(), imageExportCancelledMessage());
        QVERIFY(!QFileInfo::exists(path));
        // Nor a temporary file beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QTRY_VERIFY(!cancel->isVisible());
    }

    void progressReachesTheEnd_data()
    {
        QTest::addColumn<int>("format");
        QTest::addRow("png") << int(ImageFormat::Png);
        QTest::addRow("svg") << int(ImageFormat::Svg);
        QTest::addRow("pdf") << int(ImageFormat::Pdf);
    }

    void progressReachesTheEnd()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"graph"_s);
        ImageExportOptions options;
        options.size = QSize(3000, 2000);   // several PNG bands
        QList<double> fractions;
        const auto recorded = [&fractions](double f) {
            fractions.append(f);
            return true;
        };
        QVERIFY(!exportImage(*m_window->exportScene(), options, path, ImageFormat(format), recorded));
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY2(fractions.size() >= 3, qPrintable(QString::number(fractions.size())));
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.first(), 0.0);
        QCOMPARE(fractions.last(), 1.0);
        // Stopped half-way: no file.
        const QString stopped = dir.filePath(u"stopped"_s);
        int calls = 0;
        const auto error = exportImage(*m_window->exportScene(), options, stopped, ImageFormat(format),
                                       [&calls](double) { return ++calls < 2; });
        QVERIFY(error);
        QCOMPARE(error->message, imageExportCancelledMessage());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"graph"_s});
    }

    void copyImagePutsTheViewOnTheClipboard()
    {
        QGuiApplication::clipboard()->clear();
        GraphView *view = m_window->graphView();
        m_window->findChild<QAction *>(u"actionCopyImage"_s)->trigger();
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasImage());
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QCOMPARE(image.size(), view->size() * view->devicePixelRatioF());
        // Not blank: the graph is drawn.
        const QImage plain = image.convertToFormat(QImage::Format_RGB32);
        QSet<QRgb> colours;
        for (int y = 0; y < plain.height(); y += 7) {
            for (int x = 0; x < plain.width(); x += 7)
                colours.insert(plain.pixel(x, y));
        }
        QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
        QVERIFY(mime->hasFormat(u"image/svg+xml"_s));
        QXmlStreamReader svg(mime->data(u"image/svg+xml"_s));
        QVERIFY(svg.readNextStartElement());
        QCOMPARE(svg.name(), u"svg"_s);
        QCOMPARE(svg.attributes().value(u"width"_s).toInt(), view->width());
    }

    void exportDataWritesWhatTheViewShows_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("filter");   // a saveFileFilters() index, -1 for none
        QTest::addColumn<QString>("written");
        QTest::addRow("graphml by name") << u"shown.graphml"_s << -1 << u"shown.graphml"_s;
        QTest::addRow("gexf by filter") << u"shown"_s << int(DataFormat::Gexf) << u"shown.gexf"_s;
        QTest::addRow("native json") << u"shown.entente.json"_s << -1 << u"shown.entente.json"_s;
        QTest::addRow("csv pair") << u"shown.csv"_s << -1 << u"shown.nodes.csv"_s;
    }

    void exportDataWritesWhatTheViewShows()
    {
        QFETCH(QString, name);
        QFETCH(int, filter);
        QFETCH(QString, written);
        GraphView *view = m_window->graphView();
        const qsizetype n = view->graph().nodeCount();
        QList<NodeIndex> hide;
        for (NodeIndex i = 0; i < NodeIndex(n); i += 3)
            hide.append(i);
        view->hideNodes(hide);
        QTemporaryDir dir;
        QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
        QVERIFY(m_window->exportData(dir.filePath(name),
                                     filter >= 0 ? saveFileFilters().at(filter) : QString()));
        // A data export can be cancelled like an image export
        // (tst_dataexport::progressAndCancel checks that nothing is written).
        QVERIFY(child<QToolButton>(m_window.get(), "cancelWorkButton")->isVisible());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        const LoadResult back = loadGraphFile(dir.filePath(written));
        QVERIFY2(back.ok(), qPrintable(formatDiagnostics(back.diagnostics)));
        QCOMPARE(back.document->graph.nodeCount(), n - hide.size());
        for (const NodeIndex hidden : std::as_const(hide))
            QVERIFY(!back.document->graph.findNode(view->graph().nodeId(hidden)));
    }

    void exportDataAsksBeforeReplacing()
    {
        QTemporaryDir dir;
        // CSV writes two files: an existing edges file is asked about too.
        const QString edges = dir.filePath(u"graph.edges.csv"_s);
        {
            QFile file(edges);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old");
        }
        BoxAnswerer answerer;
        answerer.answerNext(u"overwriteBox"_s, QMessageBox::No);
        QVERIFY(!m_window->exportData(dir.filePath(u"graph.csv"_s)));
        QCOMPARE(answerer.seen, 1);
        QVERIFY2(answerer.text.contains(u"graph.edges.csv"_s), qPrintable(answerer.text));
        QVERIFY(!m_window->isExporting());
        QFile file(edges);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old"));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"graph.nodes.csv"_s)));
    }

private:
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"
