#pragma once

// Private to entente_core: how the flat formats (GraphML, GEXF, CSV, DOT) map
// their attribute names onto the model's fields. These formats have no schema
// for our fields, so well-known names are recognised case-insensitively;
// everything else stays an attribute.

#include "model/graphbuilder.h"

#include <QJsonValue>

namespace entente::flat {

enum class Coordinate { None, X, Y };

// Which coordinate a key names ("x", "y"), if any.
Coordinate coordinateKey(QStringView key);

// Stores `value` in the node field that `key` names (label/name, kind/type,
// country, sector, date/start, end_date/end, volume/volume_eur, sources as a
// ";"-separated list) and returns true; returns
// false when `key` is no such field, and the caller keeps it as an attribute.
bool assignNodeField(NodeData &node, QStringView key, const QJsonValue &value);

// The same for edges: label, relation/kind/type, date/start, end_date/end,
// volume/volume_eur, sources.
bool assignEdgeField(EdgeData &edge, QStringView key, const QJsonValue &value);

// Splits a text list of countries or sectors: "DE; FR", "DE|FR".
QStringList splitList(const QString &text);

// Gephi writes colours as separate r, g, b attributes and a size: turn them
// into the viz_color "#rrggbb" and viz_size attributes that GEXF gives too, so
// that the initial style reads one name whatever the source. A "size" alone
// (without r, g, b) is somebody else's attribute and keeps its name.
void normaliseGephiStyle(Attributes &attributes);

// Parses a number written in a file ("1.5", "-2e3", " 7 "). Nullopt when the
// text is not a whole finite number.
std::optional<double> parseNumber(QStringView text);

// The value types that GraphML keys and GEXF attributes declare, reduced to
// what a JSON value can hold.
enum class ValueType { String, Integer, Double, Boolean };

// Converts the text of a typed XML value: integers as 64-bit (or 32-bit when
// `int32`, GraphML's "int"); doubles, where INF, -INF, Infinity and NaN in any
// case are kept as their text because JSON cannot hold them as numbers;
// booleans as "true"/"false" in any case (Python's True/False) or xs:boolean's
// 1/0. Strings keep their text untrimmed. Nullopt when the text is not a value
// of that type.
std::optional<QJsonValue> convertTyped(const QString &text, ValueType type, bool int32 = false);

} // namespace entente::flat
