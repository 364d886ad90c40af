#include "analysis/communities.h"

#include "analysis/simplegraph_p.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace entente {

namespace {

// One level of Louvain: a weighted graph whose nodes are the communities of
// the level below. A community's internal weight becomes a self-loop.
struct Level
{
    quint32 n = 0;
    std::vector<quint32> offsets;
    std::vector<quint32> targets;     // no self-loops here...
    std::vector<double> weights;
    std::vector<double> selfLoop;     // ...they are kept apart, each counted once
    std::vector<double> strength;     // weighted degree, a self-loop counting twice
};

Level levelFromGraph(const detail::SimpleGraph &g)
{
    Level level;
    level.n = g.n;
    level.offsets = g.offsets;
    level.targets = g.targets;
    level.weights.assign(g.targets.size(), 1.0);
    level.selfLoop.assign(g.n, 0.0);
    level.strength.resize(g.n);
    for (quint32 v = 0; v < g.n; ++v)
        level.strength[v] = g.degree(v);
    return level;
}

// Moves nodes to the neighbouring community of largest modularity gain until
// no move gains. Returns whether any node moved.
bool moveNodes(const Level &level, std::vector<quint32> &community, double totalWeight2,
               double resolution, std::mt19937_64 &random, AnalysisProgress *progress)
{
    const quint32 n = level.n;
    community.resize(n);
    std::iota(community.begin(), community.end(), 0u);
    std::vector<double> total(level.strength);   // sum of strengths per community
    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    for (quint32 i = n; i > 1; --i)
        std::swap(order[i - 1], order[size_t(random() % i)]);

    std::vector<double> linkWeight(n, 0.0);   // weight from the node to each community
    std::vector<quint32> touched;
    bool movedAny = false;
    for (;;) {
        bool moved = false;
        for (quint32 v : order) {
            if (isCancelled(progress))
                return false;
            const quint32 own = community[v];
            const double k = level.strength[v];
            total[own] -= k;
            touched.clear();
            touched.push_back(own);
            linkWeight[own] = 0.0;
            for (quint32 i = level.offsets[v]; i < level.offsets[v + 1]; ++i) {
                const quint32 c = community[level.targets[i]];
                if (linkWeight[c] == 0.0 && c != own)
                    touched.push_back(c);
                linkWeight[c] += level.weights[i];
            }
            // Gain of joining c, up to a positive factor common to all c.
            auto gain = [&](quint32 c) {
                return linkWeight[c] - resolution * total[c] * k / totalWeight2;
            };
            quint32 best = own;
            double bestGain = gain(own);
            for (quint32 c : touched) {
                const double g = gain(c);
                // Strictly better only: ties keep the node where it is, so
                // the passes end.
                if (g > bestGain + 1e-12) {
                    best = c;
                    bestGain = g;
                }
            }
            for (quint32 c : touched)
                linkWeight[c] = 0.0;
            total[best] += k;
            if (best != own) {
                community[v] = best;
                moved = true;
                movedAny = true;
            }
        }
        if (!moved)
            break;
    }
    return movedAny;
}

// Renumbers communities 0.. in order of first member; returns their count.
quint32 renumber(std::vector<quint32> &community)
{
    std::vector<quint32> number(community.size(), quint32(-1));
    quint32 count = 0;
    for (quint32 &c : community) {
        if (number[c] == quint32(-1))
            number[c] = count++;
        c = number[c];
    }
    return count;
}

Level aggregate(const Level &level, const std::vector<quint32> &community, quint32 count)
{
    Level next;
    next.n = count;
    next.selfLoop.assign(count, 0.0);
    next.strength.assign(count, 0.0);
    std::vector<std::vector<std::pair<quint32, double>>> rows(count);
    for (quint32 v = 0; v < level.n; ++v) {
        const quint32 cv = community[v];
        next.selfLoop[cv] += level.selfLoop[v];
        next.strength[cv] += level.strength[v];
        for (quint32 i = level.offsets[v]; i < level.offsets[v + 1]; ++i) {
            const quint32 cw = community[level.targets[i]];
            if (cw == cv) {
                // Each internal edge is seen from both ends.
                next.selfLoop[cv] += 0.5 * level.weights[i];
            } else {
                rows[cv].emplace_back(cw, level.weights[i]);
            }
        }
    }
    next.offsets.assign(count + 1, 0);
    for (quint32 c = 0; c < count; ++c) {
        auto &row = rows[c];
        std::sort(row.begin(), row.end());
        for (size_t i = 0; i < row.size(); ++i) {
            if (i > 0 && row[i].first == row[i - 1].first) {
                next.weights.back() += row[i].second;
            } else {
                next.targets.push_back(row[i].first);
                next.weights.push_back(row[i].second);
            }
        }
        next.offsets[c + 1] = quint32(next.targets.size());
    }
    return next;
}

double levelModularity(const Level &level, const std::vector<quint32> &community, double resolution)
{
    double totalWeight2 = 0.0;
    for (double k : level.strength)
        totalWeight2 += k;
    if (totalWeight2 == 0.0)
        return 0.0;
    const quint32 count = community.empty() ? 0 : *std::max_element(community.begin(), community.end()) + 1;
    std::vector<double> internal(count, 0.0), total(count, 0.0);
    for (quint32 v = 0; v < level.n; ++v) {
        const quint32 c = community[v];
        total[c] += level.strength[v];
        internal[c] += 2.0 * level.selfLoop[v];
        for (quint32 i = level.offsets[v]; i < level.offsets[v + 1]; ++i)
            if (community[level.targets[i]] == c)
                internal[c] += level.weights[i];
    }
    double q = 0.0;
    for (quint32 c = 0; c < count; ++c)
        q += internal[c] / totalWeight2
             - resolution * (total[c] / totalWeight2) * (total[c] / totalWeight2);
    return q;
}

} // namespace

Communities louvainCommunities(const RelationshipGraph &graph, const CommunityOptions &options,
                               AnalysisProgress *progress)
{
    const detail::SimpleGraph g(graph);
    Communities result;
    result.membership.resize(g.n);
    std::iota(result.membership.begin(), result.membership.end(), 0u);
    result.count = g.n;
    if (g.n == 0)
        return result;

    Level level = levelFromGraph(g);
    double totalWeight2 = 0.0;
    for (double k : level.strength)
        totalWeight2 += k;
    if (totalWeight2 == 0.0) {
        result.modularity = 0.0;
        return result;
    }

    std::mt19937_64 random(options.seed);
    std::vector<quint32> community;
    double modularity = levelModularity(level, result.membership, options.resolution);
    for (int round = 0; round < 64; ++round) {
        const bool moved = moveNodes(level, community, totalWeight2, options.resolution, random,
                                     progress);
        if (isCancelled(progress))
            return {};
        if (!moved)
            break;
        const quint32 count = renumber(community);
        const double next = levelModularity(level, community, options.resolution);
        // Moves only ever gain, but rounding may leave a flat step: stop there.
        if (next <= modularity + 1e-12)
            break;
        modularity = next;
        for (quint32 &c : result.membership)
            c = community[c];
        level = aggregate(level, community, count);
        reportProgress(progress, 1.0 - 1.0 / (round + 2));
    }
    result.count = renumber(result.membership);
    result.modularity = ::entente::modularity(graph, result.membership, options.resolution);
    return result;
}

double modularity(const RelationshipGraph &graph, const std::vector<quint32> &membership,
                  double resolution)
{
    const detail::SimpleGraph g(graph);
    if (membership.size() != g.n)
        return 0.0;
    return levelModularity(levelFromGraph(g), membership, resolution);
}

} // namespace entente
