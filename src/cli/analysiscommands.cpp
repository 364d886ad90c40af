#include "analysiscommands.h"

#include "analysis/paths.h"
#include "commandline.h"

#include <QCoreApplication>

#include <QSaveFile>

#include <algorithm>

namespace entente {

using namespace Qt::StringLiterals;

namespace {

// Exact Brandes costs one breadth-first search per node: past this size the
// command samples pivots unless told otherwise, and says so.
constexpr qsizetype exactBetweennessLimit = 20'000;
constexpr qsizetype defaultSamples = 1'000;
constexpr qsizetype pathLimit = 100;

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded() ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

class MetricsStep final : public CliStep
{
public:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(m_metrics);
        parser.addOption(m_samples);
    }
    bool isRequested(const QCommandLineParser &parser) const override
    {
        return parser.isSet(m_metrics);
    }
    QString checkUsage(const QCommandLineParser &parser) const override
    {
        if (parser.isSet(m_samples)) {
            if (!parser.isSet(m_metrics))
                return QCoreApplication::translate("CommandLine", "--betweenness-samples needs --metrics");
            bool ok = false;
            const qlonglong k = parser.value(m_samples).toLongLong(&ok);
            if (!ok || k < 0)
                return QCoreApplication::translate("CommandLine", "--betweenness-samples needs a number of nodes (0: exact), not \"%1\"")
                    .arg(parser.value(m_samples));
        }
        return {};
    }
    int run(CliSession &session) override
    {
        const RelationshipGraph &graph = session.document.graph;
        NodeMetricsOptions options;
        if (session.parser.isSet(m_samples))
            options.betweenness.samples = session.parser.value(m_samples).toLongLong();
        else if (graph.nodeCount() > exactBetweennessLimit)
            options.betweenness.samples = defaultSamples;
        const NodeMetrics metrics = computeNodeMetrics(graph, options);
        if (!metrics.betweennessExact) {
            session.printError(QCoreApplication::translate(
                                   "CommandLine",
                                   "entente: betweenness estimated from %1 of %2 nodes; error at most "
                                   "%3 for every node with probability 0.9 (--betweenness-samples 0 "
                                   "for the exact values)")
                                   .arg(options.betweenness.samples)
                                   .arg(graph.nodeCount())
                                   .arg(metrics.betweennessErrorBound, 0, 'g', 3));
        }
        const QByteArray csv = metricsCsv(graph, metrics);
        const QString out = session.parser.value(m_metrics);
        if (out == u"-") {
            session.print(csv);
            return ExitOk;
        }
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            session.printError(QCoreApplication::translate("CommandLine", "%1: cannot write: %2").arg(out, file.errorString()));
            return ExitFailure;
        }
        return ExitOk;
    }

private:
    const QCommandLineOption m_metrics{
        u"metrics"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Write one CSV row per node (id, label, degree, betweenness, closeness, pagerank, "
            "eigenvector, component, community, core) to OUT.csv (\"-\": standard output). "
            "With --filter, on the nodes the filter shows."),
        u"OUT.csv"_s};
    const QCommandLineOption m_samples{
        u"betweenness-samples"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Estimate betweenness from K source nodes (0: exact). Default: exact up to 20000 "
            "nodes, else 1000."),
        u"K"_s};
};

class PathStep final : public CliStep
{
public:
    void addOptions(QCommandLineParser &parser) override { parser.addOption(m_path); }
    bool isRequested(const QCommandLineParser &parser) const override
    {
        return parser.isSet(m_path);
    }
    void preprocessArguments(QStringList &arguments) const override
    {
        // "--path FROM TO": QCommandLineParser knows one value per option, so
        // the word after FROM becomes a second --path.
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString &word = arguments.at(i);
            qsizetype toAt = -1;
            if (word == u"--path" || word == u"-path")
                toAt = i + 2;
            else if (word.startsWith(u"--path="))
                toAt = i + 1;
            if (word == u"--")
                return;
            if (toAt > 0 && toAt < arguments.size() && !arguments.at(toAt).startsWith(u'-')) {
                arguments.insert(toAt, u"--path"_s);
                i = toAt + 1;
            }
        }
    }
    QString checkUsage(const QCommandLineParser &parser) const override
    {
        if (parser.isSet(m_path) && parser.values(m_path).size() != 2)
            return QCoreApplication::translate("CommandLine", "--path needs two node ids: --path FROM TO");
        return {};
    }
    int run(CliSession &session) override
    {
        const RelationshipGraph &graph = session.document.graph;
        const QStringList ends = session.parser.values(m_path);
        std::optional<NodeIndex> nodes[2];
        for (int i = 0; i < 2; ++i) {
            nodes[i] = resolveNode(graph, ends[i]);
            if (!nodes[i]) {
                QString message = QCoreApplication::translate("CommandLine", "%1: no node \"%2\"").arg(session.file, ends[i]);
                const QStringList similar = similarNodeIds(graph, ends[i]);
                if (!similar.isEmpty())
                    message += QCoreApplication::translate("CommandLine", "; did you mean \"%1\"?").arg(similar.join(u"\", \""_s));
                session.printError(message);
                return ExitFailure;
            }
        }
        const auto paths = allShortestPaths(graph, *nodes[0], *nodes[1], pathLimit + 1);
        if (paths.empty()) {
            session.printError(QCoreApplication::translate("CommandLine", "%1: no path between \"%2\" and \"%3\"").arg(
                session.file, graph.nodeId(*nodes[0]), graph.nodeId(*nodes[1])));
            return ExitFailure;
        }
        QByteArray text;
        for (size_t p = 0; p < paths.size() && p < size_t(pathLimit); ++p) {
            if (p > 0)
                text += '\n';
            for (NodeIndex v : paths[p])
                text += graph.nodeId(v).toUtf8() + '\n';
        }
        session.print(text);
        if (paths.size() > size_t(pathLimit))
            session.printError(QCoreApplication::translate("CommandLine", "entente: more than %1 shortest paths; the first %1 are shown")
                                   .arg(pathLimit));
        return ExitOk;
    }

private:
    const QCommandLineOption m_path{
        u"path"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Print the shortest path(s) from node FROM to node TO, one id per line, paths "
            "separated by a blank line (direction ignored). Exit 1 when there is none."),
        u"FROM TO"_s};
};

} // namespace

QByteArray metricsCsv(const RelationshipGraph &graph, const NodeMetrics &metrics)
{
    QByteArray csv = "id,label," + NodeMetrics::metricNames().join(u',').toUtf8() + '\n';
    for (NodeIndex v = 0; v < NodeIndex(metrics.nodeCount()); ++v) {
        csv += csvField(graph.nodeId(v)) + ',' + csvField(graph.nodeLabel(v)) + ','
            + QByteArray::number(metrics.degree[v]) + ',' + number(metrics.betweenness[v]) + ','
            + number(metrics.closeness[v]) + ',' + number(metrics.pagerank[v]) + ','
            + number(metrics.eigenvector[v]) + ',' + QByteArray::number(metrics.component[v])
            + ',' + QByteArray::number(metrics.community[v]) + ','
            + QByteArray::number(metrics.core[v]) + '\n';
    }
    return csv;
}

std::optional<NodeIndex> resolveNode(const RelationshipGraph &graph, const QString &text)
{
    if (const auto exact = graph.findNode(text))
        return exact;
    std::optional<NodeIndex> found;
    for (NodeIndex v = 0; v < NodeIndex(graph.nodeCount()); ++v) {
        if (graph.nodeId(v).compare(text, Qt::CaseInsensitive) == 0
            || graph.nodeLabel(v).compare(text, Qt::CaseInsensitive) == 0) {
            if (found)
                return std::nullopt;   // ambiguous
            found = v;
        }
    }
    return found;
}

QStringList similarNodeIds(const RelationshipGraph &graph, const QString &text, int count)
{
    if (text.isEmpty())
        return {};
    // Score: edit distance to the id or the label, whichever is smaller;
    // containing the text counts as close. Only plausible ones are kept.
    std::vector<std::pair<int, NodeIndex>> scored;
    const int limit = std::max<int>(2, int(text.size() / 3));
    for (NodeIndex v = 0; v < NodeIndex(graph.nodeCount()); ++v) {
        const QString &id = graph.nodeId(v);
        const QString &label = graph.nodeLabel(v);
        int score = editDistance(text, id);
        if (!label.isEmpty())
            score = std::min(score, editDistance(text, label));
        if (id.contains(text, Qt::CaseInsensitive) || label.contains(text, Qt::CaseInsensitive))
            score = std::min(score, 1);
        if (score <= limit)
            scored.emplace_back(score, v);
    }
    std::sort(scored.begin(), scored.end());
    QStringList ids;
    for (size_t i = 0; i < scored.size() && ids.size() < count; ++i)
        ids.append(graph.nodeId(scored[i].second));
    return ids;
}

std::unique_ptr<CliStep> makeMetricsStep()
{
    return std::make_unique<MetricsStep>();
}

std::unique_ptr<CliStep> makePathStep()
{
    return std::make_unique<PathStep>();
}

} // namespace entente
