// The data-export dispatch (exportGraphFile and the dialog's filters), and the
// writers of the JSON-like and tabular formats: Cytoscape JSON, CSV and the
// positions TSV. GraphML, GEXF and DOT have files of their own.

#include "io/dataexport.h"
#include "rowprogress_p.h"

#include "flatexport_p.h"
#include "jsonout_p.h"
#include "io/csvreader.h"
#include "io/graphio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QVariant>

#include <charconv>
#include <cmath>

namespace entente {

using namespace Qt::StringLiterals;

namespace {

struct FormatInfo
{
    DataFormat format;
    const char *name;          // for the dialog, translated in context "DataExport"
    QStringList extensions;    // lower case, with the dot; the first is the default
};

const QList<FormatInfo> &formats()
{
    static const QList<FormatInfo> list = {
        {DataFormat::NativeJson, QT_TRANSLATE_NOOP("DataExport", "Entente JSON"), {u".entente.json"_s, u".json"_s}},
        {DataFormat::CytoscapeJson, QT_TRANSLATE_NOOP("DataExport", "Cytoscape JSON"), {u".cyjs"_s}},
        {DataFormat::GraphMl, QT_TRANSLATE_NOOP("DataExport", "GraphML"), {u".graphml"_s}},
        {DataFormat::Gexf, QT_TRANSLATE_NOOP("DataExport", "GEXF"), {u".gexf"_s}},
        {DataFormat::Dot, QT_TRANSLATE_NOOP("DataExport", "Graphviz DOT"), {u".dot"_s, u".gv"_s}},
        {DataFormat::Csv, QT_TRANSLATE_NOOP("DataExport", "CSV, a nodes file and an edges file"), {u".csv"_s}},
        {DataFormat::PositionsTsv, QT_TRANSLATE_NOOP("DataExport", "Positions TSV"), {u".tsv"_s}},
    };
    return list;
}

QString filterOf(const FormatInfo &info)
{
    QStringList patterns;
    for (const QString &extension : info.extensions)
        patterns.append(u'*' + extension);
    return u"%1 (%2)"_s.arg(QCoreApplication::translate("DataExport", info.name), patterns.join(u' '));
}

// --- JSON text: the native writer's emitter (jsonout_p.h), keys in the order
// given, integers kept apart from doubles.

using jsonout::JsonOut;

// Members of one object, separated by commas; empty texts and lists left out.
class Members : public jsonout::ObjectLine
{
public:
    using ObjectLine::ObjectLine;
    void text(QStringView name, const QString &value)
    {
        if (!value.isEmpty())
            key(name).string(value);
    }
    void list(QStringView name, const QStringList &values)
    {
        if (!values.isEmpty())
            key(name).stringList(values);
    }
};

std::optional<Diagnostic> saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    auto failure = [&](const QString &reason) {
        return Diagnostic{Diagnostic::Severity::Error, path, 0, 0,
                          QCoreApplication::translate("DataExport", "cannot write the file: %1").arg(reason)};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    if (!file.commit())
        return failure(file.errorString());
    return std::nullopt;
}

// RFC 4180: a field holding the separator, a quote or a line break is quoted,
// with quotes doubled. A field with leading or trailing blanks is quoted too,
// so that readers that trim unquoted fields keep them.
void csvField(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool quote = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    quote = quote || (!utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' ' || utf8.front() == '#'));
    if (!quote) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void csvRecord(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out.append(',');
        csvField(out, fields[i]);
    }
    out.append("\r\n");
}

} // namespace

std::optional<DataFormat> dataFormatForPath(const QString &path)
{
    const QString lower = QFileInfo(path).fileName().toLower();
    for (const FormatInfo &info : formats()) {
        for (const QString &extension : info.extensions) {
            if (lower.endsWith(extension) && lower.size() > extension.size())
                return info.format;
        }
    }
    return std::nullopt;
}

QStringList saveFileFilters()
{
    QStringList filters;
    for (const FormatInfo &info : formats())
        filters.append(filterOf(info));
    return filters;
}

std::optional<DataFormat> dataFormatForFilter(const QString &filter)
{
    for (const FormatInfo &info : formats()) {
        if (filterOf(info) == filter)
            return info.format;
    }
    return std::nullopt;
}

QString dataFormatSuffix(DataFormat format)
{
    for (const FormatInfo &info : formats()) {
        if (info.format == format)
            return info.extensions.front();
    }
    return {};
}

std::pair<QString, QString> csvExportPaths(const QString &path)
{
    // A name that already says nodes or edges, as csvreader pairs them.
    const QString partner = csvPartnerPath(path);
    if (!partner.isEmpty()) {
        static const QRegularExpression edgesWord(u"(^|[._ \\[-])edges([\\]]?\\.[^.]+)$"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        const bool isEdges = edgesWord.match(QFileInfo(path).fileName()).hasMatch();
        return isEdges ? std::pair{partner, path} : std::pair{path, partner};
    }
    QString stem = path;
    if (stem.endsWith(u".csv"_s, Qt::CaseInsensitive))
        stem.chop(4);
    return {stem + u".nodes.csv"_s, stem + u".edges.csv"_s};
}

QStringList dataExportPaths(const QString &path)
{
    if (dataFormatForPath(path) == DataFormat::Csv) {
        const auto [nodes, edges] = csvExportPaths(path);
        return {nodes, edges};
    }
    return {path};
}

QString dataExportCancelledMessage()
{
    return QCoreApplication::translate("DataExport", "export cancelled");
}

std::optional<Diagnostic> exportGraphFile(const GraphDocument &document, const QString &path,
                                          const ExportProgress &progress)
{
    const auto format = dataFormatForPath(path);
    if (!format) {
        QStringList known;
        for (const FormatInfo &info : formats())
            known.append(info.extensions);
        return Diagnostic{Diagnostic::Severity::Error, path, 0, 0,
                          QCoreApplication::translate("DataExport", "unknown data format; known endings: %1")
                              .arg(known.join(u", "_s))};
    }
    // A writer that stops returns nothing; `cancelled` tells that from an
    // empty result, and nothing is saved after it.
    bool cancelled = false;
    const ExportProgress watch = [&](double fraction) {
        cancelled = cancelled || (progress && !progress(fraction));
        return !cancelled;
    };
    const Diagnostic stopped{Diagnostic::Severity::Error, path, 0, 0, dataExportCancelledMessage()};
    auto save = [&](const QString &file, const QByteArray &bytes) -> std::optional<Diagnostic> {
        if (cancelled || !watch(1.0))
            return stopped;
        return saveBytes(file, bytes);
    };
    switch (*format) {
    case DataFormat::NativeJson:
        return save(path, writeGraphJson(document, watch));
    case DataFormat::CytoscapeJson:
        return save(path, writeCytoscapeJson(document, watch));
    case DataFormat::GraphMl:
        return save(path, writeGraphMl(document, watch));
    case DataFormat::Gexf:
        return save(path, writeGexf(document, watch));
    case DataFormat::Dot: {
        QString error;
        const QByteArray dot = writeDot(document, &error, watch);
        if (cancelled)
            return stopped;
        if (dot.isEmpty())
            return Diagnostic{Diagnostic::Severity::Error, path, 0, 0,
                              QCoreApplication::translate("DataExport", "Graphviz could not write the graph: %1")
                                  .arg(error)};
        return save(path, dot);
    }
    case DataFormat::Csv: {
        // Two files, each atomic; the nodes file first, so that a failure
        // never leaves an edges file naming nodes of another export. A cancel
        // is not heeded between the two: both or neither.
        const CsvFiles files = writeCsv(document, watch);
        const auto [nodesPath, edgesPath] = csvExportPaths(path);
        if (auto error = save(nodesPath, files.nodes))
            return error;
        return saveBytes(edgesPath, files.edges);
    }
    case DataFormat::PositionsTsv:
        return save(path, writePositionsTsv(document, watch));
    }
    return std::nullopt;
}

// Cytoscape.js JSON ("cyjs", as Cytoscape Desktop exports it): the graph's data
// (name = title, directed, sources, attributes), then elements.nodes and
// elements.edges, each {"data": {...}, "position": {"x", "y"}}. `data` holds
// the native field names and every attribute with its JSON type, so our JSON
// reader reads it back field for field. A pinned node has "pinned": true in
// its data. Nodes without a position have no "position".
QByteArray writeCytoscapeJson(const GraphDocument &document, const ExportProgress &progress)
{
    const RelationshipGraph &g = document.graph;
    const NodePositions &p = document.positions;
    RowProgress rows(progress, g.nodeCount() + g.edgeCount());
    JsonOut out;
    out.bytes.reserve(qsizetype(256 + g.nodeCount() * 160 + g.edgeCount() * 120));
    out.raw("{\n  \"format_version\": \"1.0\",\n  \"generated_by\": ");
    out.string(u"Entente " ENTENTE_VERSION ""_s);
    out.raw(",\n  \"target_cytoscapejs_version\": \"~2.1\",\n  \"data\": ");
    {
        Members data(out);
        data.text(u"name", g.title());
        data.key(u"directed").raw(g.isDirected() ? "true" : "false");
        if (!g.sources().isEmpty())
            data.key(u"sources").value(g.sources());
        for (const Attribute &attribute : g.attributes())
            data.key(attribute.first).value(attribute.second);
    }
    out.raw(",\n  \"elements\": {\n    \"nodes\": [");
    for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n) {
        if (!rows(n))
            return {};
        out.raw(n ? ",\n      " : "\n      ");
        Members element(out);
        {
            Members data(element.key(u"data"));
            data.key(u"id").string(g.nodeId(n));
            data.text(u"label", g.nodeLabel(n));
            data.text(u"kind", g.nodeKind(n));
            // Several countries or sectors as a list; one as a string, as in
            // the native format.
            const QStringList countries = g.nodeCountries(n);
            if (countries.size() == 1)
                data.key(u"country").string(countries.front());
            else
                data.list(u"country", countries);
            const QStringList sectors = g.nodeSectors(n);
            if (sectors.size() == 1)
                data.key(u"sector").string(sectors.front());
            else
                data.list(u"sector", sectors);
            data.text(u"date", g.nodeDate(n));
            data.text(u"end_date", g.nodeEndDate(n));
            if (!std::isnan(g.nodeVolume(n)))
                data.key(u"volume_eur").number(g.nodeVolume(n), false);
            data.list(u"sources", g.nodeSources(n));
            for (const Attribute &attribute : g.nodeAttributes(n))
                data.key(attribute.first).value(attribute.second);
            if (n < p.size() && p.pinned[n])
                data.key(u"pinned").raw("true");
        }
        if (n < p.size() && p.known[n]) {
            Members position(element.key(u"position"));
            position.key(u"x").number(p.x[n], false);
            position.key(u"y").number(p.y[n], false);
        }
    }
    out.raw(g.nodeCount() ? "\n    ],\n    \"edges\": [" : "],\n    \"edges\": [");
    for (EdgeIndex e = 0; e < EdgeIndex(g.edgeCount()); ++e) {
        if (!rows(g.nodeCount() + e))
            return {};
        out.raw(e ? ",\n      " : "\n      ");
        Members element(out);
        Members data(element.key(u"data"));
        data.text(u"id", g.edgeId(e));
        data.key(u"source").string(g.nodeId(g.edgeSource(e)));
        data.key(u"target").string(g.nodeId(g.edgeTarget(e)));
        data.text(u"label", g.edgeLabel(e));
        data.text(u"relation", g.edgeRelation(e));
        data.text(u"date", g.edgeDate(e));
        data.text(u"end_date", g.edgeEndDate(e));
        if (!std::isnan(g.edgeVolume(e)))
            data.key(u"volume_eur").number(g.edgeVolume(e), false);
        data.list(u"sources", g.edgeSources(e));
        for (const Attribute &attribute : g.edgeAttributes(e))
            data.key(attribute.first).value(attribute.second);
    }
    out.raw(g.edgeCount() ? "\n    ]\n  }\n}\n" : "]\n  }\n}\n");
    return std::move(out.bytes);
}

// CSV (RFC 4180: comma, CRLF, quotes doubled) in two files. Nodes: id, the
// model's fields, x and y, then one column per attribute. Edges: id, source,
// target, the model's fields, then one column per attribute, and Gephi's
// "type" column (Directed or Undirected), which csvreader reads as the
// graph's direction. Lists and JSON values as in flatexport_p.h. The
// graph's title and sources have no place in CSV and are not written.
CsvFiles writeCsv(const GraphDocument &document, const ExportProgress &progress)
{
    using namespace flatexport;
    const RelationshipGraph &g = document.graph;
    const NodePositions &p = document.positions;
    RowProgress rows(progress, g.nodeCount() + g.edgeCount());
    CsvFiles files;

    // A nodes file must not name a source or target column: csvreader would
    // take it for an edges file.
    const Table nodes(g, Table::Domain::Nodes, {u"source"_s, u"target"_s, u"from"_s, u"to"_s});
    QStringList header{u"id"_s};
    for (const Column &column : nodes.columns())
        header.append(column.name);
    header.append({u"x"_s, u"y"_s});
    csvRecord(files.nodes, header);
    QStringList fields;
    for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n) {
        if (!rows(n))
            return {};
        fields.fill(QString(), header.size());
        fields[0] = g.nodeId(n);
        for (const Cell &cell : nodes.row(n))
            fields[cell.column + 1] = cell.text;
        if (n < p.size() && p.known[n]) {
            fields[header.size() - 2] = numberText(p.x[n]);
            fields[header.size() - 1] = numberText(p.y[n]);
        }
        csvRecord(files.nodes, fields);
    }

    const Table edges(g, Table::Domain::Edges, {u"type"_s});
    header = {u"id"_s, u"source"_s, u"target"_s};
    for (const Column &column : edges.columns())
        header.append(column.name);
    header.append(u"type"_s);
    csvRecord(files.edges, header);
    const QString direction = g.isDirected() ? u"Directed"_s : u"Undirected"_s;
    for (EdgeIndex e = 0; e < EdgeIndex(g.edgeCount()); ++e) {
        if (!rows(g.nodeCount() + e))
            return {};
        fields.fill(QString(), header.size());
        fields[0] = g.edgeId(e);
        fields[1] = g.nodeId(g.edgeSource(e));
        fields[2] = g.nodeId(g.edgeTarget(e));
        for (const Cell &cell : edges.row(e))
            fields[cell.column + 3] = cell.text;
        fields.back() = direction;
        csvRecord(files.edges, fields);
    }
    return files;
}

// id<TAB>x<TAB>y per node in node order (the bench's quality.py reads it);
// tabs and line breaks inside an id become spaces so that every line has
// three fields; a node without a position gets 0 0.
QByteArray writePositionsTsv(const GraphDocument &document, const ExportProgress &progress)
{
    const RelationshipGraph &graph = document.graph;
    const NodePositions &positions = document.positions;
    QByteArray out;
    out.reserve(graph.nodeCount() * 32);
    RowProgress rows(progress, graph.nodeCount());
    for (NodeIndex n = 0; n < NodeIndex(graph.nodeCount()); ++n) {
        if (!rows(n))
            return {};
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

} // namespace entente
