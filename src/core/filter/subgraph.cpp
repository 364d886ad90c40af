#include "subgraph.h"
#include "model/graphbuilder.h"

namespace entente {

Subgraph extractSubgraph(const RelationshipGraph &graph, const NodePositions &positions,
                         const FilterResult &result)
{
    Subgraph sub;
    const qsizetype n = graph.nodeCount();
    const qsizetype m = graph.edgeCount();
    GraphBuilder builder;
    builder.setTitle(graph.title());
    builder.setDirected(graph.isDirected());
    builder.setSources(graph.sources());
    builder.setAttributes(graph.attributes());
    builder.reserve(result.shownNodes, result.shownEdges);

    constexpr NodeIndex none = std::numeric_limits<NodeIndex>::max();
    std::vector<NodeIndex> newIndex(std::size_t(n), none);
    for (qsizetype i = 0; i < n; ++i) {
        const auto v = NodeIndex(i);
        if (result.nodeStates[i] == NodeState::Hidden)
            continue;
        // Ids are unique in the source graph, so addNode cannot refuse.
        newIndex[i] = *builder.addNode(nodeData(graph, v));
        sub.originalNodes.push_back(v);
    }
    for (qsizetype i = 0; i < m; ++i) {
        const auto e = EdgeIndex(i);
        if (!result.edgeVisible[i])
            continue;
        const NodeIndex s = newIndex[graph.edgeSource(e)];
        const NodeIndex t = newIndex[graph.edgeTarget(e)];
        if (s == none || t == none)
            continue;   // cannot happen for a result of this graph; stay safe
        builder.addEdge(s, t, edgeData(graph, e));
        sub.originalEdges.push_back(e);
    }
    sub.graph = builder.build();

    sub.positions.resize(qsizetype(sub.originalNodes.size()));
    if (positions.size() == n) {
        for (std::size_t i = 0; i < sub.originalNodes.size(); ++i) {
            const NodeIndex v = sub.originalNodes[i];
            sub.positions.x[i] = positions.x[v];
            sub.positions.y[i] = positions.y[v];
            sub.positions.known[i] = positions.known[v];
            sub.positions.pinned[i] = positions.pinned[v];
        }
    }
    return sub;
}

GraphDocument filteredDocument(const GraphDocument &document, const Filter &filter)
{
    if (filter.isEmpty())
        return document;
    return filteredDocument(document, filter, FilterIndex(document.graph));
}

GraphDocument filteredDocument(const GraphDocument &document, const Filter &filter,
                               const FilterIndex &index)
{
    if (filter.isEmpty())
        return document;
    const FilterResult result = evaluateFilter(index, filter, false);
    Subgraph sub = extractSubgraph(document.graph, document.positions, result);
    return GraphDocument{std::move(sub.graph), std::move(sub.positions), document.dialect};
}

} // namespace entente
