#pragma once

#include "stringpool.h"

#include <QStringList>
#include <span>
#include <vector>

namespace entente {

// A column of zero or more categorical values per row (a node's countries, an
// edge's relation), stored as indices into one StringPool: offsets[row] ..
// offsets[row + 1] delimit the row's values. Filters and styles work on the
// indices; QStrings are only made for display.
class CategoryColumn
{
public:
    CategoryColumn() { m_offsets.push_back(0); }

    void appendRow(const QStringList &values);
    void appendRow(const QString &value);
    // For readers that intern each distinct value once and then append rows
    // by number (0 = no value), without a QString per row.
    quint32 intern(const QString &value) { return m_pool.intern(value); }
    void appendRowIndex(quint32 index)
    {
        if (index)
            m_values.push_back(index);
        m_offsets.push_back(quint32(m_values.size()));
    }
    void reserve(qsizetype rows, qsizetype values)
    {
        m_offsets.reserve(std::size_t(rows) + 1);
        m_values.reserve(std::size_t(values));
    }

    qsizetype rowCount() const { return qsizetype(m_offsets.size()) - 1; }
    std::span<const quint32> values(qsizetype row) const
    {
        return {m_values.data() + m_offsets[row], m_values.data() + m_offsets[row + 1]};
    }
    // The first value of a row, or 0 (no value).
    quint32 first(qsizetype row) const
    {
        return m_offsets[row] == m_offsets[row + 1] ? 0 : m_values[m_offsets[row]];
    }
    QStringList strings(qsizetype row) const;
    QString string(qsizetype row) const { return m_pool.at(first(row)); }
    const StringPool &pool() const { return m_pool; }

private:
    StringPool m_pool;
    std::vector<quint32> m_offsets;
    std::vector<quint32> m_values;
};

} // namespace entente
