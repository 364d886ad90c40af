#pragma once

// Private to entente_core's analysis code.

#include "model/relationshipgraph.h"

#include <algorithm>
#include <vector>

namespace entente::detail {

// The graph as the centralities see it: undirected, no parallel edges, no
// self-loops, neighbours sorted, in compressed rows. Built in O(m log d) from
// the model's adjacency arrays.
struct SimpleGraph
{
    quint32 n = 0;
    std::vector<quint32> offsets;   // n + 1
    std::vector<quint32> targets;

    explicit SimpleGraph(const RelationshipGraph &graph)
    {
        n = quint32(graph.nodeCount());
        const auto adjOffsets = graph.adjacencyOffsets();
        const auto adjTargets = graph.adjacencyTargets();
        offsets.assign(n + 1, 0);
        targets.reserve(adjTargets.size());
        std::vector<quint32> row;
        for (quint32 v = 0; v < n; ++v) {
            row.assign(adjTargets.begin() + adjOffsets[v], adjTargets.begin() + adjOffsets[v + 1]);
            std::sort(row.begin(), row.end());
            row.erase(std::unique(row.begin(), row.end()), row.end());
            for (quint32 w : row)
                if (w != v)
                    targets.push_back(w);
            offsets[v + 1] = quint32(targets.size());
        }
    }

    quint32 degree(quint32 v) const { return offsets[v + 1] - offsets[v]; }
    const quint32 *begin(quint32 v) const { return targets.data() + offsets[v]; }
    const quint32 *end(quint32 v) const { return targets.data() + offsets[v + 1]; }
    quint64 edgeCount() const { return targets.size() / 2; }
};

} // namespace entente::detail
