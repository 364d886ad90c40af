// Time per filter change, counts included, as the Filters dock does it: one
// FilterEvaluator kept across changes. Usage:
//   bench_filter [GRAPH.json ...]     (default: the bench's g100k and g1m)
// Prints, per graph, the index build time and the median, 90th percentile and
// maximum time of a change over a scripted session of facet toggles, text
// typing, date ranges, degree ranges and options; also the same changes each
// on a fresh evaluator (nothing cached), and through FilterPanel (the dock's
// widgets updated too, offscreen): typed expressions, the date slider and
// degree boxes, and a computed community facet. Wall and thread CPU time are both shown:
// on a shared machine the CPU time is the figure to compare.

#include "analysis/communities.h"
#include "filter/filterevaluator.h"
#include "filter/filterexpression.h"
#include "filter/filterindex.h"
#include "io/graphio.h"

#include "filterpanel.h"
#include "rangeslider.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSpinBox>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

std::optional<RelationshipGraph> loadGraph(const QString &path)
{
    LoadResult loaded = loadGraphFile(path);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(formatDiagnostics(loaded.diagnostics)));
        return std::nullopt;
    }
    return std::move(loaded.document->graph);
}

// A user's session: each entry is the whole filter after one change.
QStringList session(const FilterIndex &index)
{
    const auto values = [&](const QString &facet) {
        const Facet &f = index.facets()[index.facetIndex(facet)];
        QStringList byCount = f.values;
        std::sort(byCount.begin(), byCount.end(), [&](const QString &a, const QString &b) {
            return f.totals[index.valueIndex(index.facetIndex(facet), a)]
                   > f.totals[index.valueIndex(index.facetIndex(facet), b)];
        });
        return byCount;
    };
    const auto quote = [](const QString &v) { return u'"' + v + u'"'; };
    const QStringList countries = values(u"country"_s);
    const QStringList sectors = values(u"sector"_s);
    const QStringList relations = values(u"relation"_s);
    QStringList steps;
    // Tick countries one by one, then untick them.
    QStringList picked;
    for (qsizetype i = 0; i < std::min<qsizetype>(8, countries.size()); ++i) {
        picked.append(quote(countries[i]));
        steps.append(u"country:"_s + picked.join(u','));
    }
    while (picked.size() > 1) {
        picked.removeLast();
        steps.append(u"country:"_s + picked.join(u','));
    }
    const QString country = u"country:"_s + picked.join(u',');
    // Add sectors on top, one at a time.
    QStringList pickedSectors;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, sectors.size()); ++i) {
        pickedSectors.append(quote(sectors[i]));
        steps.append(country + u" sector:"_s + pickedSectors.join(u','));
    }
    const QString base = country + u" sector:"_s + pickedSectors.join(u',');
    // Relations, negated.
    for (const QString &relation : relations)
        steps.append(base + u" -relation:"_s + quote(relation));
    // Date ranges, as when dragging a slider handle year by year.
    if (index.firstDate().isValid()) {
        for (int year = index.firstDate().year(); year <= index.lastDate().year(); ++year)
            steps.append(base + u" since:"_s + QString::number(year));
        for (int year = index.lastDate().year(); year >= index.firstDate().year(); year -= 2)
            steps.append(u"until:"_s + QString::number(year));
    }
    // Typing a name into the text box, letter by letter.
    const QString name = index.graph().nodeLabel(0).left(10).replace(u' ', u'x');
    for (qsizetype i = 1; i <= name.size(); ++i)
        steps.append(base + u' ' + quote(name.left(i)));
    for (qsizetype i = name.size(); i >= 1; --i)
        steps.append(quote(name.left(i)));
    // Degree ranges and the options.
    for (int low : {1, 2, 4, 8, 16, 32, 64})
        steps.append(base + u" degree:"_s + QString::number(low) + u".."_s);
    steps.append(base + u" show:neighbours"_s);
    steps.append(base + u" show:neighbours hide:isolated"_s);
    steps.append(u"-kind:company hide:isolated"_s);
    steps.append(QString());
    return steps;
}

// CPU time of this thread: the machine the bench runs on may be shared, and
// wall time then measures the neighbours as much as the filter.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Timing
{
    double median = 0, p90 = 0, max = 0;
};

Timing summarize(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return {};
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 9 / 10)], ms.back()};
}

int benchGraph(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const auto graph = loadGraph(path);
    if (!graph) {
        std::fprintf(stderr, "%s: cannot load\n", qPrintable(path));
        return 1;
    }
    const double loadMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const FilterIndex index(*graph);
    const double indexMs = timer.nsecsElapsed() / 1e6;

    QList<Filter> filters;
    for (const QString &expression : session(index)) {
        const FilterParseResult parsed = parseFilterExpression(expression, &index);
        if (!parsed.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(parsed.diagnostic(expression).toString()));
            return 1;
        }
        filters.append(*parsed.filter);
    }

    // Three rounds of the session on one evaluator (the dock's case); the
    // first filter of each round differs from the last of the one before.
    FilterEvaluator evaluator(index);
    std::vector<double> warm, warmCpu, cold, coldCpu, noCounts, noCountsCpu;
    qsizetype checksum = 0;
    for (int round = 0; round < 3; ++round) {
        for (const Filter &filter : std::as_const(filters)) {
            double cpu = threadCpuMs();
            timer.restart();
            const FilterResult result = evaluator.evaluate(filter, true);
            warm.push_back(timer.nsecsElapsed() / 1e6);
            warmCpu.push_back(threadCpuMs() - cpu);
            checksum += result.shownNodes + result.shownEdges;
        }
    }
    for (const Filter &filter : std::as_const(filters)) {
        FilterEvaluator fresh(index);
        double cpu = threadCpuMs();
        timer.restart();
        const FilterResult result = fresh.evaluate(filter, true);
        cold.push_back(timer.nsecsElapsed() / 1e6);
        coldCpu.push_back(threadCpuMs() - cpu);
        checksum += result.shownNodes;
        cpu = threadCpuMs();
        timer.restart();
        const FilterResult plain = fresh.evaluate(filter, false);
        noCounts.push_back(timer.nsecsElapsed() / 1e6);
        noCountsCpu.push_back(threadCpuMs() - cpu);
        checksum += plain.shownNodes;
    }
    // The dock: evaluation plus updating its checks, counts and summary.
    FilterPanel panel;
    timer.restart();
    panel.setGraph(*graph);
    const double panelSetGraphMs = timer.nsecsElapsed() / 1e6;
    std::vector<double> dock, dockCpu;
    for (const QString &expression : session(index)) {
        const double cpu = threadCpuMs();
        timer.restart();
        panel.setExpression(expression);
        dock.push_back(timer.nsecsElapsed() / 1e6);
        dockCpu.push_back(threadCpuMs() - cpu);
        checksum += qsizetype(panel.nodeStates().size());
    }

    // The dock's range controls, widgets included: the date slider's handles
    // moved step by step (as dragging or the arrow keys do) and the degree
    // boxes.
    panel.clear();
    std::vector<double> controls, controlsCpu;
    const auto timed = [&](const auto &change) {
        const double cpu = threadCpuMs();
        timer.restart();
        change();
        controls.push_back(timer.nsecsElapsed() / 1e6);
        controlsCpu.push_back(threadCpuMs() - cpu);
        checksum += panel.result().shownNodes;
    };
    if (auto *slider = panel.findChild<RangeSlider *>(u"dateRange"_s); slider && slider->maximum() > 0) {
        const int top = slider->maximum();
        for (int i = 1; i <= 30; ++i)
            timed([&] { slider->moveHandle(RangeSlider::Lower, i * top / 80); });
        for (int i = 1; i <= 30; ++i)
            timed([&] { slider->moveHandle(RangeSlider::Upper, top - i * top / 80); });
    }
    if (auto *degreeMin = panel.findChild<QSpinBox *>(u"degreeMin"_s)) {
        for (int low : {1, 2, 3, 4, 6, 8, 12, 16, 32, 2, 1, 0})
            timed([&] { degreeMin->setValue(low); });
    }

    // Communities as a facet: Louvain once, the facet added to the dock, then
    // a session that ticks communities.
    double cpu0 = threadCpuMs();
    const Communities communities = louvainCommunities(*graph);
    const double louvainCpu = threadCpuMs() - cpu0;
    panel.clear();
    cpu0 = threadCpuMs();
    timer.restart();
    panel.setComputedFacet(u"community"_s, communities.membership);
    const double addFacetMs = timer.nsecsElapsed() / 1e6;
    const double addFacetCpu = threadCpuMs() - cpu0;
    std::vector<double> community, communityCpu;
    QStringList ticked;
    for (qsizetype c = 0; c < std::min<qsizetype>(10, communities.count); ++c) {
        ticked.append(QString::number(c));
        for (const QString &expression : {u"community:"_s + ticked.join(u','),
                                          u"community:"_s + ticked.join(u',') + u" since:"_s
                                              + QString::number(index.lastDate().year())}) {
            const double cpu = threadCpuMs();
            timer.restart();
            panel.setExpression(expression);
            community.push_back(timer.nsecsElapsed() / 1e6);
            communityCpu.push_back(threadCpuMs() - cpu);
            checksum += panel.result().shownNodes;
        }
    }

    std::printf("%s: %lld nodes, %lld edges, %lld facets; load %.0f ms, "
                "index %.1f ms\n",
                qPrintable(path), qlonglong(graph->nodeCount()), qlonglong(graph->edgeCount()),
                qlonglong(index.facets().size()), loadMs, indexMs);
    std::printf("  %-46s %6s | %-23s | %-23s\n", "per filter change, ms", "n", "wall: median  p90   max",
                "cpu: median  p90   max");
    const auto row = [](const char *what, const std::vector<double> &wall,
                        const std::vector<double> &cpu) {
        const Timing w = summarize(wall);
        const Timing c = summarize(cpu);
        std::printf("  %-46s %6zu | %11.2f %5.2f %5.2f | %11.2f %5.2f %5.2f\n", what, wall.size(),
                    w.median, w.p90, w.max, c.median, c.p90, c.max);
    };
    row("with counts, evaluator kept (the dock)", warm, warmCpu);
    row("with counts, fresh evaluator (nothing cached)", cold, coldCpu);
    row("without counts, masks cached", noCounts, noCountsCpu);
    row("FilterPanel::setExpression (widgets included)", dock, dockCpu);
    row("date slider and degree boxes (widgets included)", controls, controlsCpu);
    row(qPrintable(u"community facet ticked (%1 communities)"_s.arg(communities.count)), community,
        communityCpu);
    std::printf("  FilterPanel::setGraph %.1f ms\n", panelSetGraphMs);
    std::printf("  Louvain %.0f ms cpu; FilterPanel::setComputedFacet %.1f ms wall, %.1f ms cpu\n",
                louvainCpu, addFacetMs, addFacetCpu);
    std::printf("  (checksum %lld)\n", qlonglong(checksum));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The dock's row needs widgets; no display is needed.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList paths = app.arguments().mid(1);
    if (paths.isEmpty()) {
        const QString dir = qEnvironmentVariable("ENTENTE_BENCH_GRAPHS", u"/work/benchrun/graphs"_s);
        paths = {dir + u"/g100k.json"_s, dir + u"/g1m.json"_s};
    }
    int status = 0;
    for (const QString &path : std::as_const(paths))
        status |= benchGraph(path);
    return status;
}
