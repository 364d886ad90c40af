#include "graphmlreader.h"

#include "flatfields_p.h"
#include "model/graphbuilder.h"
#include "xmlguard_p.h"
#include "model/numerus_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>
#include <cmath>

namespace entente {

namespace {

// Messages are translated in the context "entente::GraphmlReader" (lupdate reads the
// Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::GraphmlReader)
};

using namespace Qt::StringLiterals;

enum class Domain { Graph, Node, Edge, All, Other };
enum class KeyType { String, Int, Long, Float, Double, Boolean };

struct Key
{
    QString id;
    QString name;
    Domain domain = Domain::All;
    KeyType type = KeyType::String;
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);
};

struct PendingEdge
{
    QString source;
    QString target;
    EdgeData data;
    int line = 0;
    int column = 0;
};

// Values of one element's <data>, by key index; in key order when applied.
using DataValues = QList<std::pair<int, QJsonValue>>;

// The type with its article, for messages: "an int".
QString typeName(KeyType type)
{
    switch (type) {
    case KeyType::String: return Tr::tr("a string");
    case KeyType::Int: return Tr::tr("an int");
    case KeyType::Long: return Tr::tr("a long");
    case KeyType::Float: return Tr::tr("a float");
    case KeyType::Double: return Tr::tr("a double");
    case KeyType::Boolean: return Tr::tr("a boolean");
    }
    return {};
}

std::optional<KeyType> parseType(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty() || t == "string"_L1)
        return KeyType::String;
    if (t == "int"_L1 || t == "integer"_L1)
        return KeyType::Int;
    if (t == "long"_L1)
        return KeyType::Long;
    if (t == "float"_L1)
        return KeyType::Float;
    if (t == "double"_L1)
        return KeyType::Double;
    if (t == "boolean"_L1 || t == "bool"_L1)
        return KeyType::Boolean;
    return std::nullopt;
}

Domain parseDomain(QStringView text)
{
    if (text == u"node")
        return Domain::Node;
    if (text == u"edge")
        return Domain::Edge;
    if (text == u"graph")
        return Domain::Graph;
    if (text.isEmpty() || text == u"all")
        return Domain::All;
    return Domain::Other;   // graphml, port, hyperedge, endpoint: not used by the model
}

// Converts the text of a <data> or <default> to the key's type; nullopt when
// it is not a value of that type.
std::optional<QJsonValue> convert(const QString &text, KeyType type)
{
    switch (type) {
    case KeyType::String: return flat::convertTyped(text, flat::ValueType::String);
    case KeyType::Int: return flat::convertTyped(text, flat::ValueType::Integer, /*int32=*/true);
    case KeyType::Long: return flat::convertTyped(text, flat::ValueType::Integer);
    case KeyType::Float:
    case KeyType::Double: return flat::convertTyped(text, flat::ValueType::Double);
    case KeyType::Boolean: return flat::convertTyped(text, flat::ValueType::Boolean);
    }
    return std::nullopt;
}

class GraphMlReader : private xmlguard::XmlReaderBase
{
public:
    GraphMlReader(const QByteArray &data, const QString &fileName, const LoadLimits &limits)
        : XmlReaderBase(data, fileName, limits)
    {
    }

    LoadResult read();

private:
    void readRoot();
    void readKey();
    void readGraph(const QString &parentNode, int nesting);
    void readNode(const QString &parentNode, int nesting);
    void readEdge();
    void readGraphData(Attributes &attributes);
    // Reads one <data> element into `values`; yEd graphics fill `graphics`.
    void readData(Domain domain, DataValues &values, struct Graphics &graphics);
    Attributes applyKeys(Domain domain, const DataValues &values, NodeData *node,
                         EdgeData *edge, std::optional<double> &x, std::optional<double> &y);

    QList<Key> m_keys;
    QHash<QString, int> m_keyIndex;
    GraphBuilder m_builder;
    std::vector<double> m_x, m_y;
    std::vector<quint8> m_known;
    QList<PendingEdge> m_edges;
    bool m_directed = true;
    bool m_sawGraph = false;
    Attributes m_graphAttributes;
};

struct Graphics
{
    std::optional<double> x, y;
    QString label;
    bool hasLabel = false;
};

LoadResult GraphMlReader::read()
{
    while (next()) {
        if (m_xml.isStartElement()) {
            if (m_xml.name() != u"graphml") {
                stop(Tr::tr("not a GraphML file: the root element is <%1>, not <graphml>").arg(m_xml.name()));
                break;
            }
            readRoot();
            break;
        }
    }
    // Trailing content must still be well-formed.
    while (!m_stop && next()) {
    }
    if (!m_stop && !m_sawGraph && !hasErrors(m_diagnostics)) {
        m_diagnostics.append({Diagnostic::Severity::Error, m_file, 0, 0,
                              Tr::tr("the <graphml> element holds no <graph>")});
    }

    LoadResult result;
    if (!hasErrors(m_diagnostics)) {
        // Edges are resolved at the end: GraphML lets an edge come before its nodes.
        for (PendingEdge &edge : m_edges) {
            const auto source = m_builder.findNode(edge.source);
            const auto target = m_builder.findNode(edge.target);
            if (!source || !target) {
                const QString missing = !source ? edge.source : edge.target;
                const QString which = edge.data.id.isEmpty()
                    ? Tr::tr("edge from \"%1\" to \"%2\"").arg(edge.source, edge.target)
                    : Tr::tr("edge \"%1\"").arg(edge.data.id);
                report({Diagnostic::Severity::Error, m_file, edge.line, edge.column,
                        Tr::tr("%1 points to unknown node \"%2\"").arg(which, missing)});
                if (m_stop)
                    break;
                continue;
            }
            m_builder.addEdge(*source, *target, std::move(edge.data));
        }
    }
    result.diagnostics = m_diagnostics;
    if (hasErrors(m_diagnostics))
        return result;

    m_builder.setDirected(m_directed);
    m_builder.setAttributes(m_graphAttributes);
    GraphDocument document;
    document.graph = m_builder.build();
    document.positions.resize(document.graph.nodeCount());
    for (qsizetype i = 0; i < document.graph.nodeCount(); ++i) {
        if (m_known[i])
            document.positions.set(i, QPointF(m_x[i], m_y[i]));
    }
    document.dialect = u"graphml"_s;
    result.document = std::move(document);
    return result;
}

void GraphMlReader::readRoot()
{
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            return;
        if (!m_xml.isStartElement())
            continue;
        const QStringView name = m_xml.name();
        if (name == u"key")
            readKey();
        else if (name == u"graph")
            readGraph(QString(), 1);
        else if (name == u"data")
            readGraphData(m_graphAttributes);
        else
            skipElement();
    }
}

void GraphMlReader::readKey()
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    Key key;
    key.id = attributes.value("id"_L1).toString();
    key.name = attributes.value("attr.name"_L1).toString();
    key.domain = parseDomain(attributes.value("for"_L1));
    const QStringView typeText = attributes.value("attr.type"_L1);
    const auto type = parseType(typeText);
    if (key.id.isEmpty())
        error(Tr::tr("<key> without an id"));
    else if (m_keyIndex.contains(key.id))
        error(Tr::tr("key \"%1\" is declared twice").arg(key.id));
    if (!type)
        error(Tr::tr("key \"%1\" has unknown type \"%2\"").arg(key.id, typeText));
    else
        key.type = *type;
    if (key.name.isEmpty())
        key.name = key.id;
    // yEd's graphics keys (yfiles.type="nodegraphics") carry no attr.name; the
    // <data> content is read for geometry and labels whatever the key says.

    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            break;
        if (m_xml.isStartElement() && m_xml.name() == u"default") {
            QString text;
            const int defaultDepth = m_depth;
            while (next()) {
                if (m_xml.isEndElement() && m_depth < defaultDepth)
                    break;
                if (m_xml.isCharacters())
                    text += m_xml.text();
            }
            if (!checkText(text))
                return;
            if (const auto value = convert(text, key.type))
                key.defaultValue = *value;
            else
                error(Tr::tr("default \"%1\" of key \"%2\" is not %3").arg(text, key.name, typeName(key.type)));
        } else if (m_xml.isStartElement()) {
            skipElement();
        }
    }
    if (!key.id.isEmpty() && !m_keyIndex.contains(key.id)) {
        m_keyIndex.insert(key.id, int(m_keys.size()));
        m_keys.append(std::move(key));
    }
}

void GraphMlReader::readGraph(const QString &parentNode, int nesting)
{
    m_sawGraph = true;
    const QStringView edgeDefault = m_xml.attributes().value("edgedefault"_L1);
    // The outermost graph decides; GraphML requires edgedefault, but files
    // without it are common and read as directed, as yEd and networkx do.
    if (nesting == 1 && !edgeDefault.isEmpty()) {
        if (edgeDefault == u"undirected")
            m_directed = false;
        else if (edgeDefault == u"directed")
            m_directed = true;
        else
            error(Tr::tr("edgedefault must be \"directed\" or \"undirected\", not \"%1\"").arg(edgeDefault));
    }
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            return;
        if (!m_xml.isStartElement())
            continue;
        const QStringView name = m_xml.name();
        if (name == u"node") {
            readNode(parentNode, nesting);
        } else if (name == u"edge") {
            readEdge();
        } else if (name == u"data" && nesting == 1) {
            readGraphData(m_graphAttributes);
        } else if (name == u"hyperedge") {
            warning(Tr::tr("hyperedges are not supported; ignored"));
            skipElement();
        } else {
            skipElement();
        }
    }
}

void GraphMlReader::readGraphData(Attributes &attributes)
{
    DataValues values;
    Graphics graphics;
    readData(Domain::Graph, values, graphics);
    for (const auto &[index, value] : values) {
        const QString &name = m_keys[index].name;
        if (name.compare("name"_L1, Qt::CaseInsensitive) == 0
            || name.compare("title"_L1, Qt::CaseInsensitive) == 0
            || name.compare("label"_L1, Qt::CaseInsensitive) == 0)
            m_builder.setTitle(value.toVariant().toString());
        else
            attributes.append({name, value});
    }
}

void GraphMlReader::readData(Domain domain, DataValues &values, Graphics &graphics)
{
    const QString keyId = m_xml.attributes().value("key"_L1).toString();
    const int line = int(m_xml.lineNumber());
    const int column = int(m_xml.columnNumber()) + 1;
    const int depth = m_depth;
    QString text;
    bool hasChildren = false;
    // Inside yEd's <y:NodeLabel>: the depth at which its own text lies.
    int labelDepth = -1;
    while (next()) {
        if (m_xml.isEndElement()) {
            if (m_depth < depth)
                break;
            if (m_depth < labelDepth)
                labelDepth = -1;
            continue;
        }
        if (m_xml.isStartElement()) {
            hasChildren = true;
            const QStringView name = m_xml.name();
            if (name == u"Geometry") {
                const auto a = m_xml.attributes();
                const auto x = flat::parseNumber(a.value("x"_L1));
                const auto y = flat::parseNumber(a.value("y"_L1));
                const double w = flat::parseNumber(a.value("width"_L1)).value_or(0.0);
                const double h = flat::parseNumber(a.value("height"_L1)).value_or(0.0);
                if (x && y && !graphics.x) {
                    graphics.x = *x + w / 2;
                    graphics.y = *y + h / 2;
                }
            } else if ((name == u"NodeLabel" || name == u"EdgeLabel") && !graphics.hasLabel) {
                labelDepth = m_depth;
                graphics.hasLabel = true;
            }
            continue;
        }
        if (m_xml.isCharacters()) {
            if (labelDepth >= 0 && m_depth == labelDepth)
                graphics.label += m_xml.text();
            else if (!hasChildren)
                text += m_xml.text();
            if (!checkText(text) || !checkText(graphics.label))
                return;
        }
    }
    if (m_stop)
        return;
    graphics.label = graphics.label.trimmed();
    if (hasChildren)
        return;   // structured content (yEd graphics, resources): not a value
    const auto it = m_keyIndex.constFind(keyId);
    if (it == m_keyIndex.constEnd()) {
        report({Diagnostic::Severity::Error, m_file, line, column,
                Tr::tr("<data> refers to undeclared key \"%1\"").arg(keyId)});
        return;
    }
    const Key &key = m_keys[*it];
    if (key.domain != Domain::All && key.domain != domain) {
        report({Diagnostic::Severity::Warning, m_file, line, column,
                Tr::tr("key \"%1\" is not declared for this element; value kept").arg(keyId)});
    }
    const auto value = convert(text, key.type);
    if (!value) {
        report({Diagnostic::Severity::Error, m_file, line, column,
                Tr::tr("value \"%1\" of key \"%2\" is not %3").arg(text.trimmed(), key.name, typeName(key.type))});
        return;
    }
    if (values.size() >= m_limits.maxAttributes) {
        report({Diagnostic::Severity::Error, m_file, line, column,
                Tr::tr("more than %n attributes on one element", nullptr, numerus(m_limits.maxAttributes))});
        m_stop = true;
        return;
    }
    for (auto &existing : values) {
        if (existing.first == *it) {
            existing.second = *value;   // the last <data> for a key wins
            return;
        }
    }
    values.append({*it, *value});
}

Attributes GraphMlReader::applyKeys(Domain domain, const DataValues &values, NodeData *node,
                                    EdgeData *edge, std::optional<double> &x,
                                    std::optional<double> &y)
{
    Attributes attributes;
    // Key order, not <data> order: every element lists its attributes alike.
    for (int k = 0; k < m_keys.size(); ++k) {
        const Key &key = m_keys[k];
        QJsonValue value = key.defaultValue;
        for (const auto &[index, v] : values) {
            if (index == k) {
                value = v;
                break;
            }
        }
        if (value.isUndefined())
            continue;
        if (key.domain != domain && key.domain != Domain::All) {
            bool explicitValue = false;
            for (const auto &entry : values)
                explicitValue = explicitValue || entry.first == k;
            if (!explicitValue)
                continue;
        }
        if (node) {
            const auto coordinate = flat::coordinateKey(key.name);
            if (coordinate != flat::Coordinate::None && value.isDouble()) {
                (coordinate == flat::Coordinate::X ? x : y) = value.toDouble();
                continue;
            }
            if (flat::assignNodeField(*node, key.name, value))
                continue;
        }
        if (edge && flat::assignEdgeField(*edge, key.name, value))
            continue;
        attributes.append({key.name, value});
    }
    flat::normaliseGephiStyle(attributes);
    return attributes;
}

void GraphMlReader::readNode(const QString &parentNode, int nesting)
{
    const QString id = m_xml.attributes().value("id"_L1).toString();
    const int line = int(m_xml.lineNumber());
    const int column = int(m_xml.columnNumber()) + 1;
    if (id.isEmpty())
        error(Tr::tr("<node> without an id"));
    if (m_builder.nodeCount() >= m_limits.maxNodes) {
        stop(Tr::tr("more than %n nodes", nullptr, numerus(m_limits.maxNodes)));
        return;
    }
    DataValues values;
    Graphics graphics;
    bool addedAsGroup = false;
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            break;
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() == u"data") {
            readData(Domain::Node, values, graphics);
        } else if (m_xml.name() == u"graph") {
            // A nested graph (yEd groups): its nodes join the flat graph and
            // remember their group in the "parent" attribute. The group node
            // itself comes first, so the order stays stable.
            if (nesting >= m_limits.maxDepth) {
                stop(Tr::tr("graphs nested deeper than %n levels", nullptr, numerus(m_limits.maxDepth)));
                return;
            }
            if (!id.isEmpty() && !addedAsGroup && !m_builder.findNode(id)) {
                addedAsGroup = true;
                NodeData group;
                group.id = id;
                std::optional<double> x, y;
                group.attributes = applyKeys(Domain::Node, values, &group, nullptr, x, y);
                if (!parentNode.isEmpty())
                    group.attributes.append({u"parent"_s, parentNode});
                if (group.label.isEmpty() && graphics.hasLabel)
                    group.label = graphics.label;
                if (!x && graphics.x) {
                    x = graphics.x;
                    y = graphics.y;
                }
                m_builder.addNode(std::move(group));
                m_x.push_back(x.value_or(0));
                m_y.push_back(y.value_or(0));
                m_known.push_back(x && y);
            }
            readGraph(id, nesting + 1);
        } else {
            skipElement();
        }
    }
    if (m_stop || id.isEmpty() || addedAsGroup)
        return;
    if (m_builder.findNode(id)) {
        report({Diagnostic::Severity::Error, m_file, line, column,
                Tr::tr("node \"%1\" is declared twice").arg(id)});
        return;
    }
    NodeData node;
    node.id = id;
    std::optional<double> x, y;
    node.attributes = applyKeys(Domain::Node, values, &node, nullptr, x, y);
    if (!parentNode.isEmpty())
        node.attributes.append({u"parent"_s, parentNode});
    if (node.label.isEmpty() && graphics.hasLabel)
        node.label = graphics.label;
    if (!(x && y) && graphics.x) {
        x = graphics.x;
        y = graphics.y;
    }
    m_builder.addNode(std::move(node));
    m_x.push_back(x.value_or(0));
    m_y.push_back(y.value_or(0));
    m_known.push_back(x && y);
}

void GraphMlReader::readEdge()
{
    const auto a = m_xml.attributes();
    PendingEdge edge;
    edge.source = a.value("source"_L1).toString();
    edge.target = a.value("target"_L1).toString();
    edge.data.id = a.value("id"_L1).toString();
    edge.line = int(m_xml.lineNumber());
    edge.column = int(m_xml.columnNumber()) + 1;
    if (edge.source.isEmpty() || edge.target.isEmpty())
        error(Tr::tr("<edge> needs both source and target"));
    if (m_edges.size() >= m_limits.maxEdges) {
        stop(Tr::tr("more than %n edges", nullptr, numerus(m_limits.maxEdges)));
        return;
    }
    DataValues values;
    Graphics graphics;
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            break;
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() == u"data")
            readData(Domain::Edge, values, graphics);
        else
            skipElement();
    }
    if (m_stop || edge.source.isEmpty() || edge.target.isEmpty())
        return;
    std::optional<double> x, y;
    edge.data.attributes = applyKeys(Domain::Edge, values, nullptr, &edge.data, x, y);
    if (edge.data.label.isEmpty() && graphics.hasLabel)
        edge.data.label = graphics.label;
    m_edges.append(std::move(edge));
}

} // namespace

LoadResult readGraphMl(const QByteArray &data, const QString &fileName, const LoadLimits &limits)
{
    if (data.size() > limits.maxFileBytes) {
        return {std::nullopt,
                {{Diagnostic::Severity::Error, fileName, 0, 0,
                  Tr::tr("file is larger than %1 bytes").arg(limits.maxFileBytes)}}};
    }
    GraphMlReader reader(data, fileName, limits);
    return reader.read();
}

} // namespace entente
