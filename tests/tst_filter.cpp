#include "analysis/communities.h"
#include "filter/filterevaluator.h"
#include "filter/filterexpression.h"
#include "filter/filterindex.h"
#include "filter/subgraph.h"
#include "io/graphio.h"
#include "model/graphbuilder.h"

#include <QtTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// The bundled summit dataset, through the JSON reader.
RelationshipGraph summitGraph()
{
    const LoadResult loaded =
        loadGraphFile(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json"));
    if (!loaded.ok())
        qFatal("%s", qPrintable(formatDiagnostics(loaded.diagnostics)));
    return loaded.document->graph;
}

// A small file with edge attributes (status, channel, region) beside a node
// attribute (region).
RelationshipGraph smallGraph()
{
    const LoadResult loaded =
        loadGraphFile(QStringLiteral(ENTENTE_TEST_DATA "/filter/edgefacets.entente.json"));
    if (!loaded.ok())
        qFatal("%s", qPrintable(formatDiagnostics(loaded.diagnostics)));
    return loaded.document->graph;
}

Filter parse(const FilterIndex &index, const QString &expression)
{
    const FilterParseResult parsed = parseFilterExpression(expression, &index);
    if (!parsed.ok())
        qFatal("%s", qPrintable(parsed.diagnostic(u"expr"_s).toString()));
    return *parsed.filter;
}

QStringList nodesIn(const RelationshipGraph &graph, const FilterResult &result, NodeState state)
{
    QStringList ids;
    for (qsizetype n = 0; n < graph.nodeCount(); ++n) {
        if (result.nodeStates[n] == state)
            ids.append(graph.nodeId(NodeIndex(n)));
    }
    ids.sort();
    return ids;
}

QStringList shownEdges(const RelationshipGraph &graph, const FilterResult &result)
{
    QStringList ids;
    for (qsizetype e = 0; e < graph.edgeCount(); ++e) {
        if (result.edgeVisible[e])
            ids.append(graph.edgeId(EdgeIndex(e)));
    }
    ids.sort();
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

qsizetype countOf(const FilterIndex &index, const FilterResult &result, const QString &facet,
                  const QString &value)
{
    const int f = index.facetIndex(facet);
    const int v = index.valueIndex(f, value);
    if (f < 0 || v < 0)
        return -1;
    return result.counts[f][v];
}

// A filter evaluated the slow, obvious way, to compare the fast one against.
FilterResult bruteForce(const FilterIndex &index, const Filter &filter)
{
    const RelationshipGraph &g = index.graph();
    const auto n = g.nodeCount();
    const auto m = g.edgeCount();
    const auto nodeValues = [&](const QString &facet, NodeIndex v) -> QStringList {
        if (facet == u"country")
            return g.nodeCountries(v);
        if (facet == u"sector")
            return g.nodeSectors(v);
        if (facet == u"kind")
            return g.nodeKind(v).isEmpty() ? QStringList{} : QStringList{g.nodeKind(v)};
        const QJsonValue a = attributeValue(g.nodeAttributes(v), facet);
        return a.isString() ? QStringList{a.toString()} : QStringList{};
    };
    const auto overlaps = [&](const QString &date, const QString &endDate) {
        auto period = parseDatePeriod(date);
        const auto end = parseDatePeriod(endDate);
        if (!period)
            period = end;
        else if (end && end->second > period->second)
            period->second = end->second;
        if (!period)
            return false;
        return (!filter.since || period->second >= *filter.since)
               && (!filter.until || period->first <= *filter.until);
    };
    const auto onEdges = [&](const QString &facet) {
        const int f = index.facetIndex(facet);
        return f >= 0 && index.facets()[f].target == Facet::Target::Edges;
    };
    const auto edgeValues = [&](const QString &facet, EdgeIndex e) -> QStringList {
        if (facet == u"relation")
            return {g.edgeRelation(e)};
        QJsonValue a = attributeValue(g.edgeAttributes(e), facet);
        if (a.isUndefined() && facet.startsWith(u"edge."))
            a = attributeValue(g.edgeAttributes(e), facet.mid(5));
        return a.isString() ? QStringList{a.toString()} : QStringList{};
    };
    const bool dated = filter.since || filter.until;
    std::vector<bool> edgePass(m, true);
    for (qsizetype e = 0; e < m; ++e) {
        for (const FacetCondition &c : filter.facets) {
            if (!onEdges(c.facet))
                continue;
            bool any = false;
            for (const QString &value : edgeValues(c.facet, EdgeIndex(e)))
                any = any || c.values.contains(value);
            edgePass[e] = edgePass[e] && (any != c.negated);
        }
        if (dated && !overlaps(g.edgeDate(EdgeIndex(e)), g.edgeEndDate(EdgeIndex(e))))
            edgePass[e] = false;
    }
    std::vector<bool> match(n, true);
    for (qsizetype v = 0; v < n; ++v) {
        const auto node = NodeIndex(v);
        for (const FacetCondition &c : filter.facets) {
            if (onEdges(c.facet))
                continue;
            bool any = false;
            for (const QString &value : nodeValues(c.facet, node))
                any = any || c.values.contains(value);
            match[v] = match[v] && (any != c.negated);
        }
        if (dated) {
            bool inRange = overlaps(g.nodeDate(node), g.nodeEndDate(node));
            for (EdgeIndex e : g.incidentEdges(node)) {
                inRange = inRange
                          || overlaps(g.edgeDate(e), g.edgeEndDate(e));
            }
            match[v] = match[v] && inRange;
        }
        if (filter.degree) {
            const bool in = g.degree(node) >= filter.degree->min && g.degree(node) <= filter.degree->max;
            match[v] = match[v] && (in != filter.degree->negated);
        }
        const QString text = foldForSearch(g.nodeLabel(node)) + u'\n' + foldForSearch(g.nodeId(node));
        for (const TextTerm &t : filter.text) {
            const bool found = text.contains(foldForSearch(t.text));
            match[v] = match[v] && (found != t.negated);
        }
    }
    FilterResult r;
    r.nodeStates.assign(n, NodeState::Hidden);
    r.edgeVisible.assign(m, 0);
    r.edgePassing.assign(m, 0);
    for (qsizetype e = 0; e < m; ++e)
        r.edgePassing[e] = edgePass[e];
    for (qsizetype v = 0; v < n; ++v) {
        if (match[v])
            r.nodeStates[v] = NodeState::Shown;
    }
    for (qsizetype e = 0; e < m; ++e) {
        const auto s = g.edgeSource(EdgeIndex(e));
        const auto t = g.edgeTarget(EdgeIndex(e));
        if (!edgePass[e])
            continue;
        if (match[s] && match[t]) {
            r.edgeVisible[e] = 1;
        } else if (filter.keepNeighbours && (match[s] || match[t])) {
            r.edgeVisible[e] = 1;
            r.nodeStates[match[s] ? t : s] = NodeState::Dimmed;
        }
    }
    if (filter.hideIsolated) {
        for (qsizetype v = 0; v < n; ++v) {
            bool any = false;
            for (EdgeIndex e : g.incidentEdges(NodeIndex(v)))
                any = any || r.edgeVisible[e];
            if (!any)
                r.nodeStates[v] = NodeState::Hidden;
        }
    }
    return r;
}

} // namespace

class TestFilter : public QObject
{
    Q_OBJECT

private:
    RelationshipGraph m_summit;
    FilterIndex m_index;

private slots:
    void initTestCase()
    {
        m_summit = summitGraph();
        QCOMPARE(m_summit.nodeCount(), 32);
        QCOMPARE(m_summit.edgeCount(), 38);
        m_index = FilterIndex(m_summit);
    }

    void discoversFacets()
    {
        QStringList names;
        for (const Facet &facet : m_index.facets())
            names.append(facet.name);
        // Notes, descriptions and one-off attributes (location, founded...) are
        // no facets: their values are not shared.
        // Edge attributes too: "role" (four values on twelve relations) is a
        // facet; the notes are not, nor the quotes (13 on 35 relations, but
        // prose).
        QCOMPARE(names, QStringList({u"country"_s, u"sector"_s, u"kind"_s, u"relation"_s, u"role"_s}));
        const Facet &role = m_index.facets()[m_index.facetIndex(u"role")];
        QCOMPARE(role.target, Facet::Target::Edges);
        QVERIFY(role.fromAttributes);
        QCOMPARE(role.totals[m_index.valueIndex(m_index.facetIndex(u"role"), u"announced an agreement")], 9);
        const Facet &country = m_index.facets()[m_index.facetIndex(u"country")];
        QCOMPARE(country.values.size(), 10);
        QCOMPARE(country.totals[m_index.valueIndex(0, u"FR")], 13);
        QCOMPARE(country.totals[m_index.valueIndex(0, u"US")], 4);
        const Facet &relation = m_index.facets()[m_index.facetIndex(u"relation")];
        QCOMPARE(relation.target, Facet::Target::Edges);
        QCOMPARE(relation.totals[m_index.valueIndex(3, u"membership")], 12);
        QCOMPARE(m_index.firstDate(), QDate(2025, 11, 18));
        QCOMPARE(m_index.lastDate(), QDate(2025, 11, 18));
        QCOMPARE(m_index.maxDegree(), 13);   // ESTIA: twelve members and the summit
    }

    void discoversAttributeFacets()
    {
        GraphBuilder builder;
        for (int i = 0; i < 12; ++i) {
            NodeData node{.id = u"n%1"_s.arg(i)};
            node.attributes = {{u"group"_s, QJsonValue(i % 3 == 0 ? u"red"_s : u"blue"_s)},
                               {u"region"_s, QJsonArray{u"north"_s, i < 6 ? u"east"_s : u"west"_s}},
                               {u"listed"_s, QJsonValue(i % 2 == 0)},
                               {u"website"_s, QJsonValue(u"https://n%1.example"_s.arg(i))},
                               {u"score"_s, QJsonValue(i + 0.5)},
                               {u"country"_s, QJsonValue(u"DE"_s)},
                               {u"motto"_s, QJsonValue(QString(101, i % 2 ? u'a' : u'b'))}};
            builder.addNode(std::move(node));
        }
        const FilterIndex index(builder.build());
        QStringList names;
        for (const Facet &facet : index.facets())
            names.append(facet.name);
        // Distinct values everywhere (website), fractions (score), prose
        // (motto: two values, but long) and names the
        // language reserves (country) are no attribute facets.
        QCOMPARE(names, QStringList({u"country"_s, u"sector"_s, u"kind"_s, u"group"_s,
                                     u"listed"_s, u"region"_s, u"relation"_s}));
        const Facet &region = index.facets()[index.facetIndex(u"region")];
        QCOMPARE(region.values, QStringList({u"east"_s, u"north"_s, u"west"_s}));
        QCOMPARE(region.totals, std::vector<qsizetype>({6, 12, 6}));
        QVERIFY(index.facets()[index.facetIndex(u"group")].fromAttributes);

        const FilterResult r = evaluateFilter(index, parse(index, u"group:red listed:true"_s), true);
        QCOMPARE(r.matchingNodes, 2);   // n0 and n6
        const Facet &group = index.facets()[index.facetIndex(u"group")];
        Q_UNUSED(group);
        QCOMPARE(countOf(index, r, u"group"_s, u"blue"_s), 4);   // listed and blue: n2 n4 n8 n10
        QCOMPARE(countOf(index, r, u"listed"_s, u"false"_s), 2); // red and unlisted: n3 n9
    }

    void countryFrance()
    {
        const FilterResult r = evaluateFilter(m_index, parse(m_index, u"country:FR"_s), true);
        // Owkin is French and American; Airbus NL, FR and DE: both match.
        QCOMPARE(nodesIn(m_summit, r, NodeState::Shown),
                 sorted({u"summit-2025"_s, u"mistral-ai"_s, u"bleu"_s, u"capgemini"_s,
                         u"black-forest-labs"_s, u"gustave-roussy"_s, u"owkin"_s,
                         u"biological-superintelligence"_s, u"airbus"_s,
                         u"dassault-systemes"_s, u"orange"_s, u"ovhcloud"_s, u"sopra-steria"_s}));
        QCOMPARE(nodesIn(m_summit, r, NodeState::Dimmed), QStringList());
        QCOMPARE(shownEdges(m_summit, r),
                 sorted({u"gustave-roussy-biological-superintelligence"_s,
                         u"owkin-biological-superintelligence"_s, u"bleu-orange"_s,
                         u"bleu-capgemini"_s, u"mistral-ai-summit"_s, u"bleu-summit"_s,
                         u"black-forest-labs-summit"_s,
                         u"biological-superintelligence-summit"_s}));
        QCOMPARE(r.matchingNodes, 13);
        QCOMPARE(r.shownNodes, 13);
        QCOMPARE(r.shownEdges, 8);
    }

    void orWithinAndAcross()
    {
        // OR within: German or French. AND across: and a company.
        FilterResult r = evaluateFilter(m_index, parse(m_index, u"country:DE,FR"_s));
        QCOMPARE(r.matchingNodes, 22);   // 13 + 13 - 4 both (summit, BFL, bio, Airbus)
        r = evaluateFilter(m_index, parse(m_index, u"country:DE,FR kind:company"_s));
        QCOMPARE(r.matchingNodes, 18);
        r = evaluateFilter(m_index, parse(m_index, u"country:US sector:cloud"_s));
        QCOMPARE(nodesIn(m_summit, r, NodeState::Shown),
                 sorted({u"amazon"_s, u"google"_s, u"microsoft"_s}));
        QCOMPARE(r.shownEdges, 0);
    }

    void negation()
    {
        // Not US: Owkin goes although it is French too.
        FilterResult r = evaluateFilter(m_index, parse(m_index, u"-country:US"_s));
        QCOMPARE(r.matchingNodes, 28);
        QVERIFY(!nodesIn(m_summit, r, NodeState::Shown).contains(u"owkin"_s));
        // Negated relation hides edges only; the nodes stay.
        r = evaluateFilter(m_index, parse(m_index, u"-relation:supplier,membership"_s));
        QCOMPARE(r.matchingNodes, 32);
        QCOMPARE(r.shownEdges, 38 - 3 - 12);
        r = evaluateFilter(m_index, parse(m_index, u"relation:supplier"_s));
        QCOMPARE(shownEdges(m_summit, r),
                 sorted({u"amazon-sap"_s, u"google-sap"_s, u"microsoft-sap"_s}));
    }

    void hideIsolatedAndNeighbours()
    {
        FilterResult r = evaluateFilter(m_index, parse(m_index, u"relation:supplier hide:isolated"_s));
        QCOMPARE(nodesIn(m_summit, r, NodeState::Shown),
                 sorted({u"amazon"_s, u"google"_s, u"microsoft"_s, u"sap"_s}));
        QCOMPARE(r.matchingNodes, 32);
        QCOMPARE(r.shownNodes, 4);

        // Owkin's neighbours are kept, faded; edges among them stay hidden.
        r = evaluateFilter(m_index, parse(m_index, u"owkin show:neighbours"_s));
        QCOMPARE(nodesIn(m_summit, r, NodeState::Shown), QStringList({u"owkin"_s}));
        QCOMPARE(nodesIn(m_summit, r, NodeState::Dimmed),
                 QStringList({u"biological-superintelligence"_s}));
        QCOMPARE(shownEdges(m_summit, r), QStringList({u"owkin-biological-superintelligence"_s}));
        QCOMPARE(r.neighbourNodes, 1);
        QCOMPARE(r.shownNodes, 2);

        // Neighbours only through edges that pass: no supplier edges to SAP.
        r = evaluateFilter(m_index, parse(m_index, u"sap -relation:supplier show:neighbours"_s));
        QCOMPARE(nodesIn(m_summit, r, NodeState::Dimmed),
                 sorted({u"delos"_s, u"mistral-ai"_s, u"summit-2025"_s}));
    }

    void textIsCaseAndAccentInsensitive_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("ids");
        QTest::addRow("accent dropped") << u"charite"_s << QStringList{u"charite"_s};
        QTest::addRow("accent typed") << u"CHARITÉ"_s << QStringList{u"charite"_s};
        QTest::addRow("label accent") << u"systemes"_s << QStringList{u"dassault-systemes"_s};
        QTest::addRow("phrase") << u"\"black forest\""_s << QStringList{u"black-forest-labs"_s};
        QTest::addRow("two words") << u"forest labs"_s << QStringList{u"black-forest-labs"_s};
        QTest::addRow("id only") << u"mercedes-benz"_s << QStringList{u"mercedes-benz"_s};
        QTest::addRow("negated word")
            << u"cloud -ovh"_s << QStringList{u"delos"_s};
        QTest::addRow("no match") << u"zeppelin"_s << QStringList{};
    }

    void textIsCaseAndAccentInsensitive()
    {
        QFETCH(QString, expression);
        QFETCH(QStringList, ids);
        const FilterResult r = evaluateFilter(m_index, parse(m_index, expression));
        QCOMPARE(nodesIn(m_summit, r, NodeState::Shown), ids);
    }

    void dateRange()
    {
        GraphBuilder builder;
        const auto a = *builder.addNode({.id = u"a"_s});
        const auto b = *builder.addNode({.id = u"b"_s});
        const auto c = *builder.addNode({.id = u"c"_s});
        const auto d = *builder.addNode({.id = u"d"_s, .date = u"2020-05"_s});
        const auto e = *builder.addNode({.id = u"e"_s, .date = u"2018"_s, .endDate = u"2022"_s});
        builder.addEdge(a, b, {.id = u"ab"_s, .date = u"2024-03-01"_s});
        builder.addEdge(b, c, {.id = u"bc"_s, .date = u"2019"_s, .endDate = u"2025-06"_s});
        builder.addEdge(a, c, {.id = u"ac"_s});
        builder.addEdge(c, d, {.id = u"cd"_s, .date = u"2010-01-01"_s});
        Q_UNUSED(e);
        const RelationshipGraph graph = builder.build();
        const FilterIndex index(graph);
        QCOMPARE(index.firstDate(), QDate(2010, 1, 1));
        QCOMPARE(index.lastDate(), QDate(2025, 6, 30));

        // Edges by their period; undated edges fail; nodes by an edge in range
        // or their own period.
        FilterResult r = evaluateFilter(index, parse(index, u"date:2024"_s));
        QCOMPARE(shownEdges(graph, r), QStringList({u"ab"_s, u"bc"_s}));
        QCOMPARE(nodesIn(graph, r, NodeState::Shown), QStringList({u"a"_s, u"b"_s, u"c"_s}));
        r = evaluateFilter(index, parse(index, u"since:2025-07"_s));
        QCOMPARE(r.shownEdges, 0);
        QCOMPARE(r.matchingNodes, 0);
        r = evaluateFilter(index, parse(index, u"until:2012"_s));
        QCOMPARE(shownEdges(graph, r), QStringList({u"cd"_s}));
        QCOMPARE(nodesIn(graph, r, NodeState::Shown), QStringList({u"c"_s, u"d"_s}));
        r = evaluateFilter(index, parse(index, u"date:2021"_s));
        QCOMPARE(nodesIn(graph, r, NodeState::Shown), QStringList({u"b"_s, u"c"_s, u"e"_s}));

        // On the summit, every dated relation is of 18 November 2025.
        r = evaluateFilter(m_index, parse(m_index, u"since:2025-11-18 until:2025-11-18"_s));
        QCOMPARE(r.shownEdges, 38 - 6);
        r = evaluateFilter(m_index, parse(m_index, u"until:2025-11-17"_s));
        QCOMPARE(r.matchingNodes, 0);
    }

    void degreeRange()
    {
        FilterResult r = evaluateFilter(m_index, parse(m_index, u"degree:10.."_s));
        QCOMPARE(nodesIn(m_summit, r, NodeState::Shown),
                 sorted({u"estia"_s, u"summit-2025"_s}));
        r = evaluateFilter(m_index, parse(m_index, u"-degree:2.."_s));
        QCOMPARE(r.matchingNodes, 19);   // the leaves of the graph
    }

    void counts()
    {
        // Nothing selected: each value's count is how many nodes carry it.
        FilterResult r = evaluateFilter(m_index, Filter{}, true);
        QCOMPARE(countOf(m_index, r, u"country"_s, u"FR"_s), 13);
        QCOMPARE(countOf(m_index, r, u"kind"_s, u"company"_s), 26);
        QCOMPARE(countOf(m_index, r, u"relation"_s, u"participation"_s), 15);

        // With country:FR selected, the country counts ignore the country
        // condition (toggling DE would show 13 German entities), the others
        // count French entities only.
        r = evaluateFilter(m_index, parse(m_index, u"country:FR"_s), true);
        QCOMPARE(countOf(m_index, r, u"country"_s, u"DE"_s), 13);
        QCOMPARE(countOf(m_index, r, u"country"_s, u"US"_s), 4);
        QCOMPARE(countOf(m_index, r, u"kind"_s, u"company"_s), 10);
        QCOMPARE(countOf(m_index, r, u"sector"_s, u"cloud"_s), 1);   // OVHcloud
        QCOMPARE(countOf(m_index, r, u"relation"_s, u"joint-venture"_s), 2);
        QCOMPARE(countOf(m_index, r, u"relation"_s, u"supplier"_s), 0);

        // Two facets: each one's counts take the other into account.
        r = evaluateFilter(m_index, parse(m_index, u"country:FR kind:company"_s), true);
        QCOMPARE(countOf(m_index, r, u"country"_s, u"US"_s), 4);   // Owkin and the three
        QCOMPARE(countOf(m_index, r, u"country"_s, u"EU"_s), 0);
        QCOMPARE(countOf(m_index, r, u"kind"_s, u"institution"_s), 1);   // Gustave Roussy
        QCOMPARE(countOf(m_index, r, u"kind"_s, u"company"_s), 10);
        // Edge counts depend on both node facets and on the other edge conditions.
        r = evaluateFilter(m_index, parse(m_index, u"relation:partnership since:2025"_s), true);
        QCOMPARE(countOf(m_index, r, u"relation"_s, u"supplier"_s), 0);   // undated
        QCOMPARE(countOf(m_index, r, u"relation"_s, u"membership"_s), 12);

        // Counts for facet f equal the matching count with f's condition set
        // to that one value.
        const Filter base = parse(m_index, u"country:DE,FR -relation:supplier degree:2.."_s);
        r = evaluateFilter(m_index, base, true);
        for (const QString &sector : m_index.facets()[1].values) {
            Filter one = base;
            one.setCondition({u"sector"_s, {sector}});
            QCOMPARE(countOf(m_index, r, u"sector"_s, sector),
                     evaluateFilter(m_index, one).matchingNodes);
        }
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<QString>("expression");
        const QStringList expressions = {
            u""_s, u"country:FR"_s, u"-country:DE,US sector:cloud,telecommunications"_s,
            u"kind:company -relation:membership hide:isolated"_s,
            u"country:FR show:neighbours"_s, u"country:FR show:neighbours hide:isolated"_s,
            u"relation:participation,partnership since:2025-11 -sap"_s,
            u"degree:2..4 -charite"_s, u"-kind:company show:neighbours -relation:supplier"_s,
            u"o -degree:1 country:DE,FR,EU"_s,
            u"role:\"announced an agreement\""_s,
            u"role:\"announced an agreement\" hide:isolated country:FR,DE"_s,
            u"-role:\"founded at the summit\" relation:membership,participation show:neighbours"_s};
        for (const QString &expression : expressions)
            QTest::addRow("%s", qPrintable(expression)) << expression;
    }

    void matchesBruteForce()
    {
        QFETCH(QString, expression);
        const Filter filter = parse(m_index, expression);
        // The evaluator's cache must not change results: evaluate after others.
        FilterEvaluator evaluator(m_index);
        evaluator.evaluate(parse(m_index, u"country:US sector:cloud since:2025 charite"_s));
        const FilterResult fast = evaluator.evaluate(filter);
        const FilterResult slow = bruteForce(m_index, filter);
        QVERIFY(fast.nodeStates == slow.nodeStates);
        QVERIFY(fast.edgeVisible == slow.edgeVisible);
        QVERIFY(fast.edgePassing == slow.edgePassing);
    }

    void unknownNamesMatchNothing()
    {
        Filter filter;
        filter.setCondition({u"country"_s, {u"XX"_s}});
        QCOMPARE(evaluateFilter(m_index, filter).matchingNodes, 0);
        filter.setCondition({u"country"_s, {u"XX"_s}, true});
        QCOMPARE(evaluateFilter(m_index, filter).matchingNodes, 32);
        filter = Filter{};
        filter.setCondition({u"colour"_s, {u"red"_s}});
        QCOMPARE(evaluateFilter(m_index, filter).matchingNodes, 0);
    }

    void subgraph()
    {
        GraphDocument document{m_summit, NodePositions(m_summit.nodeCount()), u"entente"_s};
        for (qsizetype n = 0; n < m_summit.nodeCount(); ++n)
            document.positions.set(n, QPointF(n, -n));
        const GraphDocument filtered = filteredDocument(document, parse(m_index, u"country:FR"_s));
        QCOMPARE(filtered.graph.nodeCount(), 13);
        QCOMPARE(filtered.graph.edgeCount(), 8);
        QCOMPARE(filtered.graph.title(), m_summit.title());
        QCOMPARE(filtered.dialect, u"entente"_s);
        const auto owkin = filtered.graph.findNode(u"owkin"_s);
        QVERIFY(owkin);
        QCOMPARE(filtered.graph.nodeCountries(*owkin), QStringList({u"FR"_s, u"US"_s}));
        const NodeIndex original = *m_summit.findNode(u"owkin"_s);
        QCOMPARE(filtered.positions.at(*owkin), QPointF(original, -double(original)));
        QVERIFY(filtered.positions.allKnown());
        for (qsizetype e = 0; e < filtered.graph.edgeCount(); ++e) {
            const auto orig = *m_summit.findNode(filtered.graph.nodeId(filtered.graph.edgeSource(EdgeIndex(e))));
            QCOMPARE(m_summit.nodeCountries(orig).contains(u"FR"_s), true);
        }
        // An empty filter gives the document back.
        QCOMPARE(filteredDocument(document, Filter{}).graph.nodeCount(), 32);
    }

    // Edge attributes with few values are facets of their own: an edge
    // passes when its value is selected; nodes are only affected through
    // hide:isolated.
    void edgeAttributeFacets()
    {
        const RelationshipGraph g = smallGraph();
        const FilterIndex index(g);
        QStringList names;
        for (const Facet &facet : index.facets())
            names.append(facet.name);
        // "region" is a node facet already: the edge attribute becomes
        // edge.region. The note on one edge is no facet.
        QCOMPARE(names, QStringList({u"country"_s, u"sector"_s, u"kind"_s, u"region"_s,
                                     u"relation"_s, u"channel"_s, u"edge.region"_s, u"status"_s}));
        const Facet &status = index.facets()[index.facetIndex(u"status")];
        QCOMPARE(status.target, Facet::Target::Edges);
        QCOMPARE(status.values, QStringList({u"announced"_s, u"rumoured"_s, u"signed"_s}));
        QCOMPARE(status.totals, std::vector<qsizetype>({3, 2, 3}));

        FilterResult r = evaluateFilter(index, parse(index, u"status:signed"_s), true);
        QCOMPARE(shownEdges(g, r), QStringList({u"e1"_s, u"e2"_s, u"e6"_s}));
        QCOMPARE(r.matchingNodes, 6);   // nodes are unaffected
        QCOMPARE(r.shownNodes, 6);
        r = evaluateFilter(index, parse(index, u"status:signed hide:isolated"_s), true);
        QCOMPARE(nodesIn(g, r, NodeState::Shown), QStringList({u"a"_s, u"b"_s, u"c"_s, u"f"_s}));

        // Negated: an edge without the attribute has none of the values.
        r = evaluateFilter(index, parse(index, u"-channel:press"_s), true);
        QCOMPARE(shownEdges(g, r), QStringList({u"e2"_s, u"e6"_s, u"e7"_s, u"e8"_s}));
        r = evaluateFilter(index, parse(index, u"edge.region:south"_s), true);
        QCOMPARE(shownEdges(g, r), QStringList({u"e3"_s, u"e4"_s}));
        r = evaluateFilter(index, parse(index, u"region:south"_s), true);
        QCOMPARE(nodesIn(g, r, NodeState::Shown), QStringList({u"d"_s, u"e"_s, u"f"_s}));
    }

    void edgeAttributeCounts_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("facet");
        QTest::addColumn<QList<qsizetype>>("counts");   // in the facet's value order
        QTest::addRow("nothing selected") << u""_s << u"status"_s << QList<qsizetype>{3, 2, 3};
        // Edges between matching nodes only: a-b and b-c.
        QTest::addRow("node facet") << u"region:north"_s << u"status"_s << QList<qsizetype>{0, 0, 2};
        QTest::addRow("node facet, channel") << u"region:north"_s << u"channel"_s
                                             << QList<qsizetype>{1, 1};
        // Each edge facet's counts take the other edge facets into account,
        // and not its own condition.
        QTest::addRow("status given channel") << u"status:signed channel:press"_s << u"status"_s
                                              << QList<qsizetype>{2, 1, 1};
        QTest::addRow("channel given status") << u"status:signed channel:press"_s << u"channel"_s
                                              << QList<qsizetype>{2, 1};
        QTest::addRow("relation given status") << u"status:announced"_s << u"relation"_s
                                               << QList<qsizetype>{0, 0, 3};
        QTest::addRow("status given dates") << u"since:2021 until:2022-06"_s << u"status"_s
                                            << QList<qsizetype>{2, 1, 0};
    }

    void edgeAttributeCounts()
    {
        QFETCH(QString, expression);
        QFETCH(QString, facet);
        QFETCH(QList<qsizetype>, counts);
        const FilterIndex index(smallGraph());
        const int f = index.facetIndex(facet);
        QVERIFY(f >= 0);
        const FilterResult r = evaluateFilter(index, parse(index, expression), true);
        QCOMPARE(QList<qsizetype>(r.counts[f].begin(), r.counts[f].end()), counts);
        // A count is what selecting that value alone would show.
        const Filter base = parse(index, expression);
        for (qsizetype v = 0; v < index.facets()[f].values.size(); ++v) {
            Filter one = base;
            one.setCondition({facet, {index.facets()[f].values[v]}});
            const FilterResult alone = evaluateFilter(index, one);
            qsizetype between = 0;
            for (qsizetype e = 0; e < index.graph().edgeCount(); ++e) {
                const auto s = index.graph().edgeSource(EdgeIndex(e));
                const auto t = index.graph().edgeTarget(EdgeIndex(e));
                between += alone.edgePassing[e] && alone.nodeStates[s] == NodeState::Shown
                           && alone.nodeStates[t] == NodeState::Shown;
            }
            QCOMPARE(r.counts[f][v], between);
        }
    }

    void edgeFacetsMatchBruteForce_data()
    {
        QTest::addColumn<QString>("expression");
        for (const QString &expression :
             {u"status:signed"_s, u"status:signed,rumoured -channel:filing"_s,
              u"channel:press edge.region:south hide:isolated"_s,
              u"region:north status:announced,signed show:neighbours"_s,
              u"-status:rumoured relation:supplier since:2021"_s})
            QTest::addRow("%s", qPrintable(expression)) << expression;
    }

    void edgeFacetsMatchBruteForce()
    {
        QFETCH(QString, expression);
        const FilterIndex index(smallGraph());
        FilterEvaluator evaluator(index);
        evaluator.evaluate(parse(index, u"channel:filing status:rumoured"_s));
        const FilterResult fast = evaluator.evaluate(parse(index, expression));
        const FilterResult slow = bruteForce(index, parse(index, expression));
        QVERIFY(fast.nodeStates == slow.nodeStates);
        QVERIFY(fast.edgeVisible == slow.edgeVisible);
        QVERIFY(fast.edgePassing == slow.edgePassing);
    }

    // Communities (or any column computed outside the file) as a facet.
    void computedFacet()
    {
        const Communities communities = louvainCommunities(m_summit);
        QVERIFY(communities.count >= 2);
        const FilterIndex index = m_index.withComputedFacet(u"community"_s, communities.membership);
        QCOMPARE(index.facets().size(), m_index.facets().size() + 1);
        QCOMPARE(m_index.facetIndex(u"community"), -1);   // the original is unchanged
        const int f = index.facetIndex(u"community");
        QVERIFY(f >= 0);
        const Facet &facet = index.facets()[f];
        QVERIFY(facet.computed);
        QCOMPARE(facet.target, Facet::Target::Nodes);
        QCOMPARE(facet.values.size(), communities.count);
        QCOMPARE(facet.values.first(), u"0"_s);
        QCOMPARE(facet.values.last(), QString::number(communities.count - 1));
        // Before relation, so that the edge facets stay last.
        QCOMPARE(index.facets()[f + 1].name, u"relation"_s);
        qsizetype total = 0;
        for (qsizetype t : facet.totals)
            total += t;
        QCOMPARE(total, 32);

        // community:1 gives exactly the members of community 1.
        const FilterResult r = evaluateFilter(index, parse(index, u"community:1"_s), true);
        QStringList expected;
        for (qsizetype n = 0; n < 32; ++n) {
            if (communities.membership[n] == 1)
                expected.append(m_summit.nodeId(NodeIndex(n)));
        }
        expected.sort();
        QCOMPARE(nodesIn(m_summit, r, NodeState::Shown), expected);
        // Its counts, given country:FR, are the French members of each community.
        const FilterResult fr = evaluateFilter(index, parse(index, u"country:FR"_s), true);
        for (qsizetype c = 0; c < communities.count; ++c) {
            qsizetype french = 0;
            for (qsizetype n = 0; n < 32; ++n) {
                french += communities.membership[n] == quint32(c)
                          && m_summit.nodeCountries(NodeIndex(n)).contains(u"FR"_s);
            }
            QCOMPARE(fr.counts[f][c], french);
        }
        // And the other facets' counts take community:1 into account.
        QCOMPARE(countOf(index, r, u"kind"_s, u"company"_s),
                 evaluateFilter(index, parse(index, u"community:1 kind:company"_s)).matchingNodes);

        // The expression knows the facet only where it exists.
        QVERIFY(!parseFilterExpression(u"community:1", &m_index).ok());
        QVERIFY(!parseFilterExpression(u"community:999", &index).ok());
        // The export path takes the index with the computed facet.
        GraphDocument document{m_summit, NodePositions(32), u"entente"_s};
        QCOMPARE(filteredDocument(document, parse(index, u"community:1"_s), index).graph.nodeCount(),
                 expected.size());
    }

    void computedFacetReplacesAndValidates()
    {
        const RelationshipGraph g = smallGraph();
        const FilterIndex index(g);
        // Components: one, with every node.
        const FilterIndex withComponents = index.withComputedFacet(u"component"_s, g.components());
        const Facet &component = withComponents.facets()[withComponents.facetIndex(u"component")];
        QCOMPARE(component.values, QStringList({u"0"_s}));
        QCOMPARE(component.totals, std::vector<qsizetype>({6}));

        // Named values, a node without a value, and replacing the file's
        // "region" facet.
        const std::vector<quint32> values = {0, 0, 1, FilterIndex::noValue, 1, 7};
        const FilterIndex replaced =
            index.withComputedFacet(u"region"_s, values, {u"inner"_s, u"outer"_s});
        QCOMPARE(replaced.facets().size(), index.facets().size());
        const Facet &region = replaced.facets()[replaced.facetIndex(u"region")];
        QVERIFY(region.computed);
        QVERIFY(!region.fromAttributes);
        QCOMPARE(region.values, QStringList({u"inner"_s, u"outer"_s}));
        QCOMPARE(region.totals, std::vector<qsizetype>({2, 2}));
        FilterResult r = evaluateFilter(replaced, parse(replaced, u"-region:outer"_s));
        QCOMPARE(nodesIn(g, r, NodeState::Shown), QStringList({u"a"_s, u"b"_s, u"d"_s, u"f"_s}));
        // Replacing a computed facet again keeps one of it.
        const FilterIndex again = replaced.withComputedFacet(u"region"_s, {1, 1, 1, 1, 1, 1},
                                                            {u"inner"_s, u"outer"_s});
        QCOMPARE(again.facets().size(), index.facets().size());
        QCOMPARE(again.facets()[again.facetIndex(u"region")].totals, std::vector<qsizetype>({0, 6}));
        QCOMPARE(again.withoutComputedFacet(u"region"_s).facetIndex(u"region"), -1);
        // The file's facet is no computed one: withoutComputedFacet keeps it.
        QVERIFY(index.withoutComputedFacet(u"region"_s).facetIndex(u"region") >= 0);

        // Built-in names and names the language cannot write are refused.
        for (const QString &name : {u"country"_s, u"relation"_s, u"since"_s, u"a b"_s, u""_s}) {
            const FilterIndex same = index.withComputedFacet(name, values);
            QCOMPARE(same.facets().size(), index.facets().size());
            QCOMPARE(same.facets()[0].computed, false);
        }

        // An evaluator given the new index counts the new facet.
        FilterEvaluator evaluator(index);
        evaluator.evaluate(parse(index, u"region:north"_s));
        evaluator.setIndex(withComponents);
        r = evaluator.evaluate(parse(withComponents, u"component:0 region:north"_s));
        QCOMPARE(r.matchingNodes, 3);
        QCOMPARE(r.counts[withComponents.facetIndex(u"component")], std::vector<qsizetype>({3}));
    }

    void dateHistogram()
    {
        const FilterIndex index(smallGraph());
        QCOMPARE(index.firstDate(), QDate(2019, 3, 2));
        QCOMPARE(index.lastDate(), QDate(2024, 2, 29));
        QCOMPARE(index.edgesPerYear(), std::vector<qsizetype>({1, 1, 2, 1, 1, 1}));
        QCOMPARE(index.edgesStarting(QDate(2021, 1, 1), QDate(2021, 12, 31)), 2);
        QCOMPARE(index.edgesStarting(QDate(2021, 1, 16), QDate(2021, 11, 30)), 1);
        QCOMPARE(index.edgesStarting(QDate(2020, 7, 1), QDate(2020, 7, 1)), 1);   // "2020-07"
        QCOMPARE(index.edgesStarting(QDate(2000, 1, 1), QDate(2030, 1, 1)), 7);   // e7 is undated
        QCOMPARE(index.edgesStarting(QDate(2030, 1, 1), QDate(2000, 1, 1)), 0);
    }
};

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
