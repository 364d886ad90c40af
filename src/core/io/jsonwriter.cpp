// Writes the native format (see the "The native JSON format"): every
// field of the model, every attribute in its order, every known position.
// Numbers use the shortest text that reads back to the same double, so
// load -> save -> load gives the same model.

#include "io/graphio.h"
#include "rowprogress_p.h"
#include "jsonout_p.h"
#include "model/relationshipgraph.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QVariant>

#include <charconv>
#include <cmath>

namespace entente {

namespace {

using jsonout::JsonOut;
using jsonout::ObjectLine;

// Messages are translated in the context "entente::JsonWriter" (lupdate reads the
// Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::JsonWriter)
};

// A string or, with several values, a list of strings; nothing when empty.
void writeCategories(ObjectLine &line, const char *name, const QStringList &values)
{
    if (values.isEmpty())
        return;
    JsonOut &out = line.key(name);
    if (values.size() == 1) {
        out.string(values.front());
        return;
    }
    out.raw("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out.raw(", ");
        out.string(values[i]);
    }
    out.raw("]");
}

void writeStringList(ObjectLine &line, const char *name, const QStringList &values)
{
    if (values.isEmpty())
        return;
    JsonOut &out = line.key(name);
    out.raw("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out.raw(", ");
        out.string(values[i]);
    }
    out.raw("]");
}

void writeText(ObjectLine &line, const char *name, const QString &value)
{
    if (!value.isEmpty())
        line.key(name).string(value);
}

void writeAttributes(ObjectLine &line, const Attributes &attributes)
{
    for (const Attribute &attribute : attributes)
        line.key(attribute.first).value(attribute.second);
}

} // namespace

QByteArray writeGraphJson(const GraphDocument &document, const ExportProgress &progress)
{
    const RelationshipGraph &g = document.graph;
    RowProgress rows(progress, g.nodeCount() + g.edgeCount());
    const NodePositions &p = document.positions;
    JsonOut out;
    out.bytes.reserve(qsizetype(256 + g.nodeCount() * 120 + g.edgeCount() * 100));

    out.raw("{\n  \"format\": \"entente\",\n  \"version\": 1");
    if (!g.title().isEmpty()) {
        out.raw(",\n  \"title\": ");
        out.string(g.title());
    }
    if (g.isDirected())
        out.raw(",\n  \"directed\": true");
    if (!g.sources().isEmpty()) {
        out.raw(",\n  \"sources\": [");
        const QJsonArray sources = g.sources();
        for (qsizetype i = 0; i < sources.size(); ++i) {
            out.raw(i ? ",\n    " : "\n    ");
            out.value(sources[i]);
        }
        out.raw("\n  ]");
    }
    for (const Attribute &attribute : g.attributes()) {
        out.raw(",\n  ");
        out.string(attribute.first);
        out.raw(": ");
        out.value(attribute.second);
    }

    out.raw(",\n  \"nodes\": [");
    for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n) {
        if (!rows(n))
            return {};
        out.raw(n ? ",\n    " : "\n    ");
        ObjectLine line(out);
        line.key("id").string(g.nodeId(n));
        writeText(line, "label", g.nodeLabel(n));
        writeText(line, "kind", g.nodeKind(n));
        writeCategories(line, "country", g.nodeCountries(n));
        writeCategories(line, "sector", g.nodeSectors(n));
        writeText(line, "date", g.nodeDate(n));
        writeText(line, "end_date", g.nodeEndDate(n));
        if (!std::isnan(g.nodeVolume(n)))
            line.key("volume_eur").number(g.nodeVolume(n));
        writeStringList(line, "sources", g.nodeSources(n));
        writeAttributes(line, g.nodeAttributes(n));
        const bool known = n < p.size() && p.known[n];
        if (known) {
            line.key("x").number(p.x[n]);
            line.key("y").number(p.y[n]);
        }
        if (n < p.size() && (known || p.pinned[n]))
            line.key("pinned").raw(p.pinned[n] ? "true" : "false");
    }
    out.raw(g.nodeCount() ? "\n  ]" : "]");

    out.raw(",\n  \"edges\": [");
    for (EdgeIndex e = 0; e < EdgeIndex(g.edgeCount()); ++e) {
        if (!rows(g.nodeCount() + e))
            return {};
        out.raw(e ? ",\n    " : "\n    ");
        ObjectLine line(out);
        writeText(line, "id", g.edgeId(e));
        line.key("source").string(g.nodeId(g.edgeSource(e)));
        line.key("target").string(g.nodeId(g.edgeTarget(e)));
        writeText(line, "label", g.edgeLabel(e));
        writeText(line, "relation", g.edgeRelation(e));
        writeText(line, "date", g.edgeDate(e));
        writeText(line, "end_date", g.edgeEndDate(e));
        if (!std::isnan(g.edgeVolume(e)))
            line.key("volume_eur").number(g.edgeVolume(e));
        writeStringList(line, "sources", g.edgeSources(e));
        writeAttributes(line, g.edgeAttributes(e));
    }
    out.raw(g.edgeCount() ? "\n  ]\n}\n" : "]\n}\n");
    return std::move(out.bytes);
}

std::optional<Diagnostic> saveGraphFile(const GraphDocument &document, const QString &path)
{
    auto failure = [&](const QString &message) {
        return Diagnostic{Diagnostic::Severity::Error, path, 0, 0, message};
    };
    const QByteArray bytes = writeGraphJson(document);

    // QSaveFile writes a temporary file beside the target and renames it over
    // the target only when everything was written: a failure at any step
    // leaves the old file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(Tr::tr("cannot write the file: %1").arg(file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(Tr::tr("cannot write the file: %1").arg(reason));
    }
    // The previous version is kept as FILE~ (a copy, so that the target never
    // goes missing, even for a moment).
    const QFileInfo info(path);
    if (info.exists() && info.isFile()) {
        const QString backup = path + QLatin1Char('~');
        QFile::remove(backup);
        if (!QFile::copy(path, backup)) {
            file.cancelWriting();
            return failure(Tr::tr("cannot keep the previous version as %1; nothing was written")
                               .arg(QFileInfo(backup).fileName()));
        }
    }
    if (!file.commit())
        return failure(Tr::tr("cannot write the file: %1").arg(file.errorString()));
    return std::nullopt;
}

} // namespace entente
