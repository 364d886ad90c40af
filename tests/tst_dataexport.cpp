// The data writers (io/dataexport.h): the summit graph exported to every
// format, read back by our own readers and by an independent one for each
// (QXmlStreamReader for GraphML and GEXF, cgraph for DOT), compared field by
// field, attribute by attribute, position by position.

#include "filter/filterexpression.h"
#include "filter/filterindex.h"
#include "filter/subgraph.h"
#include "io/dataexport.h"
#include "io/graphio.h"
#include "layout/graphviz_p.h"
#include "model/graphbuilder.h"
#include "render/graphstyle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

QString summitPath()
{
    return QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json");
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong;
}

// How a format keeps values: with their JSON type (cyjs), with a declared
// type (GraphML, GEXF), or as text (DOT, CSV, where a reader may guess).
enum class Typing { Json, Declared, Text };

struct FormatCase
{
    Typing typing;
    bool pinned;        // keeps the pinned flag
    bool graphTitle;    // keeps the title
    QStringList extraNodeAttributes;   // added by the format (GEXF's viz)
};

// The text a flat format writes for a value, as the README documents it.
QString flatText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

// Whether `read` is what `original` becomes after the trip.
bool sameValue(const QJsonValue &original, const QJsonValue &read, Typing typing)
{
    if (original.isArray() || original.isObject()) {
        if (typing == Typing::Json)
            return read == original;
        // Flat formats hold JSON text.
        if (!read.isString())
            return false;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(read.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return false;
        return original.isArray() ? QJsonValue(document.array()) == original
                                  : QJsonValue(document.object()) == original;
    }
    if (typing != Typing::Text) {
        if (original.type() != read.type())
            return false;
        if (original.isDouble())
            return isInteger(original) == isInteger(read) && original.toDouble() == read.toDouble();
        return original == read;
    }
    // Text: numbers compare as numbers, the rest as text.
    if (original.isDouble()) {
        bool ok = false;
        const double d = read.isDouble() ? read.toDouble() : read.toString().toDouble(&ok);
        return (read.isDouble() || ok) && d == original.toDouble();
    }
    if (read.isDouble()) {
        bool ok = false;
        return original.toString().toDouble(&ok) == read.toDouble() && ok;
    }
    return flatText(original) == flatText(read);
}

QString describe(const QJsonValue &value)
{
    if (value.isString())
        return u"\"%1\""_s.arg(value.toString().left(60));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).left(80);
}

// Compares two attribute lists; returns the first difference, or empty.
QString compareAttributes(const Attributes &original, const Attributes &read, Typing typing,
                          const QStringList &extras)
{
    for (const Attribute &attribute : original) {
        if (attribute.second.isNull())
            continue;
        const QJsonValue value = attributeValue(read, attribute.first);
        if (value.isUndefined())
            return u"attribute %1 is missing"_s.arg(attribute.first);
        if (!sameValue(attribute.second, value, typing))
            return u"attribute %1: %2 became %3"_s.arg(attribute.first, describe(attribute.second), describe(value));
    }
    for (const Attribute &attribute : read) {
        if (!extras.contains(attribute.first) && attributeValue(original, attribute.first).isUndefined())
            return u"unexpected attribute %1 = %2"_s.arg(attribute.first, describe(attribute.second));
    }
    return {};
}

// Everything of `original` that the format keeps must be in `read`, in the
// same order; nothing may be added.
void compareDocuments(const GraphDocument &original, const GraphDocument &read, const FormatCase &format)
{
    const RelationshipGraph &a = original.graph;
    const RelationshipGraph &b = read.graph;
    QCOMPARE(b.nodeCount(), a.nodeCount());
    QCOMPARE(b.edgeCount(), a.edgeCount());
    QCOMPARE(b.isDirected(), a.isDirected());
    if (format.graphTitle)
        QCOMPARE(b.title(), a.title());
    for (NodeIndex n = 0; n < NodeIndex(a.nodeCount()); ++n) {
        const QString where = u"node %1"_s.arg(a.nodeId(n));
        QCOMPARE(b.nodeId(n), a.nodeId(n));
        QVERIFY2(b.nodeLabel(n) == a.nodeLabel(n), qPrintable(where));
        QVERIFY2(b.nodeKind(n) == a.nodeKind(n), qPrintable(where));
        QVERIFY2(b.nodeCountries(n) == a.nodeCountries(n), qPrintable(where));
        QVERIFY2(b.nodeSectors(n) == a.nodeSectors(n), qPrintable(where));
        QVERIFY2(b.nodeDate(n) == a.nodeDate(n), qPrintable(where));
        QVERIFY2(b.nodeEndDate(n) == a.nodeEndDate(n), qPrintable(where));
        QVERIFY2(std::isnan(a.nodeVolume(n)) ? std::isnan(b.nodeVolume(n)) : b.nodeVolume(n) == a.nodeVolume(n),
                 qPrintable(where + u": volume"_s));
        QVERIFY2(b.nodeSources(n) == a.nodeSources(n), qPrintable(where + u": sources"_s));
        const QString difference = compareAttributes(a.nodeAttributes(n), b.nodeAttributes(n), format.typing,
                                                     format.extraNodeAttributes);
        QVERIFY2(difference.isEmpty(), qPrintable(where + u": "_s + difference));
        QVERIFY2(read.positions.known[n] == original.positions.known[n], qPrintable(where + u": known"_s));
        if (original.positions.known[n]) {
            QVERIFY2(read.positions.x[n] == original.positions.x[n] && read.positions.y[n] == original.positions.y[n],
                     qPrintable(where + u": position (%1, %2) became (%3, %4)"_s.arg(original.positions.x[n])
                                            .arg(original.positions.y[n]).arg(read.positions.x[n])
                                            .arg(read.positions.y[n])));
        }
        if (format.pinned)
            QVERIFY2(read.positions.pinned[n] == original.positions.pinned[n], qPrintable(where + u": pinned"_s));
    }
    for (EdgeIndex e = 0; e < EdgeIndex(a.edgeCount()); ++e) {
        const QString where = u"edge %1 (%2)"_s.arg(e).arg(a.edgeId(e));
        QVERIFY2(b.nodeId(b.edgeSource(e)) == a.nodeId(a.edgeSource(e)), qPrintable(where));
        QVERIFY2(b.nodeId(b.edgeTarget(e)) == a.nodeId(a.edgeTarget(e)), qPrintable(where));
        QVERIFY2(b.edgeId(e) == a.edgeId(e), qPrintable(where + u": id "_s + b.edgeId(e)));
        QVERIFY2(b.edgeLabel(e) == a.edgeLabel(e), qPrintable(where));
        QVERIFY2(b.edgeRelation(e) == a.edgeRelation(e), qPrintable(where));
        QVERIFY2(b.edgeDate(e) == a.edgeDate(e), qPrintable(where));
        QVERIFY2(b.edgeEndDate(e) == a.edgeEndDate(e), qPrintable(where));
        QVERIFY2(std::isnan(a.edgeVolume(e)) ? std::isnan(b.edgeVolume(e)) : b.edgeVolume(e) == a.edgeVolume(e),
                 qPrintable(where));
        QVERIFY2(b.edgeSources(e) == a.edgeSources(e), qPrintable(where + u": sources"_s));
        const QString difference = compareAttributes(a.edgeAttributes(e), b.edgeAttributes(e), format.typing, {});
        QVERIFY2(difference.isEmpty(), qPrintable(where + u": "_s + difference));
    }
}

// cgraph's agwrite groups edges by tail node and declares a head node before
// the edge that first needs it, so a DOT file's order is not ours: `read`
// rebuilt in the order of `original` (nodes by id, edges by ends and id), or
// an empty document if something does not match.
GraphDocument inOriginalOrder(const GraphDocument &original, const GraphDocument &read)
{
    const RelationshipGraph &a = original.graph;
    const RelationshipGraph &b = read.graph;
    if (a.nodeCount() != b.nodeCount() || a.edgeCount() != b.edgeCount())
        return read;
    GraphBuilder builder;
    builder.setTitle(b.title());
    builder.setDirected(b.isDirected());
    builder.setAttributes(b.attributes());
    NodePositions positions(a.nodeCount());
    for (NodeIndex n = 0; n < NodeIndex(a.nodeCount()); ++n) {
        const auto m = b.findNode(a.nodeId(n));
        if (!m)
            return {};
        builder.addNode(nodeData(b, *m));
        positions.x[n] = read.positions.x[*m];
        positions.y[n] = read.positions.y[*m];
        positions.known[n] = read.positions.known[*m];
        positions.pinned[n] = read.positions.pinned[*m];
    }
    std::vector<bool> used(std::size_t(b.edgeCount()), false);
    for (EdgeIndex e = 0; e < EdgeIndex(a.edgeCount()); ++e) {
        std::optional<EdgeIndex> match;
        for (EdgeIndex f = 0; f < EdgeIndex(b.edgeCount()) && !match; ++f) {
            if (!used[f] && b.edgeId(f) == a.edgeId(e) && b.nodeId(b.edgeSource(f)) == a.nodeId(a.edgeSource(e))
                && b.nodeId(b.edgeTarget(f)) == a.nodeId(a.edgeTarget(e)))
                match = f;
        }
        if (!match)
            return {};
        used[*match] = true;
        builder.addEdge(a.edgeSource(e), a.edgeTarget(e), edgeData(b, *match));
    }
    return {builder.build(), positions, read.dialect};
}

FormatCase formatCase(const QString &suffix)
{
    if (suffix == u".cyjs" || suffix == u".entente.json")
        return {Typing::Json, true, true, {}};
    if (suffix == u".graphml")
        return {Typing::Declared, false, true, {}};
    if (suffix == u".gexf")
        return {Typing::Declared, false, true, {u"viz_color"_s, u"viz_size"_s}};
    if (suffix == u".dot")
        return {Typing::Text, true, true, {}};
    return {Typing::Text, false, false, {}};   // .csv
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The summit with a position for every node (distinct fractions, negative
// values) and one pinned node, so that positions and pins are tested too.
GraphDocument summitWithPositions()
{
    LoadResult loaded = loadGraphFile(summitPath());
    if (!loaded.ok())
        return {};
    GraphDocument document = *loaded.document;
    for (qsizetype n = 0; n < document.positions.size(); ++n) {
        if (!document.positions.known[n])
            document.positions.set(n, QPointF(n * 13.375 - 101.1, 7.0 / (n + 1) - 40.25));
    }
    document.positions.pinned[1] = 1;
    return document;
}

} // namespace

class TestDataExport : public QObject
{
    Q_OBJECT

    GraphDocument m_summit;
    QTemporaryDir m_dir;

    QString exportSummit(const QString &suffix)
    {
        const QString path = m_dir.filePath(u"summit"_s + suffix);
        const auto error = exportGraphFile(m_summit, path);
        if (error)
            qWarning() << error->toString();
        return error ? QString() : path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_summit = summitWithPositions();
        QCOMPARE(m_summit.graph.nodeCount(), 32);
        QVERIFY(m_summit.graph.edgeCount() > 30);
    }

    void formatsAndFilters()
    {
        QCOMPARE(dataFormatForPath(u"a/b.GraphML"_s), DataFormat::GraphMl);
        QCOMPARE(dataFormatForPath(u"b.entente.json"_s), DataFormat::NativeJson);
        QCOMPARE(dataFormatForPath(u"b.gv"_s), DataFormat::Dot);
        QCOMPARE(dataFormatForPath(u"b.edges.csv"_s), DataFormat::Csv);
        QVERIFY(!dataFormatForPath(u"b.png"_s));
        QVERIFY(!dataFormatForPath(u"graphml"_s));
        const QStringList filters = saveFileFilters();
        QCOMPARE(filters.size(), 7);
        for (const QString &filter : filters) {
            const auto format = dataFormatForFilter(filter);
            QVERIFY2(format, qPrintable(filter));
            QVERIFY2(filter.contains(u'*' + dataFormatSuffix(*format)), qPrintable(filter));
            QCOMPARE(dataFormatForPath(u"x"_s + dataFormatSuffix(*format)), format);
        }
        QVERIFY(!dataFormatForFilter(u"All files (*)"_s));
    }

    void roundTripThroughOurReaders_data()
    {
        QTest::addColumn<QString>("suffix");
        for (const char *suffix : {".cyjs", ".graphml", ".gexf", ".dot", ".csv", ".entente.json"})
            QTest::addRow("%s", suffix + 1) << QString::fromLatin1(suffix);
    }
    void roundTripThroughOurReaders()
    {
        QFETCH(QString, suffix);
        const QString path = exportSummit(suffix);
        QVERIFY(!path.isEmpty());
        // CSV: opening either file reads both.
        const QStringList opened = suffix == u".csv" ? dataExportPaths(path) : QStringList{path};
        for (const QString &file : opened) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            const LoadResult read = loadGraphFile(file);
            QVERIFY2(read.ok(), read.diagnostics.isEmpty() ? "" : qPrintable(read.diagnostics.front().toString()));
            for (const Diagnostic &diagnostic : read.diagnostics)
                QVERIFY2(diagnostic.severity != Diagnostic::Severity::Warning, qPrintable(diagnostic.toString()));
            compareDocuments(m_summit, suffix == u".dot" ? inOriginalOrder(m_summit, *read.document) : *read.document,
                             formatCase(suffix));
            if (QTest::currentTestFailed())
                return;
        }
    }

    // GraphML read by Qt's XML reader: typed keys with for= set, every value.
    void graphMlReadByQXmlStreamReader()
    {
        const QString path = exportSummit(u".graphml"_s);
        QXmlStreamReader xml(readFile(path));
        struct Key { QString domain, name, type; };
        QHash<QString, Key> keys;
        QStringList nodeIds;
        QList<QHash<QString, QString>> nodeData;
        int edges = 0;
        QString edgeDefault;
        QHash<QString, QString> *current = nullptr;
        QHash<QString, QString> edgeData;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto a = xml.attributes();
            if (xml.name() == u"key") {
                keys.insert(a.value("id"_L1).toString(),
                            {a.value("for"_L1).toString(), a.value("attr.name"_L1).toString(),
                             a.value("attr.type"_L1).toString()});
            } else if (xml.name() == u"graph") {
                edgeDefault = a.value("edgedefault"_L1).toString();
            } else if (xml.name() == u"node") {
                nodeIds.append(a.value("id"_L1).toString());
                nodeData.append(QHash<QString, QString>());
                current = &nodeData.last();
            } else if (xml.name() == u"edge") {
                ++edges;
                current = &edgeData;
            } else if (xml.name() == u"data") {
                const Key key = keys.value(a.value("key"_L1).toString());
                QVERIFY2(!key.name.isEmpty(), "data of an undeclared key");
                const QString text = xml.readElementText();
                if (current)
                    current->insert(key.name, text);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(edgeDefault, u"directed"_s);
        QCOMPARE(edges, m_summit.graph.edgeCount());
        QCOMPARE(nodeIds.size(), m_summit.graph.nodeCount());
        // Every key has for= and a GraphML type; the summit's typed attributes
        // got the type of their values.
        QHash<QString, QString> nodeTypes;
        for (const Key &key : std::as_const(keys)) {
            QVERIFY2(QStringList({u"node"_s, u"edge"_s, u"graph"_s}).contains(key.domain), qPrintable(key.name));
            QVERIFY2(QStringList({u"string"_s, u"int"_s, u"long"_s, u"double"_s, u"boolean"_s}).contains(key.type),
                     qPrintable(key.name));
            if (key.domain == u"node")
                nodeTypes.insert(key.name, key.type);
        }
        QCOMPARE(nodeTypes.value(u"agreements"_s), u"int"_s);
        QCOMPARE(nodeTypes.value(u"volume_approximate"_s), u"boolean"_s);
        QCOMPARE(nodeTypes.value(u"volume_eur"_s), u"double"_s);
        QCOMPARE(nodeTypes.value(u"x"_s), u"double"_s);
        QCOMPARE(nodeTypes.value(u"founded"_s), u"string"_s);   // "2021" is text in the file
        const RelationshipGraph &g = m_summit.graph;
        for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n) {
            QCOMPARE(nodeIds[n], g.nodeId(n));
            const QHash<QString, QString> &data = nodeData[n];
            QCOMPARE(data.value(u"label"_s), g.nodeLabel(n));
            QCOMPARE(data.value(u"country"_s), g.nodeCountries(n).join(u';'));
            QCOMPARE(data.value(u"sector"_s), g.nodeSectors(n).join(u';'));
            QCOMPARE(data.value(u"x"_s).toDouble(), m_summit.positions.x[n]);
            QCOMPARE(data.value(u"y"_s).toDouble(), m_summit.positions.y[n]);
            for (const Attribute &attribute : g.nodeAttributes(n)) {
                QVERIFY2(data.contains(attribute.first), qPrintable(attribute.first));
                QVERIFY2(sameValue(attribute.second, data.value(attribute.first), Typing::Text),
                         qPrintable(g.nodeId(n) + u": "_s + attribute.first));
            }
        }
    }

    // GEXF read by Qt's XML reader: declarations by class, attvalues, and
    // the viz module (position with y up, the view's default colour, a size).
    void gexfReadByQXmlStreamReader()
    {
        const QString path = exportSummit(u".gexf"_s);
        QXmlStreamReader xml(readFile(path));
        const QString vizNs = u"http://gexf.net/1.3/viz"_s;
        QHash<QString, QPair<QString, QString>> nodeAttributes;   // id -> title, type
        QString cls;
        QString version, ns;
        QStringList ids, labels;
        QList<QHash<QString, QString>> values;
        QList<QPointF> positions;
        QList<QColor> colours;
        QList<double> sizes;
        int edges = 0;
        bool inNode = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"node")
                inNode = false;
            if (!xml.isStartElement())
                continue;
            const auto a = xml.attributes();
            if (xml.name() == u"gexf") {
                version = a.value("version"_L1).toString();
                ns = xml.namespaceUri().toString();
            } else if (xml.name() == u"attributes") {
                cls = a.value("class"_L1).toString();
            } else if (xml.name() == u"attribute" && cls == u"node") {
                nodeAttributes.insert(a.value("id"_L1).toString(),
                                      {a.value("title"_L1).toString(), a.value("type"_L1).toString()});
            } else if (xml.name() == u"node") {
                inNode = true;
                ids.append(a.value("id"_L1).toString());
                labels.append(a.value("label"_L1).toString());
                values.append(QHash<QString, QString>());
                positions.append(QPointF(qQNaN(), qQNaN()));
                colours.append(QColor());
                sizes.append(0);
            } else if (xml.name() == u"attvalue" && inNode) {
                values.last().insert(nodeAttributes.value(a.value("for"_L1).toString()).first,
                                     a.value("value"_L1).toString());
            } else if (xml.namespaceUri() == vizNs && xml.name() == u"position") {
                positions.last() = QPointF(a.value("x"_L1).toDouble(), a.value("y"_L1).toDouble());
            } else if (xml.namespaceUri() == vizNs && xml.name() == u"color") {
                colours.last() = QColor(a.value("r"_L1).toInt(), a.value("g"_L1).toInt(), a.value("b"_L1).toInt());
            } else if (xml.namespaceUri() == vizNs && xml.name() == u"size") {
                sizes.last() = a.value("value"_L1).toDouble();
            } else if (xml.name() == u"edge") {
                ++edges;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(version, u"1.3"_s);
        QCOMPARE(ns, u"http://gexf.net/1.3"_s);
        QCOMPARE(edges, m_summit.graph.edgeCount());
        QCOMPARE(ids.size(), m_summit.graph.nodeCount());
        QHash<QString, QString> types;
        for (const auto &[title, type] : std::as_const(nodeAttributes))
            types.insert(title, type);
        QCOMPARE(types.value(u"agreements"_s), u"integer"_s);
        QCOMPARE(types.value(u"volume_approximate"_s), u"boolean"_s);
        QCOMPARE(types.value(u"volume_eur"_s), u"double"_s);
        QCOMPARE(types.value(u"kind"_s), u"string"_s);
        const RelationshipGraph &g = m_summit.graph;
        const GraphAppearance appearance = GraphAppearance::build(g, GraphStyle());
        QSet<QRgb> distinct;
        for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n) {
            QCOMPARE(ids[n], g.nodeId(n));
            QCOMPARE(labels[n], g.nodeLabel(n));
            QCOMPARE(values[n].value(u"kind"_s), g.nodeKind(n));
            QCOMPARE(values[n].value(u"country"_s), g.nodeCountries(n).join(u';'));
            for (const Attribute &attribute : g.nodeAttributes(n))
                QVERIFY2(sameValue(attribute.second, values[n].value(attribute.first), Typing::Text),
                         qPrintable(g.nodeId(n) + u": "_s + attribute.first));
            QCOMPARE(positions[n], QPointF(m_summit.positions.x[n], -m_summit.positions.y[n]));
            QCOMPARE(colours[n].rgb(), QColor::fromRgb(appearance.nodeColor[n]).rgb());
            distinct.insert(colours[n].rgb());
            QVERIFY(sizes[n] > 0);
        }
        QVERIFY2(distinct.size() > 5, "nodes are coloured by sector");
    }

    // DOT parsed by cgraph (agmemread through the Graphviz facade), as dot
    // and neato would parse it.
    void dotReadByCgraph()
    {
        const QString path = exportSummit(u".dot"_s);
        const Graphviz::ParseResult parsed = Graphviz::parseDot(readFile(path));
        for (const Graphviz::Message &message : parsed.messages)
            QVERIFY2(!message.error, qPrintable(message.text));
        QVERIFY(parsed.graph);
        const Graphviz::DotGraph &dot = *parsed.graph;
        const RelationshipGraph &g = m_summit.graph;
        QVERIFY(dot.directed);
        QCOMPARE(qsizetype(dot.nodes.size()), g.nodeCount());
        QCOMPARE(qsizetype(dot.edges.size()), g.edgeCount());
        auto value = [](const QList<Graphviz::Attribute> &attributes, const QString &name) {
            for (const auto &[key, text] : attributes) {
                if (key == name)
                    return text;
            }
            return QString();
        };
        QCOMPARE(value(dot.attributes, u"label"_s), g.title());
        // agwrite's order is not ours (see inOriginalOrder): by name.
        QHash<QString, quint32> byName;
        for (quint32 i = 0; i < dot.nodes.size(); ++i)
            byName.insert(dot.nodes[i].name, i);
        for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n) {
            QVERIFY2(byName.contains(g.nodeId(n)), qPrintable(g.nodeId(n)));
            const Graphviz::DotNode &node = dot.nodes[byName.value(g.nodeId(n))];
            QCOMPARE(value(node.attributes, u"label"_s), g.nodeLabel(n));
            QCOMPARE(value(node.attributes, u"sector"_s), g.nodeSectors(n).join(u';'));
            QString pos = value(node.attributes, u"pos"_s);
            QCOMPARE(pos.endsWith(u'!'), bool(m_summit.positions.pinned[n]));
            if (pos.endsWith(u'!'))
                pos.chop(1);
            const QStringList xy = pos.split(u',');
            QCOMPARE(xy.size(), 2);
            QCOMPARE(xy[0].toDouble(), m_summit.positions.x[n]);
            QCOMPARE(xy[1].toDouble(), -m_summit.positions.y[n]);   // points, y up
            for (const Attribute &attribute : g.nodeAttributes(n))
                QVERIFY2(sameValue(attribute.second, value(node.attributes, attribute.first), Typing::Text),
                         qPrintable(g.nodeId(n) + u": "_s + attribute.first));
        }
        QHash<QString, quint32> byKey;
        for (quint32 i = 0; i < dot.edges.size(); ++i)
            byKey.insert(value(dot.edges[i].attributes, u"key"_s), i);
        QCOMPARE(byKey.size(), g.edgeCount());   // every edge has its own id
        for (EdgeIndex e = 0; e < EdgeIndex(g.edgeCount()); ++e) {
            const Graphviz::DotEdge &edge = dot.edges[byKey.value(g.edgeId(e))];
            QCOMPARE(dot.nodes[edge.tail].name, g.nodeId(g.edgeSource(e)));
            QCOMPARE(dot.nodes[edge.head].name, g.nodeId(g.edgeTarget(e)));
            QCOMPARE(value(edge.attributes, u"key"_s), g.edgeId(e));
            QCOMPARE(value(edge.attributes, u"relation"_s), g.edgeRelation(e));
        }
    }

    void csvFileNames_data()
    {
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("nodes");
        QTest::addColumn<QString>("edges");
        QTest::addRow("plain") << u"g.csv"_s << u"g.nodes.csv"_s << u"g.edges.csv"_s;
        QTest::addRow("names the edges") << u"g.edges.csv"_s << u"g.nodes.csv"_s << u"g.edges.csv"_s;
        QTest::addRow("names the nodes") << u"g_nodes.csv"_s << u"g_nodes.csv"_s << u"g_edges.csv"_s;
        QTest::addRow("bare") << u"edges.csv"_s << u"nodes.csv"_s << u"edges.csv"_s;
        QTest::addRow("gephi") << u"g [Edges].csv"_s << u"g [Nodes].csv"_s << u"g [Edges].csv"_s;
        QTest::addRow("upper case") << u"G.CSV"_s << u"G.nodes.csv"_s << u"G.edges.csv"_s;
    }
    void csvFileNames()
    {
        QFETCH(QString, out);
        QFETCH(QString, nodes);
        QFETCH(QString, edges);
        QTemporaryDir dir;
        const QString path = dir.filePath(out);
        QCOMPARE(dataExportPaths(path), QStringList({dir.filePath(nodes), dir.filePath(edges)}));
        QVERIFY(!exportGraphFile(m_summit, path));
        QVERIFY(QFileInfo::exists(dir.filePath(nodes)));
        QVERIFY(QFileInfo::exists(dir.filePath(edges)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
        // Either file brings the other along.
        for (const QString &file : {nodes, edges}) {
            const LoadResult read = loadGraphFile(dir.filePath(file));
            QVERIFY(read.ok());
            QCOMPARE(read.document->graph.nodeCount(), m_summit.graph.nodeCount());
            QCOMPARE(read.document->graph.edgeCount(), m_summit.graph.edgeCount());
        }
    }

    // RFC 4180: quotes doubled, fields with commas, quotes or line breaks quoted, CRLF.
    void csvQuoting()
    {
        GraphBuilder builder;
        builder.addNode({.id = u"a,1"_s, .label = u"say \"hi\"\nthere"_s});
        builder.addNode({.id = u"b"_s, .label = u"plain"_s});
        builder.addEdge(0, 1, {.id = u"e"_s});
        GraphDocument document{builder.build(), NodePositions(2), {}};
        const CsvFiles files = writeCsv(document);
        QVERIFY2(files.nodes.contains("\"a,1\",\"say \"\"hi\"\"\nthere\""), files.nodes.constData());
        QVERIFY(files.nodes.contains("\r\nb,plain,"));
        QVERIFY(files.edges.startsWith("id,source,target,"));
        QVERIFY(files.edges.contains("\r\ne,\"a,1\",b,"));
    }

    // Ids and text that need quoting or escaping in every format, a node
    // without a position, an undirected graph, attributes of every type.
    void awkwardTextRoundTrips_data()
    {
        QTest::addColumn<QString>("suffix");
        for (const char *suffix : {".cyjs", ".graphml", ".gexf", ".dot", ".csv"})
            QTest::addRow("%s", suffix + 1) << QString::fromLatin1(suffix);
    }
    void awkwardTextRoundTrips()
    {
        QFETCH(QString, suffix);
        GraphBuilder builder;
        builder.setTitle(u"Tabs\tand \"quotes\" & <angles>"_s);
        builder.setDirected(false);
        builder.addNode({.id = u"a \"quoted\" id"_s, .label = u"Zürich, <b>&amp;</b> ✓ 𝄞"_s,
                         .countries = {u"DE"_s, u"FR"_s}, .volume = 0.1,
                         .attributes = {{u"score"_s, 2.5}, {u"rank"_s, qint64(3)}, {u"big"_s, qint64(1) << 40},
                                        {u"flag"_s, false}, {u"text"_s, u"line one\nline two, \"three\""_s},
                                        {u"list"_s, QJsonArray{1, u"two"_s}}}});
        builder.addNode({.id = u"node"_s, .label = u"a DOT keyword as id"_s,
                         .attributes = {{u"score"_s, 3.0}, {u"rank"_s, qint64(-4)}, {u"big"_s, qint64(7)},
                                        {u"flag"_s, true}, {u"text"_s, u"  padded  "_s}}});
        builder.addNode({.id = u"-> ; {x}"_s, .label = u"no position"_s});
        builder.addEdge(0, 1, {.id = u"e,1"_s, .label = u"edge \"label\""_s, .relation = u"partnership"_s,
                               .attributes = {{u"weight"_s, 0.25}}});
        builder.addEdge(2, 0, {.relation = u"membership"_s});
        GraphDocument document{builder.build(), NodePositions(3), {}};
        document.positions.set(0, QPointF(-1.5e-3, 1e6 + 0.125));
        document.positions.set(1, QPointF(0, 0));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"awkward"_s + suffix);
        const auto error = exportGraphFile(document, path);
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        const LoadResult read = loadGraphFile(dataExportPaths(path).last());
        QVERIFY2(read.ok(), read.diagnostics.isEmpty() ? "" : qPrintable(read.diagnostics.front().toString()));
        FormatCase format = formatCase(suffix);
        format.pinned = false;
        compareDocuments(document, suffix == u".dot" ? inOriginalOrder(document, *read.document) : *read.document,
                         format);
    }

    // Characters XML 1.0 cannot hold do not make an unreadable file.
    void controlCharactersKeepXmlWellFormed_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addRow("graphml") << u".graphml"_s;
        QTest::addRow("gexf") << u".gexf"_s;
    }
    void controlCharactersKeepXmlWellFormed()
    {
        QFETCH(QString, suffix);
        GraphBuilder builder;
        builder.addNode({.id = u"a"_s, .label = u"bell\u0007here"_s});
        GraphDocument document{builder.build(), NodePositions(1), {}};
        QTemporaryDir dir;
        const QString path = dir.filePath(u"control"_s + suffix);
        QVERIFY(!exportGraphFile(document, path));
        const LoadResult read = loadGraphFile(path);
        QVERIFY(read.ok());
        QCOMPARE(read.document->graph.nodeLabel(0), u"bell\uFFFDhere"_s);
    }

    // A filtered export holds what the filter passes and nothing else.
    void filteredExport_data() { roundTripThroughOurReaders_data(); }
    void filteredExport()
    {
        QFETCH(QString, suffix);
        const FilterIndex index(m_summit.graph);
        const FilterParseResult parsed = parseFilterExpression(u"country:FR", &index);
        QVERIFY(parsed.ok());
        const GraphDocument filtered = filteredDocument(m_summit, *parsed.filter);
        QVERIFY(filtered.graph.nodeCount() > 3);
        QVERIFY(filtered.graph.nodeCount() < m_summit.graph.nodeCount());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fr"_s + suffix);
        QVERIFY(!exportGraphFile(filtered, path));
        const LoadResult read = loadGraphFile(dataExportPaths(path).last());
        QVERIFY(read.ok());
        const RelationshipGraph &g = read.document->graph;
        QCOMPARE(g.nodeCount(), filtered.graph.nodeCount());
        QCOMPARE(g.edgeCount(), filtered.graph.edgeCount());
        QStringList expectedFrench;
        for (NodeIndex n = 0; n < NodeIndex(m_summit.graph.nodeCount()); ++n) {
            if (m_summit.graph.nodeCountries(n).contains(u"FR"_s))
                expectedFrench.append(m_summit.graph.nodeId(n));
        }
        QStringList ids;
        for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n) {
            QVERIFY2(g.nodeCountries(n).contains(u"FR"_s), qPrintable(g.nodeId(n)));
            ids.append(g.nodeId(n));
        }
        if (suffix == u".dot") {   // agwrite's order, see inOriginalOrder
            ids.sort();
            expectedFrench.sort();
        }
        QCOMPARE(ids, expectedFrench);
        for (EdgeIndex e = 0; e < EdgeIndex(g.edgeCount()); ++e) {
            QVERIFY(ids.contains(g.nodeId(g.edgeSource(e))));
            QVERIFY(ids.contains(g.nodeId(g.edgeTarget(e))));
        }
        compareDocuments(filtered, suffix == u".dot" ? inOriginalOrder(filtered, *read.document) : *read.document,
                         formatCase(suffix));
    }

    // Every format reports its progress while it writes and stops when told:
    // then no file is written and one that was there stays as it was.
    void progressAndCancel_data()
    {
        QTest::addColumn<QString>("suffix");
        for (const char *suffix : {".entente.json", ".cyjs", ".graphml", ".gexf", ".dot", ".csv", ".tsv"})
            QTest::addRow("%s", suffix + 1) << QString::fromLatin1(suffix);
    }

    void progressAndCancel()
    {
        QFETCH(QString, suffix);
        // Big enough for several progress calls (one per 4096 rows).
        GraphBuilder b;
        constexpr int nodes = 6000, edges = 12000;
        for (int i = 0; i < nodes; ++i)
            b.addNode({.id = u"n%1"_s.arg(i), .label = u"Node %1"_s.arg(i), .countries = {u"DE"_s}});
        for (int e = 0; e < edges; ++e)
            b.addEdge(NodeIndex(e % nodes), NodeIndex((e * 7 + 1) % nodes), {.relation = u"partnership"_s});
        GraphDocument document;
        document.graph = b.build();
        document.positions = NodePositions(nodes);
        for (int i = 0; i < nodes; ++i)
            document.positions.set(i, QPointF(i % 80, i / 80));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"big"_s + suffix);
        QList<double> fractions;
        QVERIFY(!exportGraphFile(document, path, [&fractions](double f) {
            fractions.append(f);
            return true;
        }));
        QVERIFY2(fractions.size() >= 3, qPrintable(QString::number(fractions.size())));
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.first(), 0.0);
        QCOMPARE(fractions.last(), 1.0);
        // The same bytes as without progress.
        const QString plain = dir.filePath(u"plain"_s + suffix);
        QVERIFY(!exportGraphFile(document, plain));
        const QStringList written = dataExportPaths(path), expected = dataExportPaths(plain);
        for (qsizetype i = 0; i < written.size(); ++i) {
            QFile a(written[i]), b2(expected[i]);
            QVERIFY(a.open(QIODevice::ReadOnly) && b2.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b2.readAll(), qPrintable(written[i]));
        }

        // Cancelled at the second call, half-way through: the earlier files stay.
        QMap<QString, QByteArray> before;
        for (const QString &file : written) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            before.insert(file, f.readAll());
        }
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        int calls = 0;
        const auto error = exportGraphFile(document, path, [&calls](double) { return ++calls < 2; });
        QVERIFY(error);
        QCOMPARE(error->message, dataExportCancelledMessage());
        QCOMPARE(error->file, path);
        QCOMPARE(calls, 2);   // not asked again once cancelled
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
        for (const QString &file : written) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll() == before.value(file), qPrintable(file));
        }
    }

    void failuresNameTheFile()
    {
        const auto unknown = exportGraphFile(m_summit, m_dir.filePath(u"x.png"_s));
        QVERIFY(unknown);
        QVERIFY(unknown->file.endsWith(u"x.png"_s));
        const QString missingDir = m_dir.filePath(u"no/such/dir/x.graphml"_s);
        const auto failed = exportGraphFile(m_summit, missingDir);
        QVERIFY(failed);
        QCOMPARE(failed->file, missingDir);
        QVERIFY(failed->message.contains(u"cannot write"_s));
        // The old file stays when a write fails: a directory in the way of the
        // temporary file is hard to arrange portably; an existing target that
        // is a directory is refused without touching it.
        QDir(m_dir.path()).mkpath(u"taken.gexf"_s);
        QVERIFY(exportGraphFile(m_summit, m_dir.filePath(u"taken.gexf"_s)));
        QVERIFY(QFileInfo(m_dir.filePath(u"taken.gexf"_s)).isDir());
    }
};

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
