#include "gexfreader.h"

#include "flatfields_p.h"

#include <functional>
#include "model/graphbuilder.h"
#include "xmlguard_p.h"
#include "model/numerus_p.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace entente {

namespace {

// Messages are translated in the context "entente::GexfReader" (lupdate reads the
// Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::GexfReader)
};

using namespace Qt::StringLiterals;

using AttrType = flat::ValueType;

struct AttributeDecl
{
    QString title;
    AttrType type = AttrType::String;
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);
    bool dynamic = false;
};

struct PendingEdge
{
    QString source;
    QString target;
    EdgeData data;
    int line = 0;
    int column = 0;
};

struct Viz
{
    std::optional<QPointF> position;
    QString colour;
    std::optional<double> alpha;
    std::optional<double> size;
    std::optional<double> thickness;
};

AttrType parseType(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == "integer"_L1 || t == "long"_L1 || t == "short"_L1 || t == "byte"_L1 || t == "int"_L1
        || t == "biginteger"_L1)
        return AttrType::Integer;
    if (t == "double"_L1 || t == "float"_L1 || t == "bigdecimal"_L1)
        return AttrType::Double;
    if (t == "boolean"_L1)
        return AttrType::Boolean;
    // string, anyURI, date, char and the list types keep their text.
    return AttrType::String;
}

QString typeName(AttrType type)
{
    switch (type) {
    case AttrType::String: return Tr::tr("a string");
    case AttrType::Integer: return Tr::tr("an integer");
    case AttrType::Double: return Tr::tr("a number");
    case AttrType::Boolean: return Tr::tr("a boolean");
    }
    return {};
}

class GexfReader : private xmlguard::XmlReaderBase
{
public:
    GexfReader(const QByteArray &data, const QString &fileName, const LoadLimits &limits)
        : XmlReaderBase(data, fileName, limits)
    {
    }

    LoadResult read();

private:
    enum class Class { Node, Edge };
    void readGraph();
    void readAttributes();
    void readNodes(const QString &parent, int nesting);
    void readNode(const QString &parent, int nesting);
    // The children of a <node> or <edge>: attvalues, spells (ignored with a
    // warning), viz elements, and for a node the <nodes> of a hierarchy.
    void readItemChildren(Class cls, QList<std::pair<int, QJsonValue>> &values, Viz &viz,
                          const std::function<void()> &nestedNodes);
    void readEdges();
    void readEdge();
    // Reads <attvalues> into `values` (declaration index → value).
    void readAttValues(Class cls, QList<std::pair<int, QJsonValue>> &values);
    void readViz(Viz &viz);
    void warnDynamicOnce()
    {
        if (!m_warnedDynamic) {
            warning(Tr::tr("dynamic attributes and spells are not supported; ignored"));
            m_warnedDynamic = true;
        }
    }
    // Declared attributes in order, with defaults, then the viz attributes.
    Attributes collect(Class cls, const QList<std::pair<int, QJsonValue>> &values,
                       NodeData *node, EdgeData *edge, const Viz &viz);

    QList<AttributeDecl> m_declarations[2];
    QHash<QString, int> m_declarationIndex[2];
    GraphBuilder m_builder;
    NodePositions m_positions;
    QList<PendingEdge> m_edges;
    bool m_directed = false;
    bool m_sawGraph = false;
    bool m_warnedDynamic = false;
};

LoadResult GexfReader::read()
{
    while (next()) {
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() != u"gexf") {
            stop(Tr::tr("not a GEXF file: the root element is <%1>, not <gexf>").arg(m_xml.name()));
            break;
        }
        const int depth = m_depth;
        while (next()) {
            if (m_xml.isEndElement() && m_depth < depth)
                break;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"graph" && !m_sawGraph)
                readGraph();
            else if (m_xml.name() == u"meta") {
                const int metaDepth = m_depth;
                while (next()) {
                    if (m_xml.isEndElement() && m_depth < metaDepth)
                        break;
                    if (m_xml.isStartElement() && m_xml.name() == u"title") {
                        const QString title = m_xml.readElementText(QXmlStreamReader::SkipChildElements);
                        --m_depth;   // readElementText consumed the end element
                        m_builder.setTitle(title.trimmed());
                    } else if (m_xml.isStartElement()) {
                        skipElement();
                    }
                }
            } else
                skipElement();
        }
        break;
    }
    while (!m_stop && next()) {
    }
    if (!m_stop && !m_sawGraph && !hasErrors(m_diagnostics))
        m_diagnostics.append({Diagnostic::Severity::Error, m_file, 0, 0,
                              Tr::tr("the <gexf> element holds no <graph>")});

    if (!hasErrors(m_diagnostics)) {
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
    LoadResult result;
    result.diagnostics = m_diagnostics;
    if (hasErrors(m_diagnostics))
        return result;
    m_builder.setDirected(m_directed);
    GraphDocument document;
    document.graph = m_builder.build();
    document.positions = std::move(m_positions);
    document.dialect = u"gexf"_s;
    result.document = std::move(document);
    return result;
}

void GexfReader::readGraph()
{
    m_sawGraph = true;
    const auto a = m_xml.attributes();
    // GEXF's default edge type is undirected.
    const QStringView type = a.value("defaultedgetype"_L1);
    if (type == u"directed")
        m_directed = true;
    else if (!type.isEmpty() && type != u"undirected" && type != u"mutual")
        error(Tr::tr("defaultedgetype must be directed, undirected or mutual, not \"%1\"").arg(type));
    if (a.value("mode"_L1) == u"dynamic")
        warnDynamicOnce();

    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            return;
        if (!m_xml.isStartElement())
            continue;
        const QStringView name = m_xml.name();
        if (name == u"attributes")
            readAttributes();
        else if (name == u"nodes")
            readNodes(QString(), 1);
        else if (name == u"edges")
            readEdges();
        else
            skipElement();
    }
}

void GexfReader::readAttributes()
{
    const auto a = m_xml.attributes();
    const QStringView classText = a.value("class"_L1);
    Class cls = Class::Node;
    bool known = true;
    if (classText == u"edge")
        cls = Class::Edge;
    else if (classText != u"node")
        known = false;   // graph attributes: not used by the model
    const bool dynamic = a.value("mode"_L1) == u"dynamic";
    if (!known) {
        skipElement();
        return;
    }
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            return;
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() != u"attribute") {
            skipElement();
            continue;
        }
        const auto attrs = m_xml.attributes();
        AttributeDecl decl;
        const QString id = attrs.value("id"_L1).toString();
        decl.title = attrs.value("title"_L1).toString();
        if (decl.title.isEmpty())
            decl.title = id;
        decl.type = parseType(attrs.value("type"_L1));
        decl.dynamic = dynamic;
        if (id.isEmpty())
            error(Tr::tr("<attribute> without an id"));
        else if (m_declarationIndex[int(cls)].contains(id))
            error(Tr::tr("attribute \"%1\" is declared twice").arg(id));
        const int attributeDepth = m_depth;
        while (next()) {
            if (m_xml.isEndElement() && m_depth < attributeDepth)
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
                if (const auto v = flat::convertTyped(text, decl.type))
                    decl.defaultValue = *v;
                else
                    error(Tr::tr("default \"%1\" of attribute \"%2\" is not %3").arg(text, decl.title, typeName(decl.type)));
            } else if (m_xml.isStartElement()) {
                skipElement();
            }
        }
        if (m_stop)
            return;
        if (!id.isEmpty() && !m_declarationIndex[int(cls)].contains(id)) {
            m_declarationIndex[int(cls)].insert(id, int(m_declarations[int(cls)].size()));
            m_declarations[int(cls)].append(std::move(decl));
        }
    }
}

void GexfReader::readAttValues(Class cls, QList<std::pair<int, QJsonValue>> &values)
{
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            return;
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() != u"attvalue") {
            skipElement();
            continue;
        }
        const auto a = m_xml.attributes();
        // "for" since 1.1; "id" in 1.0 files.
        QString id = a.value("for"_L1).toString();
        if (id.isEmpty())
            id = a.value("id"_L1).toString();
        const QString text = a.value("value"_L1).toString();
        if (!checkText(text))
            return;
        const auto it = m_declarationIndex[int(cls)].constFind(id);
        if (it == m_declarationIndex[int(cls)].constEnd()) {
            error(Tr::tr("<attvalue> refers to undeclared attribute \"%1\"").arg(id));
            skipElement();
            continue;
        }
        const AttributeDecl &decl = m_declarations[int(cls)][*it];
        const bool timed = a.hasAttribute("start"_L1) || a.hasAttribute("end"_L1)
            || a.hasAttribute("startopen"_L1) || a.hasAttribute("endopen"_L1)
            || a.hasAttribute("timestamps"_L1) || a.hasAttribute("timestamp"_L1);
        if (decl.dynamic || timed) {
            warnDynamicOnce();
            skipElement();
            continue;
        }
        if (values.size() >= m_limits.maxAttributes) {
            stop(Tr::tr("more than %n attributes on one element", nullptr, numerus(m_limits.maxAttributes)));
            return;
        }
        if (const auto v = flat::convertTyped(text, decl.type)) {
            bool replaced = false;
            for (auto &entry : values) {
                if (entry.first == *it) {
                    entry.second = *v;
                    replaced = true;
                }
            }
            if (!replaced)
                values.append({*it, *v});
        } else {
            error(Tr::tr("value \"%1\" of attribute \"%2\" is not %3").arg(text, decl.title, typeName(decl.type)));
        }
        skipElement();
    }
}

void GexfReader::readViz(Viz &viz)
{
    const auto a = m_xml.attributes();
    const QStringView name = m_xml.name();
    if (name == u"position") {
        const auto x = flat::parseNumber(a.value("x"_L1));
        const auto y = flat::parseNumber(a.value("y"_L1));
        if (x && y)
            viz.position = QPointF(*x, -*y);
        else
            warning(Tr::tr("viz:position without numeric x and y; ignored"));
    } else if (name == u"color") {
        const QString hex = a.value("hex"_L1).toString();
        if (!hex.isEmpty()) {
            viz.colour = hex.startsWith(u'#') ? hex.toLower() : u'#' + hex.toLower();
        } else {
            const auto r = flat::parseNumber(a.value("r"_L1));
            const auto g = flat::parseNumber(a.value("g"_L1));
            const auto b = flat::parseNumber(a.value("b"_L1));
            if (r && g && b) {
                auto channel = [](double v) { return qBound(0, int(std::lround(v)), 255); };
                viz.colour = u"#%1%2%3"_s.arg(channel(*r), 2, 16, QLatin1Char('0'))
                                 .arg(channel(*g), 2, 16, QLatin1Char('0'))
                                 .arg(channel(*b), 2, 16, QLatin1Char('0'));
            } else {
                warning(Tr::tr("viz:color without numeric r, g and b; ignored"));
            }
        }
        if (const auto alpha = flat::parseNumber(a.value("a"_L1)); alpha && *alpha < 1.0)
            viz.alpha = *alpha;
    } else if (name == u"size") {
        viz.size = flat::parseNumber(a.value("value"_L1));
    } else if (name == u"thickness") {
        viz.thickness = flat::parseNumber(a.value("value"_L1));
    }
    skipElement();
}

Attributes GexfReader::collect(Class cls, const QList<std::pair<int, QJsonValue>> &values,
                               NodeData *node, EdgeData *edge, const Viz &viz)
{
    Attributes attributes;
    const auto &declarations = m_declarations[int(cls)];
    for (int i = 0; i < declarations.size(); ++i) {
        const AttributeDecl &decl = declarations[i];
        if (decl.dynamic)
            continue;
        QJsonValue value = decl.defaultValue;
        for (const auto &[index, v] : values) {
            if (index == i)
                value = v;
        }
        if (value.isUndefined())
            continue;
        if (node && flat::assignNodeField(*node, decl.title, value))
            continue;
        if (edge && flat::assignEdgeField(*edge, decl.title, value))
            continue;
        attributes.append({decl.title, value});
    }
    if (!viz.colour.isEmpty())
        attributes.append({u"viz_color"_s, viz.colour});
    if (viz.alpha)
        attributes.append({u"viz_alpha"_s, *viz.alpha});
    if (viz.size)
        attributes.append({u"viz_size"_s, *viz.size});
    if (viz.thickness)
        attributes.append({u"viz_thickness"_s, *viz.thickness});
    return attributes;
}

void GexfReader::readNodes(const QString &parent, int nesting)
{
    if (nesting > m_limits.maxDepth) {
        stop(Tr::tr("nodes nested deeper than %n levels", nullptr, numerus(m_limits.maxDepth)));
        return;
    }
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            return;
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() == u"node")
            readNode(parent, nesting);
        else
            skipElement();
    }
}

void GexfReader::readNode(const QString &parent, int nesting)
{
    const auto a = m_xml.attributes();
    NodeData node;
    node.id = a.value("id"_L1).toString();
    node.label = a.value("label"_L1).toString();
    // A node's lifetime is the closest thing GEXF has to our dates.
    node.date = a.value("start"_L1).toString();
    node.endDate = a.value("end"_L1).toString();
    QString pid = a.value("pid"_L1).toString();
    if (pid.isEmpty())
        pid = parent;
    const int line = this->line();
    const int column = this->column();
    if (node.id.isEmpty())
        error(Tr::tr("<node> without an id"));
    if (m_builder.nodeCount() >= m_limits.maxNodes) {
        stop(Tr::tr("more than %n nodes", nullptr, numerus(m_limits.maxNodes)));
        return;
    }
    QList<std::pair<int, QJsonValue>> values;
    Viz viz;
    bool added = false;
    auto add = [&] {
        if (added || node.id.isEmpty())
            return;
        added = true;
        const QString id = node.id;
        if (m_builder.findNode(id)) {
            report({Diagnostic::Severity::Error, m_file, line, column,
                    Tr::tr("node \"%1\" is declared twice").arg(id)});
            return;
        }
        node.attributes = collect(Class::Node, values, &node, nullptr, viz);
        if (!pid.isEmpty())
            node.attributes.append({u"parent"_s, pid});
        m_builder.addNode(std::move(node));
        m_positions.resize(m_builder.nodeCount());
        if (viz.position)
            m_positions.set(m_builder.nodeCount() - 1, *viz.position);
        node.id = id;
    };
    readItemChildren(Class::Node, values, viz, [&] {
        // A hierarchy (GEXF 1.2): the parent comes before its children.
        add();
        readNodes(node.id, nesting + 1);
    });
    if (!m_stop)
        add();
}

void GexfReader::readItemChildren(Class cls, QList<std::pair<int, QJsonValue>> &values, Viz &viz,
                                  const std::function<void()> &nestedNodes)
{
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            break;
        if (!m_xml.isStartElement())
            continue;
        const QStringView name = m_xml.name();
        if (name == u"attvalues") {
            readAttValues(cls, values);
        } else if (name == u"spells") {
            warnDynamicOnce();
            skipElement();
        } else if (name == u"nodes" && nestedNodes) {
            nestedNodes();
        } else if (name == u"color" || name == u"shape"
                   || (cls == Class::Node && (name == u"position" || name == u"size"))
                   || (cls == Class::Edge && name == u"thickness")) {
            readViz(viz);
        } else {
            skipElement();
        }
    }
}

void GexfReader::readEdges()
{
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            return;
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() == u"edge")
            readEdge();
        else
            skipElement();
    }
}

void GexfReader::readEdge()
{
    const auto a = m_xml.attributes();
    PendingEdge edge;
    edge.source = a.value("source"_L1).toString();
    edge.target = a.value("target"_L1).toString();
    edge.data.id = a.value("id"_L1).toString();
    edge.data.label = a.value("label"_L1).toString();
    edge.data.relation = a.value("kind"_L1).toString();
    edge.data.date = a.value("start"_L1).toString();
    edge.data.endDate = a.value("end"_L1).toString();
    const QString weightText = a.value("weight"_L1).toString();
    edge.line = line();
    edge.column = column();
    if (edge.source.isEmpty() || edge.target.isEmpty())
        error(Tr::tr("<edge> needs both source and target"));
    if (m_edges.size() >= m_limits.maxEdges) {
        stop(Tr::tr("more than %n edges", nullptr, numerus(m_limits.maxEdges)));
        return;
    }
    std::optional<double> weight;
    if (!weightText.isEmpty()) {
        weight = flat::parseNumber(weightText);
        if (!weight)
            error(Tr::tr("weight \"%1\" is not a number").arg(weightText));
    }
    QList<std::pair<int, QJsonValue>> values;
    Viz viz;
    readItemChildren(Class::Edge, values, viz, {});
    if (m_stop || edge.source.isEmpty() || edge.target.isEmpty())
        return;
    edge.data.attributes = collect(Class::Edge, values, nullptr, &edge.data, viz);
    if (weight)
        edge.data.attributes.prepend({u"weight"_s, *weight});
    m_edges.append(std::move(edge));
}

} // namespace

LoadResult readGexf(const QByteArray &data, const QString &fileName, const LoadLimits &limits)
{
    if (data.size() > limits.maxFileBytes) {
        return {std::nullopt,
                {{Diagnostic::Severity::Error, fileName, 0, 0,
                  Tr::tr("file is larger than %1 bytes").arg(limits.maxFileBytes)}}};
    }
    GexfReader reader(data, fileName, limits);
    return reader.read();
}

} // namespace entente
