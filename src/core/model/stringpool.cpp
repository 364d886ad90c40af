#include "stringpool.h"

namespace entente {

StringPool::StringPool()
{
    m_strings.emplace_back();
}

quint32 StringPool::intern(const QString &value)
{
    if (value.isEmpty())
        return 0;
    const auto it = m_index.constFind(value);
    if (it != m_index.constEnd())
        return it.value();
    const auto index = quint32(m_strings.size());
    m_strings.push_back(value);
    m_index.insert(value, index);
    return index;
}

quint32 StringPool::find(QStringView value) const
{
    if (value.isEmpty())
        return 0;
    return m_index.value(value.toString(), 0);
}

} // namespace entente
