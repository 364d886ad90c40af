#include "analysis/paths.h"

#include "model/relationshipgraph_p.h"

#include <QDate>

#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

constexpr qint32 unreached = -1;

// Breadth-first hop distances from several sources, stopping past maxDepth
// (negative: no limit).
std::vector<qint32> bfs(const RelationshipGraph &graph, const std::vector<NodeIndex> &sources,
                        int maxDepth)
{
    const auto offsets = graph.adjacencyOffsets();
    const auto targets = graph.adjacencyTargets();
    std::vector<qint32> dist(size_t(graph.nodeCount()), unreached);
    std::vector<NodeIndex> queue;
    queue.reserve(dist.size());
    for (NodeIndex s : sources) {
        if (s < dist.size() && dist[s] == unreached) {
            dist[s] = 0;
            queue.push_back(s);
        }
    }
    for (size_t head = 0; head < queue.size(); ++head) {
        const NodeIndex v = queue[head];
        if (maxDepth >= 0 && dist[v] >= maxDepth)
            continue;
        for (quint32 i = offsets[v]; i < offsets[v + 1]; ++i) {
            const NodeIndex w = targets[i];
            if (dist[w] == unreached) {
                dist[w] = dist[v] + 1;
                queue.push_back(w);
            }
        }
    }
    return dist;
}

// Years since year 0 of an ISO 8601 date ("2025", "2025-03", "2025-03-14"),
// NaN when it is none.
double dateInYears(const QString &text)
{
    if (text.isEmpty())
        return std::nan("");
    QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text.left(7), QStringLiteral("yyyy-MM"));
    if (!date.isValid())
        date = QDate::fromString(text.left(4), QStringLiteral("yyyy"));
    if (!date.isValid())
        return std::nan("");
    return date.year() + (date.dayOfYear() - 1) / 365.25;
}

// Cost of every relation under `weight`, indexed by EdgeIndex.
std::vector<double> edgeCosts(const RelationshipGraph &graph, PathWeight weight)
{
    const auto m = size_t(graph.edgeCount());
    std::vector<double> cost(m, 1.0);
    if (weight == PathWeight::InverseVolume) {
        for (EdgeIndex e = 0; e < m; ++e) {
            const double volume = graph.edgeVolume(e);
            if (std::isfinite(volume) && volume > 0)
                cost[e] = 1.0 / volume;
        }
    } else if (weight == PathWeight::Recency) {
        std::vector<double> years(m);
        double newest = -std::numeric_limits<double>::infinity();
        double oldest = std::numeric_limits<double>::infinity();
        for (EdgeIndex e = 0; e < m; ++e) {
            years[e] = dateInYears(graph.edgeDate(e));
            if (std::isfinite(years[e])) {
                newest = std::max(newest, years[e]);
                oldest = std::min(oldest, years[e]);
            }
        }
        if (std::isfinite(newest)) {
            for (EdgeIndex e = 0; e < m; ++e)
                cost[e] = 1.0 + (newest - (std::isfinite(years[e]) ? years[e] : oldest));
        }
    }
    return cost;
}

} // namespace

std::vector<qint32> hopDistances(const RelationshipGraph &graph, NodeIndex from)
{
    return bfs(graph, {from}, -1);
}

std::vector<NodeIndex> shortestPath(const RelationshipGraph &graph, NodeIndex from, NodeIndex to,
                                    PathWeight weight)
{
    const auto n = NodeIndex(graph.nodeCount());
    if (from >= n || to >= n)
        return {};
    if (weight == PathWeight::Hops) {
        auto paths = allShortestPaths(graph, from, to, 1);
        return paths.empty() ? std::vector<NodeIndex>{} : std::move(paths.front());
    }

    // Dijkstra over the model's Boost CSR graph, which holds each relation in
    // both directions; its edge index is the position in our adjacency rows.
    const RelationshipGraph::Impl &impl = graph.impl();
    const std::vector<double> cost = edgeCosts(graph, weight);
    std::vector<double> csrCost(impl.adjacencyEdges.size());
    for (size_t i = 0; i < csrCost.size(); ++i)
        csrCost[i] = cost[impl.adjacencyEdges[i]];
    std::vector<NodeIndex> predecessor(n);
    std::vector<double> distance(n);
    const auto edgeIndex = boost::get(boost::edge_index, impl.boost);
    const auto vertexIndex = boost::get(boost::vertex_index, impl.boost);
    boost::dijkstra_shortest_paths(
        impl.boost, from,
        boost::predecessor_map(boost::make_iterator_property_map(predecessor.begin(), vertexIndex))
            .distance_map(boost::make_iterator_property_map(distance.begin(), vertexIndex))
            .weight_map(boost::make_iterator_property_map(csrCost.begin(), edgeIndex)));
    if (to != from && predecessor[to] == to)
        return {};
    std::vector<NodeIndex> path{to};
    for (NodeIndex v = to; v != from; v = predecessor[v])
        path.push_back(predecessor[v]);
    std::reverse(path.begin(), path.end());
    return path;
}

std::vector<std::vector<NodeIndex>> allShortestPaths(const RelationshipGraph &graph,
                                                     NodeIndex from, NodeIndex to, qsizetype limit)
{
    const auto n = NodeIndex(graph.nodeCount());
    if (from >= n || to >= n || limit <= 0)
        return {};
    const std::vector<qint32> fromDist = bfs(graph, {from}, -1);
    if (fromDist[to] == unreached)
        return {};
    const std::vector<qint32> toDist = bfs(graph, {to}, -1);

    // Forward depth-first walk through the nodes that lie on a shortest path
    // (fromDist + toDist == length), taking the smallest index first.
    const auto offsets = graph.adjacencyOffsets();
    const auto targets = graph.adjacencyTargets();
    auto nextSteps = [&](NodeIndex v) {
        std::vector<NodeIndex> steps;
        for (quint32 i = offsets[v]; i < offsets[v + 1]; ++i) {
            const NodeIndex w = targets[i];
            if (fromDist[w] == fromDist[v] + 1 && toDist[w] == toDist[v] - 1)
                steps.push_back(w);
        }
        std::sort(steps.begin(), steps.end());
        steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
        return steps;
    };

    std::vector<std::vector<NodeIndex>> paths;
    std::vector<NodeIndex> path{from};
    std::vector<std::pair<std::vector<NodeIndex>, size_t>> stack;
    stack.emplace_back(nextSteps(from), 0);
    if (from == to)
        return {path};
    while (!stack.empty() && qsizetype(paths.size()) < limit) {
        auto &[steps, next] = stack.back();
        if (next == steps.size()) {
            stack.pop_back();
            path.pop_back();
            continue;
        }
        const NodeIndex w = steps[next++];
        path.push_back(w);
        if (w == to) {
            paths.push_back(path);
            path.pop_back();
        } else {
            stack.emplace_back(nextSteps(w), 0);
        }
    }
    return paths;
}

std::vector<NodeIndex> egoNetwork(const RelationshipGraph &graph, const std::vector<NodeIndex> &seeds,
                                  int depth)
{
    const std::vector<qint32> dist = bfs(graph, seeds, std::max(depth, 0));
    std::vector<NodeIndex> nodes;
    for (NodeIndex v = 0; v < dist.size(); ++v)
        if (dist[v] != unreached)
            nodes.push_back(v);
    return nodes;
}

} // namespace entente
