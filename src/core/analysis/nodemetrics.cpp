#include "analysis/nodemetrics.h"

#include "analysis/structure.h"

namespace entente {

namespace {

template<typename T>
std::vector<double> toDoubles(const std::vector<T> &values)
{
    return std::vector<double>(values.begin(), values.end());
}

} // namespace

QStringList NodeMetrics::metricNames()
{
    return {QStringLiteral("degree"),      QStringLiteral("betweenness"),
            QStringLiteral("closeness"),   QStringLiteral("pagerank"),
            QStringLiteral("eigenvector"), QStringLiteral("component"),
            QStringLiteral("community"),   QStringLiteral("core")};
}

std::vector<double> NodeMetrics::metric(const QString &name) const
{
    if (name == u"degree")
        return toDoubles(degree);
    if (name == u"betweenness")
        return betweenness;
    if (name == u"closeness")
        return closeness;
    if (name == u"pagerank")
        return pagerank;
    if (name == u"eigenvector")
        return eigenvector;
    if (name == u"component")
        return toDoubles(component);
    if (name == u"community")
        return toDoubles(community);
    if (name == u"core")
        return toDoubles(core);
    return {};
}

NodeMetrics computeNodeMetrics(const RelationshipGraph &graph, const NodeMetricsOptions &options,
                               AnalysisProgress *progress)
{
    // Betweenness and closeness dominate (one BFS per node each); the rest is
    // near-linear. The weights only shape the progress bar.
    NodeMetrics metrics;
    const DegreeCounts degrees = degreeCounts(graph);

    AnalysisProgress *step = progress;
    auto stage = [&](double from, double span) {
        if (progress)
            progress->setStage(from, span);
    };

    const bool exact = options.betweenness.samples <= 0
        || options.betweenness.samples >= graph.nodeCount();
    // An exact betweenness run yields closeness too; a sampled one does not,
    // and then closeness (one search per node) is the larger part.
    stage(0.0, exact ? 0.85 : 0.25);
    BetweennessResult between = betweenness(graph, options.betweenness, step);
    if (isCancelled(progress))
        return {};
    std::vector<double> close = std::move(between.closeness);
    if (!exact) {
        stage(0.25, 0.6);
        close = closeness(graph, step);
    }
    if (isCancelled(progress))
        return {};
    stage(0.85, 0.05);
    std::vector<double> rank = pageRank(graph, 0.85, 1e-12, 10000, step);
    if (isCancelled(progress))
        return {};
    std::vector<double> eigen = eigenvectorCentrality(graph, 1e-12, 10000, step);
    if (isCancelled(progress))
        return {};
    stage(0.9, 0.1);
    Communities groups = louvainCommunities(graph, options.communities, step);
    if (isCancelled(progress))
        return {};

    metrics.degree = degrees.total;
    metrics.inDegree = degrees.in;
    metrics.outDegree = degrees.out;
    metrics.betweenness = std::move(between.values);
    metrics.betweennessExact = between.exact;
    metrics.betweennessErrorBound = between.errorBound;
    metrics.closeness = std::move(close);
    metrics.pagerank = std::move(rank);
    metrics.eigenvector = std::move(eigen);
    metrics.component = graph.components();
    metrics.componentCount = graph.componentCount();
    metrics.community = std::move(groups.membership);
    metrics.communityCount = groups.count;
    metrics.modularity = groups.modularity;
    metrics.core = coreNumbers(graph);
    stage(0.0, 1.0);
    reportProgress(progress, 1.0);
    return metrics;
}

} // namespace entente
