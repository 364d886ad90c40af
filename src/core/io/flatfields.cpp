#include "flatfields_p.h"

#include <QRegularExpression>
#include <climits>
#include <cmath>

namespace entente::flat {

namespace {

bool is(QStringView key, QLatin1StringView name)
{
    return key.compare(name, Qt::CaseInsensitive) == 0;
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// Volume must be a number; text that does not parse leaves the field unset,
// and the caller keeps the value as an attribute instead of losing it.
std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return parseNumber(value.toString());
    return std::nullopt;
}

} // namespace

Coordinate coordinateKey(QStringView key)
{
    if (is(key, QLatin1StringView("x")))
        return Coordinate::X;
    if (is(key, QLatin1StringView("y")))
        return Coordinate::Y;
    return Coordinate::None;
}

bool assignNodeField(NodeData &node, QStringView key, const QJsonValue &value)
{
    using L = QLatin1StringView;
    if (is(key, L("label"))) {
        node.label = text(value);
        return true;
    }
    // "name" is the label of networkx and igraph files; an explicit label wins.
    if (is(key, L("name")) && node.label.isEmpty()) {
        node.label = text(value);
        return true;
    }
    if (is(key, L("kind")) || is(key, L("type"))) {
        node.kind = text(value);
        return true;
    }
    if (is(key, L("country")) || is(key, L("countries"))) {
        node.countries = splitList(text(value));
        return true;
    }
    if (is(key, L("sector")) || is(key, L("sectors"))) {
        node.sectors = splitList(text(value));
        return true;
    }
    if (is(key, L("date")) || is(key, L("start"))) {
        node.date = text(value);
        return true;
    }
    if (is(key, L("end_date")) || is(key, L("enddate")) || is(key, L("end"))) {
        node.endDate = text(value);
        return true;
    }
    // volume_eur is the native name, which our flat writers keep.
    if (is(key, L("volume")) || is(key, L("volume_eur"))) {
        if (const auto v = number(value)) {
            node.volume = *v;
            return true;
        }
    }
    // The ids of the file's sources, written as a list by our writers.
    if (is(key, L("sources")) && value.isString()) {
        node.sources = splitList(value.toString());
        return true;
    }
    return false;
}

bool assignEdgeField(EdgeData &edge, QStringView key, const QJsonValue &value)
{
    using L = QLatin1StringView;
    if (is(key, L("label"))) {
        edge.label = text(value);
        return true;
    }
    if (is(key, L("relation")) || is(key, L("kind")) || is(key, L("type"))) {
        edge.relation = text(value);
        return true;
    }
    if (is(key, L("date")) || is(key, L("start"))) {
        edge.date = text(value);
        return true;
    }
    if (is(key, L("end_date")) || is(key, L("enddate")) || is(key, L("end"))) {
        edge.endDate = text(value);
        return true;
    }
    if (is(key, L("volume")) || is(key, L("volume_eur"))) {
        if (const auto v = number(value)) {
            edge.volume = *v;
            return true;
        }
    }
    if (is(key, L("sources")) && value.isString()) {
        edge.sources = splitList(value.toString());
        return true;
    }
    return false;
}

QStringList splitList(const QString &text)
{
    QStringList result;
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('|'))) {
        const QString trimmed = text.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
        return result;
    }
    static const QRegularExpression separators(QStringLiteral("[;|]"));
    for (const QString &part : text.split(separators)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

void normaliseGephiStyle(Attributes &attributes)
{
    int r = -1, g = -1, b = -1, size = -1;
    for (int i = 0; i < attributes.size(); ++i) {
        const QString &key = attributes[i].first;
        if (!attributes[i].second.isDouble())
            continue;
        if (key == QLatin1StringView("r"))
            r = i;
        else if (key == QLatin1StringView("g"))
            g = i;
        else if (key == QLatin1StringView("b"))
            b = i;
        else if (key == QLatin1StringView("size"))
            size = i;
    }
    if (r >= 0 && g >= 0 && b >= 0) {
        auto channel = [&](int i) {
            return qBound(0, int(std::lround(attributes[i].second.toDouble())), 255);
        };
        const QString colour = QStringLiteral("#%1%2%3")
                                   .arg(channel(r), 2, 16, QLatin1Char('0'))
                                   .arg(channel(g), 2, 16, QLatin1Char('0'))
                                   .arg(channel(b), 2, 16, QLatin1Char('0'));
        // Replace r with the colour and drop g and b (highest index first).
        attributes[r] = {QStringLiteral("viz_color"), colour};
        for (int i : {std::max(g, b), std::min(g, b)}) {
            attributes.removeAt(i);
            if (size > i)
                --size;
        }
        if (size >= 0)
            attributes[size].first = QStringLiteral("viz_size");
    }
}

std::optional<double> parseNumber(QStringView text)
{
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<QJsonValue> convertTyped(const QString &text, ValueType type, bool int32)
{
    using L = QLatin1StringView;
    const QString t = text.trimmed();
    switch (type) {
    case ValueType::String:
        return QJsonValue(text);
    case ValueType::Integer: {
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok || (int32 && (v < INT_MIN || v > INT_MAX)))
            return std::nullopt;
        return QJsonValue(v);
    }
    case ValueType::Double: {
        QStringView magnitude(t);
        if (magnitude.startsWith(u'-') || magnitude.startsWith(u'+'))
            magnitude = magnitude.mid(1);
        if (magnitude.compare(L("inf"), Qt::CaseInsensitive) == 0
            || magnitude.compare(L("infinity"), Qt::CaseInsensitive) == 0
            || t.compare(L("nan"), Qt::CaseInsensitive) == 0)
            return QJsonValue(t);
        if (const auto v = parseNumber(t))
            return QJsonValue(*v);
        return std::nullopt;
    }
    case ValueType::Boolean:
        if (t.compare(L("true"), Qt::CaseInsensitive) == 0 || t == L("1"))
            return QJsonValue(true);
        if (t.compare(L("false"), Qt::CaseInsensitive) == 0 || t == L("0"))
            return QJsonValue(false);
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace entente::flat
