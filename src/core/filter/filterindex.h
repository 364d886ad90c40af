#pragma once

#include "model/relationshipgraph.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace entente {

// A categorical attribute that a filter can select values of.
struct Facet
{
    enum class Target : quint8 { Nodes, Edges };

    QString name;                   // as written in expressions: "country", "group"...
    Target target = Target::Nodes;
    bool fromAttributes = false;    // discovered among the file's node (edge) attributes
    bool computed = false;          // added by withComputedFacet (communities...)
    QStringList values;             // distinct values, sorted; a value's number is its index
    std::vector<qsizetype> totals;  // how many nodes (edges) carry each value
};

// What a filter can refer to in one graph, and the arrays that make evaluating
// a filter fast: per facet, each item's values and each value's items (both
// in compressed rows), folded search text, periods as day numbers, degrees.
// Built once per graph (a few tens of ms at 100k nodes), immutable, cheap to
// copy (the data is shared), so a worker can take one.
class FilterIndex
{
public:
    // Attributes with more distinct values than this are no facets.
    static constexpr int maxAttributeValues = 64;
    // Nor are attributes with a value longer than this (prose, such as quotes).
    static constexpr int maxValueLength = 100;

    FilterIndex();   // for the empty graph
    explicit FilterIndex(const RelationshipGraph &graph);
    ~FilterIndex();
    FilterIndex(const FilterIndex &);
    FilterIndex &operator=(const FilterIndex &);
    FilterIndex(FilterIndex &&) noexcept;
    FilterIndex &operator=(FilterIndex &&) noexcept;

    const RelationshipGraph &graph() const;

    // country, sector, kind, the node attribute facets by name, the computed
    // facets, relation, then the edge attribute facets by name. The built-in
    // facets are always there, even without values.
    const QList<Facet> &facets() const;
    // Case-insensitive; -1 when unknown.
    int facetIndex(QStringView name) const;
    // Exact, else case-insensitive, else accent-insensitive; -1 when unknown.
    int valueIndex(int facet, QStringView value) const;

    // The dates found on nodes and edges; invalid when there are none.
    QDate firstDate() const;
    QDate lastDate() const;
    int maxDegree() const;

    // Number of edges per year from firstDate().year() (by start date), for a
    // histogram next to the date range.
    std::vector<qsizetype> edgesPerYear() const;
    // Number of edges whose period starts in [first, last], for a histogram
    // of any bin size (a binary search over the sorted start days).
    qsizetype edgesStarting(QDate first, QDate last) const;

    // A categorical node column computed outside the file (communities,
    // connected components) as a facet: a copy of this index with a node
    // facet `name` where node n has value values[n] (a number into
    // valueNames; noValue or out of range: none). Without valueNames, values
    // are named by their number ("0", "1"...) and listed in that order. The
    // facet replaces a file attribute facet or an earlier computed facet of
    // that name; a name that cannot be a facet (country, relation, "a b"...)
    // gives the index back unchanged. Costs one copy of the index's arrays.
    static constexpr quint32 noValue = 0xffffffffu;
    FilterIndex withComputedFacet(const QString &name, const std::vector<quint32> &values,
                                  const QStringList &valueNames = {}) const;
    // A copy without the computed facet `name` (unchanged when there is none).
    FilterIndex withoutComputedFacet(const QString &name) const;

    struct Data;
    // For FilterEvaluator only.
    const Data &data() const { return *m_data; }

private:
    std::shared_ptr<const Data> m_data;
};

} // namespace entente
