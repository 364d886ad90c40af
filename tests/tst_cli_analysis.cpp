// `entente FILE --metrics OUT.csv` and `entente FILE --path FROM TO`, run as a
// user would run them, on the karate club (values from networkx, see
// tests/data/analysis/make_reference.py).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

const QString karate = QStringLiteral(ENTENTE_TEST_DATA "/analysis/karate.entente.json");
const QString parts = QStringLiteral(ENTENTE_TEST_DATA "/analysis/parts.entente.json");

QJsonObject reference(const QString &name)
{
    QFile file(QStringLiteral(ENTENTE_TEST_DATA "/analysis/") + name + u".reference.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestCliAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void metricsCsv_data()
    {
        QTest::addColumn<bool>("toStdout");
        QTest::addRow("file") << false;
        QTest::addRow("stdout") << true;
    }
    void metricsCsv()
    {
        QFETCH(bool, toStdout);
        QTemporaryDir dir;
        const QString out = toStdout ? u"-"_s : dir.filePath(u"karate.csv"_s);
        const Run run = runEntente({karate, u"--metrics"_s, out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QByteArray csv = run.out;
        if (!toStdout) {
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            csv = file.readAll();
        }
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 35);
        QCOMPARE(lines[0], "id,label,degree,betweenness,closeness,pagerank,eigenvector,component,"
                           "community,core");
        const QJsonObject expected = reference(u"karate"_s);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].split(',');
            QCOMPARE(fields.size(), 10);
            const QString id = QString::fromUtf8(fields[0]);
            QVERIFY(std::abs(fields[3].toDouble()
                             - expected[u"betweenness"][id].toDouble()) < 1e-9);
            QVERIFY(std::abs(fields[4].toDouble() - expected[u"closeness"][id].toDouble()) < 1e-9);
            QVERIFY(std::abs(fields[5].toDouble() - expected[u"pagerank"][id].toDouble()) < 1e-9);
            QVERIFY(std::abs(fields[6].toDouble() - expected[u"eigenvector"][id].toDouble()) < 1e-6);
            QCOMPARE(fields[7], "0");
            QCOMPARE(fields[9].toInt(), expected[u"core"][id].toInt());
        }
        QCOMPARE(lines[1].split(',')[2], "16");   // node 0's degree
    }

    void sampledBetweennessSaysSo()
    {
        const Run run = runEntente({karate, u"--metrics"_s, u"-"_s, u"--betweenness-samples"_s, u"5"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("estimated from 5 of 34 nodes"), run.err.constData());
    }

    void paths_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        // networkx: all_shortest_paths(G, 16, 25) == [16,5,0,31,25], [16,6,0,31,25].
        QTest::addRow("two paths") << karate << QStringList{u"--path"_s, u"16"_s, u"25"_s} << 0
                                   << QByteArray("16\n5\n0\n31\n25\n\n16\n6\n0\n31\n25\n")
                                   << QByteArray();
        QTest::addRow("FILE last") << QString() << QStringList{u"--path"_s, u"0"_s, u"8"_s, karate}
                                   << 0 << QByteArray("0\n8\n") << QByteArray();
        QTest::addRow("--path=FROM TO") << karate << QStringList{u"--path=33"_s, u"33"_s} << 0
                                        << QByteArray("33\n") << QByteArray();
        QTest::addRow("unknown id") << karate << QStringList{u"--path"_s, u"0"_s, u"3x"_s} << 1
                                    << QByteArray() << QByteArray("did you mean \"3\"");
        QTest::addRow("no path") << parts << QStringList{u"--path"_s, u"p0"_s, u"alone"_s} << 1
                                 << QByteArray() << QByteArray("no path between \"p0\" and \"alone\"");
        QTest::addRow("one end only") << karate << QStringList{u"--path"_s, u"0"_s} << 2
                                      << QByteArray() << QByteArray("--path needs two node ids");
    }
    void paths()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        if (!file.isEmpty())
            arguments.prepend(file);
        const Run run = runEntente(arguments);
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        QCOMPARE(run.out, out);
        QVERIFY2(run.err.contains(err), run.err.constData());
    }

    void metricsOnWhatTheFilterShows()
    {
        const QString summit = QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json");
        const Run run = runEntente({summit, u"--metrics"_s, u"-"_s, u"--filter"_s, u"country:DE"_s});
        if (run.exitCode == 2 && run.err.contains("filter"))
            QSKIP("this build has no --filter yet");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The thirteen German entities of the dataset; SAP's degree counts only
        // relations to other German ones.
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 13);
        QVERIFY(run.out.contains("\nsap,SAP,"));
        QVERIFY(!run.out.contains("\nmistral-ai,"));
    }

    void samplesNeedMetrics()
    {
        const Run run = runEntente({karate, u"--betweenness-samples"_s, u"5"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--betweenness-samples needs --metrics"));
    }
};

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "tst_cli_analysis.moc"
