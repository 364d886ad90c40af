// The window in German and French: the menus, the docks, Qt's own standard
// buttons, and the dataset's description in the Details dock follow the
// language whose catalogues are installed (translations.h).
#include "detailspanel.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace entente;

class TestGuiI18n : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"EntenteTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_i18n"_s);
        QSettings().clear();
    }

    void cleanupTestCase() { installTranslations(QLocale(QLocale::English)); }

    void catalogues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("de") << u"de"_s;
        QTest::addRow("fr") << u"fr"_s;
        QTest::addRow("en plurals") << u"en"_s;
    }

    // The compiled catalogues are embedded in the program.
    void catalogues()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/entente_%1.qm"_s.arg(language)));
        QVERIFY(!translator.isEmpty());
    }

    // English needs its own catalogue only for counts: one warning, two warnings.
    void englishPlurals_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addRow("en") << QLocale(QLocale::English);
        QTest::addRow("C") << QLocale::c();
    }

    void englishPlurals()
    {
        QFETCH(QLocale, locale);
        QVERIFY(installTranslations(locale));
        const auto more = [](int n) {
            return QCoreApplication::translate("entente::JsonReader", "%n more warnings not shown", nullptr, n);
        };
        QCOMPARE(more(1), u"1 more warning not shown"_s);
        QCOMPARE(more(2), u"2 more warnings not shown"_s);
        QCOMPARE(QCoreApplication::translate("entente::MainWindow", "%n node(s) selected", nullptr, 1),
                 u"1 node selected"_s);
        QCOMPARE(QCoreApplication::translate("entente::MainWindow", "%n node(s) selected", nullptr, 0),
                 u"0 nodes selected"_s);
        // Messages without a count keep their source text.
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
    }

    void window_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("filtersDock");
        QTest::addColumn<QString>("qtCancel");
        QTest::addColumn<QString>("description");
        QTest::addRow("de") << u"de"_s
                            << QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s,
                                           u"&Layout"_s, u"&Hilfe"_s}
                            << u"Filter"_s << u"Abbrechen"_s
                            << u"Gipfel zur europäischen digitalen Souveränität"_s;
        QTest::addRow("fr") << u"fr"_s
                            << QStringList{u"&Fichier"_s, u"É&dition"_s, u"Affic&hage"_s,
                                           u"Dis&position"_s, u"&Aide"_s}
                            << u"Filtres"_s << u"Annuler"_s
                            << u"Sommet sur la souveraineté numérique européenne"_s;
        QTest::addRow("en") << u"en"_s
                            << QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Layout"_s,
                                           u"&Help"_s}
                            << u"Filters"_s << u"Cancel"_s
                            << u"Summit on European Digital Sovereignty held"_s;
    }

    void window()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, filtersDock);
        QFETCH(QString, qtCancel);
        QFETCH(QString, description);

        QVERIFY(installTranslations(QLocale(language)));
        MainWindow window;
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        for (const QString &menu : std::as_const(menus))
            QVERIFY2(titles.contains(menu), qPrintable(titles.join(u", "_s)));
        QCOMPARE(window.filtersDock()->windowTitle(), filtersDock);

        // Qt's own catalogue (qtbase_<lang>.qm) is loaded too.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), qtCancel);

        // The bundled dataset's description, in the language of the interface.
        QVERIFY(window.openFile(MainWindow::bundledDatasetPath()));
        QTRY_VERIFY(!window.isLoading());
        const auto summit = window.document().graph.findNode(u"summit-2025"_s);
        QVERIFY(summit);
        window.detailsPanel()->showNode(*summit);
        const QString text = window.detailsPanel()->plainText();
        QVERIFY2(text.contains(description), qPrintable(text));
        // Only the chosen language's description is listed.
        const QStringList all{u"Gipfel zur europäischen digitalen Souveränität"_s,
                              u"Sommet sur la souveraineté numérique européenne"_s,
                              u"Summit on European Digital Sovereignty held"_s};
        for (const QString &other : all) {
            if (!other.startsWith(description.left(10)))
                QVERIFY2(!text.contains(other), qPrintable(other));
        }
    }

    // A file that cannot be read: the dialog's sentence and the reader's own
    // message are both in the interface's language.
    void loadError_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("message");
        QTest::addRow("de") << u"de"_s
                            << u"duplicate-node-id.json kann nicht geöffnet werden: Zeile 7, Spalte 12: "_s
                            << u"doppelte Knoten-ID \"sap\" (zuerst definiert in Zeile 5, Spalte 12)"_s;
        QTest::addRow("fr") << u"fr"_s
                            << u"Impossible d’ouvrir duplicate-node-id.json\u00a0: ligne 7, colonne 12\u00a0: "_s
                            << u"identifiant de nœud \"sap\" en double (défini d’abord à la ligne 5, colonne 12)"_s;
        QTest::addRow("en") << u"en"_s
                            << u"Cannot open duplicate-node-id.json: line 7, column 12: "_s
                            << u"duplicate node id \"sap\" (first defined at line 5, column 12)"_s;
    }

    void loadError()
    {
        QFETCH(QString, language);
        QFETCH(QString, sentence);
        QFETCH(QString, message);

        QVERIFY(installTranslations(QLocale(language)));
        MainWindow window;
        QString text;
        QString details;
        QTimer watcher;
        watcher.setInterval(20);
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            watcher.stop();
            text = box->text();
            details = box->detailedText();
            box->accept();
        });
        watcher.start();
        QVERIFY(!window.openFile(QStringLiteral(ENTENTE_TEST_DATA) + u"/json/invalid/duplicate-node-id.json"_s));
        QTRY_VERIFY(!text.isEmpty());
        QVERIFY2(text.startsWith(sentence), qPrintable(text));
        QVERIFY2(text.contains(message), qPrintable(text));
        QVERIFY2(details.contains(message), qPrintable(details));
    }
};

QTEST_MAIN(TestGuiI18n)
#include "tst_gui_i18n.moc"
