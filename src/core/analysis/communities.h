#pragma once

#include "analysis/analysisprogress.h"
#include "model/relationshipgraph.h"

#include <vector>

namespace entente {

struct CommunityOptions
{
    quint64 seed = 1;          // same graph and seed give the same partition
    double resolution = 1.0;   // gamma of the modularity; higher gives more, smaller groups
};

struct Communities
{
    // Community of every node, numbered 0.. in order of each community's
    // first node.
    std::vector<quint32> membership;
    qsizetype count = 0;
    double modularity = 0.0;
};

// Louvain modularity clustering (Blondel et al. 2008): local moves in a
// seeded random node order until no move gains, then aggregation, repeated
// while the modularity grows. The graph is taken as simple, undirected and
// unweighted (see centrality.h). Returns an empty result when cancelled.
Communities louvainCommunities(const RelationshipGraph &graph, const CommunityOptions &options = {},
                               AnalysisProgress *progress = nullptr);

// Newman's modularity of a partition, as networkx.community.modularity with
// the same resolution, on the simple undirected graph.
double modularity(const RelationshipGraph &graph, const std::vector<quint32> &membership,
                  double resolution = 1.0);

} // namespace entente
