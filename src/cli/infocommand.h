#pragma once

#include "io/graphdocument.h"

#include <QJsonObject>

namespace entente {

// The summary that `entente FILE --info` prints: nodes, edges, components,
// dialect, title, directed, and the number of nodes (or edges) per value of
// kind, country, sector (nodes) and relation (edges). A node with two countries
// counts once for each; rows without a value are not counted.
QJsonObject graphInfo(const GraphDocument &document);

} // namespace entente
