#include "layout/forcelayout.h"

#include <QElapsedTimer>

#include <algorithm>
#include <immintrin.h>
#include <cstdio>
#include <atomic>
#include <cmath>
#include <cstring>
#include <numeric>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

using u32 = quint32;
constexpr u32 kNone = std::numeric_limits<u32>::max();

// Repulsion strength of the spring-electrical model (Hu's C).
constexpr float kRepulsion = 0.2f;
// A converged layout's mean edge length in units of K (about 2 for the graphs
// measured; the long-range repulsion stretches edges beyond the pair
// equilibrium C^(1/3) K); used when there is nothing else to take K from.
constexpr double kEdgePerK = 2.0;
// Coarsening stops at this many nodes.
constexpr u32 kCoarsestSize = 50;
// Bodies per quadtree leaf; a leaf's bodies share one interaction list.
constexpr u32 kLeafSize = 16;
// Below this many nodes one thread does all the work (start-up costs more).
constexpr u32 kParallelThreshold = 1000;
// From this many nodes on, a graph counts as large for the iteration budget
// and the attraction exponent (see resolvedSettings()).
constexpr u32 kLargeGraph = 50000;
// Levels at least this big are renumbered for memory locality.
constexpr u32 kRenumberThreshold = 2000;

// SplitMix64: small, fast and the same everywhere (std distributions are not).
struct Random
{
    quint64 state;
    explicit Random(quint64 seed) : state(seed * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull) {}
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }   // [0, 1)
    float symmetric() { return float(uniform() * 2.0 - 1.0); }                          // [-1, 1)
};

int threadCount(int requested)
{
    if (requested > 0)
        return requested;
    return int(std::clamp(std::thread::hardware_concurrency(), 1u, 16u));
}

// A small pool of worker threads that lives for one layout run (starting
// threads every iteration costs more than the small levels' iterations).
// run(chunks, f) calls f(chunk) for every chunk in [0, chunks), the calling
// thread included. Each chunk writes only its own data, so the result does not
// depend on which thread took which chunk.
class Pool
{
public:
    explicit Pool(int threads)
    {
        for (int t = 1; t < threads; ++t)
            m_threads.emplace_back([this] { work(); });
    }
    ~Pool()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        for (auto &t : m_threads)
            t.join();
    }
    Pool(const Pool &) = delete;
    Pool &operator=(const Pool &) = delete;

    int size() const { return int(m_threads.size()) + 1; }

    template<class F>
    void run(u32 chunks, F &&f)
    {
        if (m_threads.empty() || chunks <= 1) {
            for (u32 c = 0; c < chunks; ++c)
                f(c);
            return;
        }
        quint64 generation;
        {
            std::lock_guard lock(m_mutex);
            m_context = &f;
            m_thunk = [](void *context, u32 c) {
                (*static_cast<std::remove_reference_t<F> *>(context))(c);
            };
            m_chunks = chunks;
            generation = ++m_generation;
            m_completed.store(0);
            m_ticket.store(generation << 32);
        }
        m_wake.notify_all();
        drain(generation, m_thunk, m_context, chunks);
        // Wait for the chunks, not for the helpers: on a busy machine a helper
        // may wake only after the caller has done everything itself.
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [&] { return m_completed.load() == chunks; });
    }

private:
    // Takes chunks of `generation` until none are left. A ticket carries the
    // generation, so a helper that wakes late never takes a chunk of a later run.
    void drain(quint64 generation, void (*thunk)(void *, u32), void *context, u32 chunks)
    {
        for (;;) {
            quint64 ticket = m_ticket.load();
            if ((ticket >> 32) != generation || u32(ticket) >= chunks)
                return;
            if (!m_ticket.compare_exchange_weak(ticket, ticket + 1))
                continue;
            thunk(context, u32(ticket));
            if (m_completed.fetch_add(1) + 1 == chunks) {
                std::lock_guard lock(m_mutex);
                m_done.notify_all();
            }
        }
    }
    void work()
    {
        quint64 seen = 0;
        for (;;) {
            void (*thunk)(void *, u32);
            void *context;
            u32 chunks;
            quint64 generation;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stop || m_generation != seen; });
                if (m_stop)
                    return;
                seen = generation = m_generation;
                thunk = m_thunk;
                context = m_context;
                chunks = m_chunks;
            }
            drain(generation, thunk, context, chunks);
        }
    }

    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    quint64 m_generation = 0;
    bool m_stop = false;
    void (*m_thunk)(void *, u32) = nullptr;
    void *m_context = nullptr;
    u32 m_chunks = 0;
    std::atomic<quint64> m_ticket{0};
    std::atomic<u32> m_completed{0};
};

// One level of the multilevel scheme: a simple undirected graph in compressed
// rows (both directions stored), with edge weights (merged multiplicity) and
// node masses (number of original nodes). An empty `weight` means weight 1
// for every edge: the finest level of a graph without parallel edges, whose
// copies (the work graph and its renumbered copy) then hold 4 bytes less per
// adjacency entry (16 MB less on g1m).
struct Level
{
    u32 n = 0;
    std::vector<u32> offsets{0};
    std::vector<u32> adjacency;
    std::vector<float> weight;
    std::vector<float> mass;

    float weightAt(u32 k) const { return weight.empty() ? 1.0f : weight[k]; }
};

// The graph of the groups of `fine`: node u of `fine` joins group group[u]
// (< groups). Edges inside a group vanish, parallel ones merge (their weights
// add), masses add. Built as compressed rows in two passes over the groups'
// members with a sparse accumulator, so the result has its exact size and
// nothing per row is allocated (row vectors cost more than the level itself
// on g1m). Rows are sorted by target. Weights and masses are whole numbers
// (multiplicities and node counts), so their float sums are exact in any order.
Level contract(const Level &fine, const std::vector<u32> &group, u32 groups)
{
    std::vector<u32> start(groups + 1, 0);
    for (u32 u = 0; u < fine.n; ++u)
        ++start[group[u] + 1];
    for (u32 g = 0; g < groups; ++g)
        start[g + 1] += start[g];
    std::vector<u32> members(fine.n);
    {
        std::vector<u32> fill(start.begin(), start.end() - 1);
        for (u32 u = 0; u < fine.n; ++u)
            members[fill[group[u]]++] = u;
    }
    Level coarse;
    coarse.n = groups;
    coarse.offsets.assign(groups + 1, 0);
    coarse.mass.assign(groups, 0.0f);
    std::vector<u32> mark(groups, kNone);
    for (u32 g = 0; g < groups; ++g) {
        u32 count = 0;
        for (u32 m = start[g]; m < start[g + 1]; ++m) {
            const u32 u = members[m];
            coarse.mass[g] += fine.mass[u];
            for (u32 k = fine.offsets[u]; k < fine.offsets[u + 1]; ++k) {
                const u32 h = group[fine.adjacency[k]];
                if (h != g && mark[h] != g) {
                    mark[h] = g;
                    ++count;
                }
            }
        }
        coarse.offsets[g + 1] = coarse.offsets[g] + count;
    }
    coarse.adjacency.resize(coarse.offsets[groups]);
    coarse.weight.resize(coarse.offsets[groups]);
    std::fill(mark.begin(), mark.end(), kNone);
    std::vector<u32> slot(groups);
    std::vector<std::pair<u32, float>> row;
    for (u32 g = 0; g < groups; ++g) {
        const u32 begin = coarse.offsets[g];
        u32 out = begin;
        for (u32 m = start[g]; m < start[g + 1]; ++m) {
            const u32 u = members[m];
            for (u32 k = fine.offsets[u]; k < fine.offsets[u + 1]; ++k) {
                const u32 h = group[fine.adjacency[k]];
                if (h == g)
                    continue;
                if (mark[h] != g) {
                    mark[h] = g;
                    slot[h] = out;
                    coarse.adjacency[out] = h;
                    coarse.weight[out] = fine.weightAt(k);
                    ++out;
                } else {
                    coarse.weight[slot[h]] += fine.weightAt(k);
                }
            }
        }
        row.clear();
        for (u32 k = begin; k < out; ++k)
            row.emplace_back(coarse.adjacency[k], coarse.weight[k]);
        std::sort(row.begin(), row.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (u32 k = begin; k < out; ++k) {
            coarse.adjacency[k] = row[k - begin].first;
            coarse.weight[k] = row[k - begin].second;
        }
    }
    return coarse;
}

// Edge collapse: a maximal matching in seeded random order that pairs each node
// with the neighbour of least mass (per unit of edge weight), then every node
// left single joins the lightest neighbouring group. The second step keeps hubs
// with many leaves from stalling the coarsening.
Level coarsen(const Level &fine, Random &random, std::vector<u32> &parent)
{
    const u32 n = fine.n;
    std::vector<u32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    for (u32 i = n; i > 1; --i)
        std::swap(order[i - 1], order[u32(random.next() % i)]);

    std::vector<u32> mate(n, kNone);
    for (u32 u : order) {
        if (mate[u] != kNone)
            continue;
        u32 best = kNone;
        float bestScore = 0;
        for (u32 k = fine.offsets[u]; k < fine.offsets[u + 1]; ++k) {
            const u32 v = fine.adjacency[k];
            if (mate[v] != kNone)
                continue;
            const float score = fine.weightAt(k) / (fine.mass[u] * fine.mass[v]);
            if (best == kNone || score > bestScore) {
                best = v;
                bestScore = score;
            }
        }
        if (best != kNone) {
            mate[u] = best;
            mate[best] = u;
        }
    }
    parent.assign(n, kNone);
    u32 coarseCount = 0;
    std::vector<float> groupMass;
    for (u32 u : order) {
        if (mate[u] == kNone || parent[u] != kNone)
            continue;
        parent[u] = parent[mate[u]] = coarseCount++;
        groupMass.push_back(fine.mass[u] + fine.mass[mate[u]]);
    }
    for (u32 u : order) {
        if (mate[u] != kNone)
            continue;
        u32 bestGroup = kNone;
        for (u32 k = fine.offsets[u]; k < fine.offsets[u + 1]; ++k) {
            const u32 v = fine.adjacency[k];
            if (mate[v] == kNone)
                continue;
            const u32 g = parent[v];
            if (bestGroup == kNone || groupMass[g] < groupMass[bestGroup])
                bestGroup = g;
        }
        if (bestGroup == kNone) {
            bestGroup = coarseCount++;
            groupMass.push_back(0.0f);
        }
        parent[u] = bestGroup;
        groupMass[bestGroup] += fine.mass[u];
    }

    return contract(fine, parent, coarseCount);
}

// The inner loop of the repulsion: bodies against an interaction list of
// point masses, in 8-wide float vectors (GCC/Clang vector extensions: AVX2
// where the CPU has it, two SSE halves elsewhere; the same IEEE operations per
// lane either way, so the result does not depend on the CPU). `count` is a
// multiple of kLanes. A distance of 0 is the body itself and contributes nothing.
constexpr u32 kLanes = 8;
using Vec = float __attribute__((vector_size(kLanes * sizeof(float))));

// P = 1: |f| = m / d, i.e. m (dx, dy) / d^2; P = 2: |f| = m / d^2, i.e.
// m (dx, dy) / d^3. SQRT takes the lane-wise square root of a Vec with the
// instructions of the function it is expanded in (IEEE sqrt is exact, so AVX
// and SSE give the same bits). A macro, because an inline function of the
// default target cannot call AVX code.
#define ENTENTE_REPULSION_BODY(P, SQRT)                                                          \
    const Vec zero = {};                                                                       \
    for (u32 b = 0; b < bodies; ++b) {                                                         \
        const Vec xs = zero + bx[b], ys = zero + by[b];                                        \
        Vec ax = zero, ay = zero;                                                              \
        for (u32 k = 0; k < count; k += kLanes) {                                              \
            Vec px, py, pm;                                                                    \
            std::memcpy(&px, lx + k, sizeof(Vec));                                             \
            std::memcpy(&py, ly + k, sizeof(Vec));                                             \
            std::memcpy(&pm, lm + k, sizeof(Vec));                                             \
            const Vec dx = xs - px, dy = ys - py;                                              \
            const Vec d2 = dx * dx + dy * dy;                                                  \
            Vec w;                                                                             \
            if constexpr (P == 1)                                                              \
                w = d2 > zero ? pm / d2 : zero;                                                \
            else {                                                                             \
                Vec d;                                                                         \
                SQRT(d2, d);                                                                   \
                w = d2 > zero ? pm / (d2 * d) : zero;                                          \
            }                                                                                  \
            ax += w * dx;                                                                      \
            ay += w * dy;                                                                      \
        }                                                                                      \
        float sx = 0, sy = 0;                                                                  \
        for (u32 l = 0; l < kLanes; ++l) {                                                     \
            sx += ax[l];                                                                       \
            sy += ay[l];                                                                       \
        }                                                                                      \
        outX[b] = sx;                                                                          \
        outY[b] = sy;                                                                          \
    }

using Kernel = void (*)(const float *, const float *, u32, const float *, const float *,
                        const float *, u32, float *, float *);

#define ENTENTE_SQRT_AVX(in, out) out = Vec(_mm256_sqrt_ps(__m256(in)))
template<int P>
__attribute__((target("avx2"))) void kernelAvx(const float *bx, const float *by, u32 bodies,
                                               const float *lx, const float *ly, const float *lm,
                                               u32 count, float *outX, float *outY)
{
    ENTENTE_REPULSION_BODY(P, ENTENTE_SQRT_AVX)
}

inline void sqrtSse(const Vec &in, Vec &out)
{
    __m128 lo, hi;
    std::memcpy(&lo, &in, sizeof lo);
    std::memcpy(&hi, reinterpret_cast<const char *>(&in) + sizeof lo, sizeof hi);
    lo = _mm_sqrt_ps(lo);
    hi = _mm_sqrt_ps(hi);
    std::memcpy(&out, &lo, sizeof lo);
    std::memcpy(reinterpret_cast<char *>(&out) + sizeof lo, &hi, sizeof hi);
}

template<int P>
void kernelSse(const float *bx, const float *by, u32 bodies, const float *lx, const float *ly,
               const float *lm, u32 count, float *outX, float *outY)
{
    ENTENTE_REPULSION_BODY(P, sqrtSse)
}
#undef ENTENTE_SQRT_AVX
#undef ENTENTE_REPULSION_BODY

// The repulsion kernel for exponent p (1 or 2) and this CPU.
Kernel repulsionKernel(int p)
{
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (p == 2)
        return avx2 ? kernelAvx<2> : kernelSse<2>;
    return avx2 ? kernelAvx<1> : kernelSse<1>;
}

// The force simulation on one level: positions in contiguous float arrays, a
// Barnes-Hut quadtree rebuilt every iteration from a Morton sort, Hu's
// adaptive step length.
class Simulation
{
public:
    Simulation(const Level &level, float K, float theta, Pool &pool)
        : m_level(level), m_n(level.n), m_K(K), m_theta(theta), m_pool(pool)
    {
        x.assign(m_n, 0.0f);
        y.assign(m_n, 0.0f);
        fixed.assign(m_n, 0);
    }

    std::vector<float> x, y;
    std::vector<quint8> fixed;

    // Attraction along an edge: w d^a / K^(a-1); a = 2 is Fruchterman-Reingold.
    void setAttractionExponent(float a) { m_attraction = a; }
    // Repulsion charge per node (empty = 1 for all).
    void setCharges(std::vector<float> charges) { m_charges = std::move(charges); }
    // Repulsion C K^(1+p) / d^p, p = 1 or 2.
    void setRepulsionExponent(int p) { m_repulsion = p; }

    struct Schedule
    {
        float step;            // current step length (absolute units)
        int improvements = 0;
        double energy = std::numeric_limits<double>::infinity();
    };

    // One iteration; returns false when converged (step below minStep).
    // One parallel pass over the quadtree's leaves computes each body's
    // repulsion and attraction and its new position (into a second buffer,
    // so that every body sees the same old positions).
    bool iterate(Schedule &schedule, float minStep)
    {
        buildTree();
        const u32 leafCount = u32(m_leaves.size());
        // Chunks of leaves, independent of the thread count: the energy is
        // summed per chunk and the chunks in order, whatever the scheduling.
        constexpr u32 leavesPerChunk = 32;
        const u32 chunks = (leafCount + leavesPerChunk - 1) / leavesPerChunk;
        m_energy.assign(chunks, 0.0);
        m_nx.resize(m_n);
        m_ny.resize(m_n);
        const float step = schedule.step;
        forChunks(chunks, [&](u32 c) {
            Scratch scratch;
            double sum = 0;
            const u32 e = std::min(leafCount, (c + 1) * leavesPerChunk);
            for (u32 l = c * leavesPerChunk; l < e; ++l)
                sum += moveLeaf(m_cells[m_leaves[l]], step, scratch);
            m_energy[c] = sum;
        });
        x.swap(m_nx);
        y.swap(m_ny);
        double total = 0;
        for (double v : m_energy)
            total += v;
        // Hu (2005): grow the step after 5 successive improvements, shrink it
        // at once when the energy rises.
        constexpr float t = 0.9f;
        if (total < schedule.energy) {
            if (++schedule.improvements >= 5) {
                schedule.improvements = 0;
                schedule.step /= t;
            }
        } else {
            schedule.improvements = 0;
            schedule.step *= t;
        }
        schedule.energy = total;
        return schedule.step >= minStep;
    }

private:
    template<class F>
    void forChunks(u32 chunks, F &&f)
    {
        if (m_n >= kParallelThreshold) {
            m_pool.run(chunks, f);
        } else {
            for (u32 c = 0; c < chunks; ++c)
                f(c);
        }
    }

    struct Cell
    {
        float cx, cy, mass, size;
        u32 begin, end;   // bodies in sorted order
        u32 next;         // the cell after this one's subtree (preorder)
        bool leaf;
    };

    struct Scratch
    {
        std::vector<float> lx, ly, lm, fx, fy;
    };

    // Forces on the bodies of one leaf and their moves (Hu's step along the
    // force); returns the leaf's share of the energy (sum of |f|^2).
    double moveLeaf(const Cell &leaf, float step, Scratch &scratch)
    {
        repulseLeaf(leaf, scratch);
        const float invK = 1.0f / m_K;
        const float exponent = m_attraction;
        // The exponents the automatic settings use get sqrt-based powers
        // (std::pow per edge was a fifth of g1m's time).
        const bool squareLaw = exponent == 2.0f, sqrtLaw = exponent == 1.5f,
                   threeQuarterLaw = exponent == 1.75f;
        const float *weights = m_level.weight.empty() ? nullptr : m_level.weight.data();
        double energy = 0;
        for (u32 b = 0; b < leaf.end - leaf.begin; ++b) {
            const u32 i = m_order[leaf.begin + b];
            const float xi = x[i], yi = y[i];
            if (fixed[i]) {
                m_nx[i] = xi;
                m_ny[i] = yi;
                continue;
            }
            float fx = scratch.fx[b], fy = scratch.fy[b];
            for (u32 k = m_level.offsets[i]; k < m_level.offsets[i + 1]; ++k) {
                const u32 j = m_level.adjacency[k];
                const float dx = x[j] - xi, dy = y[j] - yi;
                const float d = std::sqrt(dx * dx + dy * dy);
                // |f| = w d^a / K^(a-1), along (dx, dy) / d.
                const float r = d * invK;
                float power;
                if (squareLaw) {
                    power = r;
                } else if (sqrtLaw) {
                    power = std::sqrt(r);
                } else if (threeQuarterLaw) {
                    const float root = std::sqrt(r);
                    power = root * std::sqrt(root);
                } else {
                    power = std::pow(r, exponent - 1.0f);
                }
                const float s = (weights ? weights[k] : 1.0f) * power;
                fx += s * dx;
                fy += s * dy;
            }
            const float f2 = fx * fx + fy * fy;
            if (f2 > 0.0f && std::isfinite(f2)) {
                const float f = std::sqrt(f2);
                m_nx[i] = xi + step * fx / f;
                m_ny[i] = yi + step * fy / f;
                energy += double(f2);
            } else {
                m_nx[i] = xi;
                m_ny[i] = yi;
            }
        }
        return energy;
    }

    // Repulsion on the bodies of a leaf into scratch.fx/fy: one traversal of
    // the tree per leaf builds the interaction list all its bodies share.
    void repulseLeaf(const Cell &leaf, Scratch &scratch)
    {
        std::vector<float> &lx = scratch.lx, &ly = scratch.ly, &lm = scratch.lm;
        lx.clear();
        ly.clear();
        lm.clear();
        float bx0 = m_sx[leaf.begin], bx1 = bx0, by0 = m_sy[leaf.begin], by1 = by0;
        for (u32 s = leaf.begin + 1; s < leaf.end; ++s) {
            bx0 = std::min(bx0, m_sx[s]);
            bx1 = std::max(bx1, m_sx[s]);
            by0 = std::min(by0, m_sy[s]);
            by1 = std::max(by1, m_sy[s]);
        }
        const float theta2 = m_theta * m_theta;
        u32 c = 0;
        const u32 cellCount = u32(m_cells.size());
        while (c < cellCount) {
            const Cell &cell = m_cells[c];
            const float dx = std::max({bx0 - cell.cx, 0.0f, cell.cx - bx1});
            const float dy = std::max({by0 - cell.cy, 0.0f, cell.cy - by1});
            const float d2 = dx * dx + dy * dy;
            if (cell.size * cell.size < theta2 * d2) {
                lx.push_back(cell.cx);
                ly.push_back(cell.cy);
                lm.push_back(cell.mass);
                c = cell.next;
            } else if (cell.leaf) {
                for (u32 s = cell.begin; s < cell.end; ++s) {
                    lx.push_back(m_sx[s]);
                    ly.push_back(m_sy[s]);
                    lm.push_back(m_sm[s]);
                }
                c = cell.next;
            } else {
                ++c;
            }
        }
        // Pad the list to whole vectors with massless entries.
        while (lx.size() % kLanes) {
            lx.push_back(0.0f);
            ly.push_back(0.0f);
            lm.push_back(0.0f);
        }
        const float strength = kRepulsion * m_K * m_K * (m_repulsion == 2 ? m_K : 1.0f);
        const u32 bodies = leaf.end - leaf.begin;
        // A leaf holds more than kLeafSize bodies only when they share one
        // cell of the finest Morton grid.
        scratch.fx.resize(std::max(bodies, kLeafSize));
        scratch.fy.resize(std::max(bodies, kLeafSize));
        repulsionKernel(m_repulsion)(m_sx.data() + leaf.begin, m_sy.data() + leaf.begin, bodies, lx.data(),
                        ly.data(), lm.data(), u32(lx.size()), scratch.fx.data(), scratch.fy.data());
        for (u32 b = 0; b < bodies; ++b) {
            const float own = strength * m_sm[leaf.begin + b];
            scratch.fx[b] *= own;
            scratch.fy[b] *= own;
        }
    }

    void buildTree()
    {
        float x0 = x[0], x1 = x[0], y0 = y[0], y1 = y[0];
        for (u32 i = 1; i < m_n; ++i) {
            x0 = std::min(x0, x[i]);
            x1 = std::max(x1, x[i]);
            y0 = std::min(y0, y[i]);
            y1 = std::max(y1, y[i]);
        }
        const float size = std::max({x1 - x0, y1 - y0, 1e-6f}) * 1.0001f;
        const float scale = 65535.0f / size;
        m_codes.resize(m_n);
        m_order.resize(m_n);
        for (u32 i = 0; i < m_n; ++i) {
            const u32 gx = u32((x[i] - x0) * scale), gy = u32((y[i] - y0) * scale);
            m_codes[i] = interleave(gx) | (interleave(gy) << 1);
            m_order[i] = i;
        }
        radixSort();
        m_sx.resize(m_n);
        m_sy.resize(m_n);
        m_sm.resize(m_n);
        for (u32 s = 0; s < m_n; ++s) {
            const u32 i = m_order[s];
            m_sx[s] = x[i];
            m_sy[s] = y[i];
            m_sm[s] = m_charges.empty() ? 1.0f : m_charges[i];
        }
        m_cells.clear();
        m_leaves.clear();
        build(0, m_n, 16, size);
    }

    // Builds the cell for sorted bodies [begin, end) whose codes agree above
    // bit pair `level`; returns its index. Cells are in preorder.
    u32 build(u32 begin, u32 end, int level, float size)
    {
        // Skip levels where all bodies fall into one quadrant: the cell is
        // then as tight as the Morton grid allows.
        while (level > 0 && end - begin > kLeafSize) {
            const int shift = 2 * (level - 1);
            if (((m_codes[begin] >> shift) & 3u) != ((m_codes[end - 1] >> shift) & 3u))
                break;
            --level;
            size *= 0.5f;
        }
        const u32 index = u32(m_cells.size());
        m_cells.push_back({0, 0, 0, size, begin, end, 0, false});
        if (end - begin <= kLeafSize || level == 0) {
            float cx = 0, cy = 0, m = 0;
            for (u32 s = begin; s < end; ++s) {
                cx += m_sx[s] * m_sm[s];
                cy += m_sy[s] * m_sm[s];
                m += m_sm[s];
            }
            Cell &cell = m_cells[index];
            cell.cx = cx / m;
            cell.cy = cy / m;
            cell.mass = m;
            cell.leaf = true;
            cell.next = index + 1;
            m_leaves.push_back(index);
            return index;
        }
        const int shift = 2 * (level - 1);
        float cx = 0, cy = 0, m = 0;
        u32 b = begin;
        for (u32 q = 0; q < 4 && b < end; ++q) {
            const u32 e = u32(std::partition_point(m_codes.begin() + b, m_codes.begin() + end,
                                                   [&](u32 code) { return ((code >> shift) & 3u) <= q; })
                              - m_codes.begin());
            if (e > b) {
                const u32 child = build(b, e, level - 1, size * 0.5f);
                const Cell &cc = m_cells[child];
                cx += cc.cx * cc.mass;
                cy += cc.cy * cc.mass;
                m += cc.mass;
            }
            b = e;
        }
        Cell &cell = m_cells[index];
        cell.cx = cx / m;
        cell.cy = cy / m;
        cell.mass = m;
        cell.next = u32(m_cells.size());
        return index;
    }

    static u32 interleave(u32 v)
    {
        v &= 0xFFFF;
        v = (v | (v << 8)) & 0x00FF00FF;
        v = (v | (v << 4)) & 0x0F0F0F0F;
        v = (v | (v << 2)) & 0x33333333;
        v = (v | (v << 1)) & 0x55555555;
        return v;
    }

    // LSD radix sort of (code, index), 4 passes of 8 bits; stable, so equal
    // codes keep index order (deterministic).
    void radixSort()
    {
        m_tmpCodes.resize(m_n);
        m_tmpOrder.resize(m_n);
        for (int pass = 0; pass < 4; ++pass) {
            const int shift = pass * 8;
            u32 count[257] = {};
            for (u32 i = 0; i < m_n; ++i)
                ++count[((m_codes[i] >> shift) & 255u) + 1];
            for (int b = 0; b < 256; ++b)
                count[b + 1] += count[b];
            for (u32 i = 0; i < m_n; ++i) {
                const u32 dst = count[(m_codes[i] >> shift) & 255u]++;
                m_tmpCodes[dst] = m_codes[i];
                m_tmpOrder[dst] = m_order[i];
            }
            m_codes.swap(m_tmpCodes);
            m_order.swap(m_tmpOrder);
        }
    }

    const Level &m_level;
    u32 m_n;
    float m_K;
    float m_theta;
    Pool &m_pool;
    std::vector<float> m_nx, m_ny;
    std::vector<double> m_energy;
    std::vector<u32> m_codes, m_order, m_tmpCodes, m_tmpOrder;
    std::vector<float> m_sx, m_sy, m_sm;
    std::vector<Cell> m_cells;
    std::vector<u32> m_leaves;
    std::vector<float> m_charges;
    float m_attraction = 2.0f;
    int m_repulsion = 1;
};

// Whether the degrees are heavy-tailed: a coefficient of variation above 1
// (measured: 1.5-2.5 for the bench's relationship graphs, 0.35 for the mesh,
// about 0.1 for a grid).
bool heavyTailedDegrees(const Level &level)
{
    if (level.n < 2)
        return false;
    double sum = 0, squares = 0;
    for (u32 i = 0; i < level.n; ++i) {
        const double d = double(level.offsets[i + 1] - level.offsets[i]);
        sum += d;
        squares += d * d;
    }
    const double mean = sum / level.n;
    if (mean <= 0.0)
        return false;
    return std::sqrt(std::max(0.0, squares / level.n - mean * mean)) / mean > 1.0;
}

// The force model's automatic choices, made once per layout on the whole
// graph. Graphs with heavy-tailed degrees (relationship graphs: hubs and
// communities) get attraction d^1.5 and charges 1 + 0.15 degree: communities
// stay compact and hubs get room (on the bench graphs: better neighbourhood
// preservation and stress than plain FR). Graphs with even degrees (meshes,
// grids) get Fruchterman-Reingold's d^2 and equal charges, whose even edge
// lengths unfold them best.
//
// Even-degree graphs of 500+ nodes also get repulsion 1/d^2 instead of 1/d
// (Hu's p = 2): the weaker long-range repulsion removes the peripheral effect
// (a compressed rim, a stretched centre) that long refinements of 1/d build up
// on meshes. gmesh100k: stress 0.0084 -> 0.0041, NP 0.696 -> 0.822 (sfdp:
// 0.0052, 0.727); gmesh10k 0.0054 -> 0.0044, NP 0.740 -> 0.825. On the
// relationship graphs it cost NP (g10k 0.0195 -> 0.0153), so they keep 1/d.
//
// Small graphs (under 500 nodes) are looked at rather than measured: they keep
// d^2 and 1/d, whose even edge lengths space a hub's leaves better. Large ones
// (kLargeGraph nodes and more) with a mean degree up to 12 get a = 1.75: at
// 100k nodes of mean degree 8 a = 1.5 cost stress (0.177 against sfdp's
// 0.168), 1.75 matched sfdp on both measures. Denser large graphs keep 1.5:
// on g1m (mean degree 16) 1.75 lost neighbourhood preservation (0.00138
// against sfdp's 0.0016), 1.5 gave stress 0.1741 and NP 0.00171 (sfdp 0.1799,
// 0.0016).
ForceLayoutSettings resolvedSettings(const Level &level, ForceLayoutSettings settings)
{
    const bool heavy = heavyTailedDegrees(level);
    const double meanDegree = level.n ? double(level.adjacency.size()) / level.n : 0.0;
    const bool sparseLarge = level.n >= kLargeGraph && meanDegree <= 12.0;
    if (settings.attractionExponent <= 0.0)
        settings.attractionExponent = heavy && level.n >= 500 ? (sparseLarge ? 1.75 : 1.5) : 2.0;
    if (settings.degreeRepulsion < 0.0)
        settings.degreeRepulsion = heavy ? 0.15 : 0.0;
    if (settings.repulsionExponent <= 0)
        settings.repulsionExponent = !heavy && level.n >= 500 ? 2 : 1;
    return settings;
}

int repulsionExponent(const ForceLayoutSettings &settings)
{
    return settings.repulsionExponent == 2 ? 2 : 1;
}

float attractionExponent(const ForceLayoutSettings &settings)
{
    return settings.attractionExponent > 0.0 ? float(settings.attractionExponent) : 2.0f;
}

// Charges of the finest level: 1 + w * degree, a mild form of ForceAtlas2's
// degree-weighted repulsion that gives hubs' neighbourhoods room.
std::vector<float> degreeCharges(const Level &level, const ForceLayoutSettings &settings)
{
    std::vector<float> charges;
    if (settings.degreeRepulsion <= 0.0)
        return charges;
    charges.resize(level.n);
    for (u32 i = 0; i < level.n; ++i)
        charges[i] = 1.0f + float(settings.degreeRepulsion) * float(level.offsets[i + 1] - level.offsets[i]);
    return charges;
}

// Iteration budget of a level: the finest levels of big graphs cost the most,
// so they get fewer iterations; the multilevel start makes up for it.
int iterationBudget(u32 n, bool finest)
{
    // Measured on the bench graphs (bench/README.md): beyond these, more
    // iterations hardly change stress or neighbourhood preservation.
    if (n <= 1000)
        return 500;
    if (finest && n >= kLargeGraph)
        return 80;   // 40 leave 100k-node graphs unconverged (worse stress and NP)
    return finest ? 40 : 60;
}

// Morton (Z-order) order of points: order[k] is the k-th point along the curve.
std::vector<u32> mortonOrder(const std::vector<float> &x, const std::vector<float> &y)
{
    const u32 n = u32(x.size());
    std::vector<u32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    if (n == 0)
        return order;
    const auto [xmin, xmax] = std::minmax_element(x.begin(), x.end());
    const auto [ymin, ymax] = std::minmax_element(y.begin(), y.end());
    const float size = std::max({*xmax - *xmin, *ymax - *ymin, 1e-6f}) * 1.0001f;
    const float scale = 65535.0f / size;
    auto spread = [](u32 v) {
        v &= 0xFFFF;
        v = (v | (v << 8)) & 0x00FF00FF;
        v = (v | (v << 4)) & 0x0F0F0F0F;
        v = (v | (v << 2)) & 0x33333333;
        v = (v | (v << 1)) & 0x55555555;
        return v;
    };
    std::vector<u32> codes(n);
    for (u32 i = 0; i < n; ++i)
        codes[i] = spread(u32((x[i] - *xmin) * scale)) | (spread(u32((y[i] - *ymin) * scale)) << 1);
    std::stable_sort(order.begin(), order.end(), [&](u32 a, u32 b) { return codes[a] < codes[b]; });
    return order;
}

// The level with node k of the result being node order[k] of `level`.
Level permuted(const Level &level, const std::vector<u32> &order)
{
    const u32 n = level.n;
    std::vector<u32> newIndex(n);
    for (u32 k = 0; k < n; ++k)
        newIndex[order[k]] = k;
    Level out;
    out.n = n;
    out.offsets.assign(n + 1, 0);
    out.adjacency.resize(level.adjacency.size());
    out.weight.resize(level.weight.size());
    out.mass.resize(n);
    for (u32 k = 0; k < n; ++k) {
        const u32 old = order[k];
        u32 o = out.offsets[k];
        for (u32 e = level.offsets[old]; e < level.offsets[old + 1]; ++e, ++o) {
            out.adjacency[o] = newIndex[level.adjacency[e]];
            if (!level.weight.empty())
                out.weight[o] = level.weight[e];
        }
        out.offsets[k + 1] = o;
        out.mass[k] = level.mass[old];
    }
    return out;
}

// Hands the positions of level l (in the simulation's numbering, see
// `order`) to `snapshot` as positions of the finest level: every node at its
// coarse ancestor's place. sizes[k] is the node count of level k.
void reportLevel(const std::vector<u32> &sizes, const std::vector<std::vector<u32>> &parents,
                 int l, const Level &simLevel, const std::vector<u32> &order,
                 const std::vector<float> &x, const std::vector<float> &y,
                 const std::function<void(const std::vector<float> &, const std::vector<float> &)>
                     &snapshot)
{
    const u32 n = sizes[l];
    std::vector<float> lx(n), ly(n);
    for (u32 k = 0; k < n; ++k) {
        const u32 i = order.empty() ? k : order[k];
        lx[i] = x[k];
        ly[i] = y[k];
    }
    double sum = 0;
    std::size_t count = 0;
    for (u32 k = 0; k < simLevel.n; ++k) {
        for (u32 e = simLevel.offsets[k]; e < simLevel.offsets[k + 1]; ++e) {
            const u32 j = simLevel.adjacency[e];
            sum += std::hypot(double(x[k] - x[j]), double(y[k] - y[j]));
            ++count;
        }
    }
    const float scale = count && sum > 0 ? float(double(count) / sum) : 1.0f;
    const u32 fine = sizes[0];
    std::vector<float> fx(fine), fy(fine);
    for (u32 i = 0; i < fine; ++i) {
        u32 a = i;
        for (int k = 0; k < l; ++k)
            a = parents[k][a];
        fx[i] = lx[a] * scale;
        fy[i] = ly[a] * scale;
    }
    snapshot(fx, fy);
}

// Receives intermediate positions of a layout from scratch, indexed like the
// laid-out graph, scaled to a mean edge length of 1.
using Snapshot = std::function<void(const std::vector<float> &x, const std::vector<float> &y)>;

// A coarse level put aside until the way back up, in little memory: each
// edge once (in the row of its smaller end), targets as varint deltas and
// weights as varint whole numbers (every level's weights are: multiplicities
// and their sums). About 1.3 bytes per adjacency entry instead of 8: on g1m
// the coarse levels took 73 MB, 4.5 times the finest level.
struct PackedLevel
{
    u32 n = 0;
    std::vector<float> mass;
    std::vector<quint8> bytes;   // per node: count, then (delta, weight) pairs
};

void putVarint(std::vector<quint8> &out, u32 v)
{
    while (v >= 0x80) {
        out.push_back(quint8(v | 0x80));
        v >>= 7;
    }
    out.push_back(quint8(v));
}

u32 getVarint(const quint8 *&p)
{
    u32 v = 0;
    int shift = 0;
    while (*p & 0x80) {
        v |= u32(*p++ & 0x7f) << shift;
        shift += 7;
    }
    return v | (u32(*p++) << shift);
}

// Precondition: rows sorted by target, weights whole numbers.
PackedLevel pack(const Level &level)
{
    PackedLevel out;
    out.n = level.n;
    out.mass = level.mass;
    out.bytes.reserve(level.adjacency.size() + level.n);
    for (u32 i = 0; i < level.n; ++i) {
        const auto row = level.adjacency.begin();
        const u32 upper = u32(std::upper_bound(row + level.offsets[i], row + level.offsets[i + 1], i) - row);
        putVarint(out.bytes, level.offsets[i + 1] - upper);
        u32 previous = i;
        for (u32 k = upper; k < level.offsets[i + 1]; ++k) {
            const float w = level.weightAt(k);
            Q_ASSERT(w >= 1.0f && w == float(u32(w)));
            putVarint(out.bytes, level.adjacency[k] - previous);
            putVarint(out.bytes, u32(w));
            previous = level.adjacency[k];
        }
    }
    out.bytes.shrink_to_fit();
    return out;
}

// The packed level in full, renumbered so that node k of the result is node
// order[k] (empty order: as it is): the same as permuted() of the level that
// was packed, made without the unpermuted copy.
Level unpack(const PackedLevel &packed, const std::vector<u32> &order)
{
    const u32 n = packed.n;
    std::vector<u32> newIndex(n);
    for (u32 k = 0; k < n; ++k)
        newIndex[order.empty() ? k : order[k]] = k;
    std::vector<u32> degree(n, 0);
    const quint8 *p = packed.bytes.data();
    for (u32 i = 0; i < n; ++i) {
        const u32 count = getVarint(p);
        degree[i] += count;
        u32 j = i;
        for (u32 t = 0; t < count; ++t) {
            j += getVarint(p);
            getVarint(p);
            ++degree[j];
        }
    }
    Level out;
    out.n = n;
    out.offsets.assign(n + 1, 0);
    out.mass.resize(n);
    for (u32 k = 0; k < n; ++k) {
        const u32 old = order.empty() ? k : order[k];
        out.offsets[k + 1] = out.offsets[k] + degree[old];
        out.mass[k] = packed.mass[old];
    }
    out.adjacency.resize(out.offsets[n]);
    out.weight.resize(out.offsets[n]);
    // Row of old node i: its smaller neighbours first (they arrive in
    // ascending order below), then its larger ones, as in the sorted row.
    std::vector<u32> lower(n);
    for (u32 i = 0; i < n; ++i)
        lower[i] = out.offsets[newIndex[i]];
    p = packed.bytes.data();
    for (u32 i = 0; i < n; ++i) {
        const u32 count = getVarint(p);
        const u32 base = out.offsets[newIndex[i]] + degree[i] - count;
        u32 j = i;
        for (u32 t = 0; t < count; ++t) {
            j += getVarint(p);
            const float w = float(getVarint(p));
            out.adjacency[base + t] = newIndex[j];
            out.weight[base + t] = w;
            out.adjacency[lower[j]] = newIndex[i];
            out.weight[lower[j]++] = w;
        }
    }
    return out;
}

// Lays out one connected Level from scratch; positions in units where K = 1.
// `snapshot` (may be empty) is called whenever progress wants one.
void layoutFromScratch(const Level &graph, quint64 seed, const ForceLayoutSettings &settings,
                       LayoutProgress &progress, std::vector<float> &outX,
                       std::vector<float> &outY, const Snapshot &snapshot = {})
{
    const u32 n = graph.n;
    outX.assign(n, 0.0f);
    outY.assign(n, 0.0f);
    if (n <= 1)
        return;
    if (n == 2) {
        outX[1] = 1.0f;
        return;
    }
    Random random(seed);
    // Level 0 is `graph`; coarse levels are packed once the next one is made
    // (packed[l] for 0 < l < coarsest), the coarsest stays in `current`.
    constexpr std::size_t maxLevels = 60;
    std::vector<PackedLevel> packed(1);
    std::vector<u32> sizes{n};
    std::vector<std::vector<u32>> parents;
    Level current;
    const Level *finer = &graph;
    while (finer->n > kCoarsestSize && sizes.size() < maxLevels) {
        std::vector<u32> parent;
        Level coarse = coarsen(*finer, random, parent);
        if (coarse.n > u32(finer->n * 0.9))
            break;   // coarsening stalled: lay out this level as it is
        parents.push_back(std::move(parent));
        sizes.push_back(coarse.n);
        if (finer == &current)
            packed.back() = pack(current);
        packed.emplace_back();
        current = std::move(coarse);
        finer = &current;
    }
    Pool pool(threadCount(settings.threads));
    const float K = 1.0f;
    const float theta = float(settings.theta);
    const float tol = float(settings.tolerance);

    std::vector<float> x, y;
    const int coarsest = int(sizes.size()) - 1;
    for (int l = coarsest; l >= 0; --l) {
        const u32 size = sizes[l];
        std::vector<float> startX(size), startY(size);
        Simulation::Schedule schedule;
        if (l == coarsest) {
            const float side = std::sqrt(float(size)) * K;
            for (u32 i = 0; i < size; ++i) {
                startX[i] = side * float(random.uniform());
                startY[i] = side * float(random.uniform());
            }
            schedule.step = std::max(K, 0.1f * side);
        } else {
            const std::vector<u32> &parent = parents[l];
            const float grow = std::sqrt(float(size) / float(sizes[l + 1]));
            for (u32 i = 0; i < size; ++i) {
                startX[i] = x[parent[i]] * grow + 0.1f * K * random.symmetric();
                startY[i] = y[parent[i]] * grow + 0.1f * K * random.symmetric();
            }
            schedule.step = K;
            std::vector<u32>().swap(parents[l]);   // snapshots of level l use parents[0, l)
        }
        // Big levels are renumbered in Morton order of their start positions:
        // neighbours in the plane are then near in memory, for the edge pass
        // and the quadtree alike.
        std::vector<u32> order;
        if (size >= kRenumberThreshold) {
            order = mortonOrder(startX, startY);
            std::vector<float> px(size), py(size);
            for (u32 k = 0; k < size; ++k) {
                px[k] = startX[order[k]];
                py[k] = startY[order[k]];
            }
            startX.swap(px);
            startY.swap(py);
        }
        // The level as simulated (renumbered when `order` is not empty).
        Level own;
        if (l == 0) {
            if (!order.empty())
                own = permuted(graph, order);
        } else if (l == coarsest) {
            own = order.empty() ? std::move(current) : permuted(current, order);
            current = Level();
        } else {
            own = unpack(packed[l], order);
            packed[l] = PackedLevel();
        }
        const Level &simLevel = l == 0 && order.empty() ? graph : own;
        Simulation sim(simLevel, K, theta, pool);
        sim.setAttractionExponent(attractionExponent(settings));
        sim.setRepulsionExponent(repulsionExponent(settings));
        sim.x = std::move(startX);
        sim.y = std::move(startY);
        if (l == 0)
            sim.setCharges(degreeCharges(simLevel, settings));
        // When cancelled, the remaining levels are only prolonged, so that
        // every node still gets a position.
        const int budget = progress.isCancelled() ? 0 : iterationBudget(size, l == 0);
        int it = 0;
        for (; it < budget; ++it) {
            if (!sim.iterate(schedule, tol * K) || progress.isCancelled())
                break;
            if (snapshot && progress.wantsSnapshot())
                reportLevel(sizes, parents, l, simLevel, order, sim.x, sim.y, snapshot);
        }
        progress.setProgress(1.0 - double(l) / double(sizes.size()));
        if (order.empty()) {
            x = std::move(sim.x);
            y = std::move(sim.y);
        } else {
            x.resize(size);
            y.resize(size);
            for (u32 k = 0; k < size; ++k) {
                x[order[k]] = sim.x[k];
                y[order[k]] = sim.y[k];
            }
        }
    }
    outX = std::move(x);
    outY = std::move(y);
}


// The part of the input that is laid out: active nodes renumbered 0..n-1, as
// a simple graph (no self-loops; parallel edges merged into weights).
struct WorkGraph
{
    std::vector<u32> nodes;   // work index -> graph node
    std::vector<u32> index;   // graph node -> work index, kNone when inactive
    Level level;
};

WorkGraph makeWorkGraph(const LayoutInput &input)
{
    WorkGraph work;
    const RelationshipGraph &graph = input.graph;
    const u32 total = u32(graph.nodeCount());
    work.index.assign(total, kNone);
    for (u32 v = 0; v < total; ++v) {
        if (input.isActive(v)) {
            work.index[v] = u32(work.nodes.size());
            work.nodes.push_back(v);
        }
    }
    const u32 n = u32(work.nodes.size());
    const auto offsets = graph.adjacencyOffsets();
    const auto targets = graph.adjacencyTargets();
    Level &level = work.level;
    level.n = n;
    level.offsets.assign(n + 1, 0);
    level.adjacency.clear();
    level.weight.clear();
    level.adjacency.reserve(targets.size());
    std::vector<u32> row;
    for (u32 i = 0; i < n; ++i) {
        const u32 v = work.nodes[i];
        row.clear();
        for (u32 k = offsets[v]; k < offsets[v + 1]; ++k) {
            const u32 j = work.index[targets[k]];
            if (j != kNone && j != i)
                row.push_back(j);
        }
        std::sort(row.begin(), row.end());
        for (std::size_t k = 0; k < row.size(); ++k) {
            if (k > 0 && row[k] == row[k - 1]) {
                // The first parallel edge gives the level its weights.
                if (level.weight.empty()) {
                    level.weight.reserve(targets.size());
                    level.weight.assign(level.adjacency.size(), 1.0f);
                }
                level.weight.back() += 1.0f;
            } else {
                level.adjacency.push_back(row[k]);
                if (!level.weight.empty())
                    level.weight.push_back(1.0f);
            }
        }
        level.offsets[i + 1] = u32(level.adjacency.size());
    }
    level.mass.assign(n, 1.0f);
    return work;
}

// Connected components of a level: component number per node, numbered in
// order of their first node.
std::vector<u32> componentsOf(const Level &level, u32 &count)
{
    std::vector<u32> component(level.n, kNone);
    std::vector<u32> queue;
    count = 0;
    for (u32 s = 0; s < level.n; ++s) {
        if (component[s] != kNone)
            continue;
        component[s] = count;
        queue.assign(1, s);
        for (std::size_t q = 0; q < queue.size(); ++q) {
            const u32 u = queue[q];
            for (u32 k = level.offsets[u]; k < level.offsets[u + 1]; ++k) {
                const u32 v = level.adjacency[k];
                if (component[v] == kNone) {
                    component[v] = count;
                    queue.push_back(v);
                }
            }
        }
        ++count;
    }
    return component;
}

// The sub-level of the nodes in `members` (ascending work indices).
Level subLevel(const Level &level, const std::vector<u32> &members, std::vector<u32> &local)
{
    for (u32 i = 0; i < u32(members.size()); ++i)
        local[members[i]] = i;
    Level sub;
    sub.n = u32(members.size());
    sub.offsets.assign(sub.n + 1, 0);
    std::size_t entries = 0;
    for (u32 u : members)
        entries += level.offsets[u + 1] - level.offsets[u];
    sub.adjacency.reserve(entries);
    if (!level.weight.empty())
        sub.weight.reserve(entries);
    for (u32 i = 0; i < sub.n; ++i) {
        const u32 u = members[i];
        for (u32 k = level.offsets[u]; k < level.offsets[u + 1]; ++k) {
            sub.adjacency.push_back(local[level.adjacency[k]]);
            if (!level.weight.empty())
                sub.weight.push_back(level.weight[k]);
        }
        sub.offsets[i + 1] = u32(sub.adjacency.size());
    }
    sub.mass.assign(sub.n, 1.0f);
    return sub;
}

struct Box
{
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

Box boxOf(const std::vector<float> &x, const std::vector<float> &y,
          const std::vector<u32> *members = nullptr)
{
    Box box;
    const std::size_t count = members ? members->size() : x.size();
    for (std::size_t k = 0; k < count; ++k) {
        const u32 i = members ? (*members)[k] : u32(k);
        if (k == 0) {
            box = {x[i], y[i], x[i], y[i]};
        } else {
            box.x0 = std::min(box.x0, x[i]);
            box.x1 = std::max(box.x1, x[i]);
            box.y0 = std::min(box.y0, y[i]);
            box.y1 = std::max(box.y1, y[i]);
        }
    }
    return box;
}

// Shelf packing of components (largest first) into rows of about the width of
// a square holding them all. `gap` separates neighbours. Moves x, y in place;
// the result's top-left corner is at (left, top).
void packComponents(std::vector<float> &x, std::vector<float> &y,
                    const std::vector<std::vector<u32>> &components, float gap, float left,
                    float top)
{
    std::vector<u32> order(components.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](u32 a, u32 b) {
        return components[a].size() > components[b].size();
    });
    std::vector<Box> boxes(components.size());
    double area = 0;
    float widest = 0;
    for (u32 c = 0; c < components.size(); ++c) {
        boxes[c] = boxOf(x, y, &components[c]);
        const float w = boxes[c].x1 - boxes[c].x0 + gap, h = boxes[c].y1 - boxes[c].y0 + gap;
        area += double(w) * h;
        widest = std::max(widest, w);
    }
    const float rowWidth = std::max(widest, float(std::sqrt(area) * 1.2));
    float cx = left, cy = top, rowHeight = 0;
    for (u32 c : order) {
        const Box &b = boxes[c];
        const float w = b.x1 - b.x0, h = b.y1 - b.y0;
        if (cx > left && cx + w > left + rowWidth) {
            cx = left;
            cy += rowHeight + gap;
            rowHeight = 0;
        }
        const float dx = cx - b.x0, dy = cy - b.y0;
        for (u32 i : components[c]) {
            x[i] += dx;
            y[i] += dy;
        }
        cx += w + gap;
        rowHeight = std::max(rowHeight, h);
    }
}

float meanEdgeLength(const Level &level, const std::vector<float> &x, const std::vector<float> &y,
                     const std::vector<quint8> *known = nullptr)
{
    double sum = 0;
    std::size_t count = 0;
    for (u32 i = 0; i < level.n; ++i) {
        if (known && !(*known)[i])
            continue;
        for (u32 k = level.offsets[i]; k < level.offsets[i + 1]; ++k) {
            const u32 j = level.adjacency[k];
            if (known && !(*known)[j])
                continue;
            sum += std::hypot(double(x[i] - x[j]), double(y[i] - y[j]));
            ++count;
        }
    }
    return count ? float(sum / double(count)) : 0.0f;
}

quint64 mixSeed(quint64 seed, quint64 salt)
{
    Random r(seed ^ (salt * 0xD1B54A32D192ED03ull));
    return r.next();
}

// Lays out every component of `level` from scratch (K = 1 units) and packs
// them. Snapshots show the largest component as it is laid out: `snapshot`
// gets the members (indices into `level`) and their positions.
using ComponentSnapshot = std::function<void(const std::vector<u32> &members,
                                             const std::vector<float> &x,
                                             const std::vector<float> &y)>;

void layoutComponentsFromScratch(const Level &level, quint64 seed,
                                 const ForceLayoutSettings &settings, LayoutProgress &progress,
                                 std::vector<float> &x, std::vector<float> &y,
                                 const ComponentSnapshot &snapshot = {})
{
    x.assign(level.n, 0.0f);
    y.assign(level.n, 0.0f);
    u32 count = 0;
    const std::vector<u32> component = componentsOf(level, count);
    std::vector<std::vector<u32>> members(count);
    for (u32 i = 0; i < level.n; ++i)
        members[component[i]].push_back(i);
    u32 largest = 0;
    for (u32 c = 1; c < count; ++c) {
        if (members[c].size() > members[largest].size())
            largest = c;
    }
    auto snapshotOf = [&](u32 c) -> Snapshot {
        if (!snapshot || c != largest || members[c].size() < 3)
            return {};
        return [&, c](const std::vector<float> &sx, const std::vector<float> &sy) {
            snapshot(members[c], sx, sy);
        };
    };
    if (count == 1) {
        layoutFromScratch(level, seed, settings, progress, x, y, snapshotOf(0));
        return;
    }
    std::vector<u32> local(level.n, kNone);
    std::vector<float> cx, cy;
    for (u32 c = 0; c < count; ++c) {
        const Level sub = subLevel(level, members[c], local);
        layoutFromScratch(sub, mixSeed(seed, c), settings, progress, cx, cy, snapshotOf(c));
        for (u32 k = 0; k < sub.n; ++k) {
            x[members[c][k]] = cx[k];
            y[members[c][k]] = cy[k];
        }
    }
    packComponents(x, y, members, 1.0f, 0.0f, 0.0f);
}

// Refines positions on one level with the given schedule until converged, the
// iteration budget or the deadline. Returns true when converged.
bool refineLevel(const Level &level, std::vector<float> &x, std::vector<float> &y,
                 const std::vector<quint8> &fixed, float K, const ForceLayoutSettings &settings,
                 Simulation::Schedule &schedule, int maxIterations, qint64 maxMilliseconds,
                 const LayoutProgress *progress, int *iterationsDone,
                 const std::function<void(const std::vector<float> &, const std::vector<float> &)>
                     &snapshot)
{
    if (level.n == 0)
        return true;
    Pool pool(level.n >= kParallelThreshold ? threadCount(settings.threads) : 1);
    Simulation sim(level, K, float(settings.theta), pool);
    sim.setAttractionExponent(attractionExponent(settings));
    sim.setRepulsionExponent(repulsionExponent(settings));
    sim.x = std::move(x);
    sim.y = std::move(y);
    sim.fixed = fixed;
    sim.setCharges(degreeCharges(level, settings));
    QElapsedTimer clock;
    clock.start();
    bool converged = false;
    for (int it = 0; it < maxIterations; ++it) {
        if (progress && progress->isCancelled())
            break;
        if (iterationsDone)
            ++*iterationsDone;
        if (!sim.iterate(schedule, float(settings.tolerance) * K)) {
            converged = true;
            break;
        }
        if (snapshot && progress && progress->wantsSnapshot())
            snapshot(sim.x, sim.y);
        if (maxMilliseconds >= 0 && clock.elapsed() >= maxMilliseconds)
            break;
    }
    x = std::move(sim.x);
    y = std::move(sim.y);
    return converged;
}

} // namespace

ForceLayout::ForceLayout(const ForceLayoutSettings &settings) : m_settings(settings) {}

QString ForceLayout::name() const
{
    return u"force"_s;
}

namespace {

// Shared by run() and refine(): the work graph, its float positions, which of
// them are known and which are fixed.
struct Prepared
{
    WorkGraph work;
    std::vector<float> x, y;
    std::vector<quint8> known, fixed;
    u32 knownCount = 0;
};

Prepared prepare(const LayoutInput &input)
{
    Prepared p;
    p.work = makeWorkGraph(input);
    const u32 n = p.work.level.n;
    p.x.assign(n, 0.0f);
    p.y.assign(n, 0.0f);
    p.known.assign(n, 0);
    p.fixed.assign(n, 0);
    const NodePositions &start = input.start;
    const qsizetype given = start.size();
    for (u32 i = 0; i < n; ++i) {
        const u32 v = p.work.nodes[i];
        if (qsizetype(v) >= given)
            continue;
        const bool finite = std::isfinite(start.x[v]) && std::isfinite(start.y[v]);
        if (start.known[v] && finite) {
            p.x[i] = float(start.x[v]);
            p.y[i] = float(start.y[v]);
            p.known[i] = 1;
            ++p.knownCount;
            p.fixed[i] = start.pinned[v] ? 1 : 0;
        }
    }
    return p;
}

// Places the nodes without a position: next to their placed neighbours
// (breadth first from the known ones), components without any known node laid
// out from scratch and packed below the known ones. K in scene units.
void placeUnknown(Prepared &p, float K, quint64 seed, const ForceLayoutSettings &settings,
                  LayoutProgress &progress)
{
    const Level &level = p.work.level;
    const u32 n = level.n;
    if (p.knownCount == n)
        return;
    Random random(mixSeed(seed, 0x51ACE));
    std::vector<quint8> placed = p.known;
    std::vector<u32> queue;
    for (u32 i = 0; i < n; ++i) {
        if (placed[i])
            queue.push_back(i);
    }
    for (std::size_t q = 0; q < queue.size(); ++q) {
        const u32 u = queue[q];
        for (u32 k = level.offsets[u]; k < level.offsets[u + 1]; ++k) {
            const u32 v = level.adjacency[k];
            if (placed[v])
                continue;
            float sx = 0, sy = 0;
            u32 count = 0;
            for (u32 kk = level.offsets[v]; kk < level.offsets[v + 1]; ++kk) {
                const u32 w = level.adjacency[kk];
                if (placed[w]) {
                    sx += p.x[w];
                    sy += p.y[w];
                    ++count;
                }
            }
            const float angle = float(random.uniform() * 2.0 * M_PI);
            const float radius = count == 1 ? K : 0.3f * K;
            p.x[v] = sx / float(count) + radius * std::cos(angle);
            p.y[v] = sy / float(count) + radius * std::sin(angle);
            placed[v] = 1;
            queue.push_back(v);
        }
    }
    // What is left are components without any known node.
    std::vector<u32> rest;
    for (u32 i = 0; i < n; ++i) {
        if (!placed[i])
            rest.push_back(i);
    }
    if (rest.empty())
        return;
    std::vector<u32> local(n, kNone);
    const Level sub = subLevel(level, rest, local);
    std::vector<float> sx, sy;
    layoutComponentsFromScratch(sub, mixSeed(seed, 0xF00D), settings, progress, sx, sy);
    const Box known = p.knownCount ? boxOf(p.x, p.y, nullptr) : Box{};
    Box box{};
    bool first = true;
    for (u32 i = 0; i < n; ++i) {
        if (!placed[i])
            continue;
        if (first) {
            box = {p.x[i], p.y[i], p.x[i], p.y[i]};
            first = false;
        } else {
            box.x0 = std::min(box.x0, p.x[i]);
            box.x1 = std::max(box.x1, p.x[i]);
            box.y0 = std::min(box.y0, p.y[i]);
            box.y1 = std::max(box.y1, p.y[i]);
        }
    }
    Q_UNUSED(known);
    const Box subBox = boxOf(sx, sy);
    const float top = first ? 0.0f : box.y1 + 2.0f * K;
    const float left = first ? 0.0f : box.x0;
    for (u32 k = 0; k < sub.n; ++k) {
        p.x[rest[k]] = left + (sx[k] - subBox.x0) * K;
        p.y[rest[k]] = top + (sy[k] - subBox.y0) * K;
    }
}

NodePositions writeBack(const LayoutInput &input, const Prepared &p)
{
    NodePositions out = input.start;
    out.resize(input.graph.nodeCount());
    for (u32 i = 0; i < p.work.level.n; ++i) {
        const u32 v = p.work.nodes[i];
        if (p.fixed[i])
            continue;   // pinned: the user's position, untouched
        out.x[v] = double(p.x[i]);
        out.y[v] = double(p.y[i]);
        out.known[v] = 1;
    }
    return out;
}

// K for a warm start, so that the known positions are at equilibrium in scale:
// growing a layout by a factor changes the attraction's work,
// sum(w d^(a+1) / K^(a-1)), and the repulsion's, C K^(1+p) d^(1-p) per pair
// (weighted by the charges), so K^(a+p) = sum(w d^(a+1)) / (C sum d^(1-p)). Then
// a warm start neither inflates nor shrinks the picture. Without edges, K
// comes from the spread of the known positions, else the default scale.
float warmK(const Prepared &p, const ForceLayoutSettings &settings)
{
    const Level &level = p.work.level;
    const double a = attractionExponent(settings);
    double work = 0;
    for (u32 i = 0; i < level.n; ++i) {
        if (!p.known[i])
            continue;
        for (u32 k = level.offsets[i]; k < level.offsets[i + 1]; ++k) {
            const u32 j = level.adjacency[k];
            if (j < i || !p.known[j])
                continue;
            const double d = std::hypot(double(p.x[i] - p.x[j]), double(p.y[i] - p.y[j]));
            work += double(level.weightAt(k)) * std::pow(d, a + 1.0);
        }
    }
    // Repulsion's work, sum over pairs i<j of c_i c_j d_ij^(1-p): for p = 1
    // the charge-weighted pair count; for p = 2 the sum of c_i c_j / d_ij, exact
    // up to 3000 known nodes, else estimated from seeded random pairs.
    const std::vector<float> charges = degreeCharges(level, settings);
    const int rp = repulsionExponent(settings);
    std::vector<u32> knownNodes;
    knownNodes.reserve(p.knownCount);
    for (u32 i = 0; i < level.n; ++i) {
        if (p.known[i])
            knownNodes.push_back(i);
    }
    auto charge = [&](u32 i) { return charges.empty() ? 1.0 : double(charges[i]); };
    double pairs = 0;
    if (rp == 1) {
        double sum = 0, squares = 0;
        for (u32 i : knownNodes) {
            sum += charge(i);
            squares += charge(i) * charge(i);
        }
        pairs = 0.5 * (sum * sum - squares);
    } else {
        const std::size_t m = knownNodes.size();
        auto term = [&](u32 i, u32 j) {
            const double d = std::hypot(double(p.x[i] - p.x[j]), double(p.y[i] - p.y[j]));
            return d > 0.0 ? charge(i) * charge(j) / d : 0.0;
        };
        if (m <= 3000) {
            for (std::size_t a = 0; a < m; ++a) {
                for (std::size_t b = a + 1; b < m; ++b)
                    pairs += term(knownNodes[a], knownNodes[b]);
            }
        } else {
            Random random(0x5EED);
            constexpr int samples = 200000;
            double sampled = 0;
            for (int k = 0; k < samples; ++k) {
                const u32 i = knownNodes[random.next() % m], j = knownNodes[random.next() % m];
                if (i != j)
                    sampled += term(i, j);
            }
            pairs = sampled / samples * 0.5 * double(m) * double(m);
        }
    }
    if (work > 0.0 && pairs > 0.0) {
        const float K = float(std::pow(work / (double(kRepulsion) * pairs), 1.0 / (a + rp)));
        if (K > 0.0f && std::isfinite(K))
            return K;
    }
    if (p.knownCount >= 2) {
        std::vector<u32> members;
        for (u32 i = 0; i < level.n; ++i) {
            if (p.known[i])
                members.push_back(i);
        }
        const Box b = boxOf(p.x, p.y, &members);
        const float spread = std::sqrt((b.x1 - b.x0) * (b.y1 - b.y0) / float(p.knownCount));
        if (spread > 0.0f && std::isfinite(spread))
            return spread;
    }
    return float(settings.edgeLength / kEdgePerK);
}

// Fits the layout to the pinned nodes with a rotation and translation (2D
// Kabsch), so that the refinement afterwards moves the free nodes little.
void alignToPins(std::vector<float> &x, std::vector<float> &y, const std::vector<float> &px,
                 const std::vector<float> &py, const std::vector<quint8> &pinned)
{
    double ax = 0, ay = 0, bx = 0, by = 0;
    u32 count = 0;
    for (u32 i = 0; i < x.size(); ++i) {
        if (!pinned[i])
            continue;
        ax += x[i];
        ay += y[i];
        bx += px[i];
        by += py[i];
        ++count;
    }
    if (count == 0)
        return;
    ax /= count;
    ay /= count;
    bx /= count;
    by /= count;
    double sxx = 0, sxy = 0;
    for (u32 i = 0; i < x.size(); ++i) {
        if (!pinned[i])
            continue;
        const double ux = x[i] - ax, uy = y[i] - ay, vx = px[i] - bx, vy = py[i] - by;
        sxx += ux * vx + uy * vy;
        sxy += ux * vy - uy * vx;
    }
    const double angle = count >= 2 ? std::atan2(sxy, sxx) : 0.0;
    const double c = std::cos(angle), s = std::sin(angle);
    for (u32 i = 0; i < x.size(); ++i) {
        const double ux = x[i] - ax, uy = y[i] - ay;
        x[i] = float(bx + c * ux - s * uy);
        y[i] = float(by + s * ux + c * uy);
    }
}

} // namespace

NodePositions ForceLayout::run(const LayoutInput &input, LayoutProgress &progress)
{
    Prepared p = prepare(input);
    // Components and live slices use the exponent of the whole graph.
    const ForceLayoutSettings settings = resolvedSettings(p.work.level, m_settings);
    const Level &level = p.work.level;
    const u32 n = level.n;
    std::function<void(const std::vector<float> &, const std::vector<float> &)> snapshot =
        [&](const std::vector<float> &x, const std::vector<float> &y) {
            Prepared copy;
            copy.work.nodes = p.work.nodes;
            copy.work.level.n = n;
            copy.x = x;
            copy.y = y;
            copy.fixed = p.fixed;
            progress.reportSnapshot(writeBack(input, copy));
        };
    const bool warm = n > 0 && p.knownCount * 2 >= n;
    float K;
    Simulation::Schedule schedule;
    if (warm) {
        K = warmK(p, settings);
        placeUnknown(p, K, input.seed, settings, progress);
        // Everything known: a gentle refinement; otherwise room to settle the
        // newly placed nodes.
        schedule.step = (p.knownCount == n ? 0.1f : 0.5f) * K;
    } else {
        const std::vector<float> pinX = p.x, pinY = p.y;
        // Snapshots while the largest component is laid out: its nodes at
        // their current places (scaled to the final edge length, centred),
        // the others where they were (or without a position).
        ComponentSnapshot show;
        if (input.graph.nodeCount() > 0) {
            show = [&](const std::vector<u32> &members, const std::vector<float> &sx,
                       const std::vector<float> &sy) {
                NodePositions frame = input.start;
                frame.resize(input.graph.nodeCount());
                for (u32 i = 0; i < n; ++i) {
                    if (!p.fixed[i])
                        frame.known[p.work.nodes[i]] = 0;
                }
                double mx = 0, my = 0;
                for (std::size_t k = 0; k < members.size(); ++k) {
                    mx += sx[k];
                    my += sy[k];
                }
                mx /= double(members.size());
                my /= double(members.size());
                const double scale = settings.edgeLength;
                for (std::size_t k = 0; k < members.size(); ++k) {
                    const u32 i = members[k];
                    if (p.fixed[i])
                        continue;
                    frame.set(p.work.nodes[i], QPointF((sx[k] - mx) * scale, (sy[k] - my) * scale));
                }
                progress.reportSnapshot(frame);
            };
        }
        layoutComponentsFromScratch(level, input.seed, settings, progress, p.x, p.y, show);
        const float edge = meanEdgeLength(level, p.x, p.y);
        const float scale = float(settings.edgeLength) / (edge > 0.0f ? edge : 1.0f);
        const Box box = boxOf(p.x, p.y);
        const float mx = 0.5f * (box.x0 + box.x1), my = 0.5f * (box.y0 + box.y1);
        for (u32 i = 0; i < n; ++i) {
            p.x[i] = (p.x[i] - mx) * scale;
            p.y[i] = (p.y[i] - my) * scale;
        }
        K = scale;   // the layout was made with K = 1
        bool anyFixed = false;
        for (quint8 f : p.fixed)
            anyFixed = anyFixed || f;
        if (!anyFixed) {
            progress.setProgress(1.0);
            return writeBack(input, p);
        }
        alignToPins(p.x, p.y, pinX, pinY, p.fixed);
        for (u32 i = 0; i < n; ++i) {
            if (p.fixed[i]) {
                p.x[i] = pinX[i];
                p.y[i] = pinY[i];
            }
        }
        schedule.step = 0.5f * K;
    }
    refineLevel(level, p.x, p.y, p.fixed, K, settings, schedule, iterationBudget(n, true) * 2,
                -1, &progress, nullptr, snapshot);
    progress.setProgress(1.0);
    return writeBack(input, p);
}

NodePositions ForceLayout::refine(const LayoutInput &input, LiveState &state, int maxIterations,
                                  int maxMilliseconds) const
{
    Prepared p = prepare(input);
    const u32 n = p.work.level.n;
    const ForceLayoutSettings settings = resolvedSettings(p.work.level, m_settings);
    if (state.K <= 0.0)
        state.K = warmK(p, settings);
    const float K = float(state.K);
    LayoutProgress progress;
    placeUnknown(p, K, input.seed, settings, progress);
    Simulation::Schedule schedule;
    schedule.step = float((state.step > 0.0 ? state.step : 0.3) * K);
    schedule.improvements = state.improvements;
    schedule.energy = state.energy;
    int done = 0;
    const bool converged = n == 0
        || refineLevel(p.work.level, p.x, p.y, p.fixed, K, settings, schedule, maxIterations,
                       maxMilliseconds, nullptr, &done, {});
    state.step = schedule.step / K;
    state.improvements = schedule.improvements;
    state.energy = schedule.energy;
    state.converged = converged;
    state.iterations += done;
    return writeBack(input, p);
}

} // namespace entente
