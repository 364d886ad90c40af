#include "mainwindow.h"
#include "about/libraryversions.h"
#include "appsettings.h"
#include "autosave.h"
#include "settingsdialog.h"
#include "ui_mainwindow.h"

#include "analysispanel.h"
#include "detailspanel.h"
#include "filterpanel.h"
#include "graphview.h"
#include "icons.h"
#include "io/graphio.h"
#include "layout/layoutengine.h"
#include "layout/layoutrunner.h"
#include "legendpanel.h"
#include "overviewwidget.h"

#include <algorithm>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyleHints>
#include <QTextBrowser>
#include <QTimer>
#include <QCommandLineParser>
#include <QToolBar>
#include <QToolButton>
#include <QAbstractItemView>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

// The dataset and the icons are compiled into a static library; the linker
// drops the resource's object unless something refers to it.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace Qt::StringLiterals;

namespace entente {

namespace {

constexpr int maxRecentFiles = 10;
constexpr int stateVersion = 1;

const auto recentFilesKey = u"recentFiles"_s;
const auto geometryKey = u"window/geometry"_s;
const auto stateKey = u"window/state"_s;
const auto labelsKey = u"view/labels"_s;
const auto colourByKey = u"view/colourBy"_s;

bool isResource(const QString &path)
{
    return path.startsWith(u':') || path.startsWith(u"qrc:"_s);
}

// Compiled-in resources are not files on disk: read their bytes and hand them
// to the JSON reader, which names the resource in its diagnostics.
LoadResult loadAnyPath(const QString &path)
{
    if (!isResource(path))
        return loadGraphFile(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.diagnostics.append(Diagnostic{Diagnostic::Severity::Error, path, 0, 0,
                                             MainWindow::tr("cannot open the file")});
        return result;
    }
    return readGraphJson(file.readAll(), path);
}

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// Gives heap pages freed by a load or a layout back to the system: glibc keeps
// the free space between small blocks otherwise, and it counts in the
// window's resident size.
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace

QString MainWindow::bundledDatasetPath()
{
    return u":/data/summit-2025.entente.json"_s;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_runner(new LayoutRunner(this))
{
    initResources();
    ui->setupUi(this);
    setAcceptDrops(true);
    setWindowIcon(QIcon::fromTheme(u"eu.entente.Entente"_s, QIcon(u":/icons/entente.svg"_s)));

    m_overview = new OverviewWidget(ui->graphView);
    m_overview->setObjectName(u"overview"_s);
    m_overview->setMinimumHeight(160);
    delete ui->overviewDock->widget();
    ui->overviewDock->setWidget(m_overview);

    m_filterPanel = new FilterPanel(ui->filtersDock);
    m_filterPanel->setObjectName(u"filterPanel"_s);
    delete ui->filtersDock->widget();
    ui->filtersDock->setWidget(m_filterPanel);

    // Filters and legend on the left, details and the minimap on the right,
    // as Gephi and Cytoscape users expect.
    splitDockWidget(ui->filtersDock, ui->legendDock, Qt::Vertical);
    splitDockWidget(ui->detailsDock, ui->overviewDock, Qt::Vertical);

    setUpActions();
    setUpAnalysis();
    setUpLayoutEngines();
    setUpSearch();
    setUpStatusBar();
    connectView();
    connectLayout();

    QSettings settings;
    ui->actionShowLabels->setChecked(settings.value(labelsKey, true).toBool());
    m_style.showLabels = ui->actionShowLabels->isChecked();
    const auto column = GraphStyle::columnFromName(
        settings.value(colourByKey, u"sector"_s).toString());
    m_style.colorColumn = column.value_or(NodeColumn::Sector);
    setUpAutosave();
    setUpPreferences();
    setUpAccessibility();
    ui->actionColourByCountry->setChecked(m_style.colorColumn == NodeColumn::Country);
    ui->actionColourByKind->setChecked(m_style.colorColumn == NodeColumn::Kind);
    ui->actionColourBySector->setChecked(m_style.colorColumn == NodeColumn::Sector);
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // First start: most of the screen, as a graph wants room.
        const QRect available = screen()->availableGeometry();
        resize(available.size().boundedTo(QSize(1680, 1050)) * 0.92);
        move(available.center() - rect().center());
    }
    resizeDocks({ui->filtersDock, ui->detailsDock}, {290, 350}, Qt::Horizontal);
    resizeDocks({ui->filtersDock, ui->legendDock}, {500, 300}, Qt::Vertical);
    resizeDocks({ui->detailsDock, ui->overviewDock}, {560, 230}, Qt::Vertical);
    restoreState(settings.value(stateKey).toByteArray(), stateVersion);

    updatePalette();
    updateRecentMenu();
    updateTitle();
    updateStatus();
    updateLayoutState();
}

MainWindow::~MainWindow()
{
    // An export still running finishes on its own copies; asked to stop, it
    // leaves no file.
    cancelExport();
    // The runner's last signals (it cancels and waits for its jobs) and the
    // children's must not reach a window that is half destroyed.
    m_runner->disconnect(this);
    delete m_runner;
    ui->graphView->disconnect(this);
    ui->detailsPanel->disconnect(this);
    m_analysisPanel->disconnect(this);
    m_autosaver->disconnect(this);
}

GraphView *MainWindow::graphView() const
{
    return ui->graphView;
}

DetailsPanel *MainWindow::detailsPanel() const
{
    return ui->detailsPanel;
}

LegendPanel *MainWindow::legendPanel() const
{
    return ui->legendPanel;
}

QDockWidget *MainWindow::filtersDock() const
{
    return ui->filtersDock;
}

NodePositions MainWindow::currentPositions() const
{
    return ui->graphView->positions();
}

bool MainWindow::isLoading() const
{
    return m_pendingLoads > 0;
}

void MainWindow::setUpActions()
{
    connect(ui->actionOpen, &QAction::triggered, this, &MainWindow::onOpen);
    connect(ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(ui->actionSaveAs, &QAction::triggered, this, &MainWindow::onSaveAs);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::onAbout);
    setUpExport();

    connect(ui->actionSelectAll, &QAction::triggered, ui->graphView, &GraphView::selectAll);
    connect(ui->actionSelectNeighbours, &QAction::triggered, ui->graphView,
            &GraphView::selectNeighbours);
    connect(ui->actionClearSelection, &QAction::triggered, this, &MainWindow::onClearRequested);

    connect(ui->actionFitAll, &QAction::triggered, this, [this] {
        m_autoFit = false;
        ui->graphView->fitAll();
    });
    connect(ui->actionFitSelection, &QAction::triggered, ui->graphView, &GraphView::fitSelection);
    connect(ui->actionZoomIn, &QAction::triggered, ui->graphView, &GraphView::zoomIn);
    connect(ui->actionZoomOut, &QAction::triggered, ui->graphView, &GraphView::zoomOut);
    // Ctrl++ and the keypad's plus as well: "=" is "+" without Shift only on
    // some keyboards.
    ui->actionZoomIn->setShortcuts({QKeySequence(u"Ctrl+="_s), QKeySequence(QKeySequence::ZoomIn)});
    ui->actionZoomOut->setShortcuts({QKeySequence(u"Ctrl+-"_s), QKeySequence(QKeySequence::ZoomOut)});
    connect(ui->actionShowLabels, &QAction::toggled, this, [this](bool on) {
        m_style.showLabels = on;
        QSettings().setValue(labelsKey, on);
        applyStyle();
    });
    auto *colourGroup = new QActionGroup(this);
    const std::pair<QAction *, NodeColumn> colourActions[] = {
        {ui->actionColourBySector, NodeColumn::Sector},
        {ui->actionColourByCountry, NodeColumn::Country},
        {ui->actionColourByKind, NodeColumn::Kind},
    };
    for (const auto &[action, column] : colourActions) {
        colourGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, column = column] {
            m_style.colorMode = GraphStyle::ColorMode::Category;
            m_style.colorColumn = column;
            QSettings().setValue(colourByKey, GraphStyle::columnName(column));
            applyStyle();
        });
    }
    connect(ui->actionShowHidden, &QAction::triggered, ui->graphView, &GraphView::showAllNodes);

    connect(ui->actionRunLayout, &QAction::triggered, this, &MainWindow::onRunLayoutToggled);
    connect(ui->actionRestartLayout, &QAction::triggered, this, &MainWindow::onRestartLayout);
    connect(ui->actionResetPins, &QAction::triggered, this, &MainWindow::onResetPins);

    for (QDockWidget *dock : {ui->filtersDock, ui->legendDock, ui->detailsDock, ui->overviewDock})
        ui->menuPanels->addAction(dock->toggleViewAction());
    ui->menuPanels->addSeparator();
    ui->menuPanels->addAction(ui->mainToolBar->toggleViewAction());

    ui->mainToolBar->setIconSize(QSize(20, 20));
    updateToolBarStyle();
}

void MainWindow::updateToolBarStyle()
{
    // The layout controls keep their text beside the icon while there is
    // room: they carry state ("Run" / "Pause") that an icon alone hides. On a
    // narrow window every button is an icon, so that the search field never
    // drops into the toolbar's overflow menu.
    const bool roomy = width() >= 1100;
    for (QAction *action : ui->mainToolBar->actions()) {
        if (action->isSeparator())
            continue;
        const bool withText = roomy
            && (action == ui->actionRunLayout || action == ui->actionRestartLayout
                || action == ui->actionResetPins || action == ui->actionShowLabels);
        if (auto *button = qobject_cast<QToolButton *>(ui->mainToolBar->widgetForAction(action)))
            button->setToolButtonStyle(withText ? Qt::ToolButtonTextBesideIcon
                                                : Qt::ToolButtonIconOnly);
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    updateToolBarStyle();
}

void MainWindow::setUpSearch()
{
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    ui->mainToolBar->addWidget(spacer);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Find node…  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_search->setMaximumWidth(360);
    m_searchIconAction = m_search->addAction(QIcon(), QLineEdit::LeadingPosition);
    ui->mainToolBar->addWidget(m_search);

    m_completionModel = new QStringListModel(this);
    m_completer = new QCompleter(m_completionModel, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_search->setCompleter(m_completer);

    connect(ui->actionFind, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::onSearchActivated);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                // The completer fills the field after this signal; use the text
                // that was picked.
                if (findNode(text))
                    ui->graphView->setFocus(Qt::OtherFocusReason);
            });
}

void MainWindow::setUpStatusBar()
{
    m_countsLabel = new QLabel(this);
    m_selectionLabel = new QLabel(this);
    m_layoutLabel = new QLabel(this);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addWidget(m_selectionLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
    // Long work (a big file loading, a Graphviz layout) can be stopped here.
    m_cancelWork = new QToolButton(this);
    m_cancelWork->setObjectName(u"cancelWorkButton"_s);
    m_cancelWork->setText(tr("Cancel"));
    m_cancelWork->setToolTip(tr("Stop the work in progress"));
    m_cancelWork->setAccessibleName(tr("Cancel the work in progress"));
    m_cancelWork->setAutoRaise(true);
    m_cancelWork->hide();
    connect(m_cancelWork, &QToolButton::clicked, this, &MainWindow::cancelWork);
    statusBar()->addPermanentWidget(m_cancelWork);
    statusBar()->addPermanentWidget(m_layoutLabel);
}

void MainWindow::connectView()
{
    GraphView *view = ui->graphView;
    connect(view, &GraphView::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(view, &GraphView::nodeDragged, this, [this](NodeIndex node, QPointF pos) {
        m_autoFit = false;
        m_runner->moveNode(node, pos, true);
    });
    connect(view, &GraphView::positionsEdited, this, &MainWindow::markModified);
    connect(view, &GraphView::contextMenuRequested, this, &MainWindow::onContextMenu);
    // The user's own zoom or pan ends the following of an unfolding layout.
    view->installEventFilter(this);

    connect(m_filterPanel, &FilterPanel::filterChanged, this, &MainWindow::onFilterChanged);
    connect(ui->detailsPanel, &DetailsPanel::nodeActivated, this,
            &MainWindow::selectAndFocusNode);
    connect(ui->detailsPanel, &DetailsPanel::edgeActivated, this, &MainWindow::selectEdge);
}

void MainWindow::connectLayout()
{
    connect(m_runner, &LayoutRunner::positionsUpdated, this, &MainWindow::onPositionsUpdated);
    connect(m_runner, &LayoutRunner::runningChanged, this, [this](bool running) {
        if (running)
            m_layoutConverged = false;
        updateLayoutState();
        updateBusy();
    });
    connect(m_runner, &LayoutRunner::converged, this, [this] {
        m_layoutConverged = true;
        releaseFreedMemory();   // the layout's levels and snapshots
        if (m_autoFit) {
            ui->graphView->fitAll();
            m_autoFit = false;
        }
        updateLayoutState();
    });
}

// --- Opening -----------------------------------------------------------------

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    const quint64 generation = ++m_loadGeneration;
    const QFileInfo info(path);
    if (isResource(path) || info.size() <= m_synchronousLoadBytes) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        LoadResult result = loadAnyPath(path);
        QApplication::restoreOverrideCursor();
        const bool ok = result.ok();
        finishLoad(path, std::move(result), generation);
        return ok;
    }

    ++m_pendingLoads;
    updateBusy();
    statusBar()->showMessage(tr("Loading %1…").arg(displayName(path)));
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, generation] {
        watcher->deleteLater();
        --m_pendingLoads;
        updateBusy();
        statusBar()->clearMessage();
        finishLoad(path, watcher->result(), generation);
    });
    // The worker gets only the path and hands back a value: nothing of the
    // window is shared with it.
    watcher->setFuture(QtConcurrent::run([path] { return loadAnyPath(path); }));
    return true;
}

void MainWindow::finishLoad(const QString &path, LoadResult result, quint64 generation)
{
    // A newer open request superseded this one: its result is dropped.
    if (generation != m_loadGeneration)
        return;
    if (!result.ok()) {
        showLoadErrors(path, result.diagnostics);
        emit loadFailed(path, result.diagnostics);
        return;
    }
    applyDocument(path, std::move(*result.document));
    qsizetype warnings = 0;
    for (const Diagnostic &d : std::as_const(result.diagnostics))
        warnings += d.isError() ? 0 : 1;
    if (warnings > 0) {
        statusBar()->showMessage(
            tr("Opened %1 with %n warning(s); the first: %2", nullptr, int(warnings))
                .arg(displayName(path), result.diagnostics.first().toString()),
            15000);
        m_countsLabel->setToolTip(formatDiagnostics(result.diagnostics));
    }
    emit loaded(path);
}

void MainWindow::applyDocument(const QString &path, GraphDocument document)
{
    m_document = std::move(document);
    m_filePath = path;
    const RelationshipGraph &graph = m_document.graph;

    ui->graphView->setGraph(graph, m_document.positions);
    ui->detailsPanel->setGraph(graph);
    // The view has just reset its node states; the panel starts unfiltered.
    m_filterPanel->setGraph(graph);
    m_analysisPanel->setCompletionModel(m_completionModel);   // one list for both
    resetAnalysis();
    ui->legendPanel->setGraph(graph, m_style);

    // Completion over labels and ids: "Label (id)" when they differ, so that
    // typing either finds the node.
    QStringList entries;
    entries.reserve(graph.nodeCount());
    m_completionIndex.clear();
    m_completionIndex.reserve(graph.nodeCount());
    for (NodeIndex n = 0; n < NodeIndex(graph.nodeCount()); ++n) {
        const QString &id = graph.nodeId(n);
        const QString &label = graph.nodeLabel(n);
        const QString entry = label.isEmpty() || label == id ? id : u"%1 (%2)"_s.arg(label, id);
        entries.append(entry);
        m_completionIndex.insert(entry, n);
    }
    entries.sort(Qt::CaseInsensitive);
    m_completionModel->setStringList(entries);

    // Positions that the file gives for every node are the user's: they are
    // shown as they are and the layout waits for "Run". Otherwise the layout
    // unfolds the graph from whatever the file gave.
    // (LayoutRunner::start keeps complete positions and reports converged.)
    m_layoutConverged = false;
    m_autoFit = !positionsAreComplete(m_document.positions);
    m_runner->start(graph, m_document.positions);

    setWindowModified(false);
    if (!path.isEmpty() && !isResource(path))
        addRecentFile(path);
    updateTitle();
    updateStatus();
    updateLayoutState();
    onSelectionChanged();
    releaseFreedMemory();   // the reader's buffers and the previous graph
}

void MainWindow::showLoadErrors(const QString &path, const Diagnostics &diagnostics)
{
    Diagnostics errors;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            errors.append(d);
    }
    const Diagnostic first = errors.isEmpty()
        ? Diagnostic{Diagnostic::Severity::Error, path, 0, 0, tr("the file could not be read")}
        : errors.first();
    QString place;
    if (first.line > 0)
        place = first.column > 0 ? tr("line %1, column %2: ").arg(first.line).arg(first.column)
                                 : tr("line %1: ").arg(first.line);
    QMessageBox box(QMessageBox::Critical, tr("Cannot Open File"),
                    tr("Cannot open %1: %2%3").arg(displayName(path), place, first.message),
                    QMessageBox::Ok, this);
    box.setObjectName(u"loadErrorBox"_s);
    box.setInformativeText(
        errors.size() > 1
            ? tr("%n problem(s) found; the open document is unchanged.", nullptr, int(errors.size()))
            : tr("The open document is unchanged."));
    // The same FILE:LINE:COLUMN lines as the command line prints, all of them.
    box.setDetailedText(formatDiagnostics(diagnostics));
    box.exec();
}

bool MainWindow::maybeSave()
{
    if (!isWindowModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The positions in “%1” have changed.").arg(displayName(m_filePath)),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChangesBox"_s);
    box.setInformativeText(tr("Do you want to save them?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::onOpen()
{
    QString dir = QFileInfo(recentFiles().value(0)).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Graph"), dir,
        tr("Graph files (*.json *.cyjs *.graphml *.gexf *.gv *.dot *.csv *.tsv);;"
           "Entente graphs (*.entente.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

// --- Saving ------------------------------------------------------------------

bool MainWindow::save()
{
    // Save writes the native format; a file of another format (or the
    // dataset compiled into the app) is kept as it is and a new name asked.
    const bool native = m_document.dialect == u"entente"_s
        && m_filePath.endsWith(u".json"_s, Qt::CaseInsensitive);
    if (m_filePath.isEmpty() || isResource(m_filePath) || !native) {
        onSaveAs();
        return !isWindowModified();
    }
    return saveAs(m_filePath);
}

void MainWindow::onSaveAs()
{
    QString suggestion = m_filePath;
    if (isResource(suggestion) || suggestion.isEmpty())
        suggestion = QDir::home().filePath(QFileInfo(m_filePath).fileName());
    else if (!suggestion.endsWith(u".json"_s, Qt::CaseInsensitive))
        suggestion = QFileInfo(suggestion).dir().filePath(QFileInfo(suggestion).completeBaseName()
                                                          + u".entente.json"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Graph"), suggestion, tr("Entente graphs (*.entente.json *.json)"));
    if (!path.isEmpty())
        saveAs(path);
}

bool MainWindow::saveAs(const QString &path)
{
    if (m_document.graph.isEmpty() && m_filePath.isEmpty())
        return false;
    GraphDocument document{m_document.graph, currentPositions(), u"entente"_s};
    if (const auto error = saveGraphFile(document, path)) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot Save File"),
                        tr("Cannot save %1: %2").arg(displayName(path), error->message),
                        QMessageBox::Ok, this);
        box.setObjectName(u"saveErrorBox"_s);
        box.setDetailedText(error->toString());
        box.exec();
        return false;
    }
    m_document = std::move(document);
    m_filePath = path;
    setWindowModified(false);
    addRecentFile(path);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(displayName(path)), 5000);
    emit saved(path);
    return true;
}

void MainWindow::markModified()
{
    setWindowModified(true);
    m_autosaver->documentChanged();
}

// --- Recent files, title, settings -------------------------------------------

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(recentFilesKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentFilesKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = ui->menuOpenRecent;
    menu->clear();
    const QStringList files = recentFiles();
    int number = 0;
    for (const QString &file : files) {
        ++number;
        const QString text = number < 10 ? u"&%1  %2"_s.arg(number).arg(displayName(file))
                                         : displayName(file);
        QAction *action = menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        action->setData(file);
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    if (!files.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(recentFilesKey);
            updateRecentMenu();
        });
    }
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    if (m_filePath.isEmpty()) {
        setWindowTitle(tr("Entente"));
        return;
    }
    const QString title = m_document.graph.title();
    const QString file = displayName(m_filePath);
    setWindowTitle(title.isEmpty() ? u"%1[*]"_s.arg(file) : u"%1 — %2[*]"_s.arg(title, file));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Saved or discarded: nothing is left to recover.
    m_autosaver->discard();
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState(stateVersion));
    m_runner->pause();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Open after the drop has finished: a modal dialog (unsaved changes, load
    // errors) inside the drop handler would block the drag source.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->graphView) {
        switch (event->type()) {
        case QEvent::Wheel:
        case QEvent::MouseButtonPress:
        case QEvent::KeyPress:
            m_autoFit = false;
            break;
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updatePalette();
}

void MainWindow::updatePalette()
{
    // Qt 6.4 has no QStyleHints::colorScheme: the window colour tells (it
    // also follows a palette set by the user or the platform theme).
    bool dark = palette().color(QPalette::Window).lightness() < 128;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (const auto scheme = QGuiApplication::styleHints()->colorScheme();
        scheme != Qt::ColorScheme::Unknown)
        dark = scheme == Qt::ColorScheme::Dark;
#endif
    const QColor iconColour = palette().color(QPalette::WindowText);
    const struct
    {
        QAction *action;
        const char16_t *theme;
        const char16_t *file;
    } icons[] = {
        {ui->actionOpen, u"document-open", u"open"},
        {ui->actionSave, u"document-save", u"save"},
        {ui->actionRestartLayout, u"view-refresh", u"restart"},
        {ui->actionResetPins, u"", u"unpin"},
        {ui->actionFitAll, u"zoom-fit-best", u"fit-all"},
        {ui->actionFitSelection, u"zoom-fit-selection", u"fit-selection"},
        {ui->actionZoomIn, u"zoom-in", u"zoom-in"},
        {ui->actionZoomOut, u"zoom-out", u"zoom-out"},
        {ui->actionShowLabels, u"", u"labels"},
        {ui->actionFind, u"edit-find", u"search"},
    };
    for (const auto &entry : icons)
        entry.action->setIcon(themedIcon(QString::fromUtf16(entry.theme),
                                         QString::fromUtf16(entry.file), iconColour));
    m_playIcon = themedIcon(u"media-playback-start"_s, u"play"_s, iconColour);
    m_pauseIcon = themedIcon(u"media-playback-pause"_s, u"pause"_s, iconColour);
    if (m_searchIconAction)
        m_searchIconAction->setIcon(themedIcon(u"edit-find"_s, u"search"_s,
                                               palette().color(QPalette::PlaceholderText)));
    updateLayoutState();
    if (m_style.darkPalette != dark || !m_styleApplied) {
        m_style.darkPalette = dark;
        applyStyle();
    }
}

void MainWindow::applyStyle()
{
    m_styleApplied = true;
    ui->graphView->setGraphStyle(m_style);
    ui->legendPanel->setGraphStyle(m_style);
}

// --- Status ------------------------------------------------------------------

void MainWindow::updateStatus()
{
    const RelationshipGraph &graph = m_document.graph;
    if (m_filePath.isEmpty()) {
        m_countsLabel->setText(tr("No graph"));
        return;
    }
    m_countsLabel->setText(tr("%1 nodes · %2 edges")
                               .arg(QLocale().toString(graph.nodeCount()),
                                    QLocale().toString(graph.edgeCount())));
    // The active filter as text, and its summary ("23 of 41 nodes, ..."),
    // when it hides any; a long expression is cut, the dock has it whole.
    if (!m_filterPanel->nodeStates().empty()) {
        const QString expression = m_countsLabel->fontMetrics().elidedText(
            m_filterPanel->expression(), Qt::ElideRight, 60 * m_countsLabel->fontMetrics().averageCharWidth());
        m_countsLabel->setText(tr("Filter: %1 · %2").arg(expression, m_filterPanel->summary()));
    }
}

void MainWindow::updateLayoutState()
{
    if (!ui || !m_layoutLabel)
        return;
    const bool running = m_runner->isRunning();
    {
        const QSignalBlocker blocker(ui->actionRunLayout);
        ui->actionRunLayout->setChecked(running);
    }
    ui->actionRunLayout->setIcon(running ? m_pauseIcon : m_playIcon);
    ui->actionRunLayout->setText(running ? tr("&Pause Layout") : tr("&Run Layout"));
    ui->actionRunLayout->setIconText(running ? tr("Pause") : tr("Run"));
    QString state;
    if (m_filePath.isEmpty())
        state = QString();
    else if (running)
        state = tr("Layout running");
    else if (m_layoutConverged)
        state = tr("Layout converged");
    else
        state = tr("Layout paused");
    m_layoutLabel->setText(state);
}

void MainWindow::onFilterChanged()
{
    std::vector<NodeState> states = m_filterPanel->nodeStates();
    // The layout lays out what is shown; hidden nodes keep their places and
    // exert no forces, so clearing the filter brings them back where they were.
    std::vector<quint8> active;
    if (!states.empty()) {
        active.resize(states.size());
        for (std::size_t n = 0; n < states.size(); ++n)
            active[n] = states[n] != NodeState::Hidden;
    }
    ui->graphView->setNodeStates(std::move(states));
    ui->graphView->setEdgeVisibility(m_filterPanel->edgeVisibility());
    m_runner->setActiveNodes(std::move(active));
    updateStatus();
}

void MainWindow::onSelectionChanged()
{
    GraphView *view = ui->graphView;
    const RelationshipGraph &graph = m_document.graph;
    const QList<NodeIndex> nodes = view->selectedNodes();
    const std::optional<EdgeIndex> edge = view->selectedEdge();
    if (nodes.size() == 1) {
        ui->detailsPanel->showNode(nodes.first());
        m_selectionLabel->setText(tr("Selected: %1").arg(graph.nodeDisplayLabel(nodes.first())));
    } else if (!nodes.isEmpty()) {
        ui->detailsPanel->showNodes(nodes);
        m_selectionLabel->setText(tr("%n node(s) selected", nullptr, int(nodes.size())));
    } else if (edge) {
        ui->detailsPanel->showEdge(*edge);
        m_selectionLabel->setText(
            tr("Selected: %1 — %2")
                .arg(graph.nodeDisplayLabel(graph.edgeSource(*edge)),
                     graph.nodeDisplayLabel(graph.edgeTarget(*edge))));
    } else {
        ui->detailsPanel->showNothing();
        m_selectionLabel->clear();
    }
}

// --- Interaction -------------------------------------------------------------

void MainWindow::selectAndFocusNode(NodeIndex node)
{
    if (node >= NodeIndex(m_document.graph.nodeCount()))
        return;
    m_autoFit = false;
    ui->graphView->setSelectedNodes({node});
    ui->graphView->focusNode(node);
}

void MainWindow::selectEdge(EdgeIndex edge)
{
    const RelationshipGraph &graph = m_document.graph;
    if (edge >= EdgeIndex(graph.edgeCount()))
        return;
    m_autoFit = false;
    ui->graphView->setSelectedEdge(edge);
    const NodePositions &positions = ui->graphView->positions();
    ui->graphView->centerOn((positions.at(graph.edgeSource(edge))
                             + positions.at(graph.edgeTarget(edge))) / 2.0);
}

bool MainWindow::findNode(const QString &typed)
{
    const RelationshipGraph &graph = m_document.graph;
    const QString text = typed.trimmed();
    if (text.isEmpty() || graph.isEmpty())
        return false;
    std::optional<NodeIndex> found;
    if (const auto it = m_completionIndex.constFind(text); it != m_completionIndex.cend())
        found = *it;
    if (!found)
        found = graph.findNode(text);
    // Then an exact label, then the first label or id that contains the text.
    for (NodeIndex n = 0; !found && n < NodeIndex(graph.nodeCount()); ++n) {
        if (graph.nodeLabel(n).compare(text, Qt::CaseInsensitive) == 0
            || graph.nodeId(n).compare(text, Qt::CaseInsensitive) == 0)
            found = n;
    }
    for (NodeIndex n = 0; !found && n < NodeIndex(graph.nodeCount()); ++n) {
        if (graph.nodeLabel(n).contains(text, Qt::CaseInsensitive)
            || graph.nodeId(n).contains(text, Qt::CaseInsensitive))
            found = n;
    }
    if (!found) {
        statusBar()->showMessage(tr("No node matches “%1”").arg(text), 4000);
        return false;
    }
    selectAndFocusNode(*found);
    return true;
}

void MainWindow::onSearchActivated()
{
    if (m_completer->popup() && m_completer->popup()->isVisible())
        m_completer->popup()->hide();
    if (findNode(m_search->text()))
        ui->graphView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::onClearRequested()
{
    ui->graphView->clearSelection();
    if (m_search->hasFocus()) {
        m_search->clear();
        ui->graphView->setFocus(Qt::OtherFocusReason);
    }
    onSelectionChanged();
}

void MainWindow::onContextMenu(std::optional<NodeIndex> node, QPoint globalPos)
{
    GraphView *view = ui->graphView;
    QMenu menu(this);
    if (node && *node < NodeIndex(m_document.graph.nodeCount())) {
        const NodeIndex n = *node;
        const bool pinned = view->isPinned(n);
        menu.addSection(m_document.graph.nodeDisplayLabel(n));
        menu.addAction(pinned ? tr("Unpin") : tr("Pin"), this, [this, n, pinned] {
            ui->graphView->setPinned(n, !pinned);
            m_runner->setPinned(n, !pinned);
            markModified();
        });
        menu.addAction(tr("Select Neighbours"), this, [this, n] {
            ui->graphView->setSelectedNodes({n});
            ui->graphView->selectNeighbours();
        });
        menu.addAction(tr("Focus"), this, [this, n] { selectAndFocusNode(n); });
        addAnalysisActions(menu, n);
        menu.addSeparator();
        menu.addAction(tr("Hide"), this, [this, n] {
            QList<NodeIndex> nodes = ui->graphView->selectedNodes();
            // Hiding a node of the selection hides the whole selection, as in
            // Cytoscape; otherwise just the node under the mouse.
            if (!nodes.contains(n))
                nodes = {n};
            ui->graphView->hideNodes(nodes);
        });
    } else {
        menu.addAction(ui->actionShowHidden);
        menu.addAction(ui->actionFitAll);
        menu.addSeparator();
        menu.addAction(ui->actionSelectAll);
        menu.addAction(ui->actionRunLayout);
    }
    menu.exec(globalPos);
}

void MainWindow::onRunLayoutToggled(bool run)
{
    if (m_document.graph.isEmpty()) {
        updateLayoutState();
        return;
    }
    if (run)
        m_runner->resume();
    else
        m_runner->pause();
    updateLayoutState();
}

void MainWindow::onRestartLayout()
{
    if (m_document.graph.isEmpty())
        return;
    m_runner->restart();
    m_autoFit = true;
    markModified();
    updateLayoutState();
}

void MainWindow::onResetPins()
{
    const NodePositions &positions = ui->graphView->positions();
    bool any = false;
    for (std::size_t n = 0; n < positions.pinned.size(); ++n) {
        if (positions.pinned[n]) {
            m_runner->setPinned(NodeIndex(n), false);
            any = true;
        }
    }
    ui->graphView->resetPins();
    if (any)
        markModified();
}

void MainWindow::onPositionsUpdated(const NodePositions &snapshot)
{
    if (snapshot.size() != m_document.graph.nodeCount())
        return;   // a snapshot of a graph that was replaced meanwhile
    // The view keeps its own position for nodes the user pinned, even when
    // the snapshot was computed before the drag reached the layout thread.
    ui->graphView->setPositions(snapshot);
    if (m_autoFit) {
        // Every snapshot moves the graph: an animated fit would never arrive.
        const bool animated = ui->graphView->isAnimated();
        ui->graphView->setAnimated(false);
        ui->graphView->fitAll();
        ui->graphView->setAnimated(animated);
    }
}

// --- Preferences -------------------------------------------------------------

void MainWindow::setUpPreferences()
{
    auto *action = new QAction(tr("&Preferences…"), this);
    action->setObjectName(u"actionPreferences"_s);
    action->setShortcut(QKeySequence::Preferences);
    action->setMenuRole(QAction::PreferencesRole);
    ui->menuEdit->addSeparator();
    ui->menuEdit->addAction(action);
    connect(action, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        connect(&dialog, &SettingsDialog::settingsApplied, this, &MainWindow::applyPreferences);
        dialog.exec();
    });
    applyPreferences();
}

// --- Long work ---------------------------------------------------------------

bool MainWindow::isLoadInProgress() const
{
    return m_pendingLoads > 0 && m_cancelledLoad != m_loadGeneration;
}

void MainWindow::updateBusy()
{
    // The live force layout runs all the time and needs no Cancel; a one-shot
    // engine (Graphviz) on a big graph can take long.
    const bool layingOut = m_runner->isRunning() && m_runner->engine() != u"force"_s;
    const bool busy = isLoadInProgress() || layingOut;
    m_busy->setVisible(busy || isExporting());
    m_cancelWork->setVisible(busy || isExporting());
    // An export alone shows how far it got; anything else the busy bar.
    if (isExporting() && !busy)
        showExportProgress();
    else
        m_busy->setRange(0, 0);
}

void MainWindow::cancelWork()
{
    cancelExport();
    if (isLoadInProgress()) {
        // The reader cannot be interrupted; its result is dropped when it
        // arrives and the open document stays as it is.
        ++m_loadGeneration;
        m_cancelledLoad = m_loadGeneration;
        statusBar()->showMessage(tr("Loading cancelled; the open document is unchanged."), 5000);
    }
    if (m_runner->isRunning() && m_runner->engine() != u"force"_s) {
        m_runner->pause();   // the engine stops; its partial result is shown
        statusBar()->showMessage(tr("Layout cancelled."), 5000);
    }
    updateBusy();
}

void MainWindow::setUpAccessibility()
{
    // Screen readers name the controls by these; icon-only tool buttons
    // would otherwise be announced by their short icon text at best.
    ui->graphView->setAccessibleName(tr("Graph"));
    ui->graphView->setAccessibleDescription(
        tr("The relationship graph. Find (Ctrl+F) reaches a node by its name."));
    m_overview->setAccessibleName(tr("Overview"));
    m_filterPanel->setAccessibleName(tr("Filters"));
    ui->legendPanel->setAccessibleName(tr("Legend"));
    detailsPanel()->setAccessibleName(tr("Details"));
    detailsPanel()->browser()->setAccessibleName(tr("Details of the selection"));
    m_search->setAccessibleName(tr("Find node"));
    ui->mainToolBar->setAccessibleName(tr("Main Toolbar"));
    const auto nameButtons = [this] {
        for (QAction *action : ui->mainToolBar->actions()) {
            if (QWidget *button = ui->mainToolBar->widgetForAction(action);
                button && !action->isSeparator() && button != m_search) {
                button->setAccessibleName(QString(action->text()).remove(u'&'));
                button->setAccessibleDescription(action->toolTip());
            }
        }
    };
    nameButtons();
    for (QAction *action : ui->mainToolBar->actions())
        connect(action, &QAction::changed, this, nameButtons);
}

void MainWindow::applyPreferences()
{
    // The keys the Settings dialog writes (appsettings.h); the palette and
    // the language are applied by the dialog and at start-up.
    QSettings settings;
    m_style.labelScale = std::clamp(
        settings.value(QString::fromUtf16(SettingsKeys::labelScale), 1.0).toDouble(), 0.5, 3.0);
    ui->graphView->setAnimated(
        settings.value(QString::fromUtf16(SettingsKeys::animated), true).toBool());
    const QString engine =
        settings.value(QString::fromUtf16(SettingsKeys::layoutEngine), u"force"_s).toString();
    if (layoutEngineNames().contains(engine) && engine != m_runner->engine())
        m_runner->setEngine(engine);
    applyAutosaveInterval();
    if (m_styleApplied)
        applyStyle();
}

void MainWindow::onAbout()
{
    QString libraries;
    for (const auto &[name, version] : libraryVersions())
        libraries += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(name.toHtmlEscaped(),
                                                              version.toHtmlEscaped());
    QMessageBox box(this);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(tr("About Entente"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(
        tr("<h3>Entente %1</h3>"
           "<p>An explorer for relationship graphs: companies, alliances, initiatives, "
           "institutions and the partnerships between them.</p>"
           "<p>Ships with the partnerships announced at the Franco-German Summit on "
           "European Digital Sovereignty (Berlin, 18 November 2025).</p>"
           "<p>Copyright © 2026 The Entente developers. Free software under the MIT "
           "licence.</p>")
            .arg(QStringLiteral(ENTENTE_VERSION))
        + u"<p>%1</p><table>%2</table>"_s.arg(tr("Libraries used (versions at run time):"),
                                              libraries));
    box.exec();
}

// --- Entry point -------------------------------------------------------------

int runWindow(QApplication &app, const QString &file)
{
#ifdef __GLIBC__
    // Blocks of 1 MiB and more get their own mappings and go back to the
    // system when freed. glibc otherwise raises this threshold after the
    // first big free, and a large load's transient buffers (the file, the
    // parser's index, the layout's levels) then stay in the heap for good:
    // with the 1M-edge graph on screen that is ~40 MB of peak memory.
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    // The command line sets these first (setApplicationMetadata); a caller
    // that did not still gets settings and a title under the right name.
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(u"Entente"_s);
    QCoreApplication::setApplicationName(u"entente"_s);
    if (QGuiApplication::applicationDisplayName() != u"Entente"_s)
        QGuiApplication::setApplicationDisplayName(u"Entente"_s);

    // The language (system or the one chosen in Preferences) and the palette
    // are set before any widget exists, so that everything is built with them.
    installTranslations(uiLocale(languageSetting()));
    // "system" (the default) leaves the palette alone, so that it keeps
    // following the desktop's theme.
    const QString palette = QSettings().value(QString::fromUtf16(SettingsKeys::palette)).toString();
    if (palette == u"light"_s || palette == u"dark"_s)
        applyPaletteSetting(palette);

    MainWindow window;
    window.show();
    const QString path = file.isEmpty() ? MainWindow::bundledDatasetPath() : file;
    // Open once the event loop runs, so that the window is painted before a
    // possible error dialog.
    // A crashed instance's autosaves are offered first; a recovered document
    // takes the place of the file.
    QTimer::singleShot(0, &window, [&window, path] {
        if (!window.offerRecovery())
            window.openFile(path);
    });
    return app.exec();
}

int runWindow(int &argc, char **argv, const QString &file)
{
    QApplication app(argc, argv);
    return runWindow(app, file);
}

int openWindow(int &argc, char **argv, const QString &file, const QCommandLineParser &parser)
{
    // `entente FILE --filter EXPR` without an output option: the window opens
    // with the filter applied once the file has loaded (an invalid expression
    // shows its problem in the Filters dock).
    const QString filter = parser.isSet(u"filter"_s) ? parser.value(u"filter"_s) : QString();
    if (filter.isEmpty())
        return runWindow(argc, argv, file);
    QApplication app(argc, argv);
    // Runs in the event loop, before the window's own queued openFile.
    QTimer::singleShot(0, &app, [filter] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(widget)) {
                QObject::connect(
                    window, &MainWindow::loaded, window,
                    [window, filter] { window->filterPanel()->setExpression(filter); },
                    Qt::SingleShotConnection);
            }
        }
    });
    return runWindow(app, file);
}

} // namespace entente
