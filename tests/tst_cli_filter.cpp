// `entente FILE --info --filter EXPR`, run as a user would: what passes is
// counted, invalid expressions are refused with their position and exit 2.
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace {

const QString datasetPath = QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json");

} // namespace

class TestCliFilter : public QObject
{
    Q_OBJECT

private slots:
    void countsWhatPasses_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::addColumn<int>("french");
        QTest::addRow("French entities") << u"country:FR"_s << 13 << 8 << 13;
        QTest::addRow("no suppliers, isolated hidden")
            << u"-relation:supplier hide:isolated"_s << 29 << 35 << 13;
        QTest::addRow("text with neighbours") << u"owkin show:neighbours"_s << 2 << 1 << 2;
        QTest::addRow("accents ignored") << u"\"CHARITE\""_s << 1 << 0 << 0;
        QTest::addRow("empty expression") << u""_s << 32 << 38 << 13;
        // An edge attribute facet: the relations' "role".
        QTest::addRow("edge facet") << u"role:\"announced an agreement\" hide:isolated"_s << 10 << 9
                                    << 4;
    }

    void countsWhatPasses()
    {
        QFETCH(QString, expression);
        QFETCH(int, nodes);
        QFETCH(int, edges);
        QFETCH(int, french);
        const CliRun run = runEntente({datasetPath, u"--info"_s, u"--filter"_s, expression});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(info.value(u"nodes").toInt(), nodes);
        QCOMPARE(info.value(u"edges").toInt(), edges);
        QCOMPARE(info.value(u"country").toObject().value(u"FR").toInt(), french);
    }

    // community and component are computed when named: Louvain with the
    // default seed gives the communities --metrics writes.
    void computedFacets_data()
    {
        QTest::addColumn<QString>("facet");
        QTest::addColumn<int>("column");   // in the --metrics CSV
        QTest::addRow("community") << u"community"_s << 8;
        QTest::addRow("component") << u"component"_s << 7;
    }

    void computedFacets()
    {
        QFETCH(QString, facet);
        QFETCH(int, column);
        const CliRun metrics = runEntente({datasetPath, u"--metrics"_s, u"-"_s});
        QVERIFY2(metrics.exitCode == 0, metrics.err.constData());
        QList<QByteArray> lines = metrics.out.trimmed().split('\n');
        QVERIFY(lines.size() == 33);
        QVERIFY(lines.takeFirst().split(',').value(column) == facet.toUtf8());
        QHash<QByteArray, int> sizes;
        for (const QByteArray &line : std::as_const(lines)) {
            // Labels may hold quoted commas: count fields from the end.
            const QList<QByteArray> fields = line.split(',');
            ++sizes[fields.value(fields.size() - (10 - column))];
        }
        QVERIFY(!sizes.isEmpty());
        for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
            const CliRun run = runEntente({datasetPath, u"--info"_s, u"--filter"_s,
                                           facet + u':' + QString::fromUtf8(it.key())});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"nodes").toInt(), it.value());
        }
        const CliRun unknown = runEntente({datasetPath, u"--info"_s, u"--filter"_s, facet + u":999"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("unknown " + facet.toUtf8() + " \"999\""), unknown.err.constData());
    }

    void invalidExpression_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        // Found once the graph is loaded (facet and value names)...
        QTest::addRow("unknown facet")
            << u"contry:DE"_s
            << u"entente: --filter:1:1: unknown facet \"contry\" (did you mean \"country\"?)\n"
               "  contry:DE\n  ^\n"_s;
        QTest::addRow("unknown value")
            << u"country:FR,XY"_s
            << u"entente: --filter:1:12: unknown country \"XY\"\n  country:FR,XY\n             ^\n"_s;
        // ... or before loading (syntax), as usage errors.
        QTest::addRow("unterminated quote")
            << u"sector:cloud \"black"_s
            << u"entente: --filter:1:14: unterminated quote\n  sector:cloud \"black\n"
               "               ^\nTry 'entente --help' for more information.\n"_s;
        QTest::addRow("bad date")
            << u"since:2025-13"_s
            << u"entente: --filter:1:7: bad date \"2025-13\" (expected YYYY, YYYY-MM or "
               "YYYY-MM-DD)\n  since:2025-13\n        ^\nTry 'entente --help' for more "
               "information.\n"_s;
    }

    void invalidExpression()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        const CliRun run = runEntente({datasetPath, u"--info"_s, u"--filter"_s, expression});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(QString::fromUtf8(run.err), message);
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliFilter)
#include "tst_cli_filter.moc"
