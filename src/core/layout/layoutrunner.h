#pragma once

#include "model/nodepositions.h"
#include "model/relationshipgraph.h"

#include <QObject>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

namespace entente {

// The live layout of the window. Jobs run on the global thread pool: each job
// takes copies (graph, positions, settings) and hands back positions by value;
// the runner applies them on its own (the GUI) thread. A generation counter
// drops the results of superseded jobs (restart, new graph, other engine).
//
// "force" first runs the multilevel layout once (snapshots arrive as it goes),
// then animates to the result; after that, drags and filter changes run short
// single-level slices from the current positions (a gentle, mostly local
// restart) until they converge. Other engines run once, then animate.
// positionsUpdated() is emitted at most ~30 times a second.
//
// Pinned nodes are never moved: their positions are the user's, and a result
// computed while the user dragged keeps the dragged node where the user put it.
class LayoutRunner : public QObject
{
    Q_OBJECT
public:
    explicit LayoutRunner(QObject *parent = nullptr);
    ~LayoutRunner() override;   // cancels running jobs and waits for them

    // Starts on a new graph. When `start` is complete (positionsAreComplete),
    // the positions are kept and the runner reports converged() without moving
    // anything; otherwise the engine lays the graph out from them.
    void start(const RelationshipGraph &graph, const NodePositions &start, quint64 seed = 1);
    void pause();
    void resume();
    bool isRunning() const;
    bool isPaused() const;
    void restart();                          // from scratch (pins kept)
    void setEngine(const QString &name);     // "force" = live; others run once, then animate
    QString engine() const;
    void setActiveNodes(std::vector<quint8> active);  // filter: lay out what is shown
    void moveNode(NodeIndex node, QPointF pos, bool pinned);  // user drag: gentle restart
    void setPinned(NodeIndex node, bool pinned);

    const RelationshipGraph &graph() const;
    const NodePositions &positions() const;  // the latest applied positions

signals:
    void positionsUpdated(const entente::NodePositions &positions);  // at most ~30/s
    void runningChanged(bool running);
    void converged();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace entente
