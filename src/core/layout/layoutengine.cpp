#include "layout/layoutengine.h"

#include "layout/forcelayout.h"
#include "layout/graphvizlayout.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

qint64 monotonicMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

struct Registry
{
    std::mutex mutex;
    // Ordered by insertion so that layoutEngineNames() lists "force" first.
    std::vector<std::pair<QString, LayoutEngineFactory>> factories;

    Registry()
    {
        // The built-in engines: registering one is one line here.
        add(u"force"_s, [] { return std::make_unique<ForceLayout>(); });
        for (const QString &engine : GraphvizLayout::engineNames())
            add(engine, [engine] { return std::make_unique<GraphvizLayout>(engine); });
    }

    void add(const QString &name, LayoutEngineFactory factory)
    {
        for (auto &entry : factories) {
            if (entry.first == name) {
                entry.second = std::move(factory);
                return;
            }
        }
        factories.emplace_back(name, std::move(factory));
    }
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void LayoutProgress::setSnapshotCallback(SnapshotCallback callback, int minIntervalMs)
{
    std::lock_guard lock(m_mutex);
    m_snapshot = std::move(callback);
    m_minIntervalMs = minIntervalMs;
}

bool LayoutProgress::wantsSnapshot() const
{
    std::lock_guard lock(m_mutex);
    if (!m_snapshot)
        return false;
    return m_lastSnapshotMs < 0 || monotonicMs() - m_lastSnapshotMs >= m_minIntervalMs;
}

void LayoutProgress::reportSnapshot(const NodePositions &positions)
{
    SnapshotCallback callback;
    {
        std::lock_guard lock(m_mutex);
        if (!m_snapshot)
            return;
        m_lastSnapshotMs = monotonicMs();
        callback = m_snapshot;
    }
    callback(positions);
}

std::unique_ptr<LayoutEngine> createLayoutEngine(const QString &name)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    for (const auto &entry : r.factories) {
        if (entry.first == name)
            return entry.second();
    }
    return nullptr;
}

QStringList layoutEngineNames()
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    QStringList names;
    for (const auto &entry : r.factories)
        names.append(entry.first);
    return names;
}

void registerLayoutEngine(const QString &name, LayoutEngineFactory factory)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    r.add(name, std::move(factory));
}

bool positionsAreComplete(const NodePositions &positions)
{
    const qsizetype n = positions.size();
    if (!positions.allKnown())
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (!std::isfinite(positions.x[i]) || !std::isfinite(positions.y[i]))
            return false;
    }
    if (n < 2)
        return true;
    struct Hash
    {
        std::size_t operator()(const std::pair<double, double> &p) const
        {
            return std::hash<double>()(p.first) * 31 + std::hash<double>()(p.second);
        }
    };
    std::unordered_set<std::pair<double, double>, Hash> distinct;
    distinct.reserve(std::size_t(n));
    for (qsizetype i = 0; i < n; ++i)
        distinct.insert({positions.x[i], positions.y[i]});
    return qsizetype(distinct.size()) >= std::max<qsizetype>(2, (n + 1) / 2);
}

} // namespace entente
