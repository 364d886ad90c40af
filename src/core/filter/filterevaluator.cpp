#include "filterevaluator.h"
#include "filterindex_p.h"

#include <QStringMatcher>
#include <algorithm>

namespace entente {

namespace {

using Mask = std::vector<quint8>;   // 1 = passes; byte masks vectorize well

// A mask computed for one condition, kept while the condition is unchanged.
template<typename Key>
struct CachedMask
{
    std::optional<Key> key;
    Mask mask;
};

struct FacetKey
{
    std::vector<quint32> selected;   // value numbers, ascending; unknown values dropped
    bool negated = false;
    bool operator==(const FacetKey &) const = default;
};

struct DateKey
{
    qint32 first = 0;
    qint32 last = 0;
    bool operator==(const DateKey &) const = default;
};

void andInto(Mask &target, const Mask &mask)
{
    const std::size_t n = target.size();
    quint8 *t = target.data();
    const quint8 *m = mask.data();
    for (std::size_t i = 0; i < n; ++i)
        t[i] &= m[i];
}

Mask facetMask(const FacetRows &rows, std::size_t items, const FacetKey &key)
{
    Mask mask(items, 0);
    for (quint32 v : key.selected) {
        for (quint32 i = rows.postingOffsets[v]; i < rows.postingOffsets[v + 1]; ++i)
            mask[rows.postings[i]] = 1;
    }
    if (key.negated) {
        for (quint8 &b : mask)
            b ^= 1;
    }
    return mask;
}

// Sets mask[n] for every node whose text contains the folded term.
Mask textMask(const FilterIndex::Data &d, const QList<TextTerm> &terms)
{
    const std::size_t n = d.textOffsets.size() - 1;
    Mask result(n, 1);
    Mask hits(n);
    for (const TextTerm &term : terms) {
        QString needle = foldForSearch(term.text);
        needle.remove(QChar(0));
        if (needle.isEmpty()) {
            // An empty term is found everywhere.
            if (term.negated)
                std::fill(result.begin(), result.end(), 0);
            continue;
        }
        std::fill(hits.begin(), hits.end(), 0);
        const QStringMatcher matcher(needle, Qt::CaseSensitive);
        const QStringView haystack(d.haystack);
        std::size_t node = 0;
        qsizetype from = 0;
        while (true) {
            const qsizetype at = matcher.indexIn(haystack, from);
            if (at < 0)
                break;
            // The matches come in order: walk forward to the node holding this one.
            while (d.textOffsets[node + 1] <= quint32(at))
                ++node;
            hits[node] = 1;
            from = d.textOffsets[node + 1];
        }
        for (std::size_t i = 0; i < n; ++i)
            result[i] &= term.negated ? hits[i] ^ 1 : hits[i];
    }
    return result;
}


// Per-value counts of the items that pass (pass[i] & also[i], when `also` is
// given), one pass over the facet's rows.
std::vector<qsizetype> countValues(const FacetRows &rows, const Mask &pass, qsizetype valueCount,
                                   const Mask *also = nullptr)
{
    std::vector<qsizetype> counts(std::size_t(valueCount) + 1, 0);
    const std::size_t items = pass.size();
    const quint8 *a = pass.data();
    const quint8 *b = also ? also->data() : nullptr;
    if (!rows.single.empty()) {
        const quint32 *value = rows.single.data();
        if (b) {
            for (std::size_t i = 0; i < items; ++i)
                counts[value[i]] += a[i] & b[i];
        } else {
            for (std::size_t i = 0; i < items; ++i)
                counts[value[i]] += a[i];
        }
    } else {
        for (std::size_t i = 0; i < items; ++i) {
            if (!(a[i] & (b ? b[i] : 1)))
                continue;
            for (quint32 j = rows.offsets[i]; j < rows.offsets[i + 1]; ++j)
                ++counts[rows.values[j] + 1];
        }
    }
    counts.erase(counts.begin());
    return counts;
}

// For every active mask that belongs to a facet (first >= 0): the AND of all
// the other masks, from prefix and suffix ANDs, so that each facet's counts
// ("given the other conditions") cost one pass.
std::vector<Mask> allButOne(const std::vector<std::pair<int, const Mask *>> &masks, std::size_t n)
{
    const std::size_t k = masks.size();
    std::vector<Mask> others(k);
    if (k == 0)
        return others;
    std::vector<Mask> suffix(k + 1);
    suffix[k].assign(n, 1);
    for (std::size_t i = k; i-- > 0;) {
        suffix[i] = suffix[i + 1];
        andInto(suffix[i], *masks[i].second);
    }
    Mask prefix(n, 1);
    for (std::size_t i = 0; i < k; ++i) {
        if (masks[i].first >= 0) {
            others[i] = prefix;
            andInto(others[i], suffix[i + 1]);
        }
        andInto(prefix, *masks[i].second);
    }
    return others;
}

// The one pass over the edges: visibility, kept neighbours, nodes with a
// shown edge, and (for the edge facets' counts) which edges join two matching
// nodes. Instantiated per option so that the loop carries no branches it does
// not need.
struct EdgePass
{
    const NodeIndex *sources;
    const NodeIndex *targets;
    const quint8 *match;
    const quint8 *pass;     // the AND of every edge condition
    quint8 *visible;
    quint8 *passing;
    quint8 *mark;           // out: kept neighbours
    quint8 *connected;      // out: nodes with a shown edge
    quint8 *both;           // out, with counts, unless null: both ends match
    // With counts: the first edge facet (relation), when single-valued, is
    // counted in this pass, which spares a pass over the edges in the common
    // case of no other edge facet. Slot 0 takes edges without a value.
    const quint32 *fusedValues;     // value + 1 per edge, or null
    const quint8 *fusedPass;        // every edge condition but the facet's own
    qsizetype *fusedCounts;

    template<bool keepNeighbours, bool hideIsolated, bool withCounts>
    qsizetype run(std::size_t m) const
    {
        qsizetype shown = 0;
        for (std::size_t e = 0; e < m; ++e) {
            const NodeIndex s = sources[e];
            const NodeIndex t = targets[e];
            const quint8 ms = match[s];
            const quint8 mt = match[t];
            const quint8 p = pass[e];
            const quint8 bothMatch = ms & mt;
            if constexpr (withCounts) {
                if (both)
                    both[e] = bothMatch;
                if (fusedValues)
                    fusedCounts[fusedValues[e]] += fusedPass[e] & bothMatch;
            }
            const quint8 shows = keepNeighbours ? quint8(p & (ms | mt)) : quint8(p & bothMatch);
            visible[e] = shows;
            passing[e] = p;
            shown += shows;
            if constexpr (keepNeighbours)
                mark[ms ? t : s] |= p & (ms ^ mt);
            if constexpr (hideIsolated) {
                connected[s] |= shows;
                connected[t] |= shows;
            }
        }
        return shown;
    }
};

} // namespace

struct FilterEvaluator::Cache
{
    std::vector<CachedMask<FacetKey>> facets;   // per facet of the index
    CachedMask<QList<TextTerm>> text;
    CachedMask<DateKey> nodeDates;
    CachedMask<DateKey> edgeDates;
    CachedMask<DegreeCondition> degree;
    // Conditions on facets the graph does not have: all or nothing.
    Mask none, all;
    // Work arrays, kept to spare allocations.
    Mask match, ones, other, mark, connected, both;
};

FilterEvaluator::FilterEvaluator() : FilterEvaluator(FilterIndex()) {}
FilterEvaluator::FilterEvaluator(FilterIndex index)
    : m_index(std::move(index)), m_cache(std::make_unique<Cache>())
{
    setIndex(m_index);
}
FilterEvaluator::~FilterEvaluator() = default;
FilterEvaluator::FilterEvaluator(FilterEvaluator &&) noexcept = default;
FilterEvaluator &FilterEvaluator::operator=(FilterEvaluator &&) noexcept = default;

void FilterEvaluator::setIndex(FilterIndex index)
{
    m_index = std::move(index);
    *m_cache = Cache{};
    m_cache->facets.resize(std::size_t(m_index.facets().size()));
}

FilterResult FilterEvaluator::evaluate(const Filter &filter, bool withCounts)
{
    const FilterIndex::Data &d = m_index.data();
    const RelationshipGraph &graph = d.graph;
    const std::size_t n = std::size_t(graph.nodeCount());
    const std::size_t m = std::size_t(graph.edgeCount());
    Cache &cache = *m_cache;

    // Masks of the active conditions, with the facet each belongs to (-1 for
    // text, date and degree, which have no counts).
    std::vector<std::pair<int, const Mask *>> nodeMasks;
    std::vector<std::pair<int, const Mask *>> edgeMasks;

    for (const FacetCondition &condition : filter.facets) {
        const int f = m_index.facetIndex(condition.facet);
        if (f < 0) {
            const bool pass = condition.negated;
            Mask &mask = pass ? cache.all : cache.none;
            mask.assign(n, pass ? 1 : 0);
            nodeMasks.emplace_back(-1, &mask);
            continue;
        }
        FacetKey key;
        key.negated = condition.negated;
        for (const QString &value : condition.values) {
            const int v = m_index.valueIndex(f, value);
            if (v >= 0)
                key.selected.push_back(quint32(v));
        }
        std::sort(key.selected.begin(), key.selected.end());
        key.selected.erase(std::unique(key.selected.begin(), key.selected.end()), key.selected.end());
        const bool onEdges = d.facets[f].target == Facet::Target::Edges;
        CachedMask<FacetKey> &cached = cache.facets[f];
        if (cached.key != key) {
            cached.mask = facetMask(d.rows[f], onEdges ? m : n, key);
            cached.key = key;
        }
        (onEdges ? edgeMasks : nodeMasks).emplace_back(f, &cached.mask);
    }

    if (!filter.text.isEmpty()) {
        if (cache.text.key != filter.text) {
            cache.text.mask = textMask(d, filter.text);
            cache.text.key = filter.text;
        }
        nodeMasks.emplace_back(-1, &cache.text.mask);
    }

    if (filter.since || filter.until) {
        const DateKey key{filter.since ? qint32(filter.since->toJulianDay())
                                       : std::numeric_limits<qint32>::min(),
                          filter.until ? qint32(filter.until->toJulianDay())
                                       : std::numeric_limits<qint32>::max()};
        if (cache.edgeDates.key != key) {
            Mask &edges = cache.edgeDates.mask;
            edges.resize(m);
            for (std::size_t e = 0; e < m; ++e)
                edges[e] = d.edgeFirstDay[e] <= key.last && d.edgeLastDay[e] >= key.first;
            cache.edgeDates.key = key;
            cache.nodeDates.key.reset();
        }
        if (cache.nodeDates.key != key) {
            Mask &nodes = cache.nodeDates.mask;
            nodes.resize(n);
            for (std::size_t v = 0; v < n; ++v)
                nodes[v] = d.nodeFirstDay[v] <= key.last && d.nodeLastDay[v] >= key.first;
            const auto sources = graph.edgeSources();
            const auto targets = graph.edgeTargets();
            const Mask &edges = cache.edgeDates.mask;
            for (std::size_t e = 0; e < m; ++e) {
                if (edges[e]) {
                    nodes[sources[e]] = 1;
                    nodes[targets[e]] = 1;
                }
            }
            cache.nodeDates.key = key;
        }
        nodeMasks.emplace_back(-1, &cache.nodeDates.mask);
        edgeMasks.emplace_back(-1, &cache.edgeDates.mask);
    }

    if (filter.degree) {
        const DegreeCondition &key = *filter.degree;
        if (cache.degree.key != key) {
            Mask &mask = cache.degree.mask;
            mask.resize(n);
            const auto lo = qint64(key.min);
            const auto hi = qint64(key.max);
            const quint8 flip = key.negated ? 1 : 0;
            for (std::size_t v = 0; v < n; ++v)
                mask[v] = quint8(qint64(d.degrees[v]) >= lo && qint64(d.degrees[v]) <= hi) ^ flip;
            cache.degree.key = key;
        }
        nodeMasks.emplace_back(-1, &cache.degree.mask);
    }

    FilterResult result;
    result.nodeStates.resize(n);
    result.edgeVisible.resize(m);
    result.edgePassing.resize(m);

    Mask &match = cache.match;
    match.assign(n, 1);
    for (const auto &[f, mask] : nodeMasks)
        andInto(match, *mask);

    // The edge side in one pass over the AND of all edge conditions.
    if (cache.ones.size() != std::max(n, m))
        cache.ones.assign(std::max(n, m), 1);
    const quint8 *edgePass = cache.ones.data();
    if (edgeMasks.size() == 1) {
        edgePass = edgeMasks.front().second->data();
    } else if (edgeMasks.size() > 1) {
        cache.other = *edgeMasks.front().second;
        for (std::size_t i = 1; i < edgeMasks.size(); ++i)
            andInto(cache.other, *edgeMasks[i].second);
        edgePass = cache.other.data();
    }

    Mask &mark = cache.mark;         // kept neighbours
    Mask &connected = cache.connected;
    mark.assign(n, 0);
    connected.assign(n, filter.hideIsolated ? 0 : 1);
    // Edge facet counts: for facet f, the edges between matching nodes that
    // pass every edge condition but f's own. The first single-valued one is
    // counted in the edge pass; the others from `both` afterwards.
    std::vector<Mask> edgeOthers;
    Mask allEdges;   // every edge condition, for a facet without one of its own
    const auto edgeFacetPassing = [&](qsizetype f) -> const Mask & {
        for (std::size_t i = 0; i < edgeMasks.size(); ++i) {
            if (edgeMasks[i].first == f)
                return edgeOthers[i];
        }
        if (allEdges.empty())
            allEdges.assign(edgePass, edgePass + m);
        return allEdges;
    };
    qsizetype fused = -1;
    bool needBoth = false;
    std::vector<qsizetype> fusedCounts;
    const Mask *fusedPass = nullptr;
    if (withCounts) {
        edgeOthers = allButOne(edgeMasks, m);
        for (qsizetype f = 0; f < d.facets.size(); ++f) {
            if (d.facets[f].target != Facet::Target::Edges)
                continue;
            if (fused < 0 && !d.rows[f].single.empty() && m > 0)
                fused = f;
            else
                needBoth = true;
        }
        if (fused >= 0) {
            fusedCounts.assign(std::size_t(d.facets[fused].values.size()) + 1, 0);
            fusedPass = &edgeFacetPassing(fused);
        }
    }
    Mask &both = cache.both;
    if (needBoth)
        both.resize(m);
    EdgePass pass{graph.edgeSources().data(), graph.edgeTargets().data(), match.data(), edgePass,
                  result.edgeVisible.data(), result.edgePassing.data(), mark.data(),
                  connected.data(), needBoth ? both.data() : nullptr,
                  fused >= 0 ? d.rows[fused].single.data() : nullptr,
                  fusedPass ? fusedPass->data() : nullptr, fusedCounts.data()};
    const int variant = (filter.keepNeighbours ? 4 : 0) | (filter.hideIsolated ? 2 : 0)
                        | (withCounts ? 1 : 0);
    switch (variant) {
    case 0: result.shownEdges = pass.run<false, false, false>(m); break;
    case 1: result.shownEdges = pass.run<false, false, true>(m); break;
    case 2: result.shownEdges = pass.run<false, true, false>(m); break;
    case 3: result.shownEdges = pass.run<false, true, true>(m); break;
    case 4: result.shownEdges = pass.run<true, false, false>(m); break;
    case 5: result.shownEdges = pass.run<true, false, true>(m); break;
    case 6: result.shownEdges = pass.run<true, true, false>(m); break;
    default: result.shownEdges = pass.run<true, true, true>(m); break;
    }

    // Shown = 0, Dimmed = 1, Hidden = 2, as NodeState numbers them.
    static_assert(quint8(NodeState::Shown) == 0 && quint8(NodeState::Dimmed) == 1
                  && quint8(NodeState::Hidden) == 2);
    auto *states = reinterpret_cast<quint8 *>(result.nodeStates.data());
    qsizetype matching = 0, shown = 0, dimmed = 0;
    for (std::size_t v = 0; v < n; ++v) {
        quint8 state = match[v] ? 0 : quint8(2 - mark[v]);
        state = connected[v] ? state : 2;
        states[v] = state;
        matching += match[v];
        shown += state != 2;
        dimmed += state == 1;
    }
    result.matchingNodes = matching;
    result.shownNodes = shown;
    result.neighbourNodes = dimmed;

    if (!withCounts)
        return result;

    // Node facet counts: for facet f, the nodes passing every condition but
    // f's own, counted per value.
    const std::vector<Mask> nodeOthers = allButOne(nodeMasks, n);
    result.counts.resize(std::size_t(d.facets.size()));
    for (qsizetype f = 0; f < d.facets.size(); ++f) {
        if (f == fused) {
            result.counts[f].assign(fusedCounts.begin() + 1, fusedCounts.end());
            continue;
        }
        if (d.facets[f].target == Facet::Target::Edges) {
            result.counts[f] = countValues(d.rows[f], edgeFacetPassing(f),
                                           d.facets[f].values.size(), &both);
            continue;
        }
        const Mask *passing = &match;
        for (std::size_t i = 0; i < nodeMasks.size(); ++i) {
            if (nodeMasks[i].first == f)
                passing = &nodeOthers[i];
        }
        result.counts[f] = countValues(d.rows[f], *passing, d.facets[f].values.size());
    }
    return result;
}

FilterResult evaluateFilter(const FilterIndex &index, const Filter &filter, bool withCounts)
{
    FilterEvaluator evaluator(index);
    return evaluator.evaluate(filter, withCounts);
}

} // namespace entente
