#pragma once

#include "io/graphdocument.h"
#include "render/graphstyle.h"
#include "render/imageexport.h"

#include <QHash>
#include <QIcon>
#include <QMainWindow>
#include <memory>
#include <optional>

class QApplication;
class QCommandLineParser;
class QCompleter;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QToolButton;
class QTimer;
template<typename T>
class QFuture;
template<typename T>
class QFutureWatcher;
class QStringListModel;

namespace Ui {
class MainWindow;
}

namespace entente {

class GraphView;
class DetailsPanel;
class FilterPanel;
class LegendPanel;
class LayoutRunner;
class OverviewWidget;
class AnalysisPanel;
class Autosaver;
struct AutosaveEntry;

// The graph window: one document (graph + positions + the file it came from),
// the view that shows it, the live layout that moves it, and the docks around.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The dataset that ships with the app, opened when no file is given.
    static QString bundledDatasetPath();

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`, asking first when the open document has unsaved changes.
    // Small files load at once; big ones on a worker thread (then `loaded` or
    // `loadFailed` comes later). A failed load leaves the open document as it
    // was and shows the errors. Returns false when the user cancelled or the
    // load failed at once.
    bool openFile(const QString &path);
    // Saves to the current file (or asks for a name); false when not saved.
    bool save();
    bool saveAs(const QString &path);

    const GraphDocument &document() const { return m_document; }
    QString filePath() const { return m_filePath; }
    // The current positions (the view's: layout snapshots plus the user's pins).
    NodePositions currentPositions() const;
    bool isLoading() const;
    // Files up to this size load on the GUI thread: a worker and a busy
    // indicator would only flicker for them. Tests lower it to check the
    // worker path.
    void setSynchronousLoadLimit(qint64 bytes) { m_synchronousLoadBytes = bytes; }

    GraphView *graphView() const;
    DetailsPanel *detailsPanel() const;
    AnalysisPanel *analysisPanel() const { return m_analysisPanel; }
    QMenu *sizeByMenu() const { return m_sizeByMenu; }
    LegendPanel *legendPanel() const;
    LayoutRunner *layoutRunner() const { return m_runner; }
    QLineEdit *searchField() const { return m_search; }
    QDockWidget *filtersDock() const;
    FilterPanel *filterPanel() const { return m_filterPanel; }
    // What the view shows as an image export scene: its positions, style,
    // the filter's and "Hide" states, edge visibility and the renderer's unit.
    std::shared_ptr<const ImageExportScene> exportScene() const;
    // Writes an image on a worker thread (File > Export Image… after its
    // dialog) with progress and Cancel in the status bar; exportFinished
    // follows. Null `scene`: exportScene(). Ignored while an export runs.
    void startImageExport(const QString &path, ImageFormat format, const ImageExportOptions &options,
                          std::shared_ptr<const ImageExportScene> scene = {});
    bool isExporting() const;
    // Stops the running image export (the status bar's Cancel): no file is
    // left behind.
    void cancelExport();
    // Edit > Copy Image: the view as a bitmap (and SVG for small graphs).
    void copyImage();
    // File > Export Data… after its file dialog: the graph as the view shows
    // it (filter and "Hide" applied, the view's positions) in the format of
    // `path`'s ending, or of `nameFilter` (a saveFileFilters() entry) when the
    // name has none. Asks before replacing files; written on a worker thread,
    // then exportFinished. False when nothing was started.
    bool exportData(const QString &path, const QString &nameFilter = {});
    // The document as the view shows it (what Export Data writes).
    GraphDocument shownDocument() const;
    QStringList recentFiles() const;

    // Autosave of unsaved changes and recovery after a crash
    // (mainwindow_autosave.cpp).
    Autosaver *autosaver() const { return m_autosaver; }
    // Offers the autosaves a crashed instance left (Recover / Discard /
    // Later); true when one was recovered into this window.
    bool offerRecovery();
    // Opens an autosave as the unsaved document it was: the original path,
    // marked modified. False (with an error shown) when it cannot be read.
    bool recoverAutosave(const AutosaveEntry &entry);

    // Selects `text` (a label or id, as typed in the search field) and
    // focuses it; false when no node matches.
    bool findNode(const QString &text);

signals:
    void loaded(const QString &path);
    void loadFailed(const QString &path, const entente::Diagnostics &diagnostics);
    void saved(const QString &path);
    // `error` is empty on success, imageExportCancelledMessage() when cancelled.
    void exportFinished(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpActions();
    void setUpSearch();
    void updateToolBarStyle();
    void setUpStatusBar();
    void connectView();
    void connectLayout();

    bool maybeSave();
    void startLoad(const QString &path);
    void finishLoad(const QString &path, LoadResult result, quint64 generation);
    void applyDocument(const QString &path, GraphDocument document);
    void showLoadErrors(const QString &path, const Diagnostics &diagnostics);
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void updateTitle();
    void updateStatus();
    void updateLayoutState();
    void updatePalette();
    void applyStyle();
    void markModified();

    void onOpen();
    void onSaveAs();
    void onAbout();
    void setUpPreferences();
    void setUpAccessibility();
    bool isLoadInProgress() const;
    void updateBusy();
    void cancelWork();
    void applyPreferences();
    void onSelectionChanged();
    void onFilterChanged();
    void onContextMenu(std::optional<NodeIndex> node, QPoint globalPos);
    void onSearchActivated();
    void onClearRequested();
    void onRunLayoutToggled(bool run);
    void onRestartLayout();
    void onResetPins();
    void onPositionsUpdated(const NodePositions &positions);
    void selectAndFocusNode(NodeIndex node);
    void selectEdge(EdgeIndex edge);

    void setUpAutosave();
    void applyAutosaveInterval();
    // Export (mainwindow_export.cpp).
    struct ExportJob;
    void setUpExport();
    void onExportImage();
    void onExportData();
    QString exportBaseName() const;
    void startExportJob(std::shared_ptr<ExportJob> job, const QFuture<std::optional<Diagnostic>> &future);
    void finishExport();
    void showExportProgress();

    // The Analysis dock (mainwindow_analysis.cpp).
    void setUpAnalysis();
    void setUpLayoutEngines();
    void resetAnalysis();   // a new document: no metrics, no path
    void onMetricsComputed(const QHash<QString, std::vector<double>> &metrics);
    void highlightPath(const QList<NodeIndex> &path);
    void clearPathHighlight();
    void addAnalysisActions(QMenu &menu, NodeIndex node);

    std::unique_ptr<Ui::MainWindow> ui;
    GraphDocument m_document;
    QString m_filePath;
    GraphStyle m_style;
    LayoutRunner *m_runner = nullptr;
    OverviewWidget *m_overview = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    AnalysisPanel *m_analysisPanel = nullptr;
    QDockWidget *m_analysisDock = nullptr;
    QMenu *m_sizeByMenu = nullptr;
    Autosaver *m_autosaver = nullptr;
    QList<QAction *> m_metricActions;   // in Colour by and Size by, one per computed metric
    QList<NodeIndex> m_highlightedPath;  // nodes shown undimmed while a path is highlighted
    QLineEdit *m_search = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completionModel = nullptr;
    QHash<QString, NodeIndex> m_completionIndex;   // completion text -> node
    QLabel *m_countsLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_layoutLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QToolButton *m_cancelWork = nullptr;
    std::shared_ptr<ExportJob> m_exportJob;   // the running export, if any
    QFutureWatcher<std::optional<Diagnostic>> *m_exportWatcher = nullptr;
    QTimer *m_exportProgressTimer = nullptr;
    quint64 m_cancelledLoad = 0;   // the load generation the user cancelled
    quint64 m_loadGeneration = 0;
    qint64 m_synchronousLoadBytes = 4 << 20;
    int m_pendingLoads = 0;
    bool m_layoutConverged = false;
    // While a graph without stored positions unfolds, the view follows it
    // until the user zooms or pans for themselves.
    bool m_autoFit = false;
    bool m_styleApplied = false;
    QAction *m_searchIconAction = nullptr;
    QIcon m_playIcon;
    QIcon m_pauseIcon;
};

// The window part of `entente [FILE]`: opens FILE, or the bundled dataset when
// FILE is empty, and runs the event loop.
int runWindow(QApplication &app, const QString &file);
// The same, creating the QApplication from argc/argv (the command line's
// WindowRunner).
int runWindow(int &argc, char **argv, const QString &file);
// The same with the command line's WindowRunner signature, for
// runCommandLine(argc, argv, entente::openWindow).
int openWindow(int &argc, char **argv, const QString &file, const QCommandLineParser &parser);

} // namespace entente
