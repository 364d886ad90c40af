#pragma once

#include "io/graphdocument.h"

#include <QByteArray>

namespace entente {

// Reads GEXF 1.1, 1.2 and 1.3 (Gephi, networkx) from memory.
//
// Declared <attributes> with their <attvalues> become typed attributes;
// well-known titles (kind, country, sector, relation, ...) fill the model's
// fields, a node's start/end its dates. viz:position gives positions (Gephi's
// y axis points up, the screen's down: y is flipped); viz:color and viz:size
// are kept as the attributes viz_color ("#rrggbb") and viz_size for the
// initial style. Dynamic attributes and spells are ignored with a warning.
// An edge to an undeclared node is an error; a DOCTYPE declaring entities is
// refused.
LoadResult readGexf(const QByteArray &data, const QString &fileName,
                    const LoadLimits &limits = {});

} // namespace entente
