#pragma once

#include "model/diagnostic.h"
#include "model/nodepositions.h"
#include "model/relationshipgraph.h"

#include <optional>

namespace entente {

// A loaded graph with its positions, as a reader returns it and a writer takes it.
struct GraphDocument
{
    RelationshipGraph graph;
    NodePositions positions;   // same size as graph.nodeCount()
    QString dialect;           // "entente", "node-link", "cytoscape", "graphology", "jgf", ...
};

// Limits that turn hostile or broken input into errors instead of exhausting
// memory or time. Defaults fit the bench's 1M-edge graph with room to spare.
struct LoadLimits
{
    qint64 maxFileBytes = qint64(1) << 30;   // 1 GiB
    int maxDepth = 64;                       // JSON / XML nesting
    qint64 maxStringBytes = 16 << 20;        // one string or token
    qint64 maxNodes = 20'000'000;
    qint64 maxEdges = 100'000'000;
    int maxAttributes = 10'000;              // per node or edge
    int maxErrors = 50;                      // reported before giving up
};

// What a reader returns: the document, or the errors that stopped it. Warnings
// can come with a document.
struct LoadResult
{
    std::optional<GraphDocument> document;
    Diagnostics diagnostics;

    bool ok() const { return document.has_value(); }
};

} // namespace entente
