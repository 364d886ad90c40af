#include "flatexport_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <charconv>
#include <cmath>

namespace entente::flatexport {

using namespace Qt::StringLiterals;

namespace {

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong;
}

// What a column has seen, to choose its type once every value is known.
struct Seen
{
    bool boolean = false;
    bool integer = false;
    bool wide = false;   // an integer beyond 32 bits
    bool real = false;
    bool other = false;

    void add(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return;
        case QJsonValue::Bool:
            boolean = true;
            return;
        case QJsonValue::Double:
            if (isInteger(value)) {
                integer = true;
                const qint64 v = value.toVariant().toLongLong();
                wide = wide || v < INT_MIN || v > INT_MAX;
            } else {
                real = true;
            }
            return;
        default:
            other = true;
        }
    }
    Type type() const
    {
        if (other || (boolean && (integer || real)))
            return Type::String;
        if (boolean)
            return Type::Boolean;
        if (real)
            return Type::Double;
        if (integer)
            return wide ? Type::Long : Type::Int;
        return Type::String;
    }
};

} // namespace

QString numberText(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"INF"_s : u"-INF"_s;
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        if (isInteger(value))
            return QString::number(value.toVariant().toLongLong());
        return numberText(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

Type valueType(const QJsonValue &value)
{
    Seen seen;
    seen.add(value);
    return seen.type();
}

QString listText(const QStringList &values)
{
    return values.join(u';');
}

QString xmlSafe(const QString &text)
{
    auto allowed = [](char32_t c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
               || (c >= 0x10000 && c <= 0x10FFFF);
    };
    bool clean = true;
    for (qsizetype i = 0; i < text.size() && clean; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate() || !allowed(c.unicode()))
            clean = false;
    }
    if (clean)
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            result.append(c);
            result.append(text[++i]);
        } else if (c.isSurrogate() || !allowed(c.unicode())) {
            result.append(QChar(0xFFFD));
        } else {
            result.append(c);
        }
    }
    return result;
}

Table::Table(const RelationshipGraph &graph, Domain domain, const QStringList &reserved)
    : m_graph(graph), m_domain(domain)
{
    // Names the flat readers take for a field or a position (flatfields_p.h):
    // an attribute so named would come back as that field.
    const bool nodes = domain == Domain::Nodes;
    static const QStringList readerNodeNames = {u"id"_s, u"name"_s, u"type"_s, u"countries"_s, u"sectors"_s,
                                                u"start"_s, u"end"_s, u"enddate"_s, u"volume"_s, u"x"_s, u"y"_s};
    static const QStringList readerEdgeNames = {u"id"_s, u"source"_s, u"target"_s, u"from"_s, u"to"_s,
                                                u"kind"_s, u"type"_s, u"start"_s, u"end"_s, u"enddate"_s,
                                                u"volume"_s};
    for (const QString &name : (nodes ? readerNodeNames : readerEdgeNames) + reserved)
        m_byLowerName.insert(name.toLower(), -1);
    addColumn(u"label"_s, Type::String);
    if (nodes) {
        addColumn(u"kind"_s, Type::String);
        addColumn(u"country"_s, Type::String);
        addColumn(u"sector"_s, Type::String);
    } else {
        addColumn(u"relation"_s, Type::String);
    }
    addColumn(u"date"_s, Type::String);
    addColumn(u"end_date"_s, Type::String);
    addColumn(u"volume_eur"_s, Type::Double);
    addColumn(u"sources"_s, Type::String);
    m_fieldCount = int(m_columns.size());

    // Attribute columns in order of first appearance, typed by all their values.
    QList<Seen> seen;
    const qsizetype count = nodes ? graph.nodeCount() : graph.edgeCount();
    for (quint32 i = 0; i < quint32(count); ++i) {
        const Attributes &attributes = nodes ? graph.nodeAttributes(i) : graph.edgeAttributes(i);
        for (const Attribute &attribute : attributes) {
            auto it = m_attributeColumn.constFind(attribute.first);
            int column;
            if (it == m_attributeColumn.constEnd()) {
                QString name = attribute.first;
                for (int suffix = 2; m_byLowerName.contains(name.toLower()); ++suffix)
                    name = attribute.first + u'_' + QString::number(suffix);
                column = addColumn(name, Type::String);
                m_attributeColumn.insert(attribute.first, column);
            } else {
                column = *it;
            }
            if (seen.size() <= column)
                seen.resize(column + 1);
            seen[column].add(attribute.second);
        }
    }
    for (int column = m_fieldCount; column < seen.size(); ++column)
        m_columns[column].type = seen[column].type();
}

int Table::addColumn(const QString &name, Type type)
{
    const int column = int(m_columns.size());
    m_columns.append({name, type});
    m_byLowerName.insert(name.toLower(), column);
    return column;
}

int Table::columnOf(const QString &name) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].name == name)
            return i;
    }
    return -1;
}

Row Table::row(quint32 i) const
{
    Row cells;
    const RelationshipGraph &g = m_graph;
    int column = 0;
    auto put = [&](const QString &text) {
        if (!text.isEmpty())
            cells.append({column, text});
        ++column;
    };
    if (m_domain == Domain::Nodes) {
        put(g.nodeLabel(i));
        put(g.nodeKind(i));
        put(listText(g.nodeCountries(i)));
        put(listText(g.nodeSectors(i)));
        put(g.nodeDate(i));
        put(g.nodeEndDate(i));
        put(std::isnan(g.nodeVolume(i)) ? QString() : numberText(g.nodeVolume(i)));
        put(listText(g.nodeSources(i)));
    } else {
        put(g.edgeLabel(i));
        put(g.edgeRelation(i));
        put(g.edgeDate(i));
        put(g.edgeEndDate(i));
        put(std::isnan(g.edgeVolume(i)) ? QString() : numberText(g.edgeVolume(i)));
        put(listText(g.edgeSources(i)));
    }
    const Attributes &attributes = m_domain == Domain::Nodes ? g.nodeAttributes(i) : g.edgeAttributes(i);
    const qsizetype first = cells.size();
    for (const Attribute &attribute : attributes) {
        if (attribute.second.isNull() || attribute.second.isUndefined())
            continue;
        cells.append({m_attributeColumn.value(attribute.first), valueText(attribute.second)});
    }
    std::sort(cells.begin() + first, cells.end(),
              [](const Cell &a, const Cell &b) { return a.column < b.column; });
    return cells;
}

QList<GraphValue> graphValues(const RelationshipGraph &graph)
{
    QList<GraphValue> values;
    if (!graph.title().isEmpty())
        values.append({u"title"_s, Type::String, graph.title()});
    if (!graph.sources().isEmpty())
        values.append({u"sources"_s, Type::String, valueText(graph.sources())});
    for (const Attribute &attribute : graph.attributes()) {
        if (attribute.second.isNull() || attribute.second.isUndefined())
            continue;
        if (attribute.first == u"title" || attribute.first == u"sources")
            continue;   // cannot be: the model holds them apart
        values.append({attribute.first, valueType(attribute.second), valueText(attribute.second)});
    }
    return values;
}

} // namespace entente::flatexport
