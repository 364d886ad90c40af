#include "infocommand.h"

#include "commandline.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <vector>

namespace entente {

using namespace Qt::StringLiterals;

namespace {

// Counts rows per value by the column's pool index, then names the values:
// one pass over plain arrays, fast enough for a million edges.
QJsonObject countValues(const CategoryColumn &column)
{
    std::vector<qint64> counts(column.pool().size(), 0);
    for (qsizetype row = 0; row < column.rowCount(); ++row) {
        for (const quint32 value : column.values(row))
            ++counts[value];
    }
    QJsonObject result;
    for (quint32 value = 1; value < counts.size(); ++value) {
        if (counts[value] > 0)
            result.insert(column.pool().at(value), counts[value]);
    }
    // Index 0 is "no value": an explicit empty string in the file lands there too.
    return result;
}

class InfoStep final : public CliStep
{
public:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(m_info);
    }
    bool isRequested(const QCommandLineParser &parser) const override
    {
        return parser.isSet(m_info);
    }
    int run(CliSession &session) override
    {
        QJsonObject info = graphInfo(session.document);
        info.insert(u"file"_s, session.file);
        session.print(QJsonDocument(info).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

private:
    const QCommandLineOption m_info{
        u"info"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Print a JSON summary of the graph (nodes, edges, components, dialect, counts per "
            "kind, country, sector and relation) and exit.")};
};

} // namespace

QJsonObject graphInfo(const GraphDocument &document)
{
    const RelationshipGraph &graph = document.graph;
    QJsonObject info;
    info.insert(u"title"_s, graph.title());
    info.insert(u"dialect"_s, document.dialect);
    info.insert(u"directed"_s, graph.isDirected());
    info.insert(u"nodes"_s, qint64(graph.nodeCount()));
    info.insert(u"edges"_s, qint64(graph.edgeCount()));
    info.insert(u"components"_s, qint64(graph.componentCount()));
    info.insert(u"kind"_s, countValues(graph.nodeColumn(NodeColumn::Kind)));
    info.insert(u"country"_s, countValues(graph.nodeColumn(NodeColumn::Country)));
    info.insert(u"sector"_s, countValues(graph.nodeColumn(NodeColumn::Sector)));
    info.insert(u"relation"_s, countValues(graph.edgeColumn(EdgeColumn::Relation)));
    return info;
}

std::unique_ptr<CliStep> makeInfoStep()
{
    return std::make_unique<InfoStep>();
}

} // namespace entente
