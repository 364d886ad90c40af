#pragma once

#include <atomic>

namespace entente {

// Shared between the thread that runs an analysis and the one that watches it:
// the watcher may cancel and read the progress at any time.
//
// An analysis that sees the cancel flag stops at the next check (at least once
// per source node or per sweep) and returns an empty result; callers tell a
// cancelled run by isCancelled(), not by the result.
class AnalysisProgress
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    // Each algorithm reports 0..1 of its own work; a run made of several
    // (computeNodeMetrics) maps that onto [from, from + span] of the whole.
    void setProgress(double value)
    {
        m_progress.store(m_stageFrom.load(std::memory_order_relaxed)
                             + m_stageSpan.load(std::memory_order_relaxed) * value,
                         std::memory_order_relaxed);
    }
    double progress() const { return m_progress.load(std::memory_order_relaxed); }
    // Called by the thread that runs the analysis, between algorithms.
    void setStage(double from, double span)
    {
        m_stageFrom.store(from, std::memory_order_relaxed);
        m_stageSpan.store(span, std::memory_order_relaxed);
        m_progress.store(from, std::memory_order_relaxed);
    }

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<double> m_progress{0.0};
    std::atomic<double> m_stageFrom{0.0};
    std::atomic<double> m_stageSpan{1.0};
};

// Null-safe helpers for functions whose progress argument is optional.
inline bool isCancelled(const AnalysisProgress *progress)
{
    return progress && progress->isCancelled();
}
inline void reportProgress(AnalysisProgress *progress, double value)
{
    if (progress)
        progress->setProgress(value);
}

} // namespace entente
