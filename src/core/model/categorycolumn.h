#pragma once

#include "stringpool.h"

#include <QStringList>
#include <span>
#include <vector>

namespace entente {

// A column of zero or more categorical values per row (a node's countries, an
// edge's relation), stored as indices into one StringPool. Filters and styles
// work on the indices; QStrings are only made for display.
//
// Storage grows with what the column holds, because a million edges make the
// difference: while every row is empty nothing is stored per row; while no row
// has more than one value, one index per row (0 = none); only a row with
// several values switches to offsets[row] .. offsets[row + 1] into the values.
class CategoryColumn
{
public:
    CategoryColumn() = default;

    void appendRow(const QStringList &values);
    void appendRow(const QString &value);
    // For readers that intern each distinct value once and then append rows
    // by number (0 = no value), without a QString per row.
    quint32 intern(const QString &value) { return m_pool.intern(value); }
    void appendRowIndex(quint32 index);
    void reserve(qsizetype rows, qsizetype values);

    qsizetype rowCount() const { return m_rows; }
    std::span<const quint32> values(qsizetype row) const
    {
        switch (m_mode) {
        case Mode::Empty:
            return {};
        case Mode::Single:
            return m_values[row] ? std::span<const quint32>(m_values.data() + row, 1)
                                 : std::span<const quint32>();
        case Mode::Multiple:
            break;
        }
        return {m_values.data() + m_offsets[row], m_values.data() + m_offsets[row + 1]};
    }
    // The first value of a row, or 0 (no value).
    quint32 first(qsizetype row) const
    {
        switch (m_mode) {
        case Mode::Empty:
            return 0;
        case Mode::Single:
            return m_values[row];
        case Mode::Multiple:
            break;
        }
        return m_offsets[row] == m_offsets[row + 1] ? 0 : m_values[m_offsets[row]];
    }
    QStringList strings(qsizetype row) const;
    QString string(qsizetype row) const { return m_pool.at(first(row)); }
    const StringPool &pool() const { return m_pool; }

private:
    enum class Mode : quint8 { Empty, Single, Multiple };
    void toSingle();
    void toMultiple();

    StringPool m_pool;
    Mode m_mode = Mode::Empty;
    qsizetype m_rows = 0;
    qsizetype m_reserveRows = 0;
    std::vector<quint32> m_offsets;   // Multiple: rowCount() + 1 entries
    std::vector<quint32> m_values;    // Single: one per row; Multiple: all values
};

} // namespace entente
