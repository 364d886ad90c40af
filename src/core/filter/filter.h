#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>
#include <utility>

namespace entente {

// One facet condition: the item (node, or edge for an edge facet such as
// "relation") matches when any of its values for the facet is among `values`
// (OR within a facet). `negated` turns it into "none of its values is among
// them". An item without any value for the facet never matches a plain
// condition and always matches a negated one.
struct FacetCondition
{
    QString facet;        // facet name as FilterIndex::facets() names it
    QStringList values;   // never empty
    bool negated = false;

    bool operator==(const FacetCondition &) const = default;
};

// A node passes when its degree (in the whole graph, self-loops counted twice)
// lies in [min, max]; negated, when it does not.
struct DegreeCondition
{
    int min = 0;
    int max = std::numeric_limits<int>::max();
    bool negated = false;

    bool isOpenEnded() const { return max == std::numeric_limits<int>::max(); }
    bool operator==(const DegreeCondition &) const = default;
};

// A term of the text search: a case- and accent-insensitive substring of a
// node's label or id. Negated terms must not occur.
struct TextTerm
{
    QString text;
    bool negated = false;

    bool operator==(const TextTerm &) const = default;
};

// A filter is a set of conditions that must all hold (AND across facets).
// It names facets and values by text, so it outlives the graph it was made
// for: applied to another graph, unknown values simply match nothing.
//
// Dates: an edge passes the date range when its period [date, endDate] (or
// its single date) overlaps [since, until]; an edge without a date does not
// pass once a range is set. A node passes when its own period overlaps the
// range or any incident edge passes it.
//
// An edge is shown when it passes the edge conditions (edge facets, dates) and
// both its ends are shown. With `keepNeighbours`, the nodes joined to a
// matching node by such an edge are shown too (faded); with `hideIsolated`,
// nodes left without any shown edge are hidden.
struct Filter
{
    QList<FacetCondition> facets;   // at most one per facet name
    std::optional<QDate> since;     // inclusive
    std::optional<QDate> until;     // inclusive
    std::optional<DegreeCondition> degree;
    QList<TextTerm> text;           // all must hold
    bool keepNeighbours = false;
    bool hideIsolated = false;

    // True when nothing is filtered out (the options alone do not filter:
    // hideIsolated does, so it counts).
    bool isEmpty() const
    {
        return facets.isEmpty() && !since && !until && !degree && text.isEmpty()
               && !hideIsolated;
    }
    const FacetCondition *condition(QStringView facet) const;
    // Replaces the condition on `condition.facet`, or removes it when its value
    // list is empty. Keeps the canonical order (see normalize()).
    void setCondition(FacetCondition condition);
    void removeCondition(QStringView facet);
    // Sorts and de-duplicates values, orders facets canonically (country,
    // sector, kind, other node facets by name, relation) and drops empty
    // conditions. The parser returns normalized filters.
    void normalize();

    bool operator==(const Filter &) const = default;
};

// Folds text for searching: NFKD, combining marks dropped, case folded, so
// that "Charité" and "CHARITE" both become "charite".
QString foldForSearch(QStringView text);

// Parses a date of the form YYYY, YYYY-MM or YYYY-MM-DD (an ISO date-time is
// cut at its 'T') into the first and last day it covers; nullopt when it is
// not such a date.
std::optional<std::pair<QDate, QDate>> parseDatePeriod(QStringView text);

} // namespace entente
