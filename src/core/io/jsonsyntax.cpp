#include "jsonsyntax_p.h"

#include <QCoreApplication>

#include <vector>

namespace entente {

namespace {

// Messages are translated in the context "entente::JsonReader" (lupdate reads the
// Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::JsonReader)
};

QString hex(uint value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0')).toUpper();
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Length of the valid UTF-8 sequence at p (1..4), or 0 when it is invalid.
int utf8Length(const unsigned char *p, const unsigned char *end, char32_t *codePoint)
{
    const unsigned char c = p[0];
    int length = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (c < 0x80) {
        *codePoint = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        length = 2; cp = c & 0x1F; min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3; cp = c & 0x0F; min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4; cp = c & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *codePoint = cp;
    return length;
}

class Validator
{
public:
    Validator(std::string_view text, int maxDepth, qint64 maxString)
        : m_text(text), m_maxDepth(maxDepth), m_maxString(maxString)
    {
    }

    std::optional<JsonSyntaxError> run();

private:
    char at(qint64 i) const { return i < qint64(m_text.size()) ? m_text[i] : '\0'; }
    bool atEnd() const { return m_pos >= qint64(m_text.size()); }
    void skipSpace()
    {
        while (!atEnd() && isSpace(m_text[m_pos]))
            ++m_pos;
    }
    bool fail(qint64 offset, const QString &message)
    {
        m_error = JsonSyntaxError{offset, message};
        return false;
    }
    QString here() const { return describeCharacterAt(m_text, m_pos); }
    bool string();
    bool number();
    bool literal();

    std::string_view m_text;
    int m_maxDepth;
    qint64 m_maxString;
    qint64 m_pos = 0;
    std::optional<JsonSyntaxError> m_error;
};

bool Validator::string()
{
    const qint64 start = m_pos;
    ++m_pos;   // opening quote
    const auto *end = reinterpret_cast<const unsigned char *>(m_text.data() + m_text.size());
    while (true) {
        if (atEnd())
            return fail(start, Tr::tr("unterminated string"));
        if (m_pos - start > m_maxString)
            return fail(start, Tr::tr("string longer than %1 bytes").arg(m_maxString));
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            const char e = at(m_pos + 1);
            if (e == 'u') {
                for (int i = 2; i < 6; ++i) {
                    if (!isHex(at(m_pos + i)))
                        return fail(m_pos, Tr::tr("invalid escape sequence: \\u must be followed by four hex digits"));
                }
                m_pos += 6;
                continue;
            }
            if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                m_pos += 2;
                continue;
            }
            if (m_pos + 1 >= qint64(m_text.size()))
                return fail(start, Tr::tr("unterminated string"));
            const char next = at(m_pos + 1);
            if (next > 0x20 && next < 0x7F)
                return fail(m_pos, Tr::tr("invalid escape sequence \"\\%1\" in string")
                                       .arg(QLatin1Char(next)));
            return fail(m_pos, Tr::tr("invalid escape sequence: backslash followed by %1")
                                   .arg(describeCharacterAt(m_text, m_pos + 1)));
        }
        if (c < 0x20) {
            if (c == '\n' || c == '\r')
                return fail(m_pos, Tr::tr("line break in string (missing closing quote?)"));
            return fail(m_pos, Tr::tr("control character U+%1 in string; write it as an escape")
                                   .arg(hex(c, 4)));
        }
        if (c < 0x80) {
            ++m_pos;
            continue;
        }
        char32_t cp = 0;
        const int length = utf8Length(reinterpret_cast<const unsigned char *>(m_text.data()) + m_pos, end, &cp);
        if (length == 0)
            return fail(m_pos, Tr::tr("invalid UTF-8 byte 0x%1").arg(hex(c, 2)));
        m_pos += length;
    }
}

bool Validator::number()
{
    const qint64 start = m_pos;
    if (at(m_pos) == '-')
        ++m_pos;
    if (at(m_pos) == '0') {
        ++m_pos;
        if (isDigit(at(m_pos)))
            return fail(start, Tr::tr("invalid number: leading zeros are not allowed"));
    } else if (isDigit(at(m_pos))) {
        while (isDigit(at(m_pos)))
            ++m_pos;
    } else {
        return fail(start, Tr::tr("invalid number"));
    }
    if (at(m_pos) == '.') {
        ++m_pos;
        if (!isDigit(at(m_pos)))
            return fail(start, Tr::tr("invalid number: digits must follow the decimal point"));
        while (isDigit(at(m_pos)))
            ++m_pos;
    }
    if (at(m_pos) == 'e' || at(m_pos) == 'E') {
        ++m_pos;
        if (at(m_pos) == '+' || at(m_pos) == '-')
            ++m_pos;
        if (!isDigit(at(m_pos)))
            return fail(start, Tr::tr("invalid number: digits must follow the exponent"));
        while (isDigit(at(m_pos)))
            ++m_pos;
    }
    return true;
}

bool Validator::literal()
{
    for (std::string_view word : {std::string_view("true"), std::string_view("false"),
                                  std::string_view("null")}) {
        if (m_text.substr(m_pos, word.size()) == word) {
            const char next = at(m_pos + qint64(word.size()));
            // "trueish" is not "true" followed by garbage but one bad word.
            if (!((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || isDigit(next))) {
                m_pos += qint64(word.size());
                return true;
            }
        }
    }
    return fail(m_pos, Tr::tr("invalid literal; expected true, false or null"));
}

std::optional<JsonSyntaxError> Validator::run()
{
    std::vector<char> stack;   // '{' or '['
    qint64 lastComma = -1;
    skipSpace();
    if (atEnd()) {
        fail(m_pos, Tr::tr("file is empty"));
        return m_error;
    }
    // Expecting a value.
value:
    skipSpace();
    if (atEnd()) {
        fail(m_pos, Tr::tr("unexpected end of file; expected a value"));
        return m_error;
    }
    switch (m_text[m_pos]) {
    case '{':
    case '[': {
        const char open = m_text[m_pos];
        if (int(stack.size()) >= m_maxDepth) {
            fail(m_pos, Tr::tr("nesting too deep (more than %n levels)", nullptr, m_maxDepth));
            return m_error;
        }
        stack.push_back(open);
        ++m_pos;
        skipSpace();
        if (at(m_pos) == (open == '{' ? '}' : ']')) {
            stack.pop_back();
            ++m_pos;
            goto after;
        }
        if (open == '[')
            goto value;
        goto key;
    }
    case '"':
        if (!string())
            return m_error;
        goto after;
    case 't':
    case 'f':
    case 'n':
        if (!literal())
            return m_error;
        goto after;
    case ']':
    case '}':
        if (lastComma >= 0 && !stack.empty()) {
            fail(lastComma, Tr::tr("trailing comma before %1").arg(here()));
            return m_error;
        }
        fail(m_pos, Tr::tr("unexpected %1; expected a value").arg(here()));
        return m_error;
    default:
        if (m_text[m_pos] == '-' || isDigit(m_text[m_pos])) {
            if (!number())
                return m_error;
            goto after;
        }
        fail(m_pos, Tr::tr("unexpected %1; expected a value").arg(here()));
        return m_error;
    }

key:
    // Inside an object, expecting a key (after '{' or ',').
    skipSpace();
    if (at(m_pos) == '}' && lastComma >= 0 && !atEnd()) {
        fail(lastComma, Tr::tr("trailing comma before '}'"));
        return m_error;
    }
    if (atEnd()) {
        fail(m_pos, Tr::tr("unexpected end of file; expected a key in double quotes"));
        return m_error;
    }
    if (m_text[m_pos] != '"') {
        fail(m_pos, Tr::tr("expected a key in double quotes, found %1").arg(here()));
        return m_error;
    }
    if (!string())
        return m_error;
    skipSpace();
    if (at(m_pos) != ':' || atEnd()) {
        fail(m_pos, Tr::tr("expected ':' after the key, found %1").arg(here()));
        return m_error;
    }
    ++m_pos;
    lastComma = -1;
    goto value;

after:
    // After a complete value.
    lastComma = -1;
    skipSpace();
    if (stack.empty()) {
        if (!atEnd()) {
            fail(m_pos, Tr::tr("unexpected %1 after the end of the JSON value").arg(here()));
            return m_error;
        }
        return std::nullopt;
    }
    if (atEnd()) {
        fail(m_pos, Tr::tr("unexpected end of file; expected ',' or '%1'")
                        .arg(QLatin1Char(stack.back() == '{' ? '}' : ']')));
        return m_error;
    }
    if (m_text[m_pos] == ',') {
        lastComma = m_pos;
        ++m_pos;
        if (stack.back() == '{')
            goto key;
        skipSpace();
        if (at(m_pos) == ']' && !atEnd()) {
            fail(lastComma, Tr::tr("trailing comma before ']'"));
            return m_error;
        }
        goto value;
    }
    if (m_text[m_pos] == (stack.back() == '{' ? '}' : ']')) {
        stack.pop_back();
        ++m_pos;
        goto after;
    }
    if (stack.back() == '{')
        fail(m_pos, Tr::tr("expected ',' or '}' after the object member, found %1").arg(here()));
    else
        fail(m_pos, Tr::tr("expected ',' or ']' after the array element, found %1").arg(here()));
    return m_error;
}

} // namespace

QString describeCharacterAt(std::string_view text, qint64 offset)
{
    if (offset >= qint64(text.size()))
        return Tr::tr("end of file");
    const auto c = static_cast<unsigned char>(text[offset]);
    if (c >= 0x21 && c < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
    if (c == ' ')
        return Tr::tr("a space");
    char32_t cp = 0;
    const auto *begin = reinterpret_cast<const unsigned char *>(text.data());
    if (c >= 0x80 && utf8Length(begin + offset, begin + text.size(), &cp) > 0)
        return QStringLiteral("'%1' (U+%2)").arg(QString::fromUcs4(&cp, 1), hex(cp, 4));
    return Tr::tr("byte 0x%1").arg(hex(c, 2));
}

std::optional<JsonSyntaxError> findJsonSyntaxError(std::string_view text, int maxDepth,
                                                   qint64 maxStringBytes)
{
    return Validator(text, maxDepth, maxStringBytes).run();
}

} // namespace entente
