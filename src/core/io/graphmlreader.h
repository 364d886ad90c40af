#pragma once

#include "io/graphdocument.h"

#include <QByteArray>

namespace entente {

// Reads GraphML (yEd, Gephi, networkx, igraph, Cytoscape) from memory.
//
// Typed <key>s (string, int, long, float, double, boolean) with their
// <default>s become attributes of the file's type; well-known names (label or
// name, kind or type, country, sector, relation, date, end_date, volume) fill
// the model's fields, and x/y keys or yEd's <y:Geometry> give positions (the
// centre of yEd's box, in its y-down coordinates). An edge to an undeclared
// node is an error: nodes are never invented. A DOCTYPE declaring entities is
// refused (no entity expansion). `fileName` only names the place in
// diagnostics.
LoadResult readGraphMl(const QByteArray &data, const QString &fileName,
                       const LoadLimits &limits = {});

} // namespace entente
