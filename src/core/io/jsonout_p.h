#pragma once

// Private to entente_core: the JSON text writer shared by the native format
// (jsonwriter.cpp) and the Cytoscape export (dataexport.cpp). Written by hand
// rather than through QJsonDocument, which sorts object keys (losing the
// order of attributes) and cannot tell 2.0 from 2.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVariant>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace entente::jsonout {

class JsonOut
{
public:
    QByteArray bytes;

    void raw(const char *text) { bytes.append(text); }
    void raw(QByteArrayView text) { bytes.append(text); }

    void string(QStringView text)
    {
        const QByteArray utf8 = text.toUtf8();
        bytes.append('"');
        for (char c : utf8) {
            switch (c) {
            case '"': bytes.append("\\\""); break;
            case '\\': bytes.append("\\\\"); break;
            case '\n': bytes.append("\\n"); break;
            case '\r': bytes.append("\\r"); break;
            case '\t': bytes.append("\\t"); break;
            case '\b': bytes.append("\\b"); break;
            case '\f': bytes.append("\\f"); break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escape[8];
                    std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(c));
                    bytes.append(escape);
                } else {
                    bytes.append(c);
                }
            }
        }
        bytes.append('"');
    }

    // Shortest round-trip text; `keepFraction` writes 2.0 rather than 2 so
    // that a double attribute does not come back as an integer.
    void number(double value, bool keepFraction = false)
    {
        if (!std::isfinite(value)) {
            raw("null");   // JSON has no NaN or infinity
            return;
        }
        char buffer[64];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        const std::string_view text(buffer, std::size_t(result.ptr - buffer));
        bytes.append(text.data(), qsizetype(text.size()));
        if (keepFraction && text.find_first_of(".eEn") == std::string_view::npos)
            bytes.append(".0");
    }

    void integer(qint64 value) { bytes.append(QByteArray::number(value)); }

    void stringList(const QStringList &values)
    {
        raw("[");
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i)
                raw(", ");
            string(values[i]);
        }
        raw("]");
    }

    void value(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            raw("null");
            break;
        case QJsonValue::Bool:
            raw(v.toBool() ? "true" : "false");
            break;
        case QJsonValue::Double: {
            // QJsonValue keeps whether it holds an integer; keep it too.
            const QVariant variant = v.toVariant();
            if (variant.typeId() == QMetaType::LongLong)
                integer(variant.toLongLong());
            else
                number(v.toDouble(), true);
            break;
        }
        case QJsonValue::String:
            string(v.toString());
            break;
        case QJsonValue::Array: {
            raw("[");
            bool first = true;
            for (const QJsonValue &item : v.toArray()) {
                if (!first)
                    raw(", ");
                first = false;
                value(item);
            }
            raw("]");
            break;
        }
        case QJsonValue::Object: {
            raw("{");
            const QJsonObject object = v.toObject();
            bool first = true;
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!first)
                    raw(", ");
                first = false;
                string(it.key());
                raw(": ");
                value(it.value());
            }
            raw("}");
            break;
        }
        }
    }
};

// One JSON object on one line: {"key": value, ...}.
class ObjectLine
{
public:
    explicit ObjectLine(JsonOut &out) : m_out(out) { m_out.raw("{"); }
    ~ObjectLine() { m_out.raw("}"); }
    JsonOut &key(const char *name)
    {
        separate();
        m_out.raw("\"");
        m_out.raw(name);
        m_out.raw("\": ");
        return m_out;
    }
    JsonOut &key(QStringView name)
    {
        separate();
        m_out.string(name);
        m_out.raw(": ");
        return m_out;
    }

private:
    void separate()
    {
        if (!m_first)
            m_out.raw(", ");
        m_first = false;
    }
    JsonOut &m_out;
    bool m_first = true;
};

} // namespace entente::jsonout
