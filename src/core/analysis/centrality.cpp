#include "analysis/centrality.h"

#include "analysis/simplegraph_p.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>

namespace entente {

using detail::SimpleGraph;

DegreeCounts degreeCounts(const RelationshipGraph &graph)
{
    const auto n = size_t(graph.nodeCount());
    DegreeCounts counts;
    counts.in.assign(n, 0);
    counts.out.assign(n, 0);
    counts.total.assign(n, 0);
    for (NodeIndex s : graph.edgeSources())
        ++counts.out[s];
    for (NodeIndex t : graph.edgeTargets())
        ++counts.in[t];
    for (size_t v = 0; v < n; ++v)
        counts.total[v] = counts.in[v] + counts.out[v];
    return counts;
}

double betweennessErrorBound(qsizetype nodeCount, qsizetype samples, double failureProbability)
{
    if (samples <= 0 || samples >= nodeCount || nodeCount < 3)
        return 0.0;
    const double n = double(nodeCount);
    const double range = n / (n - 1);
    return range * std::sqrt(std::log(2 * n / failureProbability) / (2.0 * double(samples)));
}

namespace {

// Wasserman–Faust closeness of a node that reaches `reached` others at
// `totalDistance` hops in all, in a graph of n nodes.
double closenessValue(size_t reached, quint64 totalDistance, quint32 n)
{
    if (totalDistance == 0 || n <= 1)
        return 0.0;
    const double r = double(reached);
    return r / double(totalDistance) * (r / double(n - 1));
}

// Brandes' accumulation from one source on the simple graph: adds
// delta_s(v) to sum[v] for every v != s. The buffers are the caller's, to
// avoid allocating per source.
struct BrandesWorker
{
    const SimpleGraph &g;
    std::vector<double> sum;
    std::vector<double> closeness;   // filled per source, for exact runs
    std::vector<qint32> dist;
    std::vector<double> sigma;
    std::vector<double> delta;
    std::vector<quint32> order;

    explicit BrandesWorker(const SimpleGraph &graph)
        : g(graph), sum(graph.n, 0.0), closeness(graph.n, 0.0), dist(graph.n, -1), sigma(graph.n, 0.0),
          delta(graph.n, 0.0)
    {
        order.reserve(graph.n);
    }

    void run(quint32 s)
    {
        order.clear();
        dist[s] = 0;
        sigma[s] = 1.0;
        order.push_back(s);
        quint64 totalDistance = 0;
        for (size_t head = 0; head < order.size(); ++head) {
            const quint32 v = order[head];
            const qint32 next = dist[v] + 1;
            for (const quint32 *w = g.begin(v); w != g.end(v); ++w) {
                if (dist[*w] < 0) {
                    dist[*w] = next;
                    totalDistance += quint64(next);
                    order.push_back(*w);
                }
                if (dist[*w] == next)
                    sigma[*w] += sigma[v];
            }
        }
        closeness[s] = closenessValue(order.size() - 1, totalDistance, g.n);
        // Predecessors are the neighbours one level closer: no lists needed.
        for (size_t i = order.size(); i-- > 0;) {
            const quint32 w = order[i];
            const double coefficient = (1.0 + delta[w]) / sigma[w];
            const qint32 previous = dist[w] - 1;
            for (const quint32 *v = g.begin(w); v != g.end(w); ++v)
                if (dist[*v] == previous)
                    delta[*v] += sigma[*v] * coefficient;
            if (w != s)
                sum[w] += delta[w];
        }
        for (quint32 v : order) {
            dist[v] = -1;
            sigma[v] = 0.0;
            delta[v] = 0.0;
        }
    }
};

int threadCount(int requested, size_t work)
{
    int threads = requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency()));
    return int(std::clamp<size_t>(size_t(threads), 1, std::max<size_t>(1, work)));
}

} // namespace

BetweennessResult betweenness(const RelationshipGraph &graph, const BetweennessOptions &options,
                              AnalysisProgress *progress)
{
    const SimpleGraph g(graph);
    const quint32 n = g.n;
    BetweennessResult result;

    std::vector<quint32> sources(n);
    std::iota(sources.begin(), sources.end(), 0u);
    result.exact = options.samples <= 0 || options.samples >= qsizetype(n);
    if (!result.exact) {
        // Partial Fisher–Yates with a fixed generator: the same seed picks the
        // same sources on every platform.
        std::mt19937_64 random(options.seed);
        const auto k = size_t(options.samples);
        for (size_t i = 0; i < k; ++i) {
            const size_t j = i + size_t(random() % (n - i));
            std::swap(sources[i], sources[j]);
        }
        sources.resize(k);
        result.errorBound = betweennessErrorBound(n, options.samples, options.failureProbability);
    }
    result.sources = qsizetype(sources.size());

    // Sources are split among threads in fixed interleaved slices, each with
    // its own sums, added in thread order: the result does not depend on
    // scheduling.
    const int threads = threadCount(options.threads, sources.size());
    std::vector<std::unique_ptr<BrandesWorker>> workers;
    workers.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t)
        workers.push_back(std::make_unique<BrandesWorker>(g));
    std::atomic<size_t> done{0};
    auto work = [&](int t) {
        BrandesWorker &worker = *workers[size_t(t)];
        for (size_t i = size_t(t); i < sources.size(); i += size_t(threads)) {
            if (isCancelled(progress))
                return;
            worker.run(sources[i]);
            const size_t finished = done.fetch_add(1, std::memory_order_relaxed) + 1;
            if (t == 0)
                reportProgress(progress, double(finished) / double(sources.size()));
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (auto &thread : pool)
        thread.join();
    if (isCancelled(progress))
        return {};

    result.values.assign(n, 0.0);
    for (const auto &worker : workers)
        for (quint32 v = 0; v < n; ++v)
            result.values[v] += worker->sum[v];
    if (result.exact) {
        // Each source's value was written by the one thread that ran it.
        result.closeness.assign(n, 0.0);
        for (const auto &worker : workers)
            for (quint32 v = 0; v < n; ++v)
                result.closeness[v] += worker->closeness[v];
    }
    // Each unordered pair was counted from both ends (exact) or is estimated
    // as such (sampled): see the convention in the header.
    if (n > 2) {
        double scale = 1.0 / (double(n - 1) * double(n - 2));
        if (!result.exact)
            scale *= double(n) / double(sources.size());
        for (double &value : result.values)
            value *= scale;
    }
    return result;
}

std::vector<double> closeness(const RelationshipGraph &graph, AnalysisProgress *progress)
{
    const SimpleGraph g(graph);
    const quint32 n = g.n;
    std::vector<double> values(n, 0.0);
    const int threads = threadCount(0, n);
    std::atomic<size_t> done{0};
    auto work = [&](int t) {
        std::vector<qint32> dist(n, -1);
        std::vector<quint32> order;
        order.reserve(n);
        for (quint32 s = quint32(t); s < n; s += quint32(threads)) {
            if (isCancelled(progress))
                return;
            order.assign(1, s);
            dist[s] = 0;
            quint64 total = 0;
            for (size_t head = 0; head < order.size(); ++head) {
                const quint32 v = order[head];
                for (const quint32 *w = g.begin(v); w != g.end(v); ++w) {
                    if (dist[*w] < 0) {
                        dist[*w] = dist[v] + 1;
                        total += quint64(dist[*w]);
                        order.push_back(*w);
                    }
                }
            }
            values[s] = closenessValue(order.size() - 1, total, n);
            for (quint32 v : order)
                dist[v] = -1;
            const size_t finished = done.fetch_add(1, std::memory_order_relaxed) + 1;
            if (t == 0)
                reportProgress(progress, double(finished) / n);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (auto &thread : pool)
        thread.join();
    if (isCancelled(progress))
        return {};
    return values;
}

std::vector<double> pageRank(const RelationshipGraph &graph, double damping, double tolerance,
                             int maxIterations, AnalysisProgress *progress)
{
    const SimpleGraph g(graph);
    const quint32 n = g.n;
    if (n == 0)
        return {};
    std::vector<double> x(n, 1.0 / n), last(n);
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        if (isCancelled(progress))
            return {};
        std::swap(x, last);
        double dangling = 0.0;
        for (quint32 v = 0; v < n; ++v)
            if (g.degree(v) == 0)
                dangling += last[v];
        const double base = (damping * dangling + (1.0 - damping)) / n;
        std::fill(x.begin(), x.end(), base);
        for (quint32 v = 0; v < n; ++v) {
            if (g.degree(v) == 0)
                continue;
            const double share = damping * last[v] / g.degree(v);
            for (const quint32 *w = g.begin(v); w != g.end(v); ++w)
                x[*w] += share;
        }
        double change = 0.0;
        for (quint32 v = 0; v < n; ++v)
            change += std::abs(x[v] - last[v]);
        if (change < n * tolerance)
            break;
    }
    return x;
}

std::vector<double> eigenvectorCentrality(const RelationshipGraph &graph, double tolerance,
                                          int maxIterations, AnalysisProgress *progress)
{
    const SimpleGraph g(graph);
    const quint32 n = g.n;
    if (n == 0)
        return {};
    // Iterating with A+I rather than A keeps the power method from
    // oscillating on bipartite graphs; the eigenvector is the same.
    std::vector<double> x(n, 1.0 / n), last(n);
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        if (isCancelled(progress))
            return {};
        std::swap(x, last);
        x = last;
        for (quint32 v = 0; v < n; ++v)
            for (const quint32 *w = g.begin(v); w != g.end(v); ++w)
                x[*w] += last[v];
        double norm = 0.0;
        for (double value : x)
            norm += value * value;
        norm = std::sqrt(norm);
        if (norm == 0.0)
            norm = 1.0;
        double change = 0.0;
        for (quint32 v = 0; v < n; ++v) {
            x[v] /= norm;
            change += std::abs(x[v] - last[v]);
        }
        if (change < n * tolerance)
            break;
    }
    return x;
}

} // namespace entente
