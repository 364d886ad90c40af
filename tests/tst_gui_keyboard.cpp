// Keyboard reach and screen-reader names: Tab and Shift+Tab reach every
// control of every dock and of every dialog, and each control a user can
// focus has an accessible name (what a screen reader announces).

#include "autosave.h"
#include "graphview.h"
#include "mainwindow.h"
#include "recoverydialog.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

QString describe(const QWidget *w)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Widgets under `root` that Tab should reach: shown, enabled, taking Tab
// focus. The inner parts of a control (a spin box's line edit, a scroll
// area's viewport) go with their control and are not listed apart.
QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> stops;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisibleTo(root->window()) || !w->isVisible() || !w->isEnabled()
            || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        stops.append(w);
    }
    QList<QWidget *> controls;
    for (QWidget *w : std::as_const(stops)) {
        bool inner = false;
        // (A scroll area that hosts controls is a stop of its own, and so
        // is each control in it; an item view's viewport is not.)
        for (QWidget *other : std::as_const(stops))
            inner |= other != w && other->isAncestorOf(w)
                     && (!qobject_cast<QScrollArea *>(other)
                         || w == static_cast<QScrollArea *>(other)->viewport());
        // A focus proxy stands for its owner.
        inner |= w->focusProxy() != nullptr;
        if (!inner)
            controls.append(w);
    }
    return controls;
}

// The control that has focus, seen from the outside (a spin box rather than
// its line edit).
QWidget *focusedControl(const QList<QWidget *> &controls)
{
    QWidget *focus = QApplication::focusWidget();
    for (QWidget *w = focus; w; w = w->parentWidget()) {
        if (controls.contains(w))
            return w;
    }
    return focus;
}

// Presses Tab (or Shift+Tab) until the focus came back to where it started
// or `limit` presses were made; returns the controls it passed.
QSet<QWidget *> cycle(QWidget *window, const QList<QWidget *> &controls, bool backwards,
                      int limit)
{
    QSet<QWidget *> visited;
    QWidget *start = QApplication::focusWidget();
    for (int i = 0; i < limit; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        QTest::keyClick(focus, Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
        QWidget *now = QApplication::focusWidget();
        if (!now || now->window() != window)
            break;
        visited.insert(focusedControl(controls));
        if (now == start && i > 0)
            break;
    }
    return visited;
}

// Tab and Shift+Tab from the first control reach every one; each has a name.
void checkKeyboardReach(QWidget *window, QWidget *root, const QString &what)
{
    const QList<QWidget *> controls = tabStops(root);
    QVERIFY2(!controls.isEmpty(), qPrintable(what + u": no controls"_s));
    qInfo("%s: %d controls", qPrintable(what), int(controls.size()));
    for (QWidget *w : controls) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY2(iface, qPrintable(what + u": no accessibility for "_s + describe(w)));
        QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(what + u": no accessible name for "_s + describe(w)));
    }
    // Enough presses to go round the whole window twice (links in a text
    // browser count as stops too).
    const int limit = 4 * window->findChildren<QWidget *>().size() + 50;
    for (const bool backwards : {false, true}) {
        controls.first()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(controls.first()->hasFocus() || controls.first()->isAncestorOf(QApplication::focusWidget()));
        const QSet<QWidget *> visited = cycle(window, controls, backwards, limit);
        for (QWidget *w : controls)
            QVERIFY2(visited.contains(w),
                     qPrintable(u"%1: %2 never reached %3"_s.arg(
                         what, backwards ? u"Shift+Tab"_s : u"Tab"_s, describe(w))));
    }
}

// Runs `check` on the next modal dialog and closes it.
class ModalCheck
{
public:
    explicit ModalCheck(std::function<void(QDialog *)> check)
        : m_check(std::move(check))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            m_timer.stop();
            seen = true;
            m_check(dialog);
            dialog->reject();
        });
        m_timer.start();
    }
    bool seen = false;

private:
    std::function<void(QDialog *)> m_check;
    QTimer m_timer;
};

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void docks_data();
    void docks();
    void wholeWindow();
    void settingsDialog();
    void aboutDialog();
    void loadErrorDialog();
    void recoveryDialog();

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->graphView()->setAnimated(false);
        window->resize(1600, 1000);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active");
        return window;
    }
    QTemporaryDir m_home;
};

void TestKeyboard::initTestCase()
{
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"EntenteTest"_s);
    QCoreApplication::setApplicationName(u"tst_gui_keyboard"_s);
}

void TestKeyboard::docks_data()
{
    QTest::addColumn<QString>("dock");
    QTest::addColumn<bool>("interactive");
    MainWindow window;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        // The overview is a mouse shortcut for panning, which the graph view
        // does with the arrow keys; it has nothing for Tab to stop at.
        const bool interactive = dock->objectName() != u"overviewDock"_s;
        QTest::addRow("%s", qPrintable(dock->objectName())) << dock->objectName() << interactive;
    }
}

void TestKeyboard::docks()
{
    QFETCH(QString, dock);
    auto window = makeWindow();
    QVERIFY(window->openFile(QStringLiteral(ENTENTE_TEST_DATA "/gui/small.entente.json")));
    // A selection fills the Details and Analysis docks with their controls.
    const auto alpha = window->document().graph.findNode(u"alpha"_s);
    QVERIFY(alpha);
    window->graphView()->setSelectedNodes({*alpha});
    auto *widget = window->findChild<QDockWidget *>(dock);
    QVERIFY(widget);
    widget->show();
    widget->raise();
    QTRY_VERIFY(widget->widget()->isVisible());
    QVERIFY(!widget->windowTitle().isEmpty());
    QFETCH(bool, interactive);
    if (!interactive) {
        QVERIFY(tabStops(widget).isEmpty());
        QVERIFY(!widget->widget()->accessibleName().isEmpty());
        return;
    }
    checkKeyboardReach(window.get(), widget, dock);
}

void TestKeyboard::wholeWindow()
{
    // The toolbar's find field, the graph view and the docks shown at start,
    // all in one ring.
    auto window = makeWindow();
    QVERIFY(window->openFile(QStringLiteral(ENTENTE_TEST_DATA "/gui/small.entente.json")));
    QVERIFY(tabStops(window.get()).contains(window->graphView()));
    checkKeyboardReach(window.get(), window.get(), u"Main window"_s);
}

void TestKeyboard::settingsDialog()
{
    SettingsDialog dialog;
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    checkKeyboardReach(&dialog, &dialog, u"Preferences"_s);
}

void TestKeyboard::aboutDialog()
{
    auto window = makeWindow();
    QAction *about = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->objectName() == u"actionAbout"_s)
            about = action;
    }
    QVERIFY(about);
    ModalCheck check([](QDialog *dialog) { checkKeyboardReach(dialog, dialog, u"About"_s); });
    about->trigger();
    QVERIFY(check.seen);
}

void TestKeyboard::loadErrorDialog()
{
    auto window = makeWindow();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"b\"}]}");
    file.close();
    ModalCheck check([](QDialog *dialog) {
        QCOMPARE(dialog->objectName(), u"loadErrorBox"_s);
        checkKeyboardReach(dialog, dialog, u"Load error"_s);
    });
    QVERIFY(!window->openFile(path));
    QVERIFY(check.seen);
}

void TestKeyboard::recoveryDialog()
{
    QTemporaryDir dir;
    AutosaveStore store(dir.path());
    AutosaveEntry entry;
    entry.originalPath = u"/somewhere/graph.entente.json"_s;
    entry.savedAt = QDateTime::currentDateTimeUtc();
    RecoveryDialog dialog(store, {entry, entry});
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    checkKeyboardReach(&dialog, &dialog, u"Recovery"_s);
}

QTEST_MAIN(TestKeyboard)
#include "tst_gui_keyboard.moc"
