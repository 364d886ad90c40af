// entente FILE --export positions.tsv [--seed N] [--layout ENGINE]: the
// headless layout command the bench runs.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

const QString datasetPath = QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json");

// A graph without positions: a ring of 30 with chords, and an isolated node.
QByteArray ringJson()
{
    QByteArray json = R"({"format":"entente","version":1,"nodes":[)";
    for (int i = 0; i <= 30; ++i)
        json += (i ? "," : "") + QByteArray(R"({"id":"r)") + QByteArray::number(i) + "\"}";
    json += R"(],"edges":[)";
    for (int i = 0; i < 30; ++i) {
        json += (i ? "," : "") + QByteArray(R"({"source":"r)") + QByteArray::number(i)
            + R"(","target":"r)" + QByteArray::number((i + 1) % 30) + "\"}";
        if (i % 5 == 0)
            json += R"(,{"source":"r)" + QByteArray::number(i) + R"(","target":"r)"
                + QByteArray::number((i + 13) % 30) + "\"}";
    }
    json += "]}";
    return json;
}

QList<QByteArrayList> rows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArrayList> result;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            result.append(line.split('\t'));
    }
    return result;
}

} // namespace

class TestCliPositions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_graph = m_dir.filePath(u"ring.entente.json"_s);
        QFile file(m_graph);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ringJson());
    }

    void writesOneFiniteRowPerNode()
    {
        const QString out = m_dir.filePath(u"a.tsv"_s);
        const Run run = runEntente({m_graph, u"--export"_s, out, u"--seed"_s, u"5"_s, u"--timings"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("LAYOUT_SECONDS="), run.out.constData());
        const auto table = rows(out);
        QCOMPARE(table.size(), 31);
        QSet<QByteArray> ids;
        for (const auto &row : table) {
            QCOMPARE(row.size(), 3);
            ids.insert(row[0]);
            bool okX = false, okY = false;
            QVERIFY(std::isfinite(row[1].toDouble(&okX)) && okX);
            QVERIFY(std::isfinite(row[2].toDouble(&okY)) && okY);
        }
        QCOMPARE(ids.size(), 31);
        QVERIFY(ids.contains("r30"));
    }

    void sameSeedSameFile()
    {
        const QString a = m_dir.filePath(u"s1.tsv"_s), b = m_dir.filePath(u"s2.tsv"_s),
                      c = m_dir.filePath(u"s3.tsv"_s);
        QCOMPARE(runEntente({m_graph, u"--export"_s, a, u"--seed"_s, u"9"_s}).exitCode, 0);
        QCOMPARE(runEntente({m_graph, u"--export"_s, b, u"--seed"_s, u"9"_s}).exitCode, 0);
        QCOMPARE(runEntente({m_graph, u"--export"_s, c, u"--seed"_s, u"10"_s}).exitCode, 0);
        QCOMPARE(rows(a), rows(b));
        QVERIFY(rows(a) != rows(c));
    }

    // The bundled dataset carries complete positions: they are written as they
    // are unless a layout is asked for.
    void completePositionsAreKept()
    {
        const QString kept = m_dir.filePath(u"kept.tsv"_s), redone = m_dir.filePath(u"redone.tsv"_s);
        const Run run = runEntente({datasetPath, u"--export"_s, kept, u"--timings"_s});
        QCOMPARE(run.exitCode, 0);
        const Run again = runEntente({datasetPath, u"--export"_s, redone, u"--layout"_s, u"force"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.out.contains("LAYOUT_SECONDS"), again.out.constData());   // only with --timings
        QCOMPARE(rows(kept).size(), rows(redone).size());
        QVERIFY(rows(kept).size() >= 10);
        if (run.out.contains("LAYOUT_SECONDS=0\n"))
            QVERIFY(rows(kept) != rows(redone));
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addRow("seed not a number") << QStringList{u"--seed"_s, u"x"_s};
        QTest::addRow("unknown engine") << QStringList{u"--layout"_s, u"nonesuch"_s};
    }

    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, extra);
        const Run run = runEntente(QStringList{m_graph, u"--export"_s, m_dir.filePath(u"x.tsv"_s)} + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_graph;
};

QTEST_GUILESS_MAIN(TestCliPositions)
#include "tst_cli_positions.moc"
