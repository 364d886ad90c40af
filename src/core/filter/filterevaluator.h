#pragma once

#include "filter.h"
#include "filterindex.h"
#include "render/graphstyle.h"

#include <memory>
#include <vector>

namespace entente {

struct FilterResult
{
    // Shown: the node passes every condition. Dimmed: it does not, but is
    // kept as a neighbour of a shown node (Filter::keepNeighbours). Hidden:
    // filtered out.
    std::vector<NodeState> nodeStates;     // per node
    std::vector<quint8> edgeVisible;       // per edge: 1 when shown
    // Per edge: 1 when it passes the edge conditions (relation, dates) whatever
    // its ends; what a view that dims instead of hiding still draws.
    std::vector<quint8> edgePassing;

    qsizetype matchingNodes = 0;    // pass every condition (before hideIsolated)
    qsizetype shownNodes = 0;       // not Hidden: matching and kept neighbours
    qsizetype neighbourNodes = 0;   // Dimmed
    qsizetype shownEdges = 0;

    // Faceted-search counts, when asked for: counts[f][v] is how many items
    // would pass with value v of facet f (FilterIndex::facets() numbering)
    // selected alone in its facet, all other conditions unchanged: nodes for
    // node facets, edges between matching nodes for edge facets. Counts leave
    // the options (keepNeighbours, hideIsolated) aside.
    std::vector<std::vector<qsizetype>> counts;
};

// Evaluates filters on one graph. Keeps the mask of every condition it last
// saw, so that a change to one facet recomputes only that facet's mask; the
// rest is a few passes over plain arrays. Not thread-safe: one per thread.
class FilterEvaluator
{
public:
    FilterEvaluator();
    explicit FilterEvaluator(FilterIndex index);
    ~FilterEvaluator();
    FilterEvaluator(FilterEvaluator &&) noexcept;
    FilterEvaluator &operator=(FilterEvaluator &&) noexcept;

    const FilterIndex &index() const { return m_index; }
    void setIndex(FilterIndex index);

    FilterResult evaluate(const Filter &filter, bool withCounts = true);

private:
    struct Cache;
    FilterIndex m_index;
    std::unique_ptr<Cache> m_cache;
};

// One-off evaluation.
FilterResult evaluateFilter(const FilterIndex &index, const Filter &filter, bool withCounts = false);

} // namespace entente
