#pragma once

#include "model/relationshipgraph.h"
#include "analysis/nodemetrics.h"

#include <QByteArray>
#include <QStringList>

namespace entente {

// The CSV that `entente FILE --metrics OUT.csv` writes: a header row, then one
// row per node: id, label, degree, betweenness, closeness, pagerank,
// eigenvector, component, community, core (RFC 4180 quoting, numbers in the
// shortest form that reads back exactly).
QByteArray metricsCsv(const RelationshipGraph &graph, const NodeMetrics &metrics);

// Resolves what the user typed for a node: its id, else a label or id equal
// up to case when only one node has it. Nullopt otherwise.
std::optional<NodeIndex> resolveNode(const RelationshipGraph &graph, const QString &text);

// Up to `count` ids close to `text` (by edit distance on ids and labels, and
// by containment), best first: the "did you mean" of an unknown id.
QStringList similarNodeIds(const RelationshipGraph &graph, const QString &text, int count = 3);

} // namespace entente
