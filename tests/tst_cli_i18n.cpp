// `entente --help` speaks the user's language: the system locale, or the
// language chosen in the window's Preferences (QSettings "ui/language").
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The language chosen in Preferences, as the window stores it ("ui/language"
// in Entente/entente.conf under XDG_CONFIG_HOME); nothing when `setting` is empty.
bool writeLanguageSetting(const QString &configHome, const QString &setting)
{
    if (setting.isEmpty())
        return true;
    if (!QDir(configHome).mkpath(u"Entente"_s))
        return false;
    QFile file(configHome + u"/Entente/entente.conf"_s);
    return file.open(QIODevice::WriteOnly)
        && file.write("[ui]\nlanguage=" + setting.toUtf8() + "\n") > 0;
}

// A process environment with that config folder and `locale` as the system's.
QProcessEnvironment localeEnvironment(const QString &configHome, const QString &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LANG"_s, locale);
    env.insert(u"LANGUAGE"_s, locale.section(u'_', 0, 0).section(u'.', 0, 0));
    return env;
}

} // namespace

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
        QVERIFY(writeLanguageSetting(config.path(), setting));
        const QProcessEnvironment env = localeEnvironment(config.path(), locale);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ENTENTE_BINARY), {u"--help"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out.left(600)));
        QVERIFY2(out.contains(option), qPrintable(out));
    }

    // A reader's error and a usage error in the user's language (the system
    // locale or the chosen one), in the same FILE:LINE:COLUMN form.
    void errors_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("readerError");
        QTest::addColumn<QString>("usageError");
        QTest::addRow("system de")
            << u"de_DE.UTF-8"_s << QString()
            << u"duplicate-node-id.json:7:12: doppelte Knoten-ID \"sap\" (zuerst definiert in Zeile 5, Spalte 12)"_s
            << u"--seed: erwartet eine nicht negative ganze Zahl, erhalten \"x\""_s;
        QTest::addRow("system fr")
            << u"fr_FR.UTF-8"_s << QString()
            << u"duplicate-node-id.json:7:12: identifiant de nœud \"sap\" en double (défini d’abord à la ligne 5, colonne 12)"_s
            << u"--seed\u00a0: entier positif ou nul attendu, reçu \"x\""_s;
        QTest::addRow("chosen de") << u"C.UTF-8"_s << u"de"_s
            << u"duplicate-node-id.json:7:12: doppelte Knoten-ID \"sap\" (zuerst definiert in Zeile 5, Spalte 12)"_s
            << u"--seed: erwartet eine nicht negative ganze Zahl, erhalten \"x\""_s;
        QTest::addRow("system en")
            << u"C.UTF-8"_s << QString()
            << u"duplicate-node-id.json:7:12: duplicate node id \"sap\" (first defined at line 5, column 12)"_s
            << u"--seed: expected a non-negative integer, got \"x\""_s;
    }

    void errors()
    {
        QFETCH(QString, locale);
        QFETCH(QString, setting);
        QFETCH(QString, readerError);
        QFETCH(QString, usageError);

        QTemporaryDir config;
        QVERIFY(config.isValid());
        QVERIFY(writeLanguageSetting(config.path(), setting));
        const QProcessEnvironment env = localeEnvironment(config.path(), locale);
        auto run = [&](const QStringList &arguments, int expectedExit) {
            QProcess process;
            process.setProcessEnvironment(env);
            // Relative to the data folder, so that the message names the file as given.
            process.setWorkingDirectory(QStringLiteral(ENTENTE_TEST_DATA) + u"/json/invalid"_s);
            process.start(QStringLiteral(ENTENTE_BINARY), arguments);
            if (!process.waitForFinished(60000) || process.exitCode() != expectedExit)
                return QString();
            return QString::fromUtf8(process.readAllStandardError());
        };

        const QString reader = run({u"duplicate-node-id.json"_s, u"--info"_s}, 1);
        QVERIFY2(reader.contains(readerError), qPrintable(reader));
        const QString usage = run({u"--seed"_s, u"x"_s, u"--info"_s}, 2);
        QVERIFY2(usage.contains(usageError), qPrintable(usage));
    }
};

QTEST_GUILESS_MAIN(TestCliI18n)
#include "tst_cli_i18n.moc"
