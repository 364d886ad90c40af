#pragma once

#include "attributes.h"
#include "categorycolumn.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <span>

namespace entente {

using NodeIndex = quint32;
using EdgeIndex = quint32;

// The columns of categorical node and edge data. Date and EndDate keep the text
// of the file (ISO 8601 dates compare correctly as text).
enum class NodeColumn { Kind, Country, Sector, Date, EndDate };
enum class EdgeColumn { Relation, Date, EndDate };

// An immutable graph of entities (nodes) and relations (edges).
//
// Copies are cheap and share the data, so a worker thread can take one and
// read it while the window goes on with its own. The topology lives in a
// Boost.Graph compressed_sparse_row_graph inside the implementation; this header
// shows only Qt and std types. Positions are not part of the graph: see
// NodePositions.
class RelationshipGraph
{
public:
    RelationshipGraph();
    ~RelationshipGraph();
    RelationshipGraph(const RelationshipGraph &);
    RelationshipGraph &operator=(const RelationshipGraph &);
    RelationshipGraph(RelationshipGraph &&) noexcept;
    RelationshipGraph &operator=(RelationshipGraph &&) noexcept;

    qsizetype nodeCount() const;
    qsizetype edgeCount() const;
    bool isEmpty() const { return nodeCount() == 0; }

    // Graph-level data.
    QString title() const;
    bool isDirected() const;
    QJsonArray sources() const;       // the "sources" array of the file, as given
    Attributes attributes() const;    // other top-level keys, in file order

    // Nodes.
    std::optional<NodeIndex> findNode(const QString &id) const;
    const QString &nodeId(NodeIndex n) const;
    const QString &nodeLabel(NodeIndex n) const;   // as in the file; may be empty
    QString nodeDisplayLabel(NodeIndex n) const;   // the label, else the id
    QString nodeKind(NodeIndex n) const;
    QStringList nodeCountries(NodeIndex n) const;
    QStringList nodeSectors(NodeIndex n) const;
    QString nodeDate(NodeIndex n) const;
    QString nodeEndDate(NodeIndex n) const;
    double nodeVolume(NodeIndex n) const;          // NaN when absent
    const QStringList &nodeSources(NodeIndex n) const;
    const Attributes &nodeAttributes(NodeIndex n) const;
    const CategoryColumn &nodeColumn(NodeColumn column) const;

    // Edges. Source and target are as in the file; for undirected use the
    // adjacency below treats both ends alike.
    NodeIndex edgeSource(EdgeIndex e) const;
    NodeIndex edgeTarget(EdgeIndex e) const;
    std::span<const NodeIndex> edgeSources() const;
    std::span<const NodeIndex> edgeTargets() const;
    const QString &edgeId(EdgeIndex e) const;      // may be empty
    const QString &edgeLabel(EdgeIndex e) const;   // may be empty
    QString edgeRelation(EdgeIndex e) const;
    QString edgeDate(EdgeIndex e) const;
    QString edgeEndDate(EdgeIndex e) const;
    double edgeVolume(EdgeIndex e) const;          // NaN when absent
    const QStringList &edgeSources(EdgeIndex e) const;
    const Attributes &edgeAttributes(EdgeIndex e) const;
    const CategoryColumn &edgeColumn(EdgeColumn column) const;

    // Undirected adjacency in compressed rows: for node n, neighbours(n)[i] is
    // reached through edge incidentEdges(n)[i]. A self-loop appears twice.
    std::span<const NodeIndex> neighbours(NodeIndex n) const;
    std::span<const EdgeIndex> incidentEdges(NodeIndex n) const;
    qsizetype degree(NodeIndex n) const { return qsizetype(neighbours(n).size()); }
    // All rows at once, for loops over the whole graph: offsets has nodeCount()+1
    // entries into targets and edges.
    std::span<const quint32> adjacencyOffsets() const;
    std::span<const NodeIndex> adjacencyTargets() const;
    std::span<const EdgeIndex> adjacencyEdges() const;

    // Number of connected components (direction ignored), computed with Boost.Graph.
    qsizetype componentCount() const;
    // Component number of every node, 0-based, in order of first node.
    std::vector<quint32> components() const;

    struct Impl;
    // For code inside entente_core only (analysis, writers): the implementation,
    // declared in relationshipgraph_p.h.
    const Impl &impl() const { return *m_impl; }

private:
    friend class GraphBuilder;
    explicit RelationshipGraph(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> m_impl;
};

constexpr double noVolume() { return std::numeric_limits<double>::quiet_NaN(); }

} // namespace entente
