// Runs the built `entente` binary as a user would and checks its output and exit
// codes: --info on the bundled dataset, load errors, usage errors, --help,
// --version.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

const QString datasetPath = QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void infoOnTheDataset_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("file");
        QTest::addRow("bundled, no FILE") << QStringList{u"--info"_s} << u":/data/summit-2025.entente.json"_s;
        QTest::addRow("FILE --info") << QStringList{datasetPath, u"--info"_s} << datasetPath;
        QTest::addRow("--info FILE") << QStringList{u"--info"_s, datasetPath} << datasetPath;
    }

    void infoOnTheDataset()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        const Run run = runEntente(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject info = document.object();
        QCOMPARE(info.value(u"file").toString(), file);
        QCOMPARE(info.value(u"dialect").toString(), u"entente"_s);
        QCOMPARE(info.value(u"nodes").toInteger(), 32);
        QCOMPARE(info.value(u"edges").toInteger(), 38);
        QCOMPARE(info.value(u"components").toInteger(), 1);

        const QJsonObject kind = info.value(u"kind").toObject();
        QCOMPARE(kind, QJsonObject({{u"company"_s, 26}, {u"alliance"_s, 1}, {u"initiative"_s, 1},
                                    {u"institution"_s, 2}, {u"project"_s, 1}, {u"event"_s, 1}}));
        // Owkin (FR, US), Black Forest Labs (DE, FR), Airbus (NL, FR, DE), the
        // summit and the project (DE, FR) count once for each of their countries.
        const QJsonObject country = info.value(u"country").toObject();
        QCOMPARE(country, QJsonObject({{u"DE"_s, 13}, {u"FR"_s, 13}, {u"US"_s, 4}, {u"EU"_s, 2},
                                       {u"AT"_s, 1}, {u"ES"_s, 1}, {u"IT"_s, 1}, {u"LU"_s, 1},
                                       {u"NL"_s, 1}, {u"SE"_s, 1}}));
        const QJsonObject relation = info.value(u"relation").toObject();
        QCOMPARE(relation, QJsonObject({{u"partnership"_s, 5}, {u"membership"_s, 12},
                                        {u"participation"_s, 15}, {u"supplier"_s, 3},
                                        {u"subsidiary"_s, 1}, {u"joint-venture"_s, 2}}));
        const QJsonObject sector = info.value(u"sector").toObject();
        QCOMPARE(sector.value(u"telecommunications").toInteger(), 4);
        QCOMPARE(sector.value(u"cloud").toInteger(), 5);
        QCOMPARE(sector.value(u"enterprise software").toInteger(), 1);
        qint64 sectorTotal = 0;
        for (const QJsonValue &count : sector)
            sectorTotal += count.toInteger();
        QCOMPARE(sectorTotal, 32);   // every node has exactly one sector
    }

    void loadErrors_data()
    {
        QTest::addColumn<QByteArray>("content");   // empty: the file does not exist
        QTest::addColumn<bool>("placed");          // error names LINE:COLUMN
        QTest::addRow("syntax error") << QByteArray("{\"nodes\": [\n  {\"id\": \"a\"},,\n]}\n") << true;
        QTest::addRow("unterminated") << QByteArray("{\"nodes\": [{\"id\": \"a\"}") << true;
        QTest::addRow("missing file") << QByteArray() << false;
    }

    void loadErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, placed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"broken.entente.json"_s);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const Run run = runEntente({path, u"--info"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        const QString err = QString::fromUtf8(run.err);
        const QString pattern = placed ? u"^%1:\\d+:\\d+: \\S"_s : u"^%1(:\\d+:\\d+)?: \\S"_s;
        const QRegularExpression expected(pattern.arg(QRegularExpression::escape(path)),
                                          QRegularExpression::MultilineOption);
        QVERIFY2(expected.match(err).hasMatch(), qPrintable(err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown option") << QStringList{u"--no-such-option"_s} << u"no-such-option"_s;
        QTest::addRow("unknown option with --info")
            << QStringList{datasetPath, u"--info"_s, u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::addRow("two files") << QStringList{u"a.json"_s, u"b.json"_s, u"--info"_s} << u"FILE"_s;
        QTest::addRow("value for a flag") << QStringList{u"--info=yes"_s} << u"info"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runEntente(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void version()
    {
        const Run run = runEntente({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), u"entente " ENTENTE_VERSION ""_s);
    }

    void help()
    {
        const Run run = runEntente({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        for (const auto expected : {u"--info", u"--help", u"--version", u"[FILE]"})
            QVERIFY2(out.contains(expected), qPrintable(out));
        QVERIFY(run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
