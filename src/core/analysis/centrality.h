#pragma once

#include "analysis/analysisprogress.h"
#include "model/relationshipgraph.h"

#include <vector>

namespace entente {

// Conventions shared by all centralities here (they are those of networkx, so
// that tests/data/analysis compares value for value):
// - The graph is taken as simple and undirected: direction is ignored,
//   parallel relations between two nodes count once, self-loops are dropped
//   (networkx's nx.Graph of the same file, with self-loops removed).
// - Betweenness is normalised like networkx's betweenness_centrality(G,
//   normalized=True) on an undirected graph: the sum over unordered pairs
//   {s,t} (s,t != v) of sigma_st(v)/sigma_st, divided by (n-1)(n-2)/2.
// - Closeness is Wasserman–Faust's, networkx's closeness_centrality(G,
//   wf_improved=True): (r-1)/sum of distances * (r-1)/(n-1), r being the size
//   of the node's component; 0 for an isolated node.
// - PageRank has damping 0.85, a uniform teleport, dangling (isolated) nodes
//   spreading uniformly, and stops when the L1 change is below n*1e-12
//   (networkx's pagerank(G, alpha=0.85, weight=None, tol=1e-12)).
// - Eigenvector centrality is networkx's eigenvector_centrality: power
//   iteration on A+I from the all-ones vector, unit Euclidean norm, stopping
//   when the L1 change is below n*1e-12.

struct DegreeCounts
{
    // Counted on the relations as stored, parallel ones included. For an
    // undirected graph "in" and "out" still follow the file's target and source.
    std::vector<quint32> in;
    std::vector<quint32> out;
    std::vector<quint32> total;   // in + out: a self-loop counts twice
};
DegreeCounts degreeCounts(const RelationshipGraph &graph);

struct BetweennessOptions
{
    // 0 means exact (Brandes from every node). Otherwise Brandes runs from
    // `samples` source nodes drawn uniformly without replacement with `seed`,
    // and the sums are scaled by n/samples: an unbiased estimate.
    qsizetype samples = 0;
    quint64 seed = 1;
    // Worker threads splitting the sources; 0 means one per core.
    int threads = 0;
    // Confidence level of the stated error bound: it holds for all nodes at
    // once with probability at least 1 - failureProbability.
    double failureProbability = 0.1;
};

struct BetweennessResult
{
    std::vector<double> values;   // normalised, one per node
    qsizetype sources = 0;        // source nodes used (n when exact)
    bool exact = true;
    // For a sampled run, epsilon such that |estimate - exact| <= epsilon for
    // every node with probability >= 1 - failureProbability (Hoeffding's
    // inequality, which also holds for sampling without replacement, with a
    // union bound over the n nodes). Each sampled source contributes
    // n*delta_s(v)/((n-1)(n-2)), within [0, n/(n-1)], so
    //   epsilon = n/(n-1) * sqrt(ln(2n/failureProbability) / (2*samples)).
    // 0 when exact. It is a worst-case bound: the measured error is far lower
    // (see bench/bench_analysis.cpp).
    double errorBound = 0.0;
    // An exact run has searched from every node anyway: closeness (as
    // closeness() below) comes with it. Empty for a sampled run.
    std::vector<double> closeness;
};
BetweennessResult betweenness(const RelationshipGraph &graph, const BetweennessOptions &options = {},
                              AnalysisProgress *progress = nullptr);

// The Hoeffding bound described above, for planning a sample size.
double betweennessErrorBound(qsizetype nodeCount, qsizetype samples, double failureProbability);

std::vector<double> closeness(const RelationshipGraph &graph, AnalysisProgress *progress = nullptr);

std::vector<double> pageRank(const RelationshipGraph &graph, double damping = 0.85,
                             double tolerance = 1e-12, int maxIterations = 10000,
                             AnalysisProgress *progress = nullptr);

std::vector<double> eigenvectorCentrality(const RelationshipGraph &graph, double tolerance = 1e-12,
                                          int maxIterations = 10000,
                                          AnalysisProgress *progress = nullptr);

} // namespace entente
