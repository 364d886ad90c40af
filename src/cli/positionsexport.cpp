#include "positionsexport.h"

#include "commandline.h"
#include "layout/layoutengine.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

namespace entente {

using namespace Qt::StringLiterals;

namespace {

// `entente FILE --export positions.tsv [--seed N] [--layout ENGINE]`: lays the
// graph out to convergence and writes id<TAB>x<TAB>y per node. Prints
// LAYOUT_SECONDS=<s> (the layout alone, without reading and writing), which
// the bench's run_peers.sh reads. Positions from the file are kept when they
// are complete (positionsAreComplete) and no --layout is given; the laid-out
// positions then serve the steps that follow (image export draws them).
class PositionsExportStep final : public CliStep
{
public:
    void addOptions(QCommandLineParser &parser) override
    {
        // --export is shared with the image and graph exports: whoever comes
        // first adds it (a second addOption of the same name is refused).
        parser.addOption(m_export);
        parser.addOption(m_seed);
        parser.addOption(m_layout);
    }

    bool isRequested(const QCommandLineParser &parser) const override
    {
        return !targets(parser).isEmpty();
    }

    QString checkUsage(const QCommandLineParser &parser) const override
    {
        if (parser.isSet(m_seed)) {
            bool ok = false;
            parser.value(m_seed).toULongLong(&ok);
            if (!ok)
                return u"--seed: expected a non-negative integer, got \"%1\""_s.arg(parser.value(m_seed));
        }
        if (parser.isSet(m_layout) && !layoutEngineNames().contains(parser.value(m_layout))) {
            return u"--layout: unknown engine \"%1\" (known: %2)"_s.arg(
                parser.value(m_layout), layoutEngineNames().join(u", "_s));
        }
        return {};
    }

    int run(CliSession &session) override
    {
        const QCommandLineParser &parser = session.parser;
        GraphDocument &document = session.document;
        const bool explicitEngine = parser.isSet(m_layout);
        if (explicitEngine || !positionsAreComplete(document.positions)) {
            const QString name = explicitEngine ? parser.value(m_layout) : u"force"_s;
            auto engine = createLayoutEngine(name);
            if (!engine) {
                session.printError(u"--layout: unknown engine \"%1\""_s.arg(name));
                return ExitUsage;
            }
            LayoutInput input{document.graph, document.positions,
                              parser.isSet(m_seed) ? parser.value(m_seed).toULongLong() : 1, {}};
            if (explicitEngine) {
                // A layout from scratch: only the pins of the file are kept.
                for (qsizetype i = 0; i < input.start.size(); ++i) {
                    if (!input.start.pinned[i])
                        input.start.known[i] = 0;
                }
            }
            LayoutProgress progress;
            QElapsedTimer clock;
            clock.start();
            NodePositions result = engine->run(input, progress);
            const double seconds = double(clock.nsecsElapsed()) * 1e-9;
            session.print("LAYOUT_SECONDS=" + QByteArray::number(seconds, 'f', 3) + '\n');
            document.positions = std::move(result);
        } else {
            session.print("LAYOUT_SECONDS=0\n");
        }
        const QByteArray tsv = positionsTsv(document.graph, document.positions);
        for (const QString &path : targets(parser)) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(tsv) != tsv.size() || !file.commit()) {
                session.printError(u"%1: cannot write: %2"_s.arg(path, file.errorString()));
                return ExitFailure;
            }
        }
        return ExitOk;
    }

private:
    QStringList targets(const QCommandLineParser &parser) const
    {
        QStringList paths;
        for (const QString &path : parser.values(m_export)) {
            if (QFileInfo(path).suffix().compare(u"tsv"_s, Qt::CaseInsensitive) == 0)
                paths.append(path);
        }
        return paths;
    }

    const QCommandLineOption m_export{
        u"export"_s, u"Write the graph to OUT; the format follows the extension (repeatable)."_s,
        u"OUT"_s};
    const QCommandLineOption m_seed{
        u"seed"_s, u"Seed of the layout (default 1): the same seed gives the same positions."_s,
        u"N"_s};
    const QCommandLineOption m_layout{
        u"layout"_s, u"Layout engine for the export: force (default), or a Graphviz engine."_s,
        u"ENGINE"_s};
};

} // namespace

QByteArray positionsTsv(const RelationshipGraph &graph, const NodePositions &positions)
{
    QByteArray out;
    out.reserve(graph.nodeCount() * 32);
    for (NodeIndex n = 0; n < NodeIndex(graph.nodeCount()); ++n) {
        QByteArray id = graph.nodeId(n).toUtf8();
        id.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        const bool known = n < positions.size() && positions.known[n];
        out += id;
        out += '\t';
        out += QByteArray::number(known ? positions.x[n] : 0.0, 'g', 9);
        out += '\t';
        out += QByteArray::number(known ? positions.y[n] : 0.0, 'g', 9);
        out += '\n';
    }
    return out;
}

std::unique_ptr<CliStep> makePositionsExportStep()
{
    return std::make_unique<PositionsExportStep>();
}

} // namespace entente
