#pragma once

#include "model/relationshipgraph.h"

#include <vector>

namespace entente {

// Direction is ignored throughout.

// Relations whose removal disconnects their two ends (a parallel relation is
// never a bridge), in increasing index order.
std::vector<EdgeIndex> bridges(const RelationshipGraph &graph);

// Nodes whose removal splits their component: the single company that holds
// two groups together. Increasing index order.
std::vector<NodeIndex> articulationPoints(const RelationshipGraph &graph);

// Biconnected component number of every relation (self-loops get none:
// quint32(-1)), from Boost's biconnected_components.
std::vector<quint32> biconnectedComponents(const RelationshipGraph &graph, qsizetype *count = nullptr);

// Core number of every node (Batagelj–Zaversnik, O(m)): the largest k such
// that the node belongs to a subgraph where every node has at least k
// neighbours. Parallel relations count once and self-loops not at all, as in
// networkx's core_number.
std::vector<quint32> coreNumbers(const RelationshipGraph &graph);

} // namespace entente
