#pragma once

// Private to entente_core's filter code: the arrays behind FilterIndex.

#include "filterindex.h"

#include <QString>
#include <limits>
#include <vector>

namespace entente {

// Values of every item of one facet, and items of every value, as compressed
// rows. Value numbers are indices into Facet::values.
struct FacetRows
{
    std::vector<quint32> offsets;          // items + 1; empty when `single` is used
    std::vector<quint32> values;           // empty when `single` is used
    std::vector<quint32> postingOffsets;   // values + 1
    std::vector<quint32> postings;         // item numbers, ascending within a value
    // When no item has two values (the common case): value + 1 per item, 0 for
    // none, so that counting is one branch-free pass. Empty otherwise.
    std::vector<quint32> single;
};

struct FilterIndex::Data
{
    // Periods are days since the Julian epoch; an undated item has
    // first = noFirstDay > last = noLastDay, so it overlaps no range.
    static constexpr qint32 noFirstDay = std::numeric_limits<qint32>::max();
    static constexpr qint32 noLastDay = std::numeric_limits<qint32>::min();

    RelationshipGraph graph;
    QList<Facet> facets;
    std::vector<FacetRows> rows;   // one per facet

    // Folded label and id of every node, each followed by U+0000 so that no
    // match spans two of them; node n's text starts at textOffsets[n].
    QString haystack;
    std::vector<quint32> textOffsets;   // nodes + 1

    std::vector<qint32> nodeFirstDay, nodeLastDay;
    std::vector<qint32> edgeFirstDay, edgeLastDay;
    std::vector<quint32> degrees;

    QDate firstDate, lastDate;
    int maxDegree = 0;
    std::vector<qsizetype> edgesPerYear;
    std::vector<qint32> edgeStartDays;   // of the dated edges, ascending
};

} // namespace entente
