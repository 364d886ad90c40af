#include "layout/layoutrunner.h"

#include "layout/forcelayout.h"
#include "layout/layoutengine.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

constexpr int kFrameMs = 33;           // at most ~30 updates a second
constexpr int kAnimationMs = 400;      // transition to a finished engine's result
constexpr int kSliceMilliseconds = 25; // work per live slice on big graphs
constexpr int kSliceIterations = 4;    // ... and on small ones, so that they animate
constexpr double kDragStep = 0.1;      // live step after a drag, in units of K
constexpr double kFilterStep = 0.3;    // live step after the active set changed

enum class Phase { Idle, Initial, Animating, Live };

// The newest layout snapshot not yet taken by the GUI thread.
struct SnapshotSlot
{
    std::mutex mutex;
    std::optional<NodePositions> latest;
    bool posted = false;   // an event to take it is on its way
};

struct SliceResult
{
    NodePositions positions;
    ForceLayout::LiveState state;
};

} // namespace

struct LayoutRunner::Impl
{
    LayoutRunner *q;
    RelationshipGraph graph;
    NodePositions positions;
    quint64 seed = 1;
    QString engineName = u"force"_s;
    std::vector<quint8> active;

    Phase phase = Phase::Idle;
    bool paused = false;
    bool reportedRunning = false;
    quint64 generation = 0;
    std::shared_ptr<LayoutProgress> progress;   // of the in-flight initial run
    bool sliceInFlight = false;
    ForceLayout::LiveState live;
    std::vector<NodeIndex> movedDuringJob;
    QList<QFuture<void>> jobs;

    QTimer frameTimer;       // throttles live slices
    QElapsedTimer sinceSlice;
    QTimer animationTimer;
    QElapsedTimer animationClock;
    NodePositions animationFrom, animationTo;

    explicit Impl(LayoutRunner *runner) : q(runner)
    {
        frameTimer.setSingleShot(true);
        QObject::connect(&frameTimer, &QTimer::timeout, q, [this] { startSlice(); });
        animationTimer.setInterval(kFrameMs);
        QObject::connect(&animationTimer, &QTimer::timeout, q, [this] { animate(); });
    }

    void pruneJobs()
    {
        jobs.erase(std::remove_if(jobs.begin(), jobs.end(),
                                  [](const QFuture<void> &f) { return f.isFinished(); }),
                   jobs.end());
    }

    void updateRunning()
    {
        const bool running = phase != Phase::Idle && !paused;
        if (running != reportedRunning) {
            reportedRunning = running;
            emit q->runningChanged(running);
        }
    }

    // Drops whatever is in flight: its results will not be applied.
    void supersede()
    {
        ++generation;
        if (progress)
            progress->cancel();
        progress.reset();
        sliceInFlight = false;
        frameTimer.stop();
        animationTimer.stop();
        animationFrom = NodePositions();
        animationTo = NodePositions();
        movedDuringJob.clear();
        phase = Phase::Idle;
    }

    // Positions the user owns (pinned, or moved while the job ran) override a result.
    NodePositions merged(NodePositions result) const
    {
        if (result.size() != positions.size())
            return result;
        for (qsizetype i = 0; i < result.size(); ++i) {
            result.pinned[i] = positions.pinned[i];
            if (positions.pinned[i] && positions.known[i]) {
                result.x[i] = positions.x[i];
                result.y[i] = positions.y[i];
                result.known[i] = 1;
            }
        }
        for (NodeIndex n : movedDuringJob) {
            result.x[n] = positions.x[n];
            result.y[n] = positions.y[n];
            result.known[n] = 1;
        }
        return result;
    }

    void apply(NodePositions result)
    {
        positions = merged(std::move(result));
        emit q->positionsUpdated(positions);
    }

    void startInitial(NodePositions start)
    {
        supersede();
        phase = Phase::Initial;
        updateRunning();
        const quint64 gen = generation;
        progress = std::make_shared<LayoutProgress>();
        // Snapshots meet in one slot: a newer one replaces one the GUI thread
        // has not taken yet, and only an empty slot posts an event. Posting
        // every snapshot queued a full copy of the positions each time the
        // window painted slower than the layout produced them (g1m on a
        // loaded machine: about 10 MB more resident while the layout ran),
        // and the window then showed stale ones; now at most one waits.
        auto slot = std::make_shared<SnapshotSlot>();
        progress->setSnapshotCallback(
            [this, gen, slot](const NodePositions &snapshot) {
                {
                    std::lock_guard lock(slot->mutex);
                    slot->latest = snapshot;
                    if (slot->posted)
                        return;
                    slot->posted = true;
                }
                QMetaObject::invokeMethod(q, [this, gen, slot] {
                    std::optional<NodePositions> latest;
                    {
                        std::lock_guard lock(slot->mutex);
                        latest.swap(slot->latest);
                        slot->posted = false;
                    }
                    if (latest && gen == generation && phase == Phase::Initial)
                        apply(std::move(*latest));
                }, Qt::QueuedConnection);
            },
            kFrameMs);
        LayoutInput input{graph, std::move(start), seed, active};
        const QString name = engineName;
        auto jobProgress = progress;
        pruneJobs();
        jobs.append(QtConcurrent::run([this, gen, input = std::move(input), name, jobProgress] {
            NodePositions result;
            if (auto engine = createLayoutEngine(name))
                result = engine->run(input, *jobProgress);
            else
                result = input.start;
            QMetaObject::invokeMethod(q, [this, gen, result = std::move(result)] {
                initialFinished(gen, result);
            }, Qt::QueuedConnection);
        }));
    }

    void initialFinished(quint64 gen, const NodePositions &result)
    {
        if (gen != generation)
            return;
        const bool cancelled = progress && progress->isCancelled();
        progress.reset();
        if (result.size() != positions.size()) {
            phase = Phase::Idle;
            updateRunning();
            return;
        }
        // Animate from what is on screen (nodes without a position start at
        // their final place) to the result.
        animationTo = merged(result);
        animationFrom = positions;
        for (qsizetype i = 0; i < animationFrom.size(); ++i) {
            if (!animationFrom.known[i]) {
                animationFrom.x[i] = animationTo.x[i];
                animationFrom.y[i] = animationTo.y[i];
                animationFrom.known[i] = animationTo.known[i];
            }
        }
        movedDuringJob.clear();
        live = {};
        if (cancelled) {
            // Paused during the run: show what there is, resume refines it.
            apply(std::move(animationTo));
            animationTo = NodePositions();
            animationFrom = NodePositions();
            live.step = 0.5;
            live.converged = false;
            phase = Phase::Live;
            updateRunning();
            return;
        }
        phase = Phase::Animating;
        animationClock.start();
        animationTimer.start();
        animate();
    }

    void animate()
    {
        if (phase != Phase::Animating) {
            animationTimer.stop();
            return;
        }
        const double t = std::min(1.0, double(animationClock.elapsed()) / kAnimationMs);
        const double e = t * t * (3.0 - 2.0 * t);   // smoothstep
        NodePositions frame = animationTo;
        for (qsizetype i = 0; i < frame.size(); ++i) {
            frame.x[i] = animationFrom.x[i] + (animationTo.x[i] - animationFrom.x[i]) * e;
            frame.y[i] = animationFrom.y[i] + (animationTo.y[i] - animationFrom.y[i]) * e;
        }
        apply(std::move(frame));
        if (t >= 1.0) {
            animationTimer.stop();
            // Two copies of the positions (4.5 MB at 125k nodes) no longer needed.
            animationFrom = NodePositions();
            animationTo = NodePositions();
            finishConverged();
        }
    }

    void finishConverged()
    {
        phase = Phase::Idle;
        live.converged = true;
        updateRunning();
        emit q->converged();
    }

    // Live mode: short single-level slices of the force layout, one at a time.
    void wakeLive(double step)
    {
        if (graph.isEmpty())
            return;
        if (phase == Phase::Initial)
            return;   // the running layout's result keeps the user's moves
        if (phase == Phase::Animating) {
            animationTimer.stop();
            positions = merged(animationTo);
            animationFrom = NodePositions();
            animationTo = NodePositions();
        }
        if (phase != Phase::Live) {
            live.step = step;
            live.improvements = 0;
            live.energy = std::numeric_limits<double>::infinity();
        } else {
            live.step = std::max(live.step, step);
        }
        live.converged = false;
        phase = Phase::Live;
        updateRunning();
        scheduleSlice();
    }

    void scheduleSlice()
    {
        if (phase != Phase::Live || paused || sliceInFlight || frameTimer.isActive())
            return;
        const qint64 wait = sinceSlice.isValid() ? kFrameMs - sinceSlice.elapsed() : 0;
        frameTimer.start(int(std::max<qint64>(0, wait)));
    }

    void startSlice()
    {
        if (phase != Phase::Live || paused || sliceInFlight)
            return;
        sliceInFlight = true;
        sinceSlice.start();
        movedDuringJob.clear();
        const quint64 gen = generation;
        LayoutInput input{graph, positions, seed, active};
        ForceLayout::LiveState state = live;
        pruneJobs();
        jobs.append(QtConcurrent::run([this, gen, input = std::move(input), state]() mutable {
            SliceResult result;
            result.state = state;
            result.positions = ForceLayout().refine(input, result.state, kSliceIterations * 1000,
                                                    kSliceMilliseconds);
            QMetaObject::invokeMethod(q, [this, gen, result = std::move(result)] {
                sliceFinished(gen, result);
            }, Qt::QueuedConnection);
        }));
    }

    void sliceFinished(quint64 gen, const SliceResult &result)
    {
        if (gen != generation)
            return;
        sliceInFlight = false;
        if (phase != Phase::Live)
            return;
        const double keptStep = live.step;
        live = result.state;
        // A drag during the slice asked for a larger step than the slice ended with.
        if (!movedDuringJob.empty()) {
            live.step = std::max(live.step, std::min(keptStep, kDragStep));
            live.converged = false;
        }
        apply(result.positions);
        movedDuringJob.clear();
        if (live.converged) {
            finishConverged();
            return;
        }
        scheduleSlice();
    }
};

LayoutRunner::LayoutRunner(QObject *parent) : QObject(parent), m_impl(std::make_unique<Impl>(this))
{
}

LayoutRunner::~LayoutRunner()
{
    m_impl->supersede();
    for (QFuture<void> &job : m_impl->jobs)
        job.waitForFinished();
}

void LayoutRunner::start(const RelationshipGraph &graph, const NodePositions &start, quint64 seed)
{
    Impl &d = *m_impl;
    d.supersede();
    d.graph = graph;
    d.seed = seed;
    d.active.clear();
    d.positions = start;
    d.positions.resize(graph.nodeCount());
    if (positionsAreComplete(d.positions) || graph.isEmpty()) {
        emit positionsUpdated(d.positions);
        d.finishConverged();
        return;
    }
    emit positionsUpdated(d.positions);
    d.startInitial(d.positions);
}

void LayoutRunner::pause()
{
    Impl &d = *m_impl;
    if (d.paused)
        return;
    d.paused = true;
    d.frameTimer.stop();
    if (d.phase == Phase::Initial && d.progress)
        d.progress->cancel();   // its partial result arrives and is shown
    d.updateRunning();
}

void LayoutRunner::resume()
{
    Impl &d = *m_impl;
    if (!d.paused && d.phase != Phase::Idle)
        return;
    d.paused = false;
    if (d.phase == Phase::Idle) {
        // Run pressed after convergence: a gentle refinement from here.
        if (d.engineName == u"force"_s && !d.graph.isEmpty())
            d.wakeLive(kDragStep);
        else
            d.updateRunning();
        return;
    }
    d.updateRunning();
    d.scheduleSlice();
}

bool LayoutRunner::isRunning() const
{
    return m_impl->phase != Phase::Idle && !m_impl->paused;
}

bool LayoutRunner::isPaused() const
{
    return m_impl->paused;
}

void LayoutRunner::restart()
{
    Impl &d = *m_impl;
    if (d.graph.isEmpty())
        return;
    d.paused = false;
    NodePositions start = d.positions;
    for (qsizetype i = 0; i < start.size(); ++i) {
        if (!start.pinned[i])
            start.known[i] = 0;
    }
    d.startInitial(std::move(start));
}

void LayoutRunner::setEngine(const QString &name)
{
    Impl &d = *m_impl;
    if (name == d.engineName)
        return;
    d.engineName = name;
    restart();
}

QString LayoutRunner::engine() const
{
    return m_impl->engineName;
}

void LayoutRunner::setActiveNodes(std::vector<quint8> active)
{
    Impl &d = *m_impl;
    if (!active.empty() && qsizetype(active.size()) != d.graph.nodeCount())
        return;   // precondition: one entry per node
    d.active = std::move(active);
    if (d.engineName == u"force"_s)
        d.wakeLive(kFilterStep);
}

void LayoutRunner::moveNode(NodeIndex node, QPointF pos, bool pinned)
{
    Impl &d = *m_impl;
    if (qsizetype(node) >= d.positions.size())
        return;
    d.positions.set(node, pos);
    d.positions.pinned[node] = pinned ? 1 : 0;
    d.movedDuringJob.push_back(node);
    if (d.phase == Phase::Animating) {
        d.animationTo.set(node, pos);
        d.animationTo.pinned[node] = d.positions.pinned[node];
        d.animationFrom.set(node, pos);
    }
    if (d.engineName == u"force"_s)
        d.wakeLive(kDragStep);
}

void LayoutRunner::setPinned(NodeIndex node, bool pinned)
{
    Impl &d = *m_impl;
    if (qsizetype(node) >= d.positions.size())
        return;
    d.positions.pinned[node] = pinned ? 1 : 0;
    if (d.phase == Phase::Animating)
        d.animationTo.pinned[node] = d.positions.pinned[node];
    if (!pinned && d.engineName == u"force"_s)
        d.wakeLive(kDragStep);   // an unpinned node may settle
}

const RelationshipGraph &LayoutRunner::graph() const
{
    return m_impl->graph;
}

const NodePositions &LayoutRunner::positions() const
{
    return m_impl->positions;
}

} // namespace entente
