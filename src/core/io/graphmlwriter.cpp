// GraphML for yEd, Gephi, Cytoscape and networkx: one typed <key> per
// attribute (for="node", for="edge" or for="graph"), x and y as double keys,
// edgedefault from the graph. Lists (country, sector, sources) are joined
// with ";" and JSON arrays or objects written as JSON text: see
// flatexport_p.h. A comment at the top of the file says so for its readers.

#include "io/dataexport.h"
#include "rowprogress_p.h"

#include "flatexport_p.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace entente {

using namespace Qt::StringLiterals;

namespace {

QString graphMlType(flatexport::Type type)
{
    switch (type) {
    case flatexport::Type::String: return u"string"_s;
    case flatexport::Type::Int: return u"int"_s;
    case flatexport::Type::Long: return u"long"_s;
    case flatexport::Type::Double: return u"double"_s;
    case flatexport::Type::Boolean: return u"boolean"_s;
    }
    return u"string"_s;
}

} // namespace

QByteArray writeGraphMl(const GraphDocument &document, const ExportProgress &progress)
{
    using namespace flatexport;
    using flatexport::xmlSafe;
    const RelationshipGraph &g = document.graph;
    const NodePositions &p = document.positions;

    QByteArray bytes;
    bytes.reserve(qsizetype(1024 + g.nodeCount() * 300 + g.edgeCount() * 200));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"graphml"_s);
    xml.writeDefaultNamespace(u"http://graphml.graphdrawing.org/xmlns"_s);
    xml.writeNamespace(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"xsi"_s);
    xml.writeAttribute(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"schemaLocation"_s,
                       u"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"_s);
    xml.writeComment(u" Written by Entente. country, sector and sources may hold several values, "
                     "joined with ';'. Attributes that are JSON arrays or objects hold JSON text. "
                     "x and y are the node positions (y points down). "_s);

    const QList<GraphValue> graphData = graphValues(g);
    const Table nodes(g, Table::Domain::Nodes);
    const Table edges(g, Table::Domain::Edges);
    const bool anyPosition = p.anyKnown();

    // Key ids d0, d1 ... as networkx writes them: graph keys, node keys
    // (then x and y), edge keys.
    int keyNumber = 0;
    auto writeKey = [&](const QString &domain, const QString &name, Type type) {
        const QString id = u"d"_s + QString::number(keyNumber++);
        xml.writeEmptyElement(u"key"_s);
        xml.writeAttribute(u"id"_s, id);
        xml.writeAttribute(u"for"_s, domain);
        xml.writeAttribute(u"attr.name"_s, xmlSafe(name));
        xml.writeAttribute(u"attr.type"_s, graphMlType(type));
        return id;
    };
    QStringList graphKeys;
    for (const GraphValue &value : graphData)
        graphKeys.append(writeKey(u"graph"_s, value.name, value.type));
    QStringList nodeKeys;
    for (const Column &column : nodes.columns())
        nodeKeys.append(writeKey(u"node"_s, column.name, column.type));
    QString xKey, yKey;
    if (anyPosition) {
        xKey = writeKey(u"node"_s, u"x"_s, Type::Double);
        yKey = writeKey(u"node"_s, u"y"_s, Type::Double);
    }
    QStringList edgeKeys;
    for (const Column &column : edges.columns())
        edgeKeys.append(writeKey(u"edge"_s, column.name, column.type));

    auto writeData = [&](const QString &key, const QString &text) {
        xml.writeStartElement(u"data"_s);
        xml.writeAttribute(u"key"_s, key);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    };

    xml.writeStartElement(u"graph"_s);
    xml.writeAttribute(u"id"_s, u"G"_s);
    xml.writeAttribute(u"edgedefault"_s, g.isDirected() ? u"directed"_s : u"undirected"_s);
    for (qsizetype i = 0; i < graphData.size(); ++i)
        writeData(graphKeys[i], graphData[i].text);

    RowProgress rows(progress, g.nodeCount() + g.edgeCount());
    for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n) {
        if (!rows(n))
            return {};
        xml.writeStartElement(u"node"_s);
        xml.writeAttribute(u"id"_s, xmlSafe(g.nodeId(n)));
        for (const Cell &cell : nodes.row(n))
            writeData(nodeKeys[cell.column], cell.text);
        if (anyPosition && n < p.size() && p.known[n]) {
            writeData(xKey, numberText(p.x[n]));
            writeData(yKey, numberText(p.y[n]));
        }
        xml.writeEndElement();
    }
    for (EdgeIndex e = 0; e < EdgeIndex(g.edgeCount()); ++e) {
        if (!rows(g.nodeCount() + e))
            return {};
        xml.writeStartElement(u"edge"_s);
        if (!g.edgeId(e).isEmpty())
            xml.writeAttribute(u"id"_s, xmlSafe(g.edgeId(e)));
        xml.writeAttribute(u"source"_s, xmlSafe(g.nodeId(g.edgeSource(e))));
        xml.writeAttribute(u"target"_s, xmlSafe(g.nodeId(g.edgeTarget(e))));
        for (const Cell &cell : edges.row(e))
            writeData(edgeKeys[cell.column], cell.text);
        xml.writeEndElement();
    }
    xml.writeEndElement();   // graph
    xml.writeEndElement();   // graphml
    xml.writeEndDocument();
    return bytes;
}

} // namespace entente
