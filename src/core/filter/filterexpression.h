#pragma once

#include "filter.h"
#include "model/diagnostic.h"

#include <QString>
#include <optional>

namespace entente {

class FilterIndex;

// The filter expression language, as typed in the Filters dock, given to
// --filter and kept in saved state:
//
//   country:DE,FR sector:cloud -relation:supplier since:2025-01-01 until:2025-12-31 "black forest"
//
// - `facet:v1,v2` selects values of a facet (OR); terms on different facets
//   must all hold (AND). Facets are country, sector, kind, relation and the
//   attribute facets of the graph (FilterIndex::facets()); names and values
//   match case-insensitively (values also accent-insensitively).
// - `-` before a term negates it: `-relation:supplier`, `-"black forest"`.
// - Values and phrases with spaces go in double quotes; inside them \" and \\
//   stand for " and \.
// - Bare words and quoted phrases are the text search: each must occur in a
//   node's label or id (case- and accent-insensitive).
// - `since:DATE`, `until:DATE`, `date:DATE` (the whole period), `date:A..B`,
//   with DATE as YYYY, YYYY-MM or YYYY-MM-DD.
// - `degree:N`, `degree:N..`, `degree:..M`, `degree:N..M`.
// - `show:neighbours` keeps the neighbours of matching nodes (faded);
//   `hide:isolated` hides nodes left without edges.
struct FilterParseResult
{
    std::optional<Filter> filter;
    int column = 0;     // 1-based column (in characters) of the problem
    QString message;

    bool ok() const { return filter.has_value(); }
    // The problem as "PLACE:1:COLUMN: message".
    Diagnostic diagnostic(const QString &place) const
    {
        return Diagnostic{Diagnostic::Severity::Error, place, 1, column, message};
    }
};

// Parses an expression. With an index, facet names and values are checked
// against the graph and written as the graph spells them; without one, any
// facet name and value is accepted as typed. The result is normalized
// (Filter::normalize()).
FilterParseResult parseFilterExpression(QStringView text, const FilterIndex *index = nullptr);

// The canonical expression of a filter: parsing it gives the filter back.
QString filterExpression(const Filter &filter);

} // namespace entente
