#pragma once

#include "filter.h"
#include "filterevaluator.h"
#include "io/graphdocument.h"

#include <vector>

namespace entente {

// What a filter shows, as a graph of its own: the nodes not Hidden (kept
// neighbours included) and the visible edges, in their original order, with
// all their data and positions.
struct Subgraph
{
    RelationshipGraph graph;
    NodePositions positions;
    std::vector<NodeIndex> originalNodes;   // subgraph node -> node of the source graph
    std::vector<EdgeIndex> originalEdges;   // subgraph edge -> edge of the source graph
};

// Precondition: `result` was computed on `graph`; `positions` has one entry per
// node of `graph` (or none, then the subgraph has no known positions).
Subgraph extractSubgraph(const RelationshipGraph &graph, const NodePositions &positions,
                         const FilterResult &result);

// The document reduced to what `filter` shows, for exporting with --filter.
// Graph-level data (title, sources, attributes) and the dialect are kept. An
// empty filter gives the document back unchanged.
GraphDocument filteredDocument(const GraphDocument &document, const Filter &filter);
// The same with an index of document.graph made beforehand, e.g. one holding
// computed facets (FilterIndex::withComputedFacet).
GraphDocument filteredDocument(const GraphDocument &document, const Filter &filter,
                               const FilterIndex &index);

} // namespace entente
