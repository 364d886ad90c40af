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
    Mask match(n, 1);
    for (const auto &[f, mask] : nodeMasks)
        andInto(match, *mask);
    Mask edgePass(m, 1);
    for (const auto &[f, mask] : edgeMasks)
        andInto(edgePass, *mask);

    const auto sources = graph.edgeSources();
    const auto targets = graph.edgeTargets();
    result.nodeStates.resize(n);
    for (std::size_t v = 0; v < n; ++v)
        result.nodeStates[v] = match[v] ? FilterState::Shown : FilterState::Hidden;
    if (filter.keepNeighbours) {
        for (std::size_t e = 0; e < m; ++e) {
            if (!edgePass[e] || match[sources[e]] == match[targets[e]])
                continue;
            const NodeIndex other = match[sources[e]] ? targets[e] : sources[e];
            result.nodeStates[other] = FilterState::Dimmed;
        }
    }
    // An edge shows when it passes and joins two shown nodes, one of them
    // matching: the edges between two kept neighbours stay hidden.
    result.edgeVisible.resize(m);
    for (std::size_t e = 0; e < m; ++e) {
        const NodeIndex s = sources[e];
        const NodeIndex t = targets[e];
        result.edgeVisible[e] = edgePass[e] && (match[s] | match[t])
                                && result.nodeStates[s] != FilterState::Hidden
                                && result.nodeStates[t] != FilterState::Hidden;
    }
    if (filter.hideIsolated) {
        Mask connected(n, 0);
        for (std::size_t e = 0; e < m; ++e) {
            if (result.edgeVisible[e]) {
                connected[sources[e]] = 1;
                connected[targets[e]] = 1;
            }
        }
        for (std::size_t v = 0; v < n; ++v) {
            if (!connected[v])
                result.nodeStates[v] = FilterState::Hidden;
        }
    }
    for (std::size_t v = 0; v < n; ++v) {
        result.matchingNodes += match[v];
        result.shownNodes += result.nodeStates[v] != FilterState::Hidden;
        result.neighbourNodes += result.nodeStates[v] == FilterState::Dimmed;
    }
    for (std::size_t e = 0; e < m; ++e)
        result.shownEdges += result.edgeVisible[e];

    if (!withCounts)
        return result;

    // Counts: for facet f, the items passing every condition but f's own,
    // counted per value. "All but one" masks come from prefix and suffix ANDs
    // of the active masks, so each facet costs one pass over its rows.
    const auto othersPass = [](const std::vector<std::pair<int, const Mask *>> &masks,
                               std::size_t items) {
        const std::size_t k = masks.size();
        std::vector<Mask> others(k);
        if (k == 0)
            return others;
        std::vector<Mask> suffix(k + 1);
        suffix[k].assign(items, 1);
        for (std::size_t i = k; i-- > 0;) {
            suffix[i] = suffix[i + 1];
            andInto(suffix[i], *masks[i].second);
        }
        Mask prefix(items, 1);
        for (std::size_t i = 0; i < k; ++i) {
            if (masks[i].first >= 0) {
                others[i] = prefix;
                andInto(others[i], suffix[i + 1]);
            }
            andInto(prefix, *masks[i].second);
        }
        return others;
    };
    const std::vector<Mask> nodeOthers = othersPass(nodeMasks, n);
    const std::vector<Mask> edgeOthers = othersPass(edgeMasks, m);

    result.counts.resize(std::size_t(d.facets.size()));
    for (qsizetype f = 0; f < d.facets.size(); ++f) {
        const Facet &facet = d.facets[f];
        const FacetRows &rows = d.rows[f];
        std::vector<qsizetype> &counts = result.counts[f];
        counts.assign(std::size_t(facet.values.size()), 0);
        if (facet.target == Facet::Target::Nodes) {
            const Mask *pass = &match;
            for (std::size_t i = 0; i < nodeMasks.size(); ++i) {
                if (nodeMasks[i].first == f)
                    pass = &nodeOthers[i];
            }
            for (std::size_t v = 0; v < n; ++v) {
                if (!(*pass)[v])
                    continue;
                for (quint32 i = rows.offsets[v]; i < rows.offsets[v + 1]; ++i)
                    ++counts[rows.values[i]];
            }
        } else {
            const Mask *pass = &edgePass;
            for (std::size_t i = 0; i < edgeMasks.size(); ++i) {
                if (edgeMasks[i].first == f)
                    pass = &edgeOthers[i];
            }
            for (std::size_t e = 0; e < m; ++e) {
                if (!(*pass)[e] || !match[sources[e]] || !match[targets[e]])
                    continue;
                for (quint32 i = rows.offsets[e]; i < rows.offsets[e + 1]; ++i)
                    ++counts[rows.values[i]];
            }
        }
    }
    return result;
}

FilterResult evaluateFilter(const FilterIndex &index, const Filter &filter, bool withCounts)
{
    FilterEvaluator evaluator(index);
    return evaluator.evaluate(filter, withCounts);
}

} // namespace entente
