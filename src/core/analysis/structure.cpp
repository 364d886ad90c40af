#include "analysis/structure.h"

#include "analysis/simplegraph_p.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>

#include <algorithm>
#include <iterator>

namespace entente {

namespace {

using UndirectedGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_index_t, std::size_t>>;

// Boost's biconnected_components expects a simple graph: it takes any edge
// back to the DFS parent for the tree edge itself. So parallel relations are
// merged into one pair here, and a pair is a bridge only when it holds one
// relation.
struct Blocks
{
    std::vector<quint32> pairOfEdge;        // per relation; -1 for self-loops
    std::vector<EdgeIndex> firstEdgeOfPair;
    std::vector<quint32> multiplicity;      // per pair
    std::vector<quint32> componentOfPair;
    std::size_t componentCount = 0;
    std::vector<NodeIndex> articulation;
};

Blocks computeBlocks(const RelationshipGraph &graph)
{
    Blocks blocks;
    const auto sources = graph.edgeSources();
    const auto targets = graph.edgeTargets();
    const auto m = sources.size();
    std::vector<std::pair<std::pair<NodeIndex, NodeIndex>, EdgeIndex>> keyed;
    keyed.reserve(m);
    for (EdgeIndex e = 0; e < m; ++e) {
        const NodeIndex a = std::min(sources[e], targets[e]);
        const NodeIndex b = std::max(sources[e], targets[e]);
        if (a != b)
            keyed.push_back({{a, b}, e});
    }
    std::sort(keyed.begin(), keyed.end());
    blocks.pairOfEdge.assign(m, quint32(-1));
    UndirectedGraph g(size_t(graph.nodeCount()));
    for (size_t i = 0; i < keyed.size(); ++i) {
        if (i == 0 || keyed[i].first != keyed[i - 1].first) {
            boost::add_edge(keyed[i].first.first, keyed[i].first.second,
                            blocks.firstEdgeOfPair.size(), g);
            blocks.firstEdgeOfPair.push_back(keyed[i].second);
            blocks.multiplicity.push_back(0);
        }
        blocks.pairOfEdge[keyed[i].second] = quint32(blocks.firstEdgeOfPair.size() - 1);
        ++blocks.multiplicity.back();
    }
    blocks.componentOfPair.assign(blocks.firstEdgeOfPair.size(), 0);
    const auto component = boost::make_iterator_property_map(
        blocks.componentOfPair.begin(), boost::get(boost::edge_index, g));
    const auto result = boost::biconnected_components(g, component,
                                                      std::back_inserter(blocks.articulation));
    blocks.componentCount = result.first;
    std::sort(blocks.articulation.begin(), blocks.articulation.end());
    blocks.articulation.erase(std::unique(blocks.articulation.begin(), blocks.articulation.end()),
                              blocks.articulation.end());
    return blocks;
}

} // namespace

std::vector<EdgeIndex> bridges(const RelationshipGraph &graph)
{
    const Blocks blocks = computeBlocks(graph);
    std::vector<quint32> pairsInComponent(blocks.componentCount, 0);
    for (quint32 c : blocks.componentOfPair)
        ++pairsInComponent[c];
    std::vector<EdgeIndex> result;
    for (size_t p = 0; p < blocks.firstEdgeOfPair.size(); ++p)
        if (pairsInComponent[blocks.componentOfPair[p]] == 1 && blocks.multiplicity[p] == 1)
            result.push_back(blocks.firstEdgeOfPair[p]);
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<NodeIndex> articulationPoints(const RelationshipGraph &graph)
{
    return computeBlocks(graph).articulation;
}

std::vector<quint32> biconnectedComponents(const RelationshipGraph &graph, qsizetype *count)
{
    const Blocks blocks = computeBlocks(graph);
    std::vector<quint32> result(blocks.pairOfEdge.size(), quint32(-1));
    for (size_t e = 0; e < result.size(); ++e)
        if (blocks.pairOfEdge[e] != quint32(-1))
            result[e] = blocks.componentOfPair[blocks.pairOfEdge[e]];
    if (count)
        *count = qsizetype(blocks.componentCount);
    return result;
}

std::vector<quint32> coreNumbers(const RelationshipGraph &graph)
{
    // Batagelj & Zaversnik (2003): bucket the nodes by degree, take them in
    // increasing order, and decrement the degree of later neighbours, moving
    // them one bucket down in O(1).
    const detail::SimpleGraph g(graph);
    const quint32 n = g.n;
    std::vector<quint32> degree(n), position(n), order(n);
    quint32 maxDegree = 0;
    for (quint32 v = 0; v < n; ++v) {
        degree[v] = g.degree(v);
        maxDegree = std::max(maxDegree, degree[v]);
    }
    std::vector<quint32> binStart(maxDegree + 2, 0);
    for (quint32 v = 0; v < n; ++v)
        ++binStart[degree[v] + 1];
    for (quint32 d = 0; d <= maxDegree; ++d)
        binStart[d + 1] += binStart[d];
    {
        std::vector<quint32> fill(binStart.begin(), binStart.end() - 1);
        for (quint32 v = 0; v < n; ++v) {
            position[v] = fill[degree[v]]++;
            order[position[v]] = v;
        }
    }
    for (quint32 i = 0; i < n; ++i) {
        const quint32 v = order[i];
        for (const quint32 *u = g.begin(v); u != g.end(v); ++u) {
            if (degree[*u] > degree[v]) {
                // Swap u with the first node of its bucket, then shrink the
                // bucket from the front.
                const quint32 du = degree[*u];
                const quint32 first = binStart[du];
                const quint32 w = order[first];
                if (w != *u) {
                    std::swap(order[position[*u]], order[first]);
                    std::swap(position[*u], position[w]);
                }
                ++binStart[du];
                --degree[*u];
            }
        }
    }
    return degree;
}

} // namespace entente
