// Betweenness on a benchmark graph: exact Brandes on one and on two threads,
// then the sampled approximation with k pivots, its measured error against the
// exact values and its stated (Hoeffding) bound; plus the other metrics.
//
//   bench_analysis [--sampled-only] [GRAPH.json] [k...]
//                 default /work/benchrun/graphs/g10k.json, k = 100 500
//

#include "analysis/centrality.h"
#include "analysis/communities.h"
#include "analysis/structure.h"
#include "io/graphio.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

using namespace entente;

namespace {

RelationshipGraph load(const QString &path)
{
    const LoadResult loaded = loadGraphFile(path);
    for (const Diagnostic &diagnostic : loaded.diagnostics)
        std::fprintf(stderr, "%s\n", qPrintable(diagnostic.toString()));
    return loaded.ok() ? loaded.document->graph : RelationshipGraph();
}

double processCpuSeconds()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}

// The machine is shared: CPU time (all threads) is printed beside wall time,
// so that a loaded run still tells the work done.
double lastCpu = 0;

template<typename F>
double seconds(F &&f)
{
    QElapsedTimer timer;
    const double cpu = processCpuSeconds();
    timer.start();
    f();
    lastCpu = processCpuSeconds() - cpu;
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    // --sampled-only: skip the exact runs (and the error figures), for
    // timing the per-source cost quickly.
    const bool sampledOnly = args.removeAll(QStringLiteral("--sampled-only")) > 0;
    const QString path = args.isEmpty() ? QStringLiteral("/work/benchrun/graphs/g10k.json")
                                        : args.takeFirst();
    QList<qsizetype> ks;
    for (const QString &arg : args)
        ks.append(arg.toLongLong());
    if (ks.isEmpty())
        ks = {100, 500};

    const RelationshipGraph graph = load(path);
    if (graph.isEmpty())
        return 1;
    std::printf("graph %s: %lld nodes, %lld edges\n", qPrintable(path),
                qlonglong(graph.nodeCount()), qlonglong(graph.edgeCount()));

    if (sampledOnly) {
        for (qsizetype k : ks) {
            const double t = seconds([&] { betweenness(graph, {.samples = k, .threads = 1}); });
            std::printf("betweenness sampled k=%lld, 1 thread: %.3f s wall, %.3f s CPU\n",
                        qlonglong(k), t, lastCpu);
        }
        return 0;
    }
    BetweennessResult exact1, exact2;
    const double t1 = seconds([&] { exact1 = betweenness(graph, {.threads = 1}); });
    const double cpu1 = lastCpu;
    const double t2 = seconds([&] { exact2 = betweenness(graph, {.threads = 2}); });
    const double cpu2 = lastCpu;
    double agree = 0;
    for (size_t v = 0; v < exact1.values.size(); ++v)
        agree = std::max(agree, std::abs(exact1.values[v] - exact2.values[v]));
    std::printf("betweenness exact, 1 thread : %8.3f s wall, %8.3f s CPU\n", t1, cpu1);
    std::printf("betweenness exact, 2 threads: %8.3f s wall, %8.3f s CPU (max difference to 1 "
                "thread %.1e)\n",
                t2, cpu2, agree);

    double maxExact = 0;
    for (double value : exact1.values)
        maxExact = std::max(maxExact, value);
    for (qsizetype k : ks) {
        BetweennessResult sampled;
        const double t = seconds([&] {
            sampled = betweenness(graph, {.samples = k, .seed = 1, .threads = 2});
        });
        double maxError = 0, sumError = 0;
        for (size_t v = 0; v < sampled.values.size(); ++v) {
            const double error = std::abs(sampled.values[v] - exact1.values[v]);
            maxError = std::max(maxError, error);
            sumError += error;
        }
        std::printf("betweenness sampled k=%-5lld %8.3f s wall, %6.3f s CPU; max error %.2e, mean error %.2e, "
                    "bound %.3f (p=0.9); largest exact value %.3e\n",
                    qlonglong(k), t, lastCpu, maxError, sumError / double(sampled.values.size()),
                    sampled.errorBound, maxExact);
    }

    std::printf("closeness (2 threads)       %8.3f s\n", seconds([&] { closeness(graph); }));
    std::printf("pagerank                    %8.3f s\n", seconds([&] { pageRank(graph); }));
    std::printf("eigenvector                 %8.3f s\n",
                seconds([&] { eigenvectorCentrality(graph); }));
    Communities groups;
    const double louvainTime = seconds([&] { groups = louvainCommunities(graph); });
    std::printf("louvain                     %8.3f s  (%lld communities, modularity %.4f)\n",
                louvainTime, qlonglong(groups.count), groups.modularity);
    std::printf("core numbers                %8.3f s\n", seconds([&] { coreNumbers(graph); }));
    std::printf("bridges + articulation      %8.3f s\n", seconds([&] {
                    bridges(graph);
                    articulationPoints(graph);
                }));
    return 0;
}
