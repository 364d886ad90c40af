#pragma once

// Private to entente_core: the model flattened into typed columns, shared by
// the writers of the flat formats (GraphML, GEXF, CSV, DOT). Each column is
// one name with one type for every node (or every edge); a cell is its text.
//
// How values become text, the same in every flat format (and what the flat
// readers, flatfields_p.h, read back):
// - country, sector and sources, which may hold several values, are joined
//   with ";" ("DE;FR"); the readers split on ";" and "|". A value that itself
//   holds ";" or "|" does not survive the trip.
// - Numbers use the shortest text that reads back to the same double;
//   integral values below 1e15 are written without exponent or fraction.
// - Attributes that are JSON arrays or objects are written as compact JSON
//   text in a string column; JSON null is left out.
// - A column is typed from its values: boolean when every value is true or
//   false, int (long beyond 32 bits) when every value is an integer, double
//   when every value is a number, else string.

#include "model/relationshipgraph.h"

#include <QHash>
#include <QList>
#include <QString>

namespace entente::flatexport {

enum class Type { String, Int, Long, Double, Boolean };

struct Column
{
    QString name;
    Type type = Type::String;
};

struct Cell
{
    int column = 0;
    QString text;
};
using Row = QList<Cell>;

// The columns of nodes or edges: the model's fields (label, kind, country,
// sector, date, end_date, volume_eur, sources for nodes; label, relation,
// date, end_date, volume_eur, sources for edges) then every attribute name in
// order of first appearance. An attribute whose name is taken, or that the
// flat readers would take for a field ("type", "name", "start", "x" ...), or
// that the format reserves (`reserved`), gets a suffix "_2", "_3" ...;
// compared case-insensitively, as the readers match field names.
class Table
{
public:
    enum class Domain { Nodes, Edges };
    Table(const RelationshipGraph &graph, Domain domain, const QStringList &reserved = {});

    const QList<Column> &columns() const { return m_columns; }
    // The non-empty cells of node or edge `i`, in column order.
    Row row(quint32 i) const;
    // Column number of a model field or attribute by its written name, or -1.
    int columnOf(const QString &name) const;

private:
    int addColumn(const QString &name, Type type);
    const RelationshipGraph &m_graph;
    Domain m_domain;
    int m_fieldCount = 0;
    QList<Column> m_columns;
    QHash<QString, int> m_byLowerName;
    QHash<QString, int> m_attributeColumn;   // attribute name as in the model -> column
};

// Graph-level data as cells of their own: title, then the graph's sources (JSON
// text), then every graph attribute; each with its own type.
struct GraphValue
{
    QString name;
    Type type = Type::String;
    QString text;
};
QList<GraphValue> graphValues(const RelationshipGraph &graph);

QString numberText(double value);
QString valueText(const QJsonValue &value);
Type valueType(const QJsonValue &value);
QString listText(const QStringList &values);

// Text that XML 1.0 can hold: characters it forbids (most control
// characters, unpaired surrogates) become U+FFFD.
QString xmlSafe(const QString &text);

} // namespace entente::flatexport
