#pragma once

#include <QHash>
#include <QString>
#include <QStringView>
#include <vector>

namespace entente {

// Interns the distinct values of a categorical column (kind, country, relation,
// date...). A million edges share a few thousand distinct strings, so rows store
// a 32-bit index instead of a QString each. Index 0 is reserved for "no value".
class StringPool
{
public:
    StringPool();

    quint32 intern(const QString &value);
    // Returns 0 when the value is not in the pool.
    quint32 find(QStringView value) const;
    const QString &at(quint32 index) const { return m_strings[index]; }
    // Number of entries including the reserved empty entry 0.
    quint32 size() const { return quint32(m_strings.size()); }

private:
    std::vector<QString> m_strings;
    QHash<QString, quint32> m_index;
};

} // namespace entente
