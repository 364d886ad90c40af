// `entente --help` speaks the user's language: the system locale, or the
// language chosen in the window's Preferences (QSettings "ui/language").
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliI18n : public QObject
{
    Q_OBJECT

private slots:
    void help_data()
    {
        QTest::addColumn<QString>("locale");     // LC_ALL / LANGUAGE of the process
        QTest::addColumn<QString>("setting");    // ui/language in the config file
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("option");     // a step's option text
        QTest::addRow("system de") << u"de_DE.UTF-8"_s << QString()
                                   << u"Beziehungsgraphen von Unternehmen"_s
                                   << u"Gibt eine JSON-Zusammenfassung"_s;
        QTest::addRow("system fr") << u"fr_FR.UTF-8"_s << QString()
                                   << u"explorer les graphes de relations"_s
                                   << u"Affiche un résumé JSON"_s;
        QTest::addRow("system en") << u"C.UTF-8"_s << QString()
                                   << u"explore relationship graphs"_s
                                   << u"Print a JSON summary"_s;
        QTest::addRow("chosen fr") << u"C.UTF-8"_s << u"fr"_s
                                   << u"explorer les graphes de relations"_s
                                   << u"Affiche un résumé JSON"_s;
        QTest::addRow("chosen en over de") << u"de_DE.UTF-8"_s << u"en"_s
                                           << u"explore relationship graphs"_s
                                           << u"Print a JSON summary"_s;
    }

    void help()
    {
        QFETCH(QString, locale);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        QFETCH(QString, option);

        QTemporaryDir config;
        QVERIFY(config.isValid());
        if (!setting.isEmpty()) {
            QVERIFY(QDir(config.path()).mkpath(u"Entente"_s));
            QFile file(config.path() + u"/Entente/entente.conf"_s);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[ui]\nlanguage=" + setting.toUtf8() + "\n");
        }
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        env.insert(u"LC_ALL"_s, locale);
        env.insert(u"LANG"_s, locale);
        env.insert(u"LANGUAGE"_s, locale.section(u'_', 0, 0).section(u'.', 0, 0));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ENTENTE_BINARY), {u"--help"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out.left(600)));
        QVERIFY2(out.contains(option), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliI18n)
#include "tst_cli_i18n.moc"
