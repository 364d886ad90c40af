#include "categorycolumn.h"
#include "attributes.h"

#include <algorithm>

namespace entente {

void CategoryColumn::reserve(qsizetype rows, qsizetype values)
{
    // Reserved capacity that is never touched costs no memory; the mode
    // switches use it.
    m_reserveRows = rows;
    if (m_mode != Mode::Empty)
        m_values.reserve(std::size_t(std::max(rows, values)));
}

void CategoryColumn::toSingle()
{
    m_values.reserve(std::size_t(std::max(m_reserveRows, m_rows + 1)));
    m_values.assign(std::size_t(m_rows), 0);
    m_mode = Mode::Single;
}

void CategoryColumn::toMultiple()
{
    if (m_mode == Mode::Empty)
        toSingle();
    std::vector<quint32> values;
    m_offsets.reserve(std::size_t(std::max(m_reserveRows, m_rows) + 1));
    m_offsets.push_back(0);
    for (quint32 value : m_values) {
        if (value)
            values.push_back(value);
        m_offsets.push_back(quint32(values.size()));
    }
    m_values = std::move(values);
    m_mode = Mode::Multiple;
}

void CategoryColumn::appendRowIndex(quint32 index)
{
    if (index && m_mode == Mode::Empty)
        toSingle();
    switch (m_mode) {
    case Mode::Empty:
        break;
    case Mode::Single:
        m_values.push_back(index);
        break;
    case Mode::Multiple:
        if (index)
            m_values.push_back(index);
        m_offsets.push_back(quint32(m_values.size()));
        break;
    }
    ++m_rows;
}

void CategoryColumn::appendRow(const QStringList &values)
{
    if (values.size() <= 1) {
        appendRowIndex(values.isEmpty() ? 0 : m_pool.intern(values.front()));
        return;
    }
    if (m_mode != Mode::Multiple)
        toMultiple();
    for (const QString &value : values) {
        if (const quint32 index = m_pool.intern(value))
            m_values.push_back(index);
    }
    m_offsets.push_back(quint32(m_values.size()));
    ++m_rows;
}

void CategoryColumn::appendRow(const QString &value)
{
    appendRowIndex(m_pool.intern(value));
}

QStringList CategoryColumn::strings(qsizetype row) const
{
    QStringList result;
    for (quint32 index : values(row))
        result.append(m_pool.at(index));
    return result;
}

QJsonValue attributeValue(const Attributes &attributes, QStringView key)
{
    for (const Attribute &attribute : attributes) {
        if (attribute.first == key)
            return attribute.second;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace entente
