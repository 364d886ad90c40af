#include "relationshipgraph.h"
#include "graphbuilder.h"
#include "relationshipgraph_p.h"

#include <boost/graph/connected_components.hpp>

#include <iterator>

namespace entente {

namespace {
const QString emptyString;
const QStringList emptyList;
const Attributes emptyAttributes;

// 1 + the edge's place in Impl::edgeExtras, 0 for none. While no edge has extras
// (the usual large graph) the index is empty rather than a zero per edge.
inline quint32 extraOf(const RelationshipGraph::Impl &d, EdgeIndex e)
{
    return d.edgeExtraIndex.empty() ? 0 : d.edgeExtraIndex[e];
}

std::shared_ptr<const RelationshipGraph::Impl> emptyImpl()
{
    static const auto impl = [] {
        auto data = std::make_shared<RelationshipGraph::Impl>();
        data->adjacencyOffsets.push_back(0);
        return std::shared_ptr<const RelationshipGraph::Impl>(std::move(data));
    }();
    return impl;
}
} // namespace

RelationshipGraph::RelationshipGraph() : m_impl(emptyImpl()) {}
RelationshipGraph::RelationshipGraph(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}
RelationshipGraph::~RelationshipGraph() = default;
RelationshipGraph::RelationshipGraph(const RelationshipGraph &) = default;
RelationshipGraph &RelationshipGraph::operator=(const RelationshipGraph &) = default;
// A moved-from graph stays a valid empty graph.
RelationshipGraph::RelationshipGraph(RelationshipGraph &&other) noexcept
    : m_impl(std::exchange(other.m_impl, emptyImpl()))
{
}
RelationshipGraph &RelationshipGraph::operator=(RelationshipGraph &&other) noexcept
{
    m_impl = std::exchange(other.m_impl, emptyImpl());
    return *this;
}

qsizetype RelationshipGraph::nodeCount() const { return qsizetype(m_impl->nodeIds.size()); }
qsizetype RelationshipGraph::edgeCount() const { return qsizetype(m_impl->edgeSources.size()); }
QString RelationshipGraph::title() const { return m_impl->title; }
bool RelationshipGraph::isDirected() const { return m_impl->directed; }
QJsonArray RelationshipGraph::sources() const { return m_impl->sources; }
Attributes RelationshipGraph::attributes() const { return m_impl->attributes; }

std::optional<NodeIndex> RelationshipGraph::findNode(const QString &id) const
{
    const auto it = m_impl->nodeIndex.constFind(id);
    if (it == m_impl->nodeIndex.constEnd())
        return std::nullopt;
    return it.value();
}

const QString &RelationshipGraph::nodeId(NodeIndex n) const { return m_impl->nodeIds[n]; }
const QString &RelationshipGraph::nodeLabel(NodeIndex n) const { return m_impl->nodeLabels[n]; }
QString RelationshipGraph::nodeDisplayLabel(NodeIndex n) const
{
    const QString &label = m_impl->nodeLabels[n];
    return label.isEmpty() ? m_impl->nodeIds[n] : label;
}
QString RelationshipGraph::nodeKind(NodeIndex n) const
{
    return nodeColumn(NodeColumn::Kind).string(n);
}
QStringList RelationshipGraph::nodeCountries(NodeIndex n) const
{
    return nodeColumn(NodeColumn::Country).strings(n);
}
QStringList RelationshipGraph::nodeSectors(NodeIndex n) const
{
    return nodeColumn(NodeColumn::Sector).strings(n);
}
QString RelationshipGraph::nodeDate(NodeIndex n) const
{
    return nodeColumn(NodeColumn::Date).string(n);
}
QString RelationshipGraph::nodeEndDate(NodeIndex n) const
{
    return nodeColumn(NodeColumn::EndDate).string(n);
}
double RelationshipGraph::nodeVolume(NodeIndex n) const { return m_impl->nodeVolumes[n]; }
const QStringList &RelationshipGraph::nodeSources(NodeIndex n) const { return m_impl->nodeSources[n]; }
const Attributes &RelationshipGraph::nodeAttributes(NodeIndex n) const
{
    return m_impl->nodeAttributes[n];
}
const CategoryColumn &RelationshipGraph::nodeColumn(NodeColumn column) const
{
    return m_impl->nodeColumns[int(column)];
}

NodeIndex RelationshipGraph::edgeSource(EdgeIndex e) const { return m_impl->edgeSources[e]; }
NodeIndex RelationshipGraph::edgeTarget(EdgeIndex e) const { return m_impl->edgeTargets[e]; }
std::span<const NodeIndex> RelationshipGraph::edgeSources() const { return m_impl->edgeSources; }
std::span<const NodeIndex> RelationshipGraph::edgeTargets() const { return m_impl->edgeTargets; }

const QString &RelationshipGraph::edgeId(EdgeIndex e) const
{
    const quint32 extra = extraOf(*m_impl, e);
    return extra ? m_impl->edgeExtras[extra - 1].id : emptyString;
}
const QString &RelationshipGraph::edgeLabel(EdgeIndex e) const
{
    const quint32 extra = extraOf(*m_impl, e);
    return extra ? m_impl->edgeExtras[extra - 1].label : emptyString;
}
QString RelationshipGraph::edgeRelation(EdgeIndex e) const
{
    return edgeColumn(EdgeColumn::Relation).string(e);
}
QString RelationshipGraph::edgeDate(EdgeIndex e) const
{
    return edgeColumn(EdgeColumn::Date).string(e);
}
QString RelationshipGraph::edgeEndDate(EdgeIndex e) const
{
    return edgeColumn(EdgeColumn::EndDate).string(e);
}
double RelationshipGraph::edgeVolume(EdgeIndex e) const { return m_impl->edgeVolumes[e]; }
const QStringList &RelationshipGraph::edgeSources(EdgeIndex e) const
{
    const quint32 extra = extraOf(*m_impl, e);
    return extra ? m_impl->edgeExtras[extra - 1].sources : emptyList;
}
const Attributes &RelationshipGraph::edgeAttributes(EdgeIndex e) const
{
    const quint32 extra = extraOf(*m_impl, e);
    return extra ? m_impl->edgeExtras[extra - 1].attributes : emptyAttributes;
}
const CategoryColumn &RelationshipGraph::edgeColumn(EdgeColumn column) const
{
    return m_impl->edgeColumns[int(column)];
}

std::span<const NodeIndex> RelationshipGraph::neighbours(NodeIndex n) const
{
    const auto &offsets = m_impl->adjacencyOffsets;
    return {m_impl->adjacencyTargets.data() + offsets[n],
            m_impl->adjacencyTargets.data() + offsets[n + 1]};
}
std::span<const EdgeIndex> RelationshipGraph::incidentEdges(NodeIndex n) const
{
    const auto &offsets = m_impl->adjacencyOffsets;
    return {m_impl->adjacencyEdges.data() + offsets[n],
            m_impl->adjacencyEdges.data() + offsets[n + 1]};
}
std::span<const quint32> RelationshipGraph::adjacencyOffsets() const { return m_impl->adjacencyOffsets; }
std::span<const NodeIndex> RelationshipGraph::adjacencyTargets() const { return m_impl->adjacencyTargets; }
std::span<const EdgeIndex> RelationshipGraph::adjacencyEdges() const { return m_impl->adjacencyEdges; }

std::vector<quint32> RelationshipGraph::components() const
{
    const auto n = std::size_t(nodeCount());
    std::vector<quint32> component(n, 0);
    if (n == 0)
        return component;
    // The graph stores both directions of every edge, so a depth-first search
    // over it finds the undirected components (the two-argument overload does
    // not insist on an undirected_tag).
    boost::connected_components(m_impl->boost, component.data());
    return component;
}

qsizetype RelationshipGraph::componentCount() const
{
    const auto component = components();
    quint32 highest = 0;
    for (quint32 c : component)
        highest = std::max(highest, c);
    return component.empty() ? 0 : qsizetype(highest) + 1;
}

// --- GraphBuilder -------------------------------------------------------------

namespace {

// The adjacency rows as (row, target) pairs, in order: what Boost's
// sorted-edges constructor reads, one at a time.
class RowPairIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = std::pair<quint32, quint32>;
    using difference_type = std::ptrdiff_t;
    using pointer = const value_type *;
    using reference = const value_type &;

    RowPairIterator(const quint32 *offsets, const NodeIndex *targets, quint32 position)
        : m_offsets(offsets), m_targets(targets), m_position(position)
    {
    }
    reference operator*() const
    {
        // Rows without entries are stepped over; offsets[row + 1] > position
        // holds for the row of every valid position.
        while (m_offsets[m_row + 1] <= m_position)
            ++m_row;
        m_pair = {m_row, m_targets[m_position]};
        return m_pair;
    }
    pointer operator->() const { return &**this; }
    RowPairIterator &operator++()
    {
        ++m_position;
        return *this;
    }
    bool operator==(const RowPairIterator &other) const { return m_position == other.m_position; }
    bool operator!=(const RowPairIterator &other) const { return m_position != other.m_position; }

private:
    const quint32 *m_offsets;
    const NodeIndex *m_targets;
    quint32 m_position;
    mutable quint32 m_row = 0;
    mutable value_type m_pair;
};

} // namespace

struct GraphBuilder::Data
{
    std::shared_ptr<RelationshipGraph::Impl> impl = std::make_shared<RelationshipGraph::Impl>();
};

GraphBuilder::GraphBuilder() : m_data(std::make_unique<Data>()) {}
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder &&) noexcept = default;
GraphBuilder &GraphBuilder::operator=(GraphBuilder &&) noexcept = default;

void GraphBuilder::reserve(qsizetype nodes, qsizetype edges)
{
    auto &d = *m_data->impl;
    d.nodeIds.reserve(nodes);
    d.nodeLabels.reserve(nodes);
    d.nodeVolumes.reserve(nodes);
    d.nodeSources.reserve(nodes);
    d.nodeAttributes.reserve(nodes);
    d.nodeIndex.reserve(nodes);
    d.edgeSources.reserve(edges);
    d.edgeTargets.reserve(edges);
    d.edgeVolumes.reserve(edges);
    for (CategoryColumn &column : d.edgeColumns)
        column.reserve(edges, edges);
}

void GraphBuilder::setTitle(const QString &title) { m_data->impl->title = title; }
void GraphBuilder::setDirected(bool directed) { m_data->impl->directed = directed; }
void GraphBuilder::setSources(const QJsonArray &sources) { m_data->impl->sources = sources; }
void GraphBuilder::setAttributes(const Attributes &attributes) { m_data->impl->attributes = attributes; }

std::optional<NodeIndex> GraphBuilder::addNode(NodeData &&node)
{
    auto &d = *m_data->impl;
    const auto index = NodeIndex(d.nodeIds.size());
    // One lookup: operator[] adds the id when it is new.
    const qsizetype before = d.nodeIndex.size();
    NodeIndex &slot = d.nodeIndex[node.id];
    if (d.nodeIndex.size() == before)
        return std::nullopt;
    slot = index;
    d.nodeIds.push_back(std::move(node.id));
    d.nodeLabels.push_back(std::move(node.label));
    d.nodeColumns[int(NodeColumn::Kind)].appendRow(node.kind);
    d.nodeColumns[int(NodeColumn::Country)].appendRow(node.countries);
    d.nodeColumns[int(NodeColumn::Sector)].appendRow(node.sectors);
    d.nodeColumns[int(NodeColumn::Date)].appendRow(node.date);
    d.nodeColumns[int(NodeColumn::EndDate)].appendRow(node.endDate);
    d.nodeVolumes.push_back(node.volume);
    d.nodeSources.push_back(std::move(node.sources));
    d.nodeAttributes.push_back(std::move(node.attributes));
    return index;
}

std::optional<NodeIndex> GraphBuilder::findNode(const QString &id) const
{
    const auto &index = m_data->impl->nodeIndex;
    const auto it = index.constFind(id);
    if (it == index.constEnd())
        return std::nullopt;
    return it.value();
}

qsizetype GraphBuilder::nodeCount() const { return qsizetype(m_data->impl->nodeIds.size()); }
const QString &GraphBuilder::nodeId(NodeIndex n) const { return m_data->impl->nodeIds[n]; }
QStringList GraphBuilder::nodeIds() const
{
    const auto &ids = m_data->impl->nodeIds;
    return QStringList(ids.begin(), ids.end());
}
qsizetype GraphBuilder::edgeCount() const { return qsizetype(m_data->impl->edgeSources.size()); }

quint32 GraphBuilder::internEdgeValue(EdgeColumn column, const QString &value)
{
    return m_data->impl->edgeColumns[int(column)].intern(value);
}

EdgeIndex GraphBuilder::addEdge(NodeIndex source, NodeIndex target, EdgeData &&edge)
{
    auto &columns = m_data->impl->edgeColumns;
    const EdgeValueIds ids{columns[int(EdgeColumn::Relation)].intern(edge.relation),
                           columns[int(EdgeColumn::Date)].intern(edge.date),
                           columns[int(EdgeColumn::EndDate)].intern(edge.endDate)};
    return addEdge(source, target, std::move(edge), ids);
}

EdgeIndex GraphBuilder::addEdge(NodeIndex source, NodeIndex target, EdgeData &&edge,
                                const EdgeValueIds &ids)
{
    // The columns as for a plain edge; then the extras, if any.
    const EdgeIndex index = addEdge(source, target, edge.volume, ids);
    if (edge.id.isEmpty() && edge.label.isEmpty() && edge.sources.isEmpty() && edge.attributes.isEmpty())
        return index;
    auto &d = *m_data->impl;
    // The first edge with extras gives every edge before it its zero.
    if (d.edgeExtraIndex.empty())
        d.edgeExtraIndex.assign(std::size_t(index) + 1, 0);
    d.edgeExtras.push_back(EdgeExtra{std::move(edge.id), std::move(edge.label), std::move(edge.sources),
                                     std::move(edge.attributes)});
    d.edgeExtraIndex.back() = quint32(d.edgeExtras.size());
    return index;
}

EdgeIndex GraphBuilder::addEdge(NodeIndex source, NodeIndex target, double volume,
                                const EdgeValueIds &ids)
{
    auto &d = *m_data->impl;
    const auto index = EdgeIndex(d.edgeSources.size());
    d.edgeSources.push_back(source);
    d.edgeTargets.push_back(target);
    d.edgeColumns[int(EdgeColumn::Relation)].appendRowIndex(ids.relation);
    d.edgeColumns[int(EdgeColumn::Date)].appendRowIndex(ids.date);
    d.edgeColumns[int(EdgeColumn::EndDate)].appendRowIndex(ids.endDate);
    d.edgeVolumes.push_back(volume);
    if (!d.edgeExtraIndex.empty())
        d.edgeExtraIndex.push_back(0);
    return index;
}

RelationshipGraph GraphBuilder::build()
{
    auto impl = std::exchange(m_data->impl, std::make_shared<RelationshipGraph::Impl>());
    auto &d = *impl;
    const std::size_t n = d.nodeIds.size();
    const std::size_t m = d.edgeSources.size();

    // Counting sort of both directions of every edge by their first end gives
    // the rows; within a row, edges keep file order.
    d.adjacencyOffsets.assign(n + 1, 0);
    for (std::size_t e = 0; e < m; ++e) {
        ++d.adjacencyOffsets[d.edgeSources[e] + 1];
        ++d.adjacencyOffsets[d.edgeTargets[e] + 1];
    }
    for (std::size_t i = 0; i < n; ++i)
        d.adjacencyOffsets[i + 1] += d.adjacencyOffsets[i];
    d.adjacencyTargets.resize(2 * m);
    d.adjacencyEdges.resize(2 * m);
    std::vector<quint32> fill(d.adjacencyOffsets.begin(), d.adjacencyOffsets.end() - 1);
    for (std::size_t e = 0; e < m; ++e) {
        const NodeIndex s = d.edgeSources[e];
        const NodeIndex t = d.edgeTargets[e];
        d.adjacencyTargets[fill[s]] = t;
        d.adjacencyEdges[fill[s]++] = EdgeIndex(e);
        d.adjacencyTargets[fill[t]] = s;
        d.adjacencyEdges[fill[t]++] = EdgeIndex(e);
    }

    // The rows are sorted by source already, so Boost keeps their order and its
    // edge index equals our adjacency position. It reads them as pairs made
    // on the fly (no list of 2m pairs), and reserves its columns once.
    const RowPairIterator first(d.adjacencyOffsets.data(), d.adjacencyTargets.data(), 0);
    const RowPairIterator last(d.adjacencyOffsets.data(), d.adjacencyTargets.data(), quint32(2 * m));
    d.boost = BoostGraph(boost::edges_are_sorted, first, last, quint32(n), quint32(2 * m));
    return RelationshipGraph(std::move(impl));
}

NodeData nodeData(const RelationshipGraph &graph, NodeIndex v)
{
    NodeData data;
    data.id = graph.nodeId(v);
    data.label = graph.nodeLabel(v);
    data.kind = graph.nodeKind(v);
    data.countries = graph.nodeCountries(v);
    data.sectors = graph.nodeSectors(v);
    data.date = graph.nodeDate(v);
    data.endDate = graph.nodeEndDate(v);
    data.volume = graph.nodeVolume(v);
    data.sources = graph.nodeSources(v);
    data.attributes = graph.nodeAttributes(v);
    return data;
}

EdgeData edgeData(const RelationshipGraph &graph, EdgeIndex e)
{
    EdgeData data;
    data.id = graph.edgeId(e);
    data.label = graph.edgeLabel(e);
    data.relation = graph.edgeRelation(e);
    data.date = graph.edgeDate(e);
    data.endDate = graph.edgeEndDate(e);
    data.volume = graph.edgeVolume(e);
    data.sources = graph.edgeSources(e);
    data.attributes = graph.edgeAttributes(e);
    return data;
}

} // namespace entente
