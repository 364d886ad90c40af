#pragma once

#include "io/graphdocument.h"

#include <QByteArray>

namespace entente {

// The largest DOT text handed to cgraph's parser, whatever the LoadLimits
// say: three times the bench's 1M-edge graph. cgraph needs some hundred
// bytes per node and edge, so a bigger file would exhaust memory first.
inline constexpr qint64 maxDotBytes = qint64(64) << 20;

// Reads the first graph of a DOT (Graphviz) text through cgraph.
//
// Nodes, edges and every attribute are kept; a node's innermost cluster
// (subgraph cluster_*) becomes its `cluster` attribute, by the cluster's label
// or else its name. `label`, `kind`, `country`, `sector`, `relation`, `date`
// ... fill the model; `pos` ("x,y" in points, "!" pinned) gives positions with
// y flipped (Graphviz's y axis points up, the screen's down). Before cgraph
// sees the text it is checked for size, NUL bytes, token length and brace
// nesting (cgraph has crashed on such input: CVE-2014-1235, CVE-2019-9904).
// Parse errors come back with cgraph's line numbers.
LoadResult readDot(const QByteArray &data, const QString &fileName,
                   const LoadLimits &limits = {});

} // namespace entente
