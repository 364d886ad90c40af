#pragma once

#include "model/nodepositions.h"
#include "model/relationshipgraph.h"

#include <QByteArray>

namespace entente {

// The positions as `id<TAB>x<TAB>y` lines, one per node in node order: the
// format the bench's quality.py reads. Tabs and line breaks inside an id are
// written as spaces, so that every line has three fields.
QByteArray positionsTsv(const RelationshipGraph &graph, const NodePositions &positions);

} // namespace entente
