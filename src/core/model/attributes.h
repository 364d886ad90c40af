#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <utility>

namespace entente {

// Attributes of the file that the model has no field for, in file order, with
// their JSON type kept: they are written back unchanged on save.
using Attribute = std::pair<QString, QJsonValue>;
using Attributes = QList<Attribute>;

// Returns the value of `key`, or an undefined QJsonValue.
QJsonValue attributeValue(const Attributes &attributes, QStringView key);

} // namespace entente
