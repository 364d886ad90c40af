#pragma once

// Test helper: a complete, readable text dump of a GraphDocument (every field,
// attribute with its JSON type, position and pin), so that tests compare
// models as text and a failure shows the difference.

#include "io/graphdocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>

namespace entente::test {

// Quotes a string with control characters escaped, so that a dump line is one line.
inline QString quote(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

inline QString numberText(double value) { return QString::number(value, 'g', 17); }

// JSON text of a value, with numbers tagged int: or double: so that a value
// that changes type on a round trip is caught.
inline QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return QStringLiteral("int:") + QString::number(value.toInteger());
        return QStringLiteral("double:") + numberText(value.toDouble());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(jsonText(item));
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items.append(quote(it.key()) + QStringLiteral(": ") + jsonText(it.value()));
        return QLatin1Char('{') + items.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    case QJsonValue::String:
        return quote(value.toString());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        return QStringLiteral("undefined");
    }
    return {};
}

inline QString listText(const QStringList &list)
{
    QStringList quoted;
    for (const QString &s : list)
        quoted.append(quote(s));
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

inline void dumpAttributes(QStringList &out, const Attributes &attributes)
{
    for (const Attribute &a : attributes)
        out.append(QStringLiteral("  @%1 = %2").arg(quote(a.first), jsonText(a.second)));
}

// Without the dialect when `withDialect` is false (a saved file is native).
inline QStringList dumpDocument(const GraphDocument &doc, bool withDialect = true)
{
    const RelationshipGraph &g = doc.graph;
    const NodePositions &p = doc.positions;
    QStringList out;
    if (withDialect)
        out.append(QStringLiteral("dialect %1").arg(doc.dialect));
    out.append(QStringLiteral("title %1").arg(quote(g.title())));
    out.append(QStringLiteral("directed %1").arg(g.isDirected() ? QStringLiteral("true") : QStringLiteral("false")));
    out.append(QStringLiteral("sources %1").arg(jsonText(g.sources())));
    dumpAttributes(out, g.attributes());
    out.append(QStringLiteral("positions %1 of %2 nodes").arg(p.size()).arg(g.nodeCount()));
    for (NodeIndex n = 0; n < NodeIndex(g.nodeCount()); ++n) {
        QString line = QStringLiteral("node %1 label=%2 kind=%3 country=%4 sector=%5")
                           .arg(quote(g.nodeId(n)), quote(g.nodeLabel(n)), quote(g.nodeKind(n)),
                                listText(g.nodeCountries(n)), listText(g.nodeSectors(n)));
        if (!g.nodeDate(n).isEmpty())
            line += QStringLiteral(" date=\"%1\"").arg(g.nodeDate(n));
        if (!g.nodeEndDate(n).isEmpty())
            line += QStringLiteral(" end_date=\"%1\"").arg(g.nodeEndDate(n));
        if (!std::isnan(g.nodeVolume(n)))
            line += QStringLiteral(" volume=%1").arg(numberText(g.nodeVolume(n)));
        if (!g.nodeSources(n).isEmpty())
            line += QStringLiteral(" sources=%1").arg(listText(g.nodeSources(n)));
        if (n < p.size() && p.known[n])
            line += QStringLiteral(" at (%1, %2)").arg(numberText(p.x[n]), numberText(p.y[n]));
        if (n < p.size() && p.pinned[n])
            line += QStringLiteral(" pinned");
        out.append(line);
        dumpAttributes(out, g.nodeAttributes(n));
    }
    for (EdgeIndex e = 0; e < EdgeIndex(g.edgeCount()); ++e) {
        QString line = QStringLiteral("edge %1 -> %2")
                           .arg(quote(g.nodeId(g.edgeSource(e))), quote(g.nodeId(g.edgeTarget(e))));
        if (!g.edgeId(e).isEmpty())
            line += QStringLiteral(" id=%1").arg(quote(g.edgeId(e)));
        if (!g.edgeLabel(e).isEmpty())
            line += QStringLiteral(" label=%1").arg(quote(g.edgeLabel(e)));
        line += QStringLiteral(" relation=%1").arg(quote(g.edgeRelation(e)));
        if (!g.edgeDate(e).isEmpty())
            line += QStringLiteral(" date=\"%1\"").arg(g.edgeDate(e));
        if (!g.edgeEndDate(e).isEmpty())
            line += QStringLiteral(" end_date=\"%1\"").arg(g.edgeEndDate(e));
        if (!std::isnan(g.edgeVolume(e)))
            line += QStringLiteral(" volume=%1").arg(numberText(g.edgeVolume(e)));
        if (!g.edgeSources(e).isEmpty())
            line += QStringLiteral(" sources=%1").arg(listText(g.edgeSources(e)));
        out.append(line);
        dumpAttributes(out, g.edgeAttributes(e));
    }
    return out;
}

} // namespace entente::test
