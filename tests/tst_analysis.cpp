// Compares src/core/analysis with networkx on the graphs and values that
// tests/data/analysis/make_reference.py exported (conventions stated there and
// in centrality.h), plus hand-made cases for paths, weights and multigraphs.

#include "analysis/centrality.h"
#include "analysis/communities.h"
#include "analysis/nodemetrics.h"
#include "analysis/paths.h"
#include "analysis/structure.h"
#include "io/graphio.h"
#include "model/graphbuilder.h"
#include "model/relationshipgraph.h"

#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace entente;

namespace {

// Through the project's reader, as the window and the command line load them.
RelationshipGraph loadGraph(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return {};
    }
    const LoadResult loaded = readGraphJson(file.readAll(), path);
    if (!loaded.ok()) {
        for (const Diagnostic &diagnostic : loaded.diagnostics)
            *error += diagnostic.toString() + u'\n';
        return {};
    }
    return loaded.document->graph;
}

QJsonObject loadReference(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString dataPath(const QString &name)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/analysis/") + name;
}

// Graph file and reference for a data row; the summit graph lives in
// resources/ and is skipped when the "cli" helper's dataset is not there.
bool loadCase(const QString &name, RelationshipGraph *graph, QJsonObject *reference)
{
    QString graphPath = dataPath(name + QStringLiteral(".entente.json"));
    if (name == u"summit") {
        graphPath = QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json");
        if (!QFile::exists(graphPath) || !QFile::exists(dataPath(QStringLiteral("summit.reference.json"))))
            return false;
    }
    QString error;
    *graph = loadGraph(graphPath, &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    *reference = loadReference(dataPath(name + QStringLiteral(".reference.json")));
    return true;
}

QList<QString> caseNames()
{
    return {QStringLiteral("karate"), QStringLiteral("lesmis"), QStringLiteral("parts"),
            QStringLiteral("summit")};
}

RelationshipGraph buildGraph(int nodes, const std::vector<std::pair<int, int>> &edges,
                             const std::vector<double> &volumes = {},
                             const QStringList &dates = {})
{
    GraphBuilder builder;
    for (int i = 0; i < nodes; ++i)
        builder.addNode({.id = QString::number(i)});
    for (size_t e = 0; e < edges.size(); ++e) {
        EdgeData data;
        if (e < volumes.size())
            data.volume = volumes[e];
        if (qsizetype(e) < dates.size())
            data.date = dates[qsizetype(e)];
        builder.addEdge(NodeIndex(edges[e].first), NodeIndex(edges[e].second), std::move(data));
    }
    return builder.build();
}

std::vector<NodeIndex> nodes(std::initializer_list<int> list)
{
    return std::vector<NodeIndex>(list.begin(), list.end());
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private:
    void addCases()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : caseNames())
            QTest::addRow("%s", qPrintable(name)) << name;
    }

    // Loads the row's case or skips it; returns false when skipped.
    bool currentCase(RelationshipGraph *graph, QJsonObject *reference)
    {
        QFETCH(QString, name);
        if (!loadCase(name, graph, reference))
            return false;
        return true;
    }

    void compareValues(const RelationshipGraph &graph, const std::vector<double> &values,
                       const QJsonObject &expected, double tolerance)
    {
        QCOMPARE(qsizetype(values.size()), graph.nodeCount());
        QCOMPARE(qsizetype(expected.size()), graph.nodeCount());
        for (NodeIndex v = 0; v < values.size(); ++v) {
            const double want = expected.value(graph.nodeId(v)).toDouble(-1);
            if (std::abs(values[v] - want) > tolerance)
                QFAIL(qPrintable(QStringLiteral("node %1: %2, networkx %3")
                                     .arg(graph.nodeId(v))
                                     .arg(values[v], 0, 'g', 17)
                                     .arg(want, 0, 'g', 17)));
        }
    }

private slots:
    void betweennessMatchesNetworkx_data() { addCases(); }
    void betweennessMatchesNetworkx()
    {
        RelationshipGraph graph;
        QJsonObject reference;
        if (!currentCase(&graph, &reference))
            QSKIP("resources/data/summit-2025.entente.json or its reference is absent");
        for (int threads : {1, 2}) {
            const BetweennessResult result = betweenness(graph, {.threads = threads});
            QVERIFY(result.exact);
            QCOMPARE(result.errorBound, 0.0);
            compareValues(graph, result.values, reference.value(u"betweenness").toObject(), 1e-6);
        }
    }

    void closenessMatchesNetworkx_data() { addCases(); }
    void closenessMatchesNetworkx()
    {
        RelationshipGraph graph;
        QJsonObject reference;
        if (!currentCase(&graph, &reference))
            QSKIP("resources/data/summit-2025.entente.json or its reference is absent");
        compareValues(graph, closeness(graph), reference.value(u"closeness").toObject(), 1e-6);
        // The exact Brandes sweep computes the same on the way.
        compareValues(graph, betweenness(graph).closeness, reference.value(u"closeness").toObject(),
                      1e-6);
        QVERIFY(betweenness(graph, {.samples = 3}).closeness.empty());
    }

    void pageRankMatchesNetworkx_data() { addCases(); }
    void pageRankMatchesNetworkx()
    {
        RelationshipGraph graph;
        QJsonObject reference;
        if (!currentCase(&graph, &reference))
            QSKIP("resources/data/summit-2025.entente.json or its reference is absent");
        const std::vector<double> rank = pageRank(graph);
        compareValues(graph, rank, reference.value(u"pagerank").toObject(), 1e-6);
        QCOMPARE(std::accumulate(rank.begin(), rank.end(), 0.0), 1.0);
    }

    void eigenvectorMatchesNetworkx_data() { addCases(); }
    void eigenvectorMatchesNetworkx()
    {
        RelationshipGraph graph;
        QJsonObject reference;
        if (!currentCase(&graph, &reference))
            QSKIP("resources/data/summit-2025.entente.json or its reference is absent");
        compareValues(graph, eigenvectorCentrality(graph),
                      reference.value(u"eigenvector").toObject(), 1e-6);
    }

    void structureMatchesNetworkx_data() { addCases(); }
    void structureMatchesNetworkx()
    {
        RelationshipGraph graph;
        QJsonObject reference;
        if (!currentCase(&graph, &reference))
            QSKIP("resources/data/summit-2025.entente.json or its reference is absent");

        // Components as sets of ids.
        std::vector<quint32> component = graph.components();
        std::map<quint32, std::set<QString>> groups;
        for (NodeIndex v = 0; v < component.size(); ++v)
            groups[component[v]].insert(graph.nodeId(v));
        std::set<std::set<QString>> ours, theirs;
        for (auto &[c, members] : groups)
            ours.insert(members);
        for (const QJsonValue &group : reference.value(u"components").toArray()) {
            std::set<QString> members;
            for (const QJsonValue &id : group.toArray())
                members.insert(id.toString());
            theirs.insert(members);
        }
        QCOMPARE(ours.size(), theirs.size());
        QVERIFY(ours == theirs);

        // Bridges as sorted id pairs.
        std::set<std::pair<QString, QString>> ourBridges, theirBridges;
        for (EdgeIndex e : bridges(graph)) {
            QString a = graph.nodeId(graph.edgeSource(e)), b = graph.nodeId(graph.edgeTarget(e));
            ourBridges.insert(a < b ? std::pair{a, b} : std::pair{b, a});
        }
        for (const QJsonValue &pair : reference.value(u"bridges").toArray())
            theirBridges.insert({pair[0].toString(), pair[1].toString()});
        QCOMPARE(ourBridges.size(), theirBridges.size());
        QVERIFY(ourBridges == theirBridges);

        std::set<QString> ourPoints, theirPoints;
        for (NodeIndex v : articulationPoints(graph))
            ourPoints.insert(graph.nodeId(v));
        for (const QJsonValue &id : reference.value(u"articulation_points").toArray())
            theirPoints.insert(id.toString());
        QVERIFY(ourPoints == theirPoints);

        const std::vector<quint32> core = coreNumbers(graph);
        const QJsonObject theirCore = reference.value(u"core").toObject();
        for (NodeIndex v = 0; v < core.size(); ++v)
            QCOMPARE(int(core[v]), theirCore.value(graph.nodeId(v)).toInt(-1));
    }

    void pathsMatchNetworkx_data() { addCases(); }
    void pathsMatchNetworkx()
    {
        RelationshipGraph graph;
        QJsonObject reference;
        if (!currentCase(&graph, &reference))
            QSKIP("resources/data/summit-2025.entente.json or its reference is absent");
        const QJsonArray pairs = reference.value(u"paths").toArray();
        QVERIFY(!pairs.isEmpty());
        for (const QJsonValue &value : pairs) {
            const QJsonObject pair = value.toObject();
            const NodeIndex from = *graph.findNode(pair.value(u"from").toString());
            const NodeIndex to = *graph.findNode(pair.value(u"to").toString());
            const int length = pair.value(u"length").toInt();
            const std::vector<NodeIndex> path = shortestPath(graph, from, to);
            QCOMPARE(int(path.size()) - 1, length);
            const auto all = allShortestPaths(graph, from, to, 100000);
            QCOMPARE(int(all.size()), pair.value(u"count").toInt());
            std::set<std::vector<NodeIndex>> distinct(all.begin(), all.end());
            QCOMPARE(distinct.size(), all.size());
            for (const auto &p : all) {
                QCOMPARE(int(p.size()) - 1, length);
                QCOMPARE(p.front(), from);
                QCOMPARE(p.back(), to);
                for (size_t i = 1; i < p.size(); ++i) {
                    const auto row = graph.neighbours(p[i - 1]);
                    QVERIFY(std::find(row.begin(), row.end(), p[i]) != row.end());
                }
            }
            if (length >= 0)
                QCOMPARE(hopDistances(graph, from)[to], length);
        }
    }

    void modularityMatchesNetworkx_data() { addCases(); }
    void modularityMatchesNetworkx()
    {
        RelationshipGraph graph;
        QJsonObject reference;
        if (!currentCase(&graph, &reference))
            QSKIP("resources/data/summit-2025.entente.json or its reference is absent");
        std::vector<quint32> membership(size_t(graph.nodeCount()), quint32(-1));
        quint32 number = 0;
        for (const QJsonValue &group : reference.value(u"partition").toArray()) {
            for (const QJsonValue &id : group.toArray())
                membership[*graph.findNode(id.toString())] = number;
            ++number;
        }
        QVERIFY(std::find(membership.begin(), membership.end(), quint32(-1)) == membership.end());
        QVERIFY(std::abs(modularity(graph, membership)
                         - reference.value(u"partition_modularity").toDouble())
                < 1e-9);

        // Ours is a good partition too: within 0.02 of networkx's Louvain.
        const Communities ours = louvainCommunities(graph, {.seed = 1});
        QVERIFY(std::abs(ours.modularity - modularity(graph, ours.membership)) < 1e-12);
        QVERIFY2(ours.modularity > reference.value(u"partition_modularity").toDouble() - 0.02,
                 qPrintable(QString::number(ours.modularity)));
    }

    void louvainOnKarate()
    {
        RelationshipGraph graph;
        QJsonObject reference;
        QVERIFY(loadCase(QStringLiteral("karate"), &graph, &reference));
        for (quint64 seed : {1, 2, 3, 42, 1234}) {
            const Communities first = louvainCommunities(graph, {.seed = seed});
            const Communities again = louvainCommunities(graph, {.seed = seed});
            QVERIFY2(first.modularity >= 0.40, qPrintable(QString::number(first.modularity)));
            QCOMPARE(first.membership, again.membership);
            QCOMPARE(first.modularity, again.modularity);
            QVERIFY(first.count >= 2 && first.count <= 6);
            QCOMPARE(qsizetype(*std::max_element(first.membership.begin(), first.membership.end()) + 1),
                     first.count);
        }
    }

    void approximateBetweenness()
    {
        RelationshipGraph graph;
        QJsonObject reference;
        QVERIFY(loadCase(QStringLiteral("lesmis"), &graph, &reference));
        const BetweennessResult exact = betweenness(graph);
        const BetweennessOptions options{.samples = 40, .seed = 5, .failureProbability = 0.1};
        const BetweennessResult sampled = betweenness(graph, options);
        QVERIFY(!sampled.exact);
        QCOMPARE(sampled.sources, 40);
        const double n = double(graph.nodeCount());
        QCOMPARE(sampled.errorBound,
                 n / (n - 1) * std::sqrt(std::log(2 * n / 0.1) / (2.0 * 40)));
        double maxError = 0;
        for (size_t v = 0; v < exact.values.size(); ++v)
            maxError = std::max(maxError, std::abs(exact.values[v] - sampled.values[v]));
        QVERIFY(maxError > 0);
        QVERIFY2(maxError <= sampled.errorBound, qPrintable(QString::number(maxError)));
        QCOMPARE(betweenness(graph, options).values, sampled.values);   // same seed, same result
        // Sampling every node is the exact computation.
        QVERIFY(betweenness(graph, {.samples = graph.nodeCount()}).exact);
    }

    void degreesAndMultigraph()
    {
        // 0->1 twice, 1->2, 2->2 (self-loop), 3 alone.
        const RelationshipGraph graph = buildGraph(4, {{0, 1}, {0, 1}, {1, 2}, {2, 2}});
        const DegreeCounts degree = degreeCounts(graph);
        QCOMPARE(degree.out, (std::vector<quint32>{2, 1, 1, 0}));
        QCOMPARE(degree.in, (std::vector<quint32>{0, 2, 2, 0}));
        QCOMPARE(degree.total, (std::vector<quint32>{2, 3, 3, 0}));
        // The doubled relation is no bridge; 1-2 is.
        QCOMPARE(bridges(graph), std::vector<EdgeIndex>{2});
        QCOMPARE(articulationPoints(graph), nodes({1}));
        QCOMPARE(coreNumbers(graph), (std::vector<quint32>{1, 1, 1, 0}));
        // Simple-graph conventions: node 1 lies on the one path 0-2.
        const auto between = betweenness(graph).values;
        QCOMPARE(between[1], 1.0 / 3.0);   // 1 pair of 3 = (n-1)(n-2)/2
        QCOMPARE(between[0], 0.0);
        qsizetype blocks = 0;
        const auto block = biconnectedComponents(graph, &blocks);
        QCOMPARE(blocks, 2);
        QCOMPARE(block[0], block[1]);
        QVERIFY(block[0] != block[2]);
        QCOMPARE(block[3], quint32(-1));
    }

    void paths_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QList<QList<int>>>("expected");
        // A square 0-1-3, 0-2-3 with a tail 3-4 and a lone node 5.
        QTest::addRow("two ways") << 0 << 4 << QList<QList<int>>{{0, 1, 3, 4}, {0, 2, 3, 4}};
        QTest::addRow("one way") << 1 << 4 << QList<QList<int>>{{1, 3, 4}};
        QTest::addRow("itself") << 2 << 2 << QList<QList<int>>{{2}};
        QTest::addRow("unreachable") << 0 << 5 << QList<QList<int>>{};
        QTest::addRow("out of range") << 0 << 9 << QList<QList<int>>{};
    }
    void paths()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QList<QList<int>>, expected);
        const RelationshipGraph graph = buildGraph(6, {{0, 1}, {2, 0}, {1, 3}, {3, 2}, {4, 3}});
        const auto all = allShortestPaths(graph, NodeIndex(from), NodeIndex(to));
        QList<QList<int>> got;
        for (const auto &path : all)
            got.append(QList<int>(path.begin(), path.end()));
        QCOMPARE(got, expected);
        const auto one = shortestPath(graph, NodeIndex(from), NodeIndex(to));
        QCOMPARE(QList<int>(one.begin(), one.end()), expected.value(0));
        QCOMPARE(allShortestPaths(graph, NodeIndex(from), NodeIndex(to), 1).size(),
                 size_t(std::min<qsizetype>(1, expected.size())));
    }

    void weightedPaths()
    {
        // 0-1-3 has small volumes and old dates; 0-2-3 large volumes and new
        // dates; 0-3 is direct but tiny and oldest.
        const RelationshipGraph graph = buildGraph(
            4, {{0, 1}, {1, 3}, {0, 2}, {2, 3}, {0, 3}}, {1, 1, 100, 100, 0.1},
            {QStringLiteral("2010-01-01"), QStringLiteral("2011"), QStringLiteral("2025-06-01"),
             QStringLiteral("2025-06-01"), QString()});
        QCOMPARE(shortestPath(graph, 0, 3, PathWeight::Hops), nodes({0, 3}));
        QCOMPARE(shortestPath(graph, 0, 3, PathWeight::InverseVolume), nodes({0, 2, 3}));
        QCOMPARE(shortestPath(graph, 0, 3, PathWeight::Recency), nodes({0, 2, 3}));
        QCOMPARE(shortestPath(graph, 3, 0, PathWeight::Recency), nodes({3, 2, 0}));
        const RelationshipGraph apart = buildGraph(3, {{0, 1}});
        QVERIFY(shortestPath(apart, 0, 2, PathWeight::InverseVolume).empty());
        QCOMPARE(shortestPath(apart, 2, 2, PathWeight::Recency), nodes({2}));
    }

    void egoNetworks()
    {
        // A path 0-1-2-3-4 and a lone 5.
        const RelationshipGraph graph = buildGraph(6, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
        QCOMPARE(egoNetwork(graph, {2}, 0), nodes({2}));
        QCOMPARE(egoNetwork(graph, {2}, 1), nodes({1, 2, 3}));
        QCOMPARE(egoNetwork(graph, {0}, 2), nodes({0, 1, 2}));
        QCOMPARE(egoNetwork(graph, {0, 5}, 1), nodes({0, 1, 5}));
        QCOMPARE(egoNetwork(graph, {4, 99}, 3), nodes({1, 2, 3, 4}));
    }

    void cancelledRunsReturnNothing()
    {
        RelationshipGraph graph;
        QJsonObject reference;
        QVERIFY(loadCase(QStringLiteral("lesmis"), &graph, &reference));
        AnalysisProgress progress;
        progress.cancel();
        QVERIFY(betweenness(graph, {}, &progress).values.empty());
        QVERIFY(closeness(graph, &progress).empty());
        QVERIFY(pageRank(graph, 0.85, 1e-12, 100, &progress).empty());
        QVERIFY(louvainCommunities(graph, {}, &progress).membership.empty());
        QVERIFY(computeNodeMetrics(graph, {}, &progress).isEmpty());
    }

    void nodeMetricsBundle()
    {
        RelationshipGraph graph;
        QJsonObject reference;
        QVERIFY(loadCase(QStringLiteral("parts"), &graph, &reference));
        AnalysisProgress progress;
        const NodeMetrics metrics = computeNodeMetrics(graph, {}, &progress);
        QCOMPARE(progress.progress(), 1.0);
        QCOMPARE(metrics.nodeCount(), graph.nodeCount());
        QCOMPARE(metrics.componentCount, 4);
        QVERIFY(metrics.modularity > 0.5);
        for (const QString &name : NodeMetrics::metricNames())
            QCOMPARE(qsizetype(metrics.metric(name).size()), graph.nodeCount());
        QVERIFY(metrics.metric(QStringLiteral("nonsense")).empty());
        compareValues(graph, metrics.betweenness, reference.value(u"betweenness").toObject(), 1e-6);
        compareValues(graph, metrics.closeness, reference.value(u"closeness").toObject(), 1e-6);
        const NodeMetrics sampled = computeNodeMetrics(graph, {.betweenness = {.samples = 20}});
        QVERIFY(!sampled.betweennessExact);
        QVERIFY(sampled.betweennessErrorBound > 0);
        compareValues(graph, sampled.closeness, reference.value(u"closeness").toObject(), 1e-6);
    }

    void emptyGraph()
    {
        const RelationshipGraph graph;
        QVERIFY(betweenness(graph).values.empty());
        QVERIFY(closeness(graph).empty());
        QVERIFY(pageRank(graph).empty());
        QVERIFY(eigenvectorCentrality(graph).empty());
        QVERIFY(louvainCommunities(graph).membership.empty());
        QVERIFY(coreNumbers(graph).empty());
        QVERIFY(bridges(graph).empty());
        QVERIFY(computeNodeMetrics(graph).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
