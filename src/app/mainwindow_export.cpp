// File > Export Image…, File > Export Data… and Edit > Copy Image: what the
// view shows, written on a worker thread with progress and Cancel in the
// status bar.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "exportdialog.h"
#include "filterpanel.h"
#include "graphview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;

namespace entente {

// Shared by the window and the worker: the worker reads `cancel` and writes
// `permille`; the window polls `permille` for the status bar.
struct MainWindow::ExportJob
{
    QString path;
    bool cancellable = true;
    std::atomic<bool> cancel{false};
    std::atomic<int> permille{0};
};

namespace {

// Above this many nodes plus edges the clipboard gets the bitmap alone: an
// SVG of a big graph takes long to write and few programs paste it well.
constexpr qsizetype MaxClipboardSvgItems = 20000;

} // namespace

void MainWindow::setUpExport()
{
    connect(ui->actionExportImage, &QAction::triggered, this, &MainWindow::onExportImage);
    connect(ui->actionCopyImage, &QAction::triggered, this, &MainWindow::copyImage);
    m_exportWatcher = new QFutureWatcher<std::optional<Diagnostic>>(this);
    connect(m_exportWatcher, &QFutureWatcherBase::finished, this, &MainWindow::finishExport);
    m_exportProgressTimer = new QTimer(this);
    m_exportProgressTimer->setInterval(100);
    connect(m_exportProgressTimer, &QTimer::timeout, this, &MainWindow::updateBusy);
}

bool MainWindow::isExporting() const
{
    return m_exportJob != nullptr;
}

std::shared_ptr<const ImageExportScene> MainWindow::exportScene() const
{
    // A value copy: the worker draws it while the layout keeps moving the view.
    auto scene = std::make_shared<ImageExportScene>();
    const GraphView *view = ui->graphView;
    scene->graph = view->graph();
    scene->positions = view->positions();
    scene->style = view->graphStyle();
    scene->nodeStates = view->nodeStates();   // the filter's and the view's "Hide"
    scene->edgeVisible = m_filterPanel->edgeVisibility();
    scene->unit = view->renderer().unit();
    return scene;
}

QString MainWindow::exportBaseName() const
{
    // "summit-2025.entente.json" -> "summit-2025".
    const QString base = QFileInfo(m_filePath).baseName();
    return base.isEmpty() ? u"graph"_s : base;
}

void MainWindow::onExportImage()
{
    if (m_document.graph.isEmpty() || isExporting())
        return;
    const std::shared_ptr<const ImageExportScene> scene = exportScene();
    ExportDialog dialog(scene, ui->graphView->visibleSceneRect(), m_filterPanel->expression(),
                        exportBaseName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The scene the preview showed, not the layout's next snapshot.
    startImageExport(dialog.filePath(), dialog.format(), dialog.options(), scene);
}

void MainWindow::startImageExport(const QString &path, ImageFormat format, const ImageExportOptions &options,
                                  std::shared_ptr<const ImageExportScene> scene)
{
    if (isExporting())
        return;
    if (!scene)
        scene = exportScene();
    auto job = std::make_shared<ExportJob>();
    job->path = path;
    startExportJob(job, QtConcurrent::run([job, scene, options, path, format] {
        return exportImage(*scene, options, path, format, [job](double fraction) {
            job->permille.store(int(fraction * 1000), std::memory_order_relaxed);
            return !job->cancel.load(std::memory_order_relaxed);
        });
    }));
}

void MainWindow::startExportJob(std::shared_ptr<ExportJob> job, const QFuture<std::optional<Diagnostic>> &future)
{
    m_exportJob = std::move(job);
    ui->actionExportImage->setEnabled(false);
    m_exportWatcher->setFuture(future);
    m_exportProgressTimer->start();
    updateBusy();
}

bool MainWindow::isExportCancellable() const
{
    return m_exportJob && m_exportJob->cancellable;
}

void MainWindow::showExportProgress()
{
    if (!m_exportJob)
        return;
    const int permille = m_exportJob->permille.load(std::memory_order_relaxed);
    m_busy->setRange(0, 1000);
    m_busy->setValue(permille);
    statusBar()->showMessage(tr("Exporting %1… %2%")
                                 .arg(QFileInfo(m_exportJob->path).fileName())
                                 .arg(permille / 10));
}

void MainWindow::cancelExport()
{
    if (m_exportJob && m_exportJob->cancellable)
        m_exportJob->cancel.store(true);
}

void MainWindow::finishExport()
{
    m_exportProgressTimer->stop();
    const std::shared_ptr<ExportJob> job = std::exchange(m_exportJob, nullptr);
    ui->actionExportImage->setEnabled(true);
    updateBusy();
    if (!job)
        return;
    const std::optional<Diagnostic> error = m_exportWatcher->result();
    const QString name = QFileInfo(job->path).fileName();
    if (!error) {
        statusBar()->showMessage(tr("Exported %1").arg(name), 5000);
        emit exportFinished(job->path, QString());
        return;
    }
    if (job->cancel.load()) {
        statusBar()->showMessage(tr("Export cancelled; %1 was not written.").arg(name), 5000);
        emit exportFinished(job->path, error->message);
        return;
    }
    statusBar()->clearMessage();
    emit exportFinished(job->path, error->message);
    QMessageBox box(QMessageBox::Critical, tr("Cannot Export"),
                    tr("Cannot export %1: %2").arg(name, error->message), QMessageBox::Ok, this);
    box.setObjectName(u"exportErrorBox"_s);
    box.setDetailedText(error->toString());
    box.exec();
}

void MainWindow::copyImage()
{
    GraphView *view = ui->graphView;
    if (m_document.graph.isEmpty())
        return;
    // The bitmap is exactly what the view shows (its own renderer, at the
    // screen's pixel ratio); the SVG beside it is the export of the viewport.
    QImage image = view->grabFrame(view->devicePixelRatioF());
    auto *mime = new QMimeData;
    mime->setImageData(image);
    const RelationshipGraph &graph = m_document.graph;
    if (graph.nodeCount() + graph.edgeCount() <= MaxClipboardSvgItems) {
        ImageExportOptions options;
        options.size = view->size();
        options.viewport = view->visibleSceneRect();
        const QByteArray svg = renderSvg(*exportScene(), options);
        if (!svg.isEmpty())
            mime->setData(u"image/svg+xml"_s, svg);
    }
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied the view (%1 × %2 pixels) to the clipboard")
                                 .arg(image.width())
                                 .arg(image.height()),
                             4000);
}

} // namespace entente
