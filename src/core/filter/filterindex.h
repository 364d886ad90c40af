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
    bool fromAttributes = false;    // discovered among the file's node attributes
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

    FilterIndex();   // for the empty graph
    explicit FilterIndex(const RelationshipGraph &graph);
    ~FilterIndex();
    FilterIndex(const FilterIndex &);
    FilterIndex &operator=(const FilterIndex &);
    FilterIndex(FilterIndex &&) noexcept;
    FilterIndex &operator=(FilterIndex &&) noexcept;

    const RelationshipGraph &graph() const;

    // country, sector, kind, then the attribute facets by name, then relation.
    // The built-in facets are always there, even without values.
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

    struct Data;
    // For FilterEvaluator only.
    const Data &data() const { return *m_data; }

private:
    std::shared_ptr<const Data> m_data;
};

} // namespace entente
