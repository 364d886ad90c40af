#pragma once

// Private to entente_core: the one door to Graphviz.
//
// cgraph and gvc keep global state (the parser, the error handler, the plugin
// context), so every call into them goes through this class and its one
// mutex: the DOT reader and the Graphviz layout engines may run on different
// threads at the same time, and they then wait for each other here. No
// Graphviz type appears in this header; requests and results are plain data.

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace entente {

class Graphviz
{
public:
    // The gvc library's version at run time (gvcVersion), e.g. "2.42.2".
    static QString version();

    using Attribute = std::pair<QString, QString>;

    struct DotNode
    {
        QString name;
        QList<Attribute> attributes;   // every attribute with a non-empty value
        QString cluster;               // the innermost cluster, by label or name
    };
    struct DotEdge
    {
        quint32 tail = 0;
        quint32 head = 0;
        QList<Attribute> attributes;
    };
    struct DotGraph
    {
        QString name;
        bool directed = false;
        QList<Attribute> attributes;
        std::vector<DotNode> nodes;   // in order of creation
        std::vector<DotEdge> edges;   // in file order
    };
    // A message of cgraph's error handler, e.g. line 3 and
    // "syntax error near '->'"; line 0 when it names none.
    struct Message
    {
        bool error = true;
        int line = 0;
        QString text;
    };
    struct ParseResult
    {
        std::optional<DotGraph> graph;
        QList<Message> messages;
    };

    // Parses the first graph of a DOT text with agmemread. Precondition: the
    // caller has bounded the input (size, token length, nesting) and checked
    // it holds no NUL byte; cgraph's parser has crashed on hostile input before.
    static ParseResult parseDot(const QByteArray &text);

    // Writes `graph` as DOT text through cgraph (agopen, agnode, agedge,
    // agsafeset, agwrite): cgraph quotes names and values as DOT needs them.
    // An edge attribute "key" becomes the edge's name (written as key=, read
    // back by parseDot as the attribute "key"); node clusters are not
    // written. Empty on failure, with `error` set.
    static QByteArray writeDot(const DotGraph &graph, QString *error = nullptr);

    struct LayoutRequest
    {
        QString engine;   // dot, neato, fdp, sfdp, circo, twopi
        qsizetype nodeCount = 0;
        std::vector<std::pair<quint32, quint32>> edges;   // tail, head
        // Per edge, parallel to `edges` (or empty): edges that must not
        // decide dot's ranks (constraint=false).
        std::vector<quint8> unconstrained;
        bool directed = false;
        // Seeds the C library's generators, which sfdp's coarsening and fdp
        // draw from beyond their `start` seed.
        unsigned seed = 1;
        QList<Attribute> graphAttributes;
        QList<Attribute> nodeAttributes;   // defaults for every node
        // Nodes the engine must not move, at their Graphviz coordinates
        // (points, y up); honoured by neato and fdp.
        std::vector<std::optional<QPointF>> pinned;
        // Starting points (Graphviz coordinates) for neato and fdp; fdp's
        // own random start is not reproducible within one process.
        std::vector<std::optional<QPointF>> initial;
    };
    struct LayoutResult
    {
        std::vector<QPointF> positions;   // Graphviz coordinates (points, y up)
        QString error;                    // empty on success
    };

    // Runs one gvc layout engine and reads the node coordinates back.
    static LayoutResult layout(const LayoutRequest &request);

    static QStringList engineNames();
};

} // namespace entente
