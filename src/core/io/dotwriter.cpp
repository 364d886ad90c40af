// DOT through cgraph (Graphviz::writeDot, the one door to Graphviz): the
// graph's title as label, every node with its label and every attribute,
// pos="x,y" in points (y negated: Graphviz's y axis points up, as dotreader
// undoes; "x,y!" for a pinned node), every edge with its id as key= and every
// attribute. Lists and JSON values as in flatexport_p.h; all DOT values are
// text, so types do not survive (our reader and Graphviz see strings).

#include "io/dataexport.h"
#include "rowprogress_p.h"

#include "flatexport_p.h"
#include "layout/graphviz_p.h"

namespace entente {

using namespace Qt::StringLiterals;

QByteArray writeDot(const GraphDocument &document, QString *error, const ExportProgress &progress)
{
    using namespace flatexport;
    const RelationshipGraph &g = document.graph;
    const NodePositions &p = document.positions;

    // "pos" and "key" are ours; "cluster" is what dotreader makes of
    // clusters, which we do not write.
    const Table nodes(g, Table::Domain::Nodes, {u"pos"_s, u"cluster"_s});
    const Table edges(g, Table::Domain::Edges, {u"pos"_s, u"key"_s});

    Graphviz::DotGraph dot;
    dot.directed = g.isDirected();
    for (const GraphValue &value : graphValues(g))
        dot.attributes.append({value.name == u"title" ? u"label"_s : value.name, value.text});
    dot.nodes.reserve(std::size_t(g.nodeCount()));
    RowProgress rows(progress, g.nodeCount() + g.edgeCount());
    for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n) {
        if (!rows(n))
            return {};
        Graphviz::DotNode node;
        node.name = g.nodeId(n);
        for (const Cell &cell : nodes.row(n))
            node.attributes.append({nodes.columns()[cell.column].name, cell.text});
        if (n < p.size() && p.known[n]) {
            QString pos = numberText(p.x[n]) + u',' + numberText(p.y[n] == 0 ? 0.0 : -p.y[n]);
            if (p.pinned[n])
                pos += u'!';
            node.attributes.append({u"pos"_s, pos});
        }
        dot.nodes.push_back(std::move(node));
    }
    dot.edges.reserve(std::size_t(g.edgeCount()));
    for (EdgeIndex e = 0; e < EdgeIndex(g.edgeCount()); ++e) {
        if (!rows(g.nodeCount() + e))
            return {};
        Graphviz::DotEdge edge;
        edge.tail = g.edgeSource(e);
        edge.head = g.edgeTarget(e);
        if (!g.edgeId(e).isEmpty())
            edge.attributes.append({u"key"_s, g.edgeId(e)});
        for (const Cell &cell : edges.row(e))
            edge.attributes.append({edges.columns()[cell.column].name, cell.text});
        dot.edges.push_back(std::move(edge));
    }
    return Graphviz::writeDot(dot, error);   // one call that cannot stop
}

} // namespace entente
