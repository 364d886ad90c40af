// The main window, driven as a user would: open, select, click in the
// Details dock, search, drag, save, reopen; on the offscreen platform.

#include "detailspanel.h"
#include "filterpanel.h"
#include "graphview.h"
#include "io/graphio.h"
#include "layout/layoutengine.h"
#include "layout/layoutrunner.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

QString fixture()
{
    return QStringLiteral(ENTENTE_TEST_DATA "/gui/small.entente.json");
}

// Answers the next modal dialog: waits for it on a timer (the dialog runs its
// own event loop), records what it said and lets `answer` close it.
class ModalWatcher
{
public:
    explicit ModalWatcher(std::function<void(QMessageBox *)> answer)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            seen = true;
            text = box->text();
            detailedText = box->detailedText();
            m_answer(box);
        });
        m_timer.start();
    }
    bool seen = false;
    QString text;
    QString detailedText;

private:
    std::function<void(QMessageBox *)> m_answer;
    QTimer m_timer;
};

std::optional<NodeIndex> nodeById(const MainWindow &window, const QString &id)
{
    return window.document().graph.findNode(id);
}

// Clicks the link `href` in the Details dock the way a user does.
bool clickLink(QTextBrowser *browser, const QString &href)
{
    QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QPoint point = browser->cursorRect(cursor).center();
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
            return true;
        }
    }
    return false;
}

void sendMouse(QWidget *widget, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), Qt::LeftButton, buttons,
                      Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsOnBundledDataset();
    void invalidFileShowsErrorsAndKeepsDocument();
    void selectionShowsDetails();
    void clickingRelationSelectsNeighbour();
    void clickingEdgeShowsQuote();
    void searchFocusesMatch();
    void moveMarksModifiedAndSaveRoundTrips();
    void unsavedChangesAskBeforeOpening();
    void recentFilesPersist();
    void layoutPauseResume();
    void layoutEngineMenuSwitchesEngine();
    void colourByUpdatesLegend();
    void filterHidesNodesInView();
    void bigFilesLoadOnWorker();
    void paletteFollowsSystem();

private:
    // A dialog that no test expects would block the test until its timeout;
    // the guard closes it and the test fails in cleanup().
    QTimer m_guard;
    QPointer<QWidget> m_lastModal;
    QStringList m_unexpectedDialogs;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->graphView()->setAnimated(false);
        // The offscreen screen is small; the toolbar (with the search field)
        // needs a desktop-sized window.
        window->resize(1400, 900);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"EntenteTest"_s);
    QCoreApplication::setApplicationName(u"tst_gui_mainwindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_unexpectedDialogs.clear();
    m_guard.setInterval(1500);
    m_guard.disconnect();
    connect(&m_guard, &QTimer::timeout, this, [this] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal == m_lastModal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            m_unexpectedDialogs << (box ? box->text() + u"\n"_s + box->detailedText()
                                        : modal->windowTitle());
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        }
        m_lastModal = modal;
    });
    m_guard.start();
}

void TestMainWindow::cleanup()
{
    m_guard.stop();
    QVERIFY2(m_unexpectedDialogs.isEmpty(), qPrintable(m_unexpectedDialogs.join(u"\n"_s)));
}

void TestMainWindow::startsOnBundledDataset()
{
    auto window = makeWindow();
    QVERIFY(window->openFile(MainWindow::bundledDatasetPath()));
    const LoadResult expected = [] {
        QFile file(MainWindow::bundledDatasetPath());
        file.open(QIODevice::ReadOnly);
        return readGraphJson(file.readAll(), MainWindow::bundledDatasetPath());
    }();
    QVERIFY(expected.ok());
    const RelationshipGraph &graph = window->document().graph;
    QVERIFY(graph.nodeCount() > 10);
    QCOMPARE(graph.nodeCount(), expected.document->graph.nodeCount());
    QCOMPARE(graph.edgeCount(), expected.document->graph.edgeCount());
    QCOMPARE(window->graphView()->graph().nodeCount(), graph.nodeCount());
    QVERIFY(!graph.title().isEmpty());
    QVERIFY2(window->windowTitle().contains(graph.title()), qPrintable(window->windowTitle()));
    QVERIFY(window->windowTitle().contains(u"summit-2025.entente.json"_s));
    QVERIFY(!window->isWindowModified());
    // The bundled dataset is not a recent file: it is always there.
    QVERIFY(window->recentFiles().isEmpty());
}

void TestMainWindow::invalidFileShowsErrorsAndKeepsDocument()
{
    auto window = makeWindow();
    QVERIFY(window->openFile(fixture()));
    const QString titleBefore = window->windowTitle();
    const qsizetype nodesBefore = window->document().graph.nodeCount();

    QTemporaryDir dir;
    const QString bad = dir.filePath(u"broken.json"_s);
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"a\"}],\n"
                   " \"edges\": [{\"source\": \"a\", \"target\": \"nowhere\"}]}\n");
    }
    const LoadResult expected = loadGraphFile(bad);
    QVERIFY(!expected.ok());
    QVERIFY(expected.diagnostics.size() >= 2);

    QSignalSpy failed(window.get(), &MainWindow::loadFailed);
    ModalWatcher watcher([](QMessageBox *box) { box->accept(); });
    QVERIFY(!window->openFile(bad));
    QVERIFY(watcher.seen);
    QCOMPARE(failed.count(), 1);
    // Every message, as the command line prints them (FILE:LINE:COLUMN: ...).
    QCOMPARE(watcher.detailedText, formatDiagnostics(expected.diagnostics));
    QVERIFY(watcher.detailedText.contains(expected.diagnostics.first().toString()));
    QVERIFY2(watcher.text.contains(u"broken.json"_s), qPrintable(watcher.text));
    // The open document is untouched.
    QCOMPARE(window->filePath(), fixture());
    QCOMPARE(window->document().graph.nodeCount(), nodesBefore);
    QCOMPARE(window->windowTitle(), titleBefore);
    QCOMPARE(window->graphView()->graph().nodeCount(), nodesBefore);
}

void TestMainWindow::selectionShowsDetails()
{
    auto window = makeWindow();
    QVERIFY(window->openFile(fixture()));
    const auto alpha = nodeById(*window, u"alpha"_s);
    QVERIFY(alpha);
    // Click the node in the view, where it is drawn.
    GraphView *view = window->graphView();
    const QPointF at = view->mapFromScene(view->positions().at(*alpha));
    QTest::mouseClick(view, Qt::LeftButton, {}, at.toPoint());
    QCOMPARE(view->selectedNodes(), QList<NodeIndex>{*alpha});
    DetailsPanel *details = window->detailsPanel();
    QCOMPARE(details->shownNode(), alpha);
    const QString text = details->plainText();
    for (const auto expected : {u"Alpha Systems"_s, u"company · DE, FR · enterprise software"_s, u"alpha"_s, u"company"_s, u"DE, FR"_s,
                                u"enterprise software"_s, u"€1.2 billion"_s, u"founded"_s,
                                u"1972"_s, u"https://alpha.example"_s, u"Beta AI"_s,
                                u"Gamma Alliance"_s, u"partnership"_s, u"membership"_s,
                                u"Two firms agree to work together"_s, u"Test Press"_s,
                                u"2025-11-18"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" missing in:\n"_s + text));
    // The source's title links to its url.
    QVERIFY(details->browser()->toHtml().contains(u"https://example.org/news/1"_s));
    // Sources of other nodes are not listed.
    QVERIFY(!text.contains(u"An alliance grows"_s));
}

void TestMainWindow::clickingRelationSelectsNeighbour()
{
    auto window = makeWindow();
    QVERIFY(window->openFile(fixture()));
    const auto alpha = nodeById(*window, u"alpha"_s);
    const auto gamma = nodeById(*window, u"gamma"_s);
    QVERIFY(alpha && gamma);
    window->graphView()->setSelectedNodes({*alpha});
    QCOMPARE(window->detailsPanel()->shownNode(), alpha);
    QVERIFY(clickLink(window->detailsPanel()->browser(), u"node:%1"_s.arg(*gamma)));
    QTRY_COMPARE(window->graphView()->selectedNodes(), QList<NodeIndex>{*gamma});
    QCOMPARE(window->detailsPanel()->shownNode(), gamma);
    QVERIFY(window->detailsPanel()->plainText().contains(u"An alliance grows"_s));
    // Focused: the neighbour is in view.
    QVERIFY(window->graphView()->visibleSceneRect().contains(
        window->graphView()->positions().at(*gamma)));
}

void TestMainWindow::clickingEdgeShowsQuote()
{
    auto window = makeWindow();
    QVERIFY(window->openFile(fixture()));
    const auto alpha = nodeById(*window, u"alpha"_s);
    QVERIFY(alpha);
    window->graphView()->setSelectedNodes({*alpha});
    const RelationshipGraph &graph = window->document().graph;
    std::optional<EdgeIndex> e1;
    for (EdgeIndex e = 0; e < EdgeIndex(graph.edgeCount()); ++e) {
        if (graph.edgeId(e) == u"e1"_s)
            e1 = e;
    }
    QVERIFY(e1);
    QVERIFY(clickLink(window->detailsPanel()->browser(), u"edge:%1"_s.arg(*e1)));
    QTRY_COMPARE(window->graphView()->selectedEdge(), e1);
    QCOMPARE(window->detailsPanel()->shownEdge(), e1);
    const QString text = window->detailsPanel()->plainText();
    QVERIFY2(text.contains(u"Alpha and Beta will build a sovereign assistant."_s), qPrintable(text));
    QVERIFY(text.contains(u"Two firms agree to work together"_s));
}

void TestMainWindow::searchFocusesMatch()
{
    auto window = makeWindow();
    QVERIFY(window->openFile(fixture()));
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    GraphView *view = window->graphView();
    view->setFocus();
    const auto delta = nodeById(*window, u"delta"_s);
    QVERIFY(delta);

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = window->searchField();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"delta clo"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(view->selectedNodes(), QList<NodeIndex>{*delta});
    QVERIFY(view->visibleSceneRect().contains(view->positions().at(*delta)));
    QCOMPARE(window->detailsPanel()->shownNode(), delta);

    // By id as well, and Esc clears the selection.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"epsilon"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(view->selectedNodes(), QList<NodeIndex>{*nodeById(*window, u"epsilon"_s)});
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(view->selectedNodes().isEmpty());

    // Nothing matches: the selection stays as it was.
    view->setSelectedNodes({*delta});
    QVERIFY(!window->findNode(u"no such node"_s));
    QCOMPARE(view->selectedNodes(), QList<NodeIndex>{*delta});
}

void TestMainWindow::moveMarksModifiedAndSaveRoundTrips()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"moved.entente.json"_s);
    QVERIFY(QFile::copy(fixture(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    QVERIFY(!window->isWindowModified());
    GraphView *view = window->graphView();
    const auto beta = nodeById(*window, u"beta"_s);
    QVERIFY(beta);
    const QPointF from = view->mapFromScene(view->positions().at(*beta));
    const QPointF to = from + QPointF(60, 45);
    sendMouse(view, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int step = 1; step <= 6; ++step)
        sendMouse(view, QEvent::MouseMove, from + (to - from) * step / 6.0, Qt::LeftButton);
    sendMouse(view, QEvent::MouseButtonRelease, to, Qt::NoButton);

    QVERIFY(window->isWindowModified());
    QVERIFY(view->isPinned(*beta));
    const QPointF moved = view->positions().at(*beta);
    QVERIFY(QLineF(moved, view->mapToScene(to)).length() < 1.0);
    QVERIFY(window->windowTitle().contains(u"[*]"_s));

    QVERIFY(window->save());
    QVERIFY(!window->isWindowModified());
    const LoadResult reloaded = loadGraphFile(path);
    QVERIFY(reloaded.ok());
    const NodePositions &positions = reloaded.document->positions;
    const auto savedBeta = reloaded.document->graph.findNode(u"beta"_s);
    QVERIFY(savedBeta);
    QCOMPARE(positions.x[*savedBeta], moved.x());
    QCOMPARE(positions.y[*savedBeta], moved.y());
    QVERIFY(positions.pinned[*savedBeta]);
    QCOMPARE(reloaded.document->graph.nodeCount(), window->document().graph.nodeCount());
    QCOMPARE(reloaded.document->graph.edgeCount(), window->document().graph.edgeCount());
    // Unknown attributes survive the save.
    const auto alpha = reloaded.document->graph.findNode(u"alpha"_s);
    QCOMPARE(attributeValue(reloaded.document->graph.nodeAttributes(*alpha), u"founded").toInt(),
             1972);

    // Open it again in a new window: the node is where it was left, pinned.
    auto second = makeWindow();
    QVERIFY(second->openFile(path));
    QCOMPARE(second->graphView()->positions().at(*savedBeta), moved);
    QVERIFY(second->graphView()->isPinned(*savedBeta));
}

void TestMainWindow::unsavedChangesAskBeforeOpening()
{
    auto window = makeWindow();
    QVERIFY(window->openFile(fixture()));
    const auto beta = nodeById(*window, u"beta"_s);
    window->graphView()->setPinned(*beta, true);
    window->setWindowModified(true);

    {
        ModalWatcher cancel([](QMessageBox *box) { box->done(QMessageBox::Cancel); });
        QVERIFY(!window->openFile(MainWindow::bundledDatasetPath()));
        QVERIFY(cancel.seen);
        QCOMPARE(window->filePath(), fixture());
        QVERIFY(window->isWindowModified());
    }
    {
        ModalWatcher discard([](QMessageBox *box) { box->done(QMessageBox::Discard); });
        QVERIFY(window->openFile(MainWindow::bundledDatasetPath()));
        QVERIFY(discard.seen);
        QCOMPARE(window->filePath(), MainWindow::bundledDatasetPath());
        QVERIFY(!window->isWindowModified());
    }
}

void TestMainWindow::recentFilesPersist()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"first.entente.json"_s);
    const QString second = dir.filePath(u"second.entente.json"_s);
    QVERIFY(QFile::copy(fixture(), first));
    QVERIFY(QFile::copy(fixture(), second));
    {
        auto window = makeWindow();
        QVERIFY(window->openFile(first));
        QVERIFY(window->openFile(second));
        QCOMPARE(window->recentFiles(), (QStringList{second, first}));
        window->close();
    }
    // A new window (as after a restart) offers them in File > Open Recent.
    auto window = makeWindow();
    auto *menu = window->findChild<QMenu *>(u"menuOpenRecent"_s);
    QVERIFY(menu);
    QStringList offered;
    for (QAction *action : menu->actions()) {
        if (action->data().isValid())
            offered << action->data().toString();
    }
    QCOMPARE(offered, (QStringList{second, first}));
    // Choosing one opens it.
    menu->actions().at(1)->trigger();
    QCOMPARE(window->filePath(), first);
    QCOMPARE(window->recentFiles().first(), first);
}

void TestMainWindow::layoutPauseResume()
{
    // Without stored positions the layout unfolds the graph at once.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nopositions.entente.json"_s);
    {
        QFile in(fixture());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray nodes = root.value(u"nodes"_s).toArray();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QJsonObject node = nodes[i].toObject();
            node.remove(u"x"_s);
            node.remove(u"y"_s);
            node.remove(u"pinned"_s);
            nodes[i] = node;
        }
        root.insert(u"nodes"_s, nodes);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
    }
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    LayoutRunner *runner = window->layoutRunner();
    QSignalSpy snapshots(runner, &LayoutRunner::positionsUpdated);
    QVERIFY(window->openFile(path));
    auto *run = window->findChild<QAction *>(u"actionRunLayout"_s);
    QVERIFY(run);
    QVERIFY(snapshots.wait(5000) || runner->isRunning() || !snapshots.isEmpty());
    // The view shows the layout's positions.
    QTRY_VERIFY(window->graphView()->positions().allKnown());

    if (!runner->isRunning()) {
        run->trigger();   // converged already on so small a graph: start it again
        QTRY_VERIFY(runner->isRunning());
    }
    QVERIFY(run->isChecked());
    run->trigger();
    QTRY_VERIFY(!runner->isRunning());
    QVERIFY(!run->isChecked());
    run->trigger();
    QTRY_VERIFY(runner->isRunning() || run->isChecked());
    QVERIFY(run->isChecked());

    // Space pauses too.
    window->graphView()->setFocus();
    QTest::keyClick(window->graphView(), Qt::Key_Space);
    QTRY_VERIFY(!runner->isRunning());
    QVERIFY(!run->isChecked());
}

void TestMainWindow::layoutEngineMenuSwitchesEngine()
{
    auto window = makeWindow();
    QVERIFY(window->openFile(MainWindow::bundledDatasetPath()));
    auto *menu = window->findChild<QMenu *>(u"menuLayoutEngine"_s);
    QVERIFY(menu);
    QStringList offered;
    for (QAction *action : menu->actions())
        offered.append(action->data().toString());
    QCOMPARE(offered, layoutEngineNames());

    LayoutRunner *runner = window->layoutRunner();
    QCOMPARE(runner->engine(), u"force"_s);
    auto *dot = window->findChild<QAction *>(u"actionLayoutEngine_dot"_s);
    QVERIFY(dot);
    QSignalSpy snapshots(runner, &LayoutRunner::positionsUpdated);
    dot->trigger();
    QCOMPARE(runner->engine(), u"dot"_s);
    // The Graphviz result reaches the view.
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 20000);
    emit menu->aboutToShow();
    QVERIFY(dot->isChecked());
    QVERIFY(!window->findChild<QAction *>(u"actionLayoutEngine_force"_s)->isChecked());
}

void TestMainWindow::colourByUpdatesLegend()
{
    auto window = makeWindow();
    QVERIFY(window->openFile(fixture()));
    auto *byKind = window->findChild<QAction *>(u"actionColourByKind"_s);
    QVERIFY(byKind);
    byKind->trigger();
    QCOMPARE(window->graphView()->graphStyle().colorColumn, NodeColumn::Kind);
    auto *tree = window->findChild<QTreeWidget *>(u"legendTree"_s);
    QVERIFY(tree);
    QVERIFY(tree->topLevelItemCount() >= 1);
    // The colour section lists every kind with its count: 3 companies.
    QTreeWidgetItem *colours = tree->topLevelItem(0);
    bool foundCompany = false;
    for (int i = 0; i < colours->childCount(); ++i) {
        if (colours->child(i)->text(0) == u"company"_s) {
            foundCompany = true;
            QCOMPARE(colours->child(i)->text(1), u"3"_s);
        }
    }
    QVERIFY(foundCompany);
    auto *labels = window->findChild<QAction *>(u"actionShowLabels"_s);
    labels->trigger();
    QCOMPARE(window->graphView()->graphStyle().showLabels, labels->isChecked());
}

void TestMainWindow::filterHidesNodesInView()
{
    auto window = makeWindow();
    QVERIFY(window->openFile(fixture()));
    FilterPanel *filters = window->filterPanel();
    QVERIFY(filters);
    QCOMPARE(window->filtersDock()->widget(), filters);
    const auto alpha = *nodeById(*window, u"alpha"_s);     // DE and FR
    const auto epsilon = *nodeById(*window, u"epsilon"_s); // FR only
    QVERIFY(filters->setExpression(u"country:DE"_s));
    GraphView *view = window->graphView();
    QTRY_COMPARE(view->effectiveNodeState(epsilon), NodeState::Hidden);
    QCOMPARE(view->effectiveNodeState(alpha), NodeState::Shown);
    filters->clear();
    QTRY_COMPARE(view->effectiveNodeState(epsilon), NodeState::Shown);
}

void TestMainWindow::bigFilesLoadOnWorker()
{
    auto window = makeWindow();
    QVERIFY(window->openFile(MainWindow::bundledDatasetPath()));
    window->setSynchronousLoadLimit(0);
    QSignalSpy loaded(window.get(), &MainWindow::loaded);
    QVERIFY(window->openFile(fixture()));
    // Returned before the load finished; the old document is still shown.
    QVERIFY(window->isLoading());
    QCOMPARE(window->filePath(), MainWindow::bundledDatasetPath());
    QVERIFY(loaded.wait(10000));
    QVERIFY(!window->isLoading());
    QCOMPARE(window->filePath(), fixture());
    QVERIFY(nodeById(*window, u"alpha"_s));

    // A failed load on the worker shows the errors and keeps the document.
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.json"_s);
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"nodes\": [}");
    }
    QSignalSpy failed(window.get(), &MainWindow::loadFailed);
    ModalWatcher watcher([](QMessageBox *box) { box->accept(); });
    QVERIFY(window->openFile(bad));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(watcher.seen);
    QCOMPARE(watcher.detailedText, formatDiagnostics(loadGraphFile(bad).diagnostics));
    QCOMPARE(window->filePath(), fixture());
}

void TestMainWindow::paletteFollowsSystem()
{
    auto window = makeWindow();
    QVERIFY(window->openFile(fixture()));
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QTRY_VERIFY(window->graphView()->graphStyle().darkPalette);
    QApplication::setPalette(original);
    QTRY_VERIFY(!window->graphView()->graphStyle().darkPalette);
}

QTEST_MAIN(TestMainWindow)
#include "tst_gui_mainwindow.moc"
