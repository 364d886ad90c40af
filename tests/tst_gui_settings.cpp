// The Preferences dialog: values are stored in QSettings under the keys the
// window and the export dialog read (appsettings.h), the palette applies at
// once, the window takes label size, animation and the layout engine, and the
// form is reachable by keyboard in reading order.
#include "appsettings.h"
#include "graphview.h"
#include "layout/layoutengine.h"
#include "layout/layoutrunner.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "guitestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPalette>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

class TestGuiSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"EntenteTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_settings"_s);
    }

    void init() { QSettings().clear(); }

    void cleanup() { applyPaletteSetting(u"system"_s); }

    void palette_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("dark");
        QTest::addRow("dark") << u"dark"_s << true;
        QTest::addRow("light") << u"light"_s << false;
    }

    void palette()
    {
        QFETCH(QString, mode);
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        SettingsDialog dialog;
        choose(child<QComboBox>(&dialog, "paletteCombo"), mode);
        dialog.accept();
        QCOMPARE(isDark(QApplication::palette()), dark);
        QTRY_COMPARE(isDark(dialog.palette()), dark);   // widgets follow the application
        QCOMPARE(QSettings().value(QString::fromUtf16(SettingsKeys::palette)).toString(), mode);

        // "System" gives back the palette the application started with.
        SettingsDialog again;
        QCOMPARE(child<QComboBox>(&again, "paletteCombo")->currentData().toString(), mode);
        choose(child<QComboBox>(&again, "paletteCombo"), u"system"_s);
        again.accept();
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 before.color(QPalette::Window));
    }

    void persisted()
    {
        {
            SettingsDialog dialog;
            choose(child<QComboBox>(&dialog, "languageCombo"), u"fr"_s);
            child<QSpinBox>(&dialog, "labelSizeSpin")->setValue(150);
            child<QCheckBox>(&dialog, "animatedCheck")->setChecked(false);
            choose(child<QComboBox>(&dialog, "engineCombo"), layoutEngineNames().last());
            choose(child<QComboBox>(&dialog, "backgroundCombo"), u"transparent"_s);
            choose(child<QComboBox>(&dialog, "scaleCombo"), 2.0);
            child<QCheckBox>(&dialog, "legendCheck")->setChecked(false);
            child<QCheckBox>(&dialog, "captionCheck")->setChecked(true);
            dialog.accept();
        }
        QSettings settings;
        QCOMPARE(settings.value(u"ui/language"_s).toString(), u"fr"_s);
        QCOMPARE(settings.value(u"view/labelScale"_s).toDouble(), 1.5);
        QCOMPARE(settings.value(u"view/animated"_s).toBool(), false);
        QCOMPARE(settings.value(u"layout/defaultEngine"_s).toString(), layoutEngineNames().last());
        QCOMPARE(settings.value(u"export/background"_s).toString(), u"transparent"_s);
        QCOMPARE(settings.value(u"export/scale"_s).toDouble(), 2.0);
        QCOMPARE(settings.value(u"export/legend"_s).toBool(), false);
        QCOMPARE(settings.value(u"export/caption"_s).toBool(), true);
        QCOMPARE(languageSetting(), u"fr"_s);

        // A new dialog shows what is stored; Restore Defaults puts the built-in
        // values back, Cancel keeps the stored ones.
        SettingsDialog dialog;
        QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->currentData().toString(), u"fr"_s);
        QCOMPARE(child<QSpinBox>(&dialog, "labelSizeSpin")->value(), 150);
        QVERIFY(!child<QCheckBox>(&dialog, "animatedCheck")->isChecked());
        QVERIFY(child<QCheckBox>(&dialog, "captionCheck")->isChecked());
        dialog.restoreDefaults();
        QCOMPARE(child<QSpinBox>(&dialog, "labelSizeSpin")->value(), 100);
        QVERIFY(child<QCheckBox>(&dialog, "animatedCheck")->isChecked());
        dialog.reject();
        QCOMPARE(QSettings().value(u"view/labelScale"_s).toDouble(), 1.5);

        // The window starts with the stored view and layout preferences.
        MainWindow window;
        QCOMPARE(window.graphView()->graphStyle().labelScale, 1.5);
        QVERIFY(!window.graphView()->isAnimated());
        QCOMPARE(window.layoutRunner()->engine(), layoutEngineNames().last());
    }

    void keyboardOrder()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QByteArray> order{"languageCombo", "paletteCombo", "labelSizeSpin",
                                      "animatedCheck", "engineCombo", "autosaveSpin",
                                      "backgroundCombo",
                                      "scaleCombo", "legendCheck", "captionCheck"};
        QWidget *widget = child<QWidget>(&dialog, order.first().constData());
        QVERIFY(widget);
        for (qsizetype i = 1; i < order.size(); ++i) {
            QWidget *next = widget->nextInFocusChain();
            // Skip what cannot take Tab focus and the inner parts of a
            // control (a spin box's line edit).
            while (next && next != widget
                   && (!(next->focusPolicy() & Qt::TabFocus) || widget->isAncestorOf(next)))
                next = next->nextInFocusChain();
            QVERIFY(next);
            QCOMPARE(next->objectName().toLatin1(), order.at(i));
            widget = next;
        }
        // Every control has a name for screen readers.
        for (const QByteArray &name : order)
            QVERIFY2(!child<QWidget>(&dialog, name.constData())->accessibleName().isEmpty(),
                     name.constData());
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
