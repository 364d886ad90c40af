#pragma once

#include "graphrenderer.h"
#include "graphstyle.h"
#include "model/nodepositions.h"
#include "model/relationshipgraph.h"

#include <QImage>
#include <QObject>
#include <QSize>
#include <QTransform>
#include <memory>
#include <optional>
#include <vector>

namespace entente {

// Everything a frame of a big graph needs, by value: the worker never looks at
// the caller's arrays, which keep changing while it paints.
struct FrameJob
{
    quint64 id = 0;              // the caller's tag, handed back with the image
    RelationshipGraph graph;     // cheap to copy
    GraphStyle style;
    // Changes whenever the graph or the style does: the worker rebuilds its
    // renderer's appearance only then (a style pass over a big graph costs).
    quint64 appearanceKey = 0;
    double unit = 1.0;
    NodePositions positions;
    std::vector<NodeState> nodeStates;    // empty = all shown
    std::vector<quint8> edgeVisible;      // empty = all
    std::vector<quint8> selectedNodes;
    std::optional<EdgeIndex> selectedEdge;
    std::optional<NodeIndex> hoveredNode;
    QTransform sceneToDevice;             // device pixels of `size` at `devicePixelRatio`
    QSize size;                           // widget pixels
    double devicePixelRatio = 1.0;
    RenderOptions options;
};

// Renders frames on its own thread with its own GraphRenderer (the renderer
// caches sprites and is not thread-safe). Only the newest job is kept: a job
// posted while another waits replaces it, so a busy worker never builds up a
// queue of stale frames and the caller always gets the latest state next.
// frameRendered() is delivered in the thread of this object (queued).
class FrameRenderThread : public QObject
{
    Q_OBJECT

public:
    explicit FrameRenderThread(QObject *parent = nullptr);
    ~FrameRenderThread() override;   // waits for the frame being painted, drops the waiting one

    // Queues `job`, replacing one that is still waiting (that one is never
    // rendered and gets no frameRendered()).
    void post(FrameJob job);

signals:
    // `ms` is the wall time of the paint on the worker, `sampled` the fraction
    // of edges it drew (RenderStats::sampled, for edge picking).
    void frameRendered(quint64 id, const QImage &image, double ms, double sampled);

private:
    void run();

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace entente
