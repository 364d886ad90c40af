// Loads a graph file the way `entente FILE --info` does and prints the load
// time and the peak memory of the whole process, beside what Python's
// json.load (and, with --qjson, QJsonDocument) needs for the same file, all in
// one run on the same machine.
//
//   bench_load [FILE] [--runs N] [--qjson] [--no-python]
//   (FILE defaults to /work/benchrun/graphs/g1m.json)

#include "io/graphio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>
#include <ctime>

using namespace entente;

namespace {

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;   // ru_maxrss is in KiB on Linux
}

// CPU seconds of this process (user + system): on a machine shared with other
// jobs, wall time says more about the neighbours than about the loader.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// CPU seconds of the calling thread: the load runs its parser here and adds
// edges on a second thread, so on an idle machine the wall time is about
// this thread's share; on a busy one this says what the wall time cannot.
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Runs in a child process so that its memory does not inflate ours.
int qjsonOnly(const QString &path)
{
    QElapsedTimer timer;
    const double cpu0 = cpuSeconds();
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = file.readAll();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%.3f %.0f %.3f\n", seconds, peakRssMiB(), cpuSeconds() - cpu0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path = QStringLiteral("/work/benchrun/graphs/g1m.json");
    int runs = 1;
    bool qjson = false;
    bool python = true;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--qjson-only") && i + 1 < args.size())
            return qjsonOnly(args[i + 1]);
        if (a == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--qjson"))
            qjson = true;
        else if (a == QLatin1String("--no-python"))
            python = false;
        else
            path = a;
    }

    QTextStream out(stdout);
    out << "file: " << path << " (" << QString::number(double(QFile(path).size()) / 1e6, 'f', 1)
        << " MB)\n";

    double best = 1e9;
    double bestCpu = 1e9;
    double bestThreadCpu = 1e9;
    qsizetype nodes = 0, edges = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const double cpu0 = cpuSeconds();
        const double thread0 = threadCpuSeconds();
        timer.start();
        const LoadResult result = loadGraphFile(path);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        const double threadCpu = threadCpuSeconds() - thread0;
        if (!result.ok()) {
            out << "load failed:\n" << formatDiagnostics(result.diagnostics) << "\n";
            return 1;
        }
        nodes = result.document->graph.nodeCount();
        edges = result.document->graph.edgeCount();
        best = std::min(best, seconds);
        bestCpu = std::min(bestCpu, cpu);
        bestThreadCpu = std::min(bestThreadCpu, threadCpu);
        out << "entente loadGraphFile: " << QString::number(seconds, 'f', 3) << " s wall, "
            << QString::number(cpu, 'f', 3) << " s CPU (" << QString::number(threadCpu, 'f', 3)
            << " s on the calling thread)  (run " << run + 1 << ")\n";
        out.flush();
    }
    out << "entente: " << nodes << " nodes, " << edges << " edges, best "
        << QString::number(best, 'f', 3) << " s wall, " << QString::number(bestCpu, 'f', 3)
        << " s CPU (" << QString::number(bestThreadCpu, 'f', 3) << " s on the calling thread), peak RSS of the whole process "
        << QString::number(peakRssMiB(), 'f', 0) << " MiB\n";
    out.flush();

    if (python) {
        QProcess process;
        const QString script = QStringLiteral(
            "import json,resource,sys,time\n"
            "t=time.perf_counter()\n"
            "c=time.process_time()\n"
            "d=json.load(open(sys.argv[1],encoding='utf-8'))\n"
            "s=time.perf_counter()-t\n"
            "c=time.process_time()-c\n"
            "e=d.get('edges',d.get('links',[]))\n"
            "print('%.3f %d %d %.0f %.3f'%(s,len(d.get('nodes',[])),len(e),"
            "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024,c))\n");
        process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
        if (process.waitForFinished(-1) && process.exitCode() == 0) {
            const QStringList f = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char(' '));
            out << "python3 json.load: " << f.value(0) << " s wall, " << f.value(4).trimmed()
                << " s CPU (" << f.value(1) << " nodes, " << f.value(2) << " edges; peak RSS "
                << f.value(3) << " MiB)\n";
        } else {
            out << "python3 json.load: failed: " << process.readAllStandardError() << "\n";
        }
    }
    if (qjson) {
        QProcess process;
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--qjson-only"), path});
        if (process.waitForFinished(-1) && process.exitCode() == 0) {
            const QStringList f = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char(' '));
            out << "QJsonDocument::fromJson (parse only, no model): " << f.value(0)
                << " s wall, " << f.value(2).trimmed() << " s CPU, peak RSS " << f.value(1) << " MiB\n";
        }
    }
    return 0;
}
