#pragma once

#include "model/nodepositions.h"
#include "model/relationshipgraph.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace entente {

// What a layout engine works on: a copy of the graph (cheap, shared) and the
// start positions. Nodes whose `start.known` is set are used as the starting
// point; nodes whose `start.pinned` is set are never moved (the user owns them).
// `active`, when not empty, has one entry per node: only nodes with a non-zero
// entry are laid out; the others keep their start positions and exert no
// forces (a filter hides them).
struct LayoutInput
{
    RelationshipGraph graph;
    NodePositions start;
    quint64 seed = 1;
    std::vector<quint8> active;

    bool isActive(NodeIndex n) const { return active.empty() || active[n] != 0; }
};

// The channel between a running engine and whoever started it. Every member is
// thread-safe: the engine calls setProgress()/reportSnapshot()/isCancelled() on
// its worker thread while the owner calls cancel() from another.
class LayoutProgress
{
public:
    using SnapshotCallback = std::function<void(const NodePositions &positions)>;

    LayoutProgress() = default;
    LayoutProgress(const LayoutProgress &) = delete;
    LayoutProgress &operator=(const LayoutProgress &) = delete;

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // 0..1; engines report it as they go.
    void setProgress(double value) { m_progress.store(value, std::memory_order_relaxed); }
    double progress() const { return m_progress.load(std::memory_order_relaxed); }

    // The callback receives intermediate positions (same indexing as the
    // input) at most every `minIntervalMs`. It runs on the engine's thread.
    // Set it before the engine starts.
    void setSnapshotCallback(SnapshotCallback callback, int minIntervalMs = 33);
    // Cheap test for engines: is a snapshot due? Building one costs a copy,
    // so engines ask first.
    bool wantsSnapshot() const;
    void reportSnapshot(const NodePositions &positions);

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<double> m_progress{0.0};
    SnapshotCallback m_snapshot;
    int m_minIntervalMs = 33;
    mutable std::mutex m_mutex;
    qint64 m_lastSnapshotMs = -1;
};

// A layout is a strategy that returns positions. Every engine returns one
// finite position for every node (`known` set for all of them), leaves pinned
// nodes and inactive nodes where `start` had them, and gives the same result
// for the same input and seed.
class LayoutEngine
{
public:
    virtual ~LayoutEngine() = default;
    virtual QString name() const = 0;
    virtual NodePositions run(const LayoutInput &input, LayoutProgress &progress) = 0;
};

// The registry of engines by name: "force" (ours); the Graphviz engines join in
// layoutengine.cpp. Returns nullptr for an unknown name.
std::unique_ptr<LayoutEngine> createLayoutEngine(const QString &name);
QStringList layoutEngineNames();

using LayoutEngineFactory = std::function<std::unique_ptr<LayoutEngine>()>;
// Adds (or replaces) an engine at run time, e.g. for tests.
void registerLayoutEngine(const QString &name, LayoutEngineFactory factory);

// The rule for positions from a file: they are kept as they are (no layout
// run) when every node has one and they are not degenerate: all finite, and
// (with two nodes or more) at least half of the nodes at distinct points, so a
// file that puts everything at (0, 0) gets a layout. Otherwise the known
// positions are only a starting point. The caller decides; engines always run.
bool positionsAreComplete(const NodePositions &positions);

} // namespace entente
