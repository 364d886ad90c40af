// File > Export Image…, File > Export Data… and Edit > Copy Image: what the
// view shows, written on a worker thread with progress and Cancel in the
// status bar. Data goes through the writers of io/dataexport.h.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "exportdialog.h"
#include "filter/subgraph.h"
#include "filterpanel.h"
#include "graphview.h"
#include "io/dataexport.h"

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
    std::atomic<bool> cancel{false};
    std::atomic<int> permille{0};
};

namespace {

// Above this many nodes plus edges the clipboard gets the bitmap alone: an
// SVG of a big graph takes long to write and few programs paste it well.
constexpr qsizetype MaxClipboardSvgItems = 20000;

const auto exportDataDirectoryKey = u"export/dataDirectory"_s;

} // namespace

void MainWindow::setUpExport()
{
    connect(ui->actionExportImage, &QAction::triggered, this, &MainWindow::onExportImage);
    connect(ui->actionCopyImage, &QAction::triggered, this, &MainWindow::copyImage);
    connect(ui->actionExportData, &QAction::triggered, this, &MainWindow::onExportData);
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
    ui->actionExportData->setEnabled(false);
    m_exportWatcher->setFuture(future);
    m_exportProgressTimer->start();
    updateBusy();
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
    if (m_exportJob)
        m_exportJob->cancel.store(true);
}

void MainWindow::finishExport()
{
    m_exportProgressTimer->stop();
    const std::shared_ptr<ExportJob> job = std::exchange(m_exportJob, nullptr);
    ui->actionExportImage->setEnabled(true);
    ui->actionExportData->setEnabled(true);
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

// --- Data --------------------------------------------------------------------

GraphDocument MainWindow::shownDocument() const
{
    // What the view shows: the filter's and the view's "Hide" states and the
    // filter's edges, with the view's positions.
    GraphDocument document{m_document.graph, currentPositions(), m_document.dialect};
    const std::vector<NodeState> states = ui->graphView->nodeStates();
    const std::vector<quint8> edges = m_filterPanel->edgeVisibility();
    if (states.empty() && edges.empty())
        return document;
    const RelationshipGraph &graph = m_document.graph;
    FilterResult shown;
    shown.nodeStates = states;
    shown.nodeStates.resize(graph.nodeCount(), NodeState::Shown);
    shown.edgeVisible = edges;
    shown.edgeVisible.resize(graph.edgeCount(), 1);
    for (const NodeState s : shown.nodeStates)
        shown.shownNodes += s != NodeState::Hidden;
    for (const quint8 e : shown.edgeVisible)
        shown.shownEdges += e != 0;
    Subgraph sub = extractSubgraph(graph, document.positions, shown);
    document.graph = std::move(sub.graph);
    document.positions = std::move(sub.positions);
    return document;
}

void MainWindow::onExportData()
{
    if (m_document.graph.isEmpty() || isExporting())
        return;
    QSettings settings;
    QString dir = settings.value(exportDataDirectoryKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const QStringList filters = saveFileFilters();
    QString selected = filters.value(0);
    QFileDialog dialog(this, tr("Export Data"), QDir(dir).filePath(exportBaseName()));
    dialog.setObjectName(u"exportDataDialog"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(filters);
    // Overwriting is asked below, for every file a format writes (CSV: two).
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportData(dialog.selectedFiles().constFirst(), dialog.selectedNameFilter());
}

bool MainWindow::exportData(const QString &chosenPath, const QString &nameFilter)
{
    if (isExporting())
        return false;
    QString path = chosenPath;
    // The name's ending decides; a name without a known one gets the filter's.
    if (!dataFormatForPath(path)) {
        const std::optional<DataFormat> format = dataFormatForFilter(nameFilter);
        if (!format) {
            QMessageBox::warning(this, tr("Cannot Export"),
                                 tr("Choose a file type, or a name ending in .json, .cyjs, .graphml, "
                                    ".gexf, .dot, .csv or .tsv."));
            return false;
        }
        path += dataFormatSuffix(*format);
    }
    QStringList existing;
    for (const QString &file : dataExportPaths(path)) {
        if (QFileInfo::exists(file))
            existing.append(QFileInfo(file).fileName());
    }
    if (!existing.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Replace File?"),
                        existing.size() == 1 ? tr("“%1” already exists.").arg(existing.first())
                                             : tr("These files already exist: %1.").arg(existing.join(u", "_s)),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(u"overwriteBox"_s);
        box.setInformativeText(existing.size() == 1 ? tr("Do you want to replace it?")
                                                    : tr("Do you want to replace them?"));
        box.button(QMessageBox::Yes)->setText(tr("&Replace"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return false;
    }
    QSettings().setValue(exportDataDirectoryKey, QFileInfo(path).absolutePath());
    auto job = std::make_shared<ExportJob>();
    job->path = path;
    startExportJob(job, QtConcurrent::run([job, document = shownDocument(), path] {
        return exportGraphFile(document, path, [job](double fraction) {
            job->permille.store(int(fraction * 1000), std::memory_order_relaxed);
            return !job->cancel.load(std::memory_order_relaxed);
        });
    }));
    return true;
}

} // namespace entente
