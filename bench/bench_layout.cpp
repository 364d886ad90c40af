// Layout benchmark: times ForceLayout on the bench graphs of ../shared/bench
// (TSV edge lists, so that it needs no reader) and prints the figures of
// issue 8 with the machine's core count. Optionally writes the positions as
// id<TAB>x<TAB>y for the bench's quality.py.
//
//   bench_layout [--graphs DIR] [--out DIR] [--seed N] [--threads N]
//                [--exponent A] [--charges W] [--repulsion P] [--theta T] [NAME ...]
//                (A, W, P, T: ForceLayoutSettings; default automatic)
// Prints per graph the layout's wall seconds and the CPU seconds of the
// process during it (all threads), and the load average before it: on a shared
// machine CPU seconds are the steadier figure. Also the resident set before
// the layout (the graph loaded, freed heap returned with malloc_trim) and its
// peak during the layout (VmHWM, reset through /proc/self/clear_refs): their
// difference is the layout's own memory.
//   NAME: g1k g10k g100k g1m gmesh10k gmesh100k (default: g10k g100k g1m gmesh10k gmesh100k)

#include "layout/forcelayout.h"
#include "model/graphbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <malloc.h>
#include <thread>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

std::optional<RelationshipGraph> loadEdgeList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    GraphBuilder builder;
    QHash<QByteArray, NodeIndex> index;
    auto node = [&](const QByteArray &id) {
        auto it = index.constFind(id);
        if (it != index.constEnd())
            return *it;
        const NodeIndex n = *builder.addNode({.id = QString::fromLatin1(id)});
        index.insert(id, n);
        return n;
    };
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0)
            continue;
        const NodeIndex a = node(line.left(tab));
        const NodeIndex b = node(line.mid(tab + 1));
        builder.addEdge(a, b, {});
    }
    return builder.build();
}

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

// A field of /proc/self/status in MiB, or -1 when unavailable.
long statusMiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').front().toLong() / 1024;
    }
    return -1;
}

// Resets VmHWM to the current resident set (Linux 4.0+); false when refused.
bool resetPeakRss()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString graphs = u"/work/benchrun/graphs"_s;
    QString out;
    quint64 seed = 42;
    int threads = 0;
    double exponent = 0.0, charges = -1.0, theta = 0.0;
    int repulsion = 0;
    QStringList names;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--graphs"_s && i + 1 < args.size())
            graphs = args[++i];
        else if (args[i] == u"--out"_s && i + 1 < args.size())
            out = args[++i];
        else if (args[i] == u"--seed"_s && i + 1 < args.size())
            seed = args[++i].toULongLong();
        else if (args[i] == u"--threads"_s && i + 1 < args.size())
            threads = args[++i].toInt();
        else if (args[i] == u"--exponent"_s && i + 1 < args.size())
            exponent = args[++i].toDouble();
        else if (args[i] == u"--charges"_s && i + 1 < args.size())
            charges = args[++i].toDouble();
        else if (args[i] == u"--repulsion"_s && i + 1 < args.size())
            repulsion = args[++i].toInt();
        else if (args[i] == u"--theta"_s && i + 1 < args.size())
            theta = args[++i].toDouble();
        else
            names.append(args[i]);
    }
    if (names.isEmpty())
        names = {u"g10k"_s, u"g100k"_s, u"g1m"_s, u"gmesh10k"_s, u"gmesh100k"_s};
    std::printf("cores %u, threads %d (0 = all)\n", std::thread::hardware_concurrency(), threads);
    std::printf("%-10s %8s %9s %9s %9s %7s %8s %8s\n", "graph", "nodes", "edges", "layout s",
                "CPU s", "load1", "RSS MiB", "peak MiB");
    for (const QString &name : names) {
        const auto graph = loadEdgeList(graphs + u'/' + name + u".tsv"_s);
        if (!graph) {
            std::printf("%-10s cannot read %s\n", qPrintable(name),
                        qPrintable(graphs + u'/' + name + u".tsv"_s));
            continue;
        }
        LayoutInput input{*graph, NodePositions(graph->nodeCount()), seed, {}};
        LayoutProgress progress;
        ForceLayoutSettings settings;
        settings.threads = threads;
        settings.attractionExponent = exponent;
        settings.degreeRepulsion = charges;
        settings.repulsionExponent = repulsion;
        if (theta > 0.0)
            settings.theta = theta;
        double load[1] = {0.0};
        getloadavg(load, 1);
        malloc_trim(0);
        const bool peakReset = resetPeakRss();
        const long rssBefore = statusMiB("VmRSS");
        QElapsedTimer clock;
        const double cpu0 = processCpuSeconds();
        clock.start();
        const NodePositions positions = ForceLayout(settings).run(input, progress);
        const double seconds = double(clock.nsecsElapsed()) * 1e-9;
        const double cpu = processCpuSeconds() - cpu0;
        const long peak = peakReset ? statusMiB("VmHWM") : -1;
        std::printf("%-10s %8lld %9lld %9.3f %9.3f %7.2f %8ld %8ld\n", qPrintable(name),
                    qlonglong(graph->nodeCount()), qlonglong(graph->edgeCount()), seconds, cpu,
                    load[0], rssBefore, peak);
        std::fflush(stdout);
        if (!out.isEmpty()) {
            QFile file(out + u'/' + name + u".tsv"_s);
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                QTextStream stream(&file);
                for (qsizetype i = 0; i < positions.size(); ++i)
                    stream << graph->nodeId(NodeIndex(i)) << '\t' << positions.x[i] << '\t'
                           << positions.y[i] << '\n';
            }
        }
    }
    return 0;
}
