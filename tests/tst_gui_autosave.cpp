// Autosave and crash recovery: the store's files and locks, a real crash (a
// child process killed with SIGKILL while it holds its autosave), the
// recovery dialog, the window's autosave, clean close and failed autosaves.

#include "autosave.h"
#include "graphview.h"
#include "io/graphio.h"
#include "mainwindow.h"
#include "recoverydialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

QString fixture()
{
    return QStringLiteral(ENTENTE_TEST_DATA "/gui/small.entente.json");
}

constexpr double movedX = 987.5;
constexpr double movedY = -321.25;

// The document as the user left it: "beta" dragged somewhere and pinned.
GraphDocument editedFixture()
{
    LoadResult result = loadGraphFile(fixture());
    GraphDocument document = std::move(*result.document);
    const NodeIndex beta = *document.graph.findNode(u"beta"_s);
    document.positions.x[beta] = movedX;
    document.positions.y[beta] = movedY;
    document.positions.pinned[beta] = 1;
    return document;
}

// The child's part of crashWhileAutosaved: an instance that autosaves an
// edited document and then hangs until it is killed, as a crashing Entente
// would leave its files.
int runCrashingChild(const QString &directory)
{
    AutosaveStore store(directory);
    QString error;
    if (!store.ensureLocked(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    if (const auto failure = store.write(editedFixture(), fixture())) {
        std::fprintf(stderr, "%s\n", qPrintable(failure->toString()));
        return 3;
    }
    std::printf("autosaved\n");
    std::fflush(stdout);
    QThread::sleep(120);   // the parent kills us long before
    return 0;
}

// Answers the next modal dialog of type T.
template<typename T>
class ModalWatcher
{
public:
    explicit ModalWatcher(std::function<void(T *)> answer)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_timer.stop();
            seen = true;
            m_answer(dialog);
        });
        m_timer.start();
    }
    bool seen = false;

private:
    std::function<void(T *)> m_answer;
    QTimer m_timer;
};

void sendMouse(QWidget *widget, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), Qt::LeftButton, buttons,
                      Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

// Drags node `id` by (60, 45) pixels, as a user would; returns its new position.
QPointF dragNode(MainWindow &window, const QString &id)
{
    GraphView *view = window.graphView();
    const NodeIndex node = *window.document().graph.findNode(id);
    const QPointF from = view->mapFromScene(view->positions().at(node));
    const QPointF to = from + QPointF(60, 45);
    sendMouse(view, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int step = 1; step <= 6; ++step)
        sendMouse(view, QEvent::MouseMove, from + (to - from) * step / 6.0, Qt::LeftButton);
    sendMouse(view, QEvent::MouseButtonRelease, to, Qt::NoButton);
    return view->positions().at(node);
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void storeWritesAndRemoves();
    void liveInstanceIsNotStale();
    void crashWhileAutosaved();
    void recoveryDialogDiscardAndLater();
    void windowRecoversFromDialog();
    void windowAutosavesAndCleanCloseRemoves();
    void saveRemovesAutosave();
    void failingAutosaveLeavesDocument();
    void unsavedChangesStillAsk();

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->graphView()->setAnimated(false);
        window->resize(1400, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }
    // A crashed instance's leftovers in the window's autosave folder.
    AutosaveEntry crashedEntry();

    QTemporaryDir m_home;
};

void TestAutosave::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings and the autosave folder of the windows below live in a
    // throw-away home (QStandardPaths follows the XDG variables).
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"EntenteTest"_s);
    QCoreApplication::setApplicationName(u"tst_gui_autosave"_s);
    QVERIFY(AutosaveStore::defaultDirectory().startsWith(m_home.path()));
}

void TestAutosave::init()
{
    QSettings().clear();
    QDir(AutosaveStore::defaultDirectory()).removeRecursively();
}

void TestAutosave::storeWritesAndRemoves()
{
    QTemporaryDir dir;
    AutosaveStore store(dir.path());
    QVERIFY(store.ensureLocked());
    QVERIFY(!store.write(editedFixture(), fixture()));
    QVERIFY(QFileInfo::exists(store.dataPathFor(fixture())));
    QVERIFY(QFileInfo::exists(store.infoPathFor(fixture())));
    // No temporary files left beside them: the lock, the snapshot, the sidecar.
    QCOMPARE(filesIn(dir.path()).size(), 3);

    const LoadResult snapshot = loadGraphFile(store.dataPathFor(fixture()));
    QVERIFY(snapshot.ok());
    const NodeIndex beta = *snapshot.document->graph.findNode(u"beta"_s);
    QCOMPARE(snapshot.document->positions.x[beta], movedX);
    QVERIFY(snapshot.document->positions.pinned[beta]);

    // An untitled document and a named one do not share files.
    QVERIFY(store.dataPathFor(QString()) != store.dataPathFor(fixture()));

    store.remove(fixture());
    QCOMPARE(filesIn(dir.path()), QStringList{store.instanceId() + u".lock"_s});
}

void TestAutosave::liveInstanceIsNotStale()
{
    QTemporaryDir dir;
    auto first = std::make_unique<AutosaveStore>(dir.path());
    QVERIFY(first->ensureLocked());
    QVERIFY(!first->write(editedFixture(), fixture()));
    AutosaveStore second(dir.path());
    // The other instance is alive (here: the same process): its files are
    // not offered, whatever the age of its lock.
    QVERIFY(second.staleEntries().isEmpty());
    QVERIFY(first->staleEntries().isEmpty());
}

void TestAutosave::crashWhileAutosaved()
{
    QTemporaryDir dir;
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u"--autosave-child"_s, dir.path()});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning, 30000);
    QCOMPARE(child.readLine().trimmed(), QByteArray("autosaved"));

    AutosaveStore survivor(dir.path());
    QVERIFY2(survivor.staleEntries().isEmpty(), "a running instance's autosave was offered");

    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const QList<AutosaveEntry> entries = survivor.staleEntries();
    QCOMPARE(entries.size(), 1);
    const AutosaveEntry &entry = entries.first();
    QCOMPARE(entry.originalPath, fixture());
    QCOMPARE(entry.dialect, u"entente"_s);
    QVERIFY(entry.savedAt.isValid());
    QVERIFY(qAbs(entry.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    const LoadResult recovered = AutosaveStore::read(entry);
    QVERIFY(recovered.ok());
    const NodeIndex beta = *recovered.document->graph.findNode(u"beta"_s);
    QCOMPARE(recovered.document->positions.x[beta], movedX);
    QCOMPARE(recovered.document->positions.y[beta], movedY);
    QVERIFY(recovered.document->positions.pinned[beta]);

    survivor.discard(entry);
    QVERIFY(survivor.staleEntries().isEmpty());
    // The dead instance's lock went with its last file.
    QVERIFY(filesIn(dir.path()).isEmpty());
}

AutosaveEntry TestAutosave::crashedEntry()
{
    // Written by a store that is gone without cleaning up, and whose lock
    // file is left behind unlocked: what a crash leaves.
    const QString directory = AutosaveStore::defaultDirectory();
    QString instance;
    {
        AutosaveStore crashed(directory);
        if (!crashed.ensureLocked() || crashed.write(editedFixture(), fixture()))
            return {};
        instance = crashed.instanceId();
    }
    QFile lock(QDir(directory).filePath(instance + u".lock"_s));
    if (!lock.open(QIODevice::WriteOnly))
        return {};
    lock.write("12345\nentente\nlocalhost\n");
    lock.close();
    const QList<AutosaveEntry> entries = AutosaveStore(directory).staleEntries();
    return entries.size() == 1 ? entries.first() : AutosaveEntry{};
}

void TestAutosave::recoveryDialogDiscardAndLater()
{
    const AutosaveEntry entry = crashedEntry();
    QVERIFY(!entry.dataPath.isEmpty());
    AutosaveStore store(AutosaveStore::defaultDirectory());
    {
        RecoveryDialog dialog(store, store.staleEntries());
        QCOMPARE(dialog.list()->count(), 1);
        QVERIFY(dialog.list()->item(0)->text().contains(u"small.entente.json"_s));
        QTimer::singleShot(0, dialog.laterButton(), &QPushButton::click);
        QCOMPARE(dialog.exec(), int(RecoveryDialog::Later));
        QVERIFY(!dialog.chosenEntry());
    }
    QCOMPARE(store.staleEntries().size(), 1);   // Later keeps it
    {
        RecoveryDialog dialog(store, store.staleEntries());
        QTimer::singleShot(0, dialog.discardButton(), &QPushButton::click);
        QCOMPARE(dialog.exec(), int(RecoveryDialog::Later));
    }
    QVERIFY(store.staleEntries().isEmpty());
    QVERIFY(!QFileInfo::exists(entry.dataPath));
}

void TestAutosave::windowRecoversFromDialog()
{
    const AutosaveEntry entry = crashedEntry();
    QVERIFY(!entry.dataPath.isEmpty());
    auto window = makeWindow();
    ModalWatcher<RecoveryDialog> recover([](RecoveryDialog *dialog) {
        dialog->recoverButton()->click();
    });
    QVERIFY(window->offerRecovery());
    QVERIFY(recover.seen);

    QCOMPARE(window->filePath(), fixture());
    QVERIFY(window->isWindowModified());
    const NodeIndex beta = *window->document().graph.findNode(u"beta"_s);
    QCOMPARE(window->graphView()->positions().at(beta), QPointF(movedX, movedY));
    QVERIFY(window->graphView()->isPinned(beta));
    QVERIFY(window->currentPositions().pinned[beta]);

    // This window owns the changes now: its own autosave replaced the
    // crashed instance's, which is no longer offered.
    QVERIFY(QFileInfo::exists(window->autosaver()->lastDataPath()));
    QVERIFY(!QFileInfo::exists(entry.dataPath));
    QVERIFY(AutosaveStore(AutosaveStore::defaultDirectory()).staleEntries().isEmpty());

    // Nothing stale: nothing is offered.
    QVERIFY(!window->offerRecovery());

    ModalWatcher<QMessageBox> discard([](QMessageBox *box) { box->done(QMessageBox::Discard); });
    QVERIFY(window->close());
    QVERIFY(discard.seen);
}

void TestAutosave::windowAutosavesAndCleanCloseRemoves()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"work.entente.json"_s);
    QVERIFY(QFile::copy(fixture(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    Autosaver *autosaver = window->autosaver();
    // The default interval: two minutes.
    QCOMPARE(autosaver->interval(), 2 * 60 * 1000);
    QVERIFY(!autosaver->autosaveNow());   // nothing changed yet

    const QPointF moved = dragNode(*window, u"beta"_s);
    QVERIFY(window->isWindowModified());
    QSignalSpy autosaved(autosaver, &Autosaver::autosaved);
    // The timer is what does it in use; a short interval shows it.
    autosaver->setInterval(50);
    QTRY_COMPARE_WITH_TIMEOUT(autosaved.size(), 1, 10000);
    autosaver->setInterval(0);
    const QString snapshot = autosaved.first().first().toString();
    QVERIFY(snapshot.startsWith(AutosaveStore::defaultDirectory()));
    const LoadResult written = loadGraphFile(snapshot);
    QVERIFY(written.ok());
    const NodeIndex beta = *written.document->graph.findNode(u"beta"_s);
    QCOMPARE(written.document->positions.x[beta], moved.x());
    QCOMPARE(written.document->positions.y[beta], moved.y());
    QVERIFY(written.document->positions.pinned[beta]);
    // The user's file is untouched by an autosave.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
    file.close();
    // Unchanged since: the next tick writes nothing.
    QVERIFY(!autosaver->autosaveNow());

    // Close, discarding the changes: nothing is left to recover.
    ModalWatcher<QMessageBox> discard([](QMessageBox *box) { box->done(QMessageBox::Discard); });
    QVERIFY(window->close());
    QVERIFY(discard.seen);
    QVERIFY(!QFileInfo::exists(snapshot));
    window.reset();
    // Not even the lock: the folder is empty after a clean close.
    QVERIFY(filesIn(AutosaveStore::defaultDirectory()).isEmpty());
}

void TestAutosave::saveRemovesAutosave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"saved.entente.json"_s);
    QVERIFY(QFile::copy(fixture(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    dragNode(*window, u"gamma"_s);
    QVERIFY(window->autosaver()->autosaveNow());
    window->autosaver()->waitForWrite();
    const QString snapshot = window->autosaver()->lastDataPath();
    QVERIFY(QFileInfo::exists(snapshot));

    QVERIFY(window->save());
    QVERIFY(!QFileInfo::exists(snapshot));
    QVERIFY(window->autosaver()->lastDataPath().isEmpty());

    // A clean close of an unmodified document asks nothing and leaves nothing.
    QVERIFY(window->close());
    window.reset();
    QVERIFY(AutosaveStore(AutosaveStore::defaultDirectory()).staleEntries().isEmpty());
}

void TestAutosave::failingAutosaveLeavesDocument()
{
    // The autosave folder cannot be made: a plain file stands where a folder
    // of its path should be (root ignores read-only permissions, so a
    // read-only folder alone would not fail here).
    const QString data = m_home.filePath(u"data"_s);
    QDir(data).removeRecursively();
    QVERIFY(QDir().mkpath(data));
    {
        QFile blocker(QDir(data).filePath(u"EntenteTest"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a folder");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fragile.entente.json"_s);
    QVERIFY(QFile::copy(fixture(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    const QPointF moved = dragNode(*window, u"delta"_s);
    const NodeIndex delta = *window->document().graph.findNode(u"delta"_s);
    QSignalSpy failed(window->autosaver(), &Autosaver::autosaveFailed);
    window->autosaver()->autosaveNow();
    window->autosaver()->waitForWrite();
    QCOMPARE(failed.size(), 1);
    QVERIFY(window->statusBar()->currentMessage().contains(u"Autosave failed"_s));
    // The document is as the user left it, still unsaved.
    QVERIFY(window->isWindowModified());
    QCOMPARE(window->filePath(), path);
    QCOMPARE(window->graphView()->positions().at(delta), moved);

    // A snapshot that cannot be written (a folder in its place) fails the
    // same quiet way once the folder exists.
    QVERIFY(QFile::remove(QDir(data).filePath(u"EntenteTest"_s)));
    AutosaveStore &store = window->autosaver()->store();
    QVERIFY(QDir().mkpath(store.dataPathFor(path)));
    dragNode(*window, u"alpha"_s);
    window->autosaver()->autosaveNow();
    window->autosaver()->waitForWrite();
    QCOMPARE(failed.size(), 2);
    QVERIFY(window->isWindowModified());
    QVERIFY(window->autosaver()->lastDataPath().isEmpty());

    // And Save still works.
    QVERIFY(window->save());
    QVERIFY(!window->isWindowModified());
    QVERIFY(QDir().rmdir(store.dataPathFor(path)));
}

void TestAutosave::unsavedChangesStillAsk()
{
    // Opening another file with unsaved changes asks first; Cancel keeps
    // the document and its autosave.
    auto window = makeWindow();
    QVERIFY(window->openFile(fixture()));
    dragNode(*window, u"beta"_s);
    QVERIFY(window->autosaver()->autosaveNow());
    window->autosaver()->waitForWrite();
    const QString snapshot = window->autosaver()->lastDataPath();
    {
        ModalWatcher<QMessageBox> cancel([](QMessageBox *box) { box->done(QMessageBox::Cancel); });
        QVERIFY(!window->openFile(MainWindow::bundledDatasetPath()));
        QVERIFY(cancel.seen);
        QVERIFY(window->isWindowModified());
        QVERIFY(QFileInfo::exists(snapshot));
    }
    {
        ModalWatcher<QMessageBox> discard([](QMessageBox *box) { box->done(QMessageBox::Discard); });
        QVERIFY(window->openFile(MainWindow::bundledDatasetPath()));
        QVERIFY(discard.seen);
        QVERIFY(!window->isWindowModified());
        QVERIFY(!QFileInfo::exists(snapshot));
    }
}

int main(int argc, char *argv[])
{
    // The child of crashWhileAutosaved: no test run, just an instance to kill.
    if (argc == 3 && qstrcmp(argv[1], "--autosave-child") == 0) {
        QCoreApplication app(argc, argv);
        return runCrashingChild(QString::fromLocal8Bit(argv[2]));
    }
    QApplication app(argc, argv);
    TestAutosave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_autosave.moc"
