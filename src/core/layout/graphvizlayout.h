#pragma once

#include "layout/layoutengine.h"

namespace entente {

// The Graphviz layouts (dot, neato, sfdp, circo, twopi; fdp, see engineNames()) as LayoutEngine
// strategies, run through the one Graphviz facade.
//
// They run in one go: progress goes from 0 to 1, and cancelling only means
// the result is thrown away (gvLayout cannot be interrupted). Results are
// deterministic: neato, fdp and sfdp start from the seed (`start=seed`).
// Nodes are small fixed circles without text, so the spacing does not depend
// on fonts. Pinned and inactive nodes keep their start positions; the rest of
// the layout is moved to sit where the pinned nodes (or else the old known
// positions) were, so the view can animate from old to new.
//
// dot draws hierarchies: an edge whose relation says "belongs to"
// (membership, participation) runs from the group to the member, so
// alliances and events rank above their members, left to right with room
// for labels; other relations do not decide ranks when such edges exist.
//
// Engines whose cost grows too fast for a graph (neato's all-pairs distances
// need n² memory) hand graphs above their size limit to sfdp instead.
class GraphvizLayout : public LayoutEngine
{
public:
    explicit GraphvizLayout(const QString &engine);

    QString name() const override { return m_engine; }
    NodePositions run(const LayoutInput &input, LayoutProgress &progress) override;

    // Largest node count each engine takes before sfdp stands in.
    static qsizetype nodeLimit(const QString &engine);
    // The engines offered by the registry: those whose results are reproducible.
    static QStringList engineNames();

private:
    QString m_engine;
};

} // namespace entente
