#include "categorycolumn.h"
#include "attributes.h"

namespace entente {

void CategoryColumn::appendRow(const QStringList &values)
{
    for (const QString &value : values) {
        if (const quint32 index = m_pool.intern(value))
            m_values.push_back(index);
    }
    m_offsets.push_back(quint32(m_values.size()));
}

void CategoryColumn::appendRow(const QString &value)
{
    if (const quint32 index = m_pool.intern(value))
        m_values.push_back(index);
    m_offsets.push_back(quint32(m_values.size()));
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
