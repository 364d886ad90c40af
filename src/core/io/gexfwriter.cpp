// GEXF 1.3 for Gephi and networkx: typed attribute declarations (class node
// and edge), <attvalues>, and the viz module: viz:position (Gephi's y axis
// points up: y is negated, as gexfreader undoes), viz:color (the colour the
// view gives the node by default: GraphStyle{} by sector) and viz:size (the
// node's radius in the units of the positions, as the renderer draws it).
// Lists and JSON values as in flatexport_p.h; the title goes to <meta>.

#include "io/dataexport.h"
#include "rowprogress_p.h"

#include "flatexport_p.h"
#include "render/graphrenderer.h"
#include "render/graphstyle.h"

#include <QBuffer>
#include <QDate>
#include <QXmlStreamWriter>

namespace entente {

using namespace Qt::StringLiterals;

namespace {

QString gexfType(flatexport::Type type)
{
    switch (type) {
    case flatexport::Type::String: return u"string"_s;
    case flatexport::Type::Int: return u"integer"_s;
    case flatexport::Type::Long: return u"long"_s;
    case flatexport::Type::Double: return u"double"_s;
    case flatexport::Type::Boolean: return u"boolean"_s;
    }
    return u"string"_s;
}

const QString gexfNamespace = u"http://gexf.net/1.3"_s;
const QString vizNamespace = u"http://gexf.net/1.3/viz"_s;

} // namespace

QByteArray writeGexf(const GraphDocument &document, const ExportProgress &progress)
{
    using namespace flatexport;
    using flatexport::xmlSafe;
    const RelationshipGraph &g = document.graph;
    const NodePositions &p = document.positions;

    // The viz_* names are what gexfreader makes of the viz elements; an
    // attribute so named would come back twice.
    const QStringList vizNames{u"viz_color"_s, u"viz_size"_s, u"viz_alpha"_s, u"viz_thickness"_s};
    const Table nodes(g, Table::Domain::Nodes, vizNames);
    const Table edges(g, Table::Domain::Edges, vizNames);
    const int nodeLabel = nodes.columnOf(u"label"_s);
    const int edgeLabel = edges.columnOf(u"label"_s);

    const GraphAppearance appearance = GraphAppearance::build(g, GraphStyle());
    const double unit = GraphRenderer::naturalUnit(g, p);

    QByteArray bytes;
    bytes.reserve(qsizetype(1024 + g.nodeCount() * 400 + g.edgeCount() * 200));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeNamespace(vizNamespace, u"viz"_s);
    xml.writeNamespace(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"xsi"_s);
    xml.writeDefaultNamespace(gexfNamespace);
    xml.writeStartElement(gexfNamespace, u"gexf"_s);
    xml.writeAttribute(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"schemaLocation"_s,
                       u"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"_s);
    xml.writeAttribute(u"version"_s, u"1.3"_s);
    xml.writeComment(u" Written by Entente. country, sector and sources may hold several values, "
                     "joined with ';'. Attributes that are JSON arrays or objects hold JSON text. "_s);

    xml.writeStartElement(gexfNamespace, u"meta"_s);
    xml.writeAttribute(u"lastmodifieddate"_s, QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(gexfNamespace, u"creator"_s, u"Entente " ENTENTE_VERSION ""_s);
    if (!g.title().isEmpty())
        xml.writeTextElement(gexfNamespace, u"title"_s, xmlSafe(g.title()));
    xml.writeEndElement();

    xml.writeStartElement(gexfNamespace, u"graph"_s);
    xml.writeAttribute(u"mode"_s, u"static"_s);
    xml.writeAttribute(u"defaultedgetype"_s, g.isDirected() ? u"directed"_s : u"undirected"_s);

    // Declarations: every column but the label, which is an XML attribute of
    // its own in GEXF. The declaration's id is the column number.
    auto declare = [&](const QString &cls, const Table &table, int labelColumn) {
        xml.writeStartElement(gexfNamespace, u"attributes"_s);
        xml.writeAttribute(u"class"_s, cls);
        for (int i = 0; i < table.columns().size(); ++i) {
            if (i == labelColumn)
                continue;
            xml.writeEmptyElement(gexfNamespace, u"attribute"_s);
            xml.writeAttribute(u"id"_s, QString::number(i));
            xml.writeAttribute(u"title"_s, xmlSafe(table.columns()[i].name));
            xml.writeAttribute(u"type"_s, gexfType(table.columns()[i].type));
        }
        xml.writeEndElement();
    };
    declare(u"node"_s, nodes, nodeLabel);
    declare(u"edge"_s, edges, edgeLabel);

    auto writeValues = [&](const Row &row, int labelColumn) {
        bool open = false;
        for (const Cell &cell : row) {
            if (cell.column == labelColumn)
                continue;
            if (!open) {
                xml.writeStartElement(gexfNamespace, u"attvalues"_s);
                open = true;
            }
            xml.writeEmptyElement(gexfNamespace, u"attvalue"_s);
            xml.writeAttribute(u"for"_s, QString::number(cell.column));
            xml.writeAttribute(u"value"_s, xmlSafe(cell.text));
        }
        if (open)
            xml.writeEndElement();
    };

    xml.writeStartElement(gexfNamespace, u"nodes"_s);
    RowProgress rows(progress, g.nodeCount() + g.edgeCount());
    for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n) {
        if (!rows(n))
            return {};
        xml.writeStartElement(gexfNamespace, u"node"_s);
        xml.writeAttribute(u"id"_s, xmlSafe(g.nodeId(n)));
        if (!g.nodeLabel(n).isEmpty())
            xml.writeAttribute(u"label"_s, xmlSafe(g.nodeLabel(n)));
        writeValues(nodes.row(n), nodeLabel);
        if (n < p.size() && p.known[n]) {
            xml.writeEmptyElement(vizNamespace, u"position"_s);
            xml.writeAttribute(u"x"_s, numberText(p.x[n]));
            xml.writeAttribute(u"y"_s, numberText(p.y[n] == 0 ? 0.0 : -p.y[n]));
            xml.writeAttribute(u"z"_s, u"0"_s);
        }
        const QRgb colour = appearance.nodeColor[n];
        xml.writeEmptyElement(vizNamespace, u"color"_s);
        xml.writeAttribute(u"r"_s, QString::number(qRed(colour)));
        xml.writeAttribute(u"g"_s, QString::number(qGreen(colour)));
        xml.writeAttribute(u"b"_s, QString::number(qBlue(colour)));
        xml.writeEmptyElement(vizNamespace, u"size"_s);
        xml.writeAttribute(u"value"_s, QString::number(appearance.nodeSize[n] * unit, 'g', 6));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(gexfNamespace, u"edges"_s);
    for (EdgeIndex e = 0; e < EdgeIndex(g.edgeCount()); ++e) {
        if (!rows(g.nodeCount() + e))
            return {};
        xml.writeStartElement(gexfNamespace, u"edge"_s);
        if (!g.edgeId(e).isEmpty())
            xml.writeAttribute(u"id"_s, xmlSafe(g.edgeId(e)));
        xml.writeAttribute(u"source"_s, xmlSafe(g.nodeId(g.edgeSource(e))));
        xml.writeAttribute(u"target"_s, xmlSafe(g.nodeId(g.edgeTarget(e))));
        if (!g.edgeLabel(e).isEmpty())
            xml.writeAttribute(u"label"_s, xmlSafe(g.edgeLabel(e)));
        writeValues(edges.row(e), edgeLabel);
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeEndElement();   // graph
    xml.writeEndElement();   // gexf
    xml.writeEndDocument();
    return bytes;
}

} // namespace entente
