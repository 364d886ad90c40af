#pragma once

// Private to entente_core: includes Boost. Never include this from a public
// header, the app or the tests.

#include "relationshipgraph.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <QHash>
#include <vector>

namespace entente {

// Each undirected relation is stored in both directions, so that Boost's
// traversals (BFS, Dijkstra, Brandes) see the graph as undirected. The edge
// index of the CSR (its position in the rows) maps to our EdgeIndex through
// Impl::adjacencyEdges.
using BoostGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property,
                                                      boost::no_property, boost::no_property,
                                                      quint32, quint32>;

struct EdgeExtra
{
    QString id;
    QString label;
    QStringList sources;
    Attributes attributes;
};

struct RelationshipGraph::Impl
{
    QString title;
    bool directed = false;
    QJsonArray sources;
    Attributes attributes;

    std::vector<QString> nodeIds;
    std::vector<QString> nodeLabels;
    CategoryColumn nodeColumns[5];
    std::vector<double> nodeVolumes;
    std::vector<QStringList> nodeSources;
    std::vector<Attributes> nodeAttributes;
    QHash<QString, NodeIndex> nodeIndex;

    std::vector<NodeIndex> edgeSources;
    std::vector<NodeIndex> edgeTargets;
    CategoryColumn edgeColumns[3];
    std::vector<double> edgeVolumes;
    // Ids, labels, sources and attributes are rare on large graphs' edges: a
    // row points into `extras` (0 means none) instead of carrying them all.
    std::vector<quint32> edgeExtraIndex;
    std::vector<EdgeExtra> edgeExtras;

    BoostGraph boost;
    std::vector<quint32> adjacencyOffsets;
    std::vector<NodeIndex> adjacencyTargets;
    std::vector<EdgeIndex> adjacencyEdges;
};

} // namespace entente
