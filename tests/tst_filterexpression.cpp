#include "filter/filterexpression.h"
#include "filter/filterindex.h"
#include "model/graphbuilder.h"

#include <QtTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// A small graph with every kind of facet: multi-valued countries, sectors with
// spaces, an attribute facet ("group") and relations.
FilterIndex testIndex()
{
    GraphBuilder builder;
    const auto node = [&](const QString &id, const QString &label, QStringList countries,
                          QString sector, QString group) {
        NodeData data{.id = id, .label = label, .kind = u"company"_s,
                      .countries = std::move(countries), .sectors = {std::move(sector)}};
        data.attributes.append({u"group"_s, QJsonValue(group)});
        return *builder.addNode(std::move(data));
    };
    const auto sap = node(u"sap"_s, u"SAP"_s, {u"DE"_s}, u"enterprise software"_s, u"north"_s);
    const auto mistral = node(u"mistral-ai"_s, u"Mistral AI"_s, {u"FR"_s}, u"AI models"_s, u"west"_s);
    const auto owkin = node(u"owkin"_s, u"Owkin"_s, {u"FR"_s, u"US"_s}, u"AI for biology"_s, u"west"_s);
    const auto aws = node(u"amazon"_s, u"Amazon"_s, {u"US"_s}, u"cloud"_s, u"north"_s);
    builder.addEdge(sap, mistral, {.relation = u"partnership"_s, .date = u"2025-11-18"_s});
    builder.addEdge(aws, sap, {.relation = u"supplier"_s});
    builder.addEdge(owkin, mistral, {.relation = u"participation"_s, .date = u"2024-02"_s});
    return FilterIndex(builder.build());
}

} // namespace

class TestFilterExpression : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("canonical");

        QTest::addRow("empty") << u""_s << u""_s;
        QTest::addRow("spaces only") << u"   \t "_s << u""_s;
        QTest::addRow("one country") << u"country:FR"_s << u"country:FR"_s;
        QTest::addRow("values sorted, case of the graph")
            << u"country:fr,de"_s << u"country:DE,FR"_s;
        QTest::addRow("duplicate value once") << u"country:DE,de"_s << u"country:DE"_s;
        QTest::addRow("plural alias") << u"countries:US"_s << u"country:US"_s;
        QTest::addRow("facet name any case") << u"Country:US"_s << u"country:US"_s;
        QTest::addRow("facets in canonical order")
            << u"relation:supplier sector:cloud country:DE"_s
            << u"country:DE sector:cloud relation:supplier"_s;
        QTest::addRow("negated facet") << u"-relation:supplier"_s << u"-relation:supplier"_s;
        QTest::addRow("quoted value with space")
            << u"sector:\"enterprise software\""_s << u"sector:\"enterprise software\""_s;
        QTest::addRow("quoted and bare values")
            << u"sector:cloud,\"AI models\""_s << u"sector:\"AI models\",cloud"_s;
        QTest::addRow("attribute facet") << u"group:north"_s << u"group:north"_s;
        QTest::addRow("since and until")
            << u"since:2025-01-01 until:2025-12-31"_s << u"since:2025-01-01 until:2025-12-31"_s;
        QTest::addRow("year widens to the period")
            << u"since:2024 until:2025-02"_s << u"since:2024-01-01 until:2025-02-28"_s;
        QTest::addRow("date of one year")
            << u"date:2025"_s << u"since:2025-01-01 until:2025-12-31"_s;
        QTest::addRow("date range") << u"date:2024-03..2025"_s
                                    << u"since:2024-03-01 until:2025-12-31"_s;
        QTest::addRow("open date range") << u"date:..2024-02-29"_s << u"until:2024-02-29"_s;
        QTest::addRow("degree at least") << u"degree:3.."_s << u"degree:3.."_s;
        QTest::addRow("degree range") << u"degree:2..10"_s << u"degree:2..10"_s;
        QTest::addRow("degree at most") << u"degree:..5"_s << u"degree:0..5"_s;
        QTest::addRow("degree exact") << u"degree:1..1"_s << u"degree:1"_s;
        QTest::addRow("negated degree") << u"-degree:0"_s << u"-degree:0"_s;
        QTest::addRow("bare words") << u"black forest"_s << u"black forest"_s;
        QTest::addRow("phrase") << u"\"black forest\""_s << u"\"black forest\""_s;
        QTest::addRow("negated word and phrase")
            << u"-labs -\"black forest\""_s << u"-labs -\"black forest\""_s;
        QTest::addRow("escaped quote in phrase")
            << u"\"say \\\"hi\\\"\""_s << u"\"say \\\"hi\\\"\""_s;
        QTest::addRow("accented word kept") << u"Charité"_s << u"Charité"_s;
        QTest::addRow("options") << u"hide:isolated show:neighbors"_s
                                 << u"show:neighbours hide:isolated"_s;
        QTest::addRow("everything")
            << u"  country:DE,FR sector:cloud -relation:supplier since:2025-01-01 "
               "until:2025-12-31 \"black forest\"  "_s
            << u"country:DE,FR sector:cloud -relation:supplier since:2025-01-01 "
               "until:2025-12-31 \"black forest\""_s;
    }

    void valid()
    {
        QFETCH(QString, expression);
        QFETCH(QString, canonical);
        const FilterIndex index = testIndex();
        const FilterParseResult parsed = parseFilterExpression(expression, &index);
        QVERIFY2(parsed.ok(), qPrintable(parsed.diagnostic(u"expr"_s).toString()));
        QCOMPARE(filterExpression(*parsed.filter), canonical);
        // The canonical text parses back to the same filter.
        const FilterParseResult again = parseFilterExpression(canonical, &index);
        QVERIFY(again.ok());
        QCOMPARE(*again.filter, *parsed.filter);
    }

    void structure()
    {
        const FilterIndex index = testIndex();
        const auto parsed = parseFilterExpression(
            u"country:DE,FR -relation:supplier since:2025 degree:2.. black -\"forest x\""_s, &index);
        QVERIFY(parsed.ok());
        const Filter &f = *parsed.filter;
        QCOMPARE(f.facets.size(), 2);
        QCOMPARE(f.facets[0].facet, u"country"_s);
        QCOMPARE(f.facets[0].values, QStringList({u"DE"_s, u"FR"_s}));
        QVERIFY(!f.facets[0].negated);
        QCOMPARE(f.facets[1].facet, u"relation"_s);
        QVERIFY(f.facets[1].negated);
        QCOMPARE(f.since, QDate(2025, 1, 1));
        QVERIFY(!f.until);
        QCOMPARE(f.degree->min, 2);
        QVERIFY(f.degree->isOpenEnded());
        QCOMPARE(f.text.size(), 2);
        QCOMPARE(f.text[1], (TextTerm{u"forest x"_s, true}));
    }

    void withoutIndex()
    {
        // Syntax only: any facet and value is taken as typed.
        const auto parsed = parseFilterExpression(u"Region:North,south country:xx"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(filterExpression(*parsed.filter), u"country:xx Region:North,south"_s);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::addRow("unknown facet with suggestion")
            << u"contry:DE"_s << 1 << u"unknown facet \"contry\" (did you mean \"country\"?)"_s;
        QTest::addRow("unknown facet")
            << u"sector:cloud colour:red"_s << 14
            << u"unknown facet \"colour\" (facets: country, sector, kind, group, relation, "
               "since, until, date, degree, show, hide)"_s;
        QTest::addRow("unknown value")
            << u"country:DE,XY"_s << 12 << u"unknown country \"XY\""_s;
        QTest::addRow("unknown value with suggestion")
            << u"sector:clouds"_s << 8 << u"unknown sector \"clouds\" (did you mean \"cloud\"?)"_s;
        QTest::addRow("unterminated quote")
            << u"country:DE \"black forest"_s << 12 << u"unterminated quote"_s;
        QTest::addRow("unterminated quoted value")
            << u"sector:\"enterprise software"_s << 8 << u"unterminated quote"_s;
        QTest::addRow("empty value list")
            << u"country: DE"_s << 9 << u"empty value list after \"country:\""_s;
        QTest::addRow("empty value list at end")
            << u"country:"_s << 9 << u"empty value list after \"country:\""_s;
        QTest::addRow("trailing comma")
            << u"country:DE,"_s << 12 << u"empty value after \",\""_s;
        QTest::addRow("double comma")
            << u"country:DE,,FR"_s << 12 << u"empty value after \",\""_s;
        QTest::addRow("bad date")
            << u"since:2025-13-01"_s << 7
            << u"bad date \"2025-13-01\" (expected YYYY, YYYY-MM or YYYY-MM-DD)"_s;
        QTest::addRow("bad day")
            << u"until:2025-02-30"_s << 7
            << u"bad date \"2025-02-30\" (expected YYYY, YYYY-MM or YYYY-MM-DD)"_s;
        QTest::addRow("not a date")
            << u"since:yesterday"_s << 7
            << u"bad date \"yesterday\" (expected YYYY, YYYY-MM or YYYY-MM-DD)"_s;
        QTest::addRow("bad end of date range")
            << u"date:2024..20x5"_s << 12
            << u"bad date \"20x5\" (expected YYYY, YYYY-MM or YYYY-MM-DD)"_s;
        QTest::addRow("until before since")
            << u"since:2025-06-01 until:2025-01-01"_s << 18
            << u"end date is before the start date"_s;
        QTest::addRow("since twice")
            << u"since:2024 date:2025"_s << 12 << u"start date given twice"_s;
        QTest::addRow("two dates") << u"since:2024,2025"_s << 11 << u"since takes one value"_s;
        QTest::addRow("negated since")
            << u"-since:2024"_s << 1 << u"\"-\" cannot be used with since"_s;
        QTest::addRow("facet twice")
            << u"country:DE -country:FR"_s << 12
            << u"country given twice (list the values in one term: country:A,B)"_s;
        QTest::addRow("bad degree")
            << u"degree:many"_s << 8 << u"bad degree range \"many\" (expected N, N.., ..M or N..M)"_s;
        QTest::addRow("empty degree range")
            << u"degree:5..2"_s << 8 << u"empty degree range \"5..2\""_s;
        QTest::addRow("dash alone")
            << u"country:DE - FR"_s << 12 << u"\"-\" must be followed by a facet or a word"_s;
        QTest::addRow("colon without name")
            << u":DE"_s << 1 << u"missing facet name before \":\""_s;
        QTest::addRow("quote inside a word")
            << u"black\"forest\""_s << 6 << u"unexpected quote inside a word"_s;
        QTest::addRow("junk after quoted value")
            << u"sector:\"cloud\"x"_s << 15 << u"expected \",\" or a space after the value"_s;
        QTest::addRow("junk after phrase")
            << u"\"black forest\":x"_s << 15 << u"expected a space after the closing quote"_s;
        QTest::addRow("comma in facet name")
            << u"country,sector:DE"_s << 8 << u"unexpected \",\" in a facet name"_s;
        QTest::addRow("dash starting a facet name")
            << u"--country:DE"_s << 2 << u"a facet name cannot start with \"-\""_s;
        QTest::addRow("bad option")
            << u"show:everything"_s << 6
            << u"unknown value \"everything\" for show (expected \"neighbours\")"_s;
        // Columns count characters: the accented letter and the emoji are one each.
        QTest::addRow("column after non-ASCII")
            << u"Charité 😀 contry:DE"_s << 11
            << u"unknown facet \"contry\" (did you mean \"country\"?)"_s;
    }

    void invalid()
    {
        QFETCH(QString, expression);
        QFETCH(int, column);
        QFETCH(QString, message);
        const FilterIndex index = testIndex();
        const FilterParseResult parsed = parseFilterExpression(expression, &index);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.message, message);
        QCOMPARE(parsed.column, column);
        QCOMPARE(parsed.diagnostic(u"--filter"_s).toString(),
                 u"--filter:1:%1: %2"_s.arg(column).arg(message));
    }

    // Random input never crashes: it parses to a filter whose canonical text
    // gives it back, or fails with a message at a column inside the text.
    void randomInput()
    {
        const FilterIndex index = testIndex();
        const QString alphabet = u"country:sector-relation,\"\\ .:DEFRUSclou2025-01degre..isoé\t"_s;
        QRandomGenerator random(4);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int length = int(random.bounded(24));
            for (int i = 0; i < length; ++i)
                text.append(alphabet[random.bounded(alphabet.size())]);
            for (const FilterIndex *catalog : {&index, static_cast<const FilterIndex *>(nullptr)}) {
                const FilterParseResult parsed = parseFilterExpression(text, catalog);
                if (parsed.ok()) {
                    const FilterParseResult again =
                        parseFilterExpression(filterExpression(*parsed.filter), catalog);
                    QVERIFY2(again.ok() && *again.filter == *parsed.filter, qPrintable(text));
                } else {
                    QVERIFY2(!parsed.message.isEmpty(), qPrintable(text));
                    QVERIFY2(parsed.column >= 1 && parsed.column <= text.size() + 1, qPrintable(text));
                }
            }
        }
    }

    void foldsAccentsAndCase()
    {
        QCOMPARE(foldForSearch(u"Charité"), u"charite"_s);
        QCOMPARE(foldForSearch(u"DASSAULT SYSTÈMES"), u"dassault systemes"_s);
        QCOMPARE(foldForSearch(u"Ǆ ﬁ"), u"dz fi"_s);   // compatibility forms decompose
        QCOMPARE(foldForSearch(u"plain"), u"plain"_s);
    }

    void datePeriods()
    {
        QCOMPARE(parseDatePeriod(u"2024"), std::optional(std::pair{QDate(2024, 1, 1), QDate(2024, 12, 31)}));
        QCOMPARE(parseDatePeriod(u"2024-02"), std::optional(std::pair{QDate(2024, 2, 1), QDate(2024, 2, 29)}));
        QCOMPARE(parseDatePeriod(u"2025-11-18T09:30:00Z"),
                 std::optional(std::pair{QDate(2025, 11, 18), QDate(2025, 11, 18)}));
        QVERIFY(!parseDatePeriod(u"25-11-18"));
        QVERIFY(!parseDatePeriod(u"2025-1-18"));
        QVERIFY(!parseDatePeriod(u""));
    }
};

QTEST_GUILESS_MAIN(TestFilterExpression)
#include "tst_filterexpression.moc"
