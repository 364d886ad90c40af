#pragma once

#include "analysis/analysisprogress.h"
#include "analysis/centrality.h"
#include "analysis/communities.h"
#include "model/relationshipgraph.h"

#include <QStringList>
#include <vector>

namespace entente {

struct NodeMetricsOptions
{
    BetweennessOptions betweenness;   // samples = 0: exact
    CommunityOptions communities;
};

// Every per-node metric of the Analysis dock and of `entente --metrics`, as
// plain arrays indexed by node.
struct NodeMetrics
{
    std::vector<quint32> degree;      // total degree, parallel relations included
    std::vector<quint32> inDegree;
    std::vector<quint32> outDegree;
    std::vector<double> betweenness;
    std::vector<double> closeness;
    std::vector<double> pagerank;
    std::vector<double> eigenvector;
    std::vector<quint32> component;
    std::vector<quint32> community;
    std::vector<quint32> core;

    qsizetype componentCount = 0;
    qsizetype communityCount = 0;
    double modularity = 0.0;
    bool betweennessExact = true;
    double betweennessErrorBound = 0.0;

    qsizetype nodeCount() const { return qsizetype(degree.size()); }
    bool isEmpty() const { return degree.empty(); }

    // The metric columns in the order of the CSV file and the table:
    // degree, betweenness, closeness, pagerank, eigenvector, component,
    // community, core.
    static QStringList metricNames();
    // One column by its name, as doubles (for colour by / size by); empty for
    // an unknown name.
    std::vector<double> metric(const QString &name) const;
};

// Computes everything; progress runs 0..1 over the whole. Returns an empty
// NodeMetrics when cancelled.
NodeMetrics computeNodeMetrics(const RelationshipGraph &graph, const NodeMetricsOptions &options = {},
                               AnalysisProgress *progress = nullptr);

} // namespace entente
