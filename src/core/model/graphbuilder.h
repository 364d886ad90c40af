#pragma once

#include "relationshipgraph.h"

#include <memory>

namespace entente {

// Data of one node as a reader hands it over.
struct NodeData
{
    QString id;
    QString label;
    QString kind;
    QStringList countries;
    QStringList sectors;
    QString date;
    QString endDate;
    double volume = noVolume();
    QStringList sources;
    Attributes attributes;
};

// Data of one edge as a reader hands it over.
struct EdgeData
{
    QString id;
    QString label;
    QString relation;
    QString date;
    QString endDate;
    double volume = noVolume();
    QStringList sources;
    Attributes attributes;
};

// One node's or edge's data as it stands in a built graph: what a reader would
// have handed over, for building a graph from part of another.
NodeData nodeData(const RelationshipGraph &graph, NodeIndex node);
EdgeData edgeData(const RelationshipGraph &graph, EdgeIndex edge);

// Collects nodes and edges, then builds the immutable RelationshipGraph. Readers
// check their input and report problems themselves; the builder only refuses
// what would corrupt the model (duplicate node ids, edges to missing nodes).
class GraphBuilder
{
public:
    GraphBuilder();
    ~GraphBuilder();
    GraphBuilder(GraphBuilder &&) noexcept;
    GraphBuilder &operator=(GraphBuilder &&) noexcept;

    void reserve(qsizetype nodes, qsizetype edges);
    void setTitle(const QString &title);
    void setDirected(bool directed);
    void setSources(const QJsonArray &sources);
    void setAttributes(const Attributes &attributes);

    // Returns the new node's index, or nullopt when the id is taken.
    std::optional<NodeIndex> addNode(NodeData &&node);
    std::optional<NodeIndex> findNode(const QString &id) const;
    qsizetype nodeCount() const;
    const QString &nodeId(NodeIndex n) const;
    // Every id, for "did you mean" suggestions.
    QStringList nodeIds() const;

    // Precondition: source and target are indices returned by addNode.
    EdgeIndex addEdge(NodeIndex source, NodeIndex target, EdgeData &&edge);

    // The fast path for readers of large files: intern each distinct
    // relation/date value once, then add edges by those numbers (0 = none);
    // edge.relation, edge.date and edge.endDate are ignored.
    struct EdgeValueIds
    {
        quint32 relation = 0;
        quint32 date = 0;
        quint32 endDate = 0;
    };
    quint32 internEdgeValue(EdgeColumn column, const QString &value);
    EdgeIndex addEdge(NodeIndex source, NodeIndex target, EdgeData &&edge, const EdgeValueIds &ids);
    // The same for an edge with no id, label, sources or attributes.
    EdgeIndex addEdge(NodeIndex source, NodeIndex target, double volume, const EdgeValueIds &ids);
    qsizetype edgeCount() const;

    // Builds the graph; the builder is empty afterwards.
    RelationshipGraph build();

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace entente
