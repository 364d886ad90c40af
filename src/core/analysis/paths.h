#pragma once

#include "analysis/analysisprogress.h"
#include "model/relationshipgraph.h"

#include <vector>

namespace entente {

// How the length of a path is counted.
enum class PathWeight {
    Hops,            // every relation counts 1 (breadth-first search)
    InverseVolume,   // a relation costs 1/volume: large deals make short paths;
                     // a relation without a positive volume costs 1
    Recency,         // a relation costs 1 + its age in years relative to the newest
                     // dated relation; an undated one costs as much as the oldest
};

// Direction is ignored: a path may follow a relation either way.
// Returns the nodes from `from` to `to` inclusive, or an empty list when `to`
// cannot be reached. from == to gives the one-node path.
std::vector<NodeIndex> shortestPath(const RelationshipGraph &graph, NodeIndex from, NodeIndex to,
                                    PathWeight weight = PathWeight::Hops);

// Every shortest path (in hops) from `from` to `to`, enumerated from the
// breadth-first DAG in lexicographic order of node indices, at most `limit` of
// them (their number grows exponentially on meshes). Empty when unreachable.
std::vector<std::vector<NodeIndex>> allShortestPaths(const RelationshipGraph &graph,
                                                     NodeIndex from, NodeIndex to,
                                                     qsizetype limit = 100);

// Hop distance from `from` to every node; -1 where unreachable.
std::vector<qint32> hopDistances(const RelationshipGraph &graph, NodeIndex from);

// The nodes within `depth` hops of any of `seeds` (the seeds included), in
// increasing index order. Seeds out of range are ignored.
std::vector<NodeIndex> egoNetwork(const RelationshipGraph &graph,
                                  const std::vector<NodeIndex> &seeds, int depth);

} // namespace entente
