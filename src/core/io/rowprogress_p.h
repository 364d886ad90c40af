#pragma once

// Private to entente_core's data writers.

#include "io/exportprogress.h"

#include <QtGlobal>

#include <algorithm>

namespace entente {

// Counts a writer's rows and asks `progress` every 4096 of them, so that a
// cancel is seen within milliseconds whatever the size of the graph.
class RowProgress
{
public:
    RowProgress(const ExportProgress &progress, qsizetype rows)
        : m_progress(progress), m_rows(double(std::max<qsizetype>(rows, 1)))
    {
    }
    // False once the export is cancelled.
    bool operator()(qsizetype row)
    {
        if (!m_progress || (row & 4095) != 0)
            return !m_stopped;
        m_stopped = m_stopped || !m_progress(double(row) / m_rows);
        return !m_stopped;
    }

private:
    const ExportProgress &m_progress;
    double m_rows;
    bool m_stopped = false;
};

} // namespace entente
