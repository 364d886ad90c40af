#include "filterexpression.h"
#include "filterindex.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Messages are translated in the context "entente::FilterExpression" (lupdate reads the
// Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::FilterExpression)
};

enum class Keyword { Facet, Since, Until, Date, Degree, Show, Hide };

struct KeywordName
{
    QStringView name;
    Keyword keyword;
};

constexpr KeywordName keywords[] = {
    {u"since", Keyword::Since}, {u"until", Keyword::Until},   {u"date", Keyword::Date},
    {u"degree", Keyword::Degree}, {u"show", Keyword::Show},   {u"hide", Keyword::Hide},
};

// Plural spellings people type for the model's facets.
QString facetAlias(QStringView name)
{
    if (name.compare(u"countries", Qt::CaseInsensitive) == 0)
        return u"country"_s;
    if (name.compare(u"sectors", Qt::CaseInsensitive) == 0)
        return u"sector"_s;
    if (name.compare(u"kinds", Qt::CaseInsensitive) == 0)
        return u"kind"_s;
    if (name.compare(u"relations", Qt::CaseInsensitive) == 0)
        return u"relation"_s;
    return name.toString();
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const bool same = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded();
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

// The closest candidate within a third of the word's length, if any.
QString closest(QStringView word, const QStringList &candidates)
{
    QString best;
    if (word.size() > 64)
        return best;   // no name is that long; spare the quadratic comparison
    int bestDistance = std::max<int>(1, int(word.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

struct ParseError
{
    qsizetype position;
    QString message;
};

// A value as written, with where it starts.
struct Token
{
    QString text;
    qsizetype position = 0;
};

class Parser
{
public:
    Parser(QStringView text, const FilterIndex *index) : m_text(text), m_index(index) {}

    FilterParseResult run()
    {
        FilterParseResult result;
        try {
            parse();
            m_filter.normalize();
            result.filter = std::move(m_filter);
        } catch (const ParseError &error) {
            result.column = column(error.position);
            result.message = error.message;
        }
        return result;
    }

private:
    // Columns count characters, not UTF-16 units: a surrogate pair is one.
    int column(qsizetype position) const
    {
        int c = 1;
        for (qsizetype i = 0; i < position && i < m_text.size(); ++i) {
            if (!m_text[i].isLowSurrogate())
                ++c;
        }
        return c;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return m_text[m_pos]; }
    bool atSpace() const { return !atEnd() && peek().isSpace(); }

    void skipSpaces()
    {
        while (atSpace())
            ++m_pos;
    }

    // Reads a double-quoted string starting at the quote.
    QString readQuoted()
    {
        const qsizetype start = m_pos;
        ++m_pos;
        QString value;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'"') {
                ++m_pos;
                return value;
            }
            if (c == u'\\' && m_pos + 1 < m_text.size()
                && (m_text[m_pos + 1] == u'"' || m_text[m_pos + 1] == u'\\')) {
                value.append(m_text[m_pos + 1]);
                m_pos += 2;
                continue;
            }
            value.append(c);
            ++m_pos;
        }
        throw ParseError{start, Tr::tr("unterminated quote")};
    }

    void parse()
    {
        while (true) {
            skipSpaces();
            if (atEnd())
                return;
            const qsizetype termStart = m_pos;
            bool negated = false;
            if (peek() == u'-') {
                negated = true;
                ++m_pos;
                if (atEnd() || atSpace())
                    throw ParseError{termStart, Tr::tr("\"-\" must be followed by a facet or a word")};
            }
            if (peek() == u'"') {
                const QString phrase = readQuoted();
                expectTermEnd();
                m_filter.text.append({phrase, negated});
                continue;
            }
            // A bare word, or a facet name up to its colon.
            const qsizetype wordStart = m_pos;
            while (!atEnd() && !atSpace() && peek() != u':') {
                if (peek() == u'"')
                    throw ParseError{m_pos, Tr::tr("unexpected quote inside a word")};
                ++m_pos;
            }
            const QStringView word = m_text.sliced(wordStart, m_pos - wordStart);
            if (atEnd() || atSpace()) {
                m_filter.text.append({word.toString(), negated});
                continue;
            }
            if (word.isEmpty())
                throw ParseError{wordStart, Tr::tr("missing facet name before \":\"")};
            ++m_pos;   // the colon
            parseFacetTerm(word, termStart, wordStart, negated);
        }
    }

    // A quoted phrase is a whole term: a space (or the end) must follow it.
    void expectTermEnd()
    {
        if (!atEnd() && !atSpace())
            throw ParseError{m_pos, Tr::tr("expected a space after the closing quote")};
    }

    // The comma-separated values after "name:".
    QList<Token> readValues(QStringView name)
    {
        QList<Token> values;
        while (true) {
            if (atEnd() || atSpace() || peek() == u',') {
                if (values.isEmpty())
                    throw ParseError{m_pos, Tr::tr("empty value list after \"%1:\"").arg(name.toString())};
                throw ParseError{m_pos, Tr::tr("empty value after \",\"")};
            }
            Token token{QString(), m_pos};
            if (peek() == u'"') {
                token.text = readQuoted();
            } else {
                while (!atEnd() && !atSpace() && peek() != u',') {
                    if (peek() == u'"')
                        throw ParseError{m_pos, Tr::tr("unexpected quote inside a value")};
                    ++m_pos;
                }
                token.text = m_text.sliced(token.position, m_pos - token.position).toString();
            }
            values.append(token);
            if (atEnd() || atSpace())
                return values;
            if (peek() != u',')
                throw ParseError{m_pos, Tr::tr("expected \",\" or a space after the value")};
            ++m_pos;
        }
    }

    QStringList facetNames() const
    {
        QStringList names;
        if (m_index) {
            for (const Facet &facet : m_index->facets())
                names.append(facet.name);
        } else {
            names = {u"country"_s, u"sector"_s, u"kind"_s, u"relation"_s};
        }
        for (const KeywordName &k : keywords)
            names.append(k.name.toString());
        return names;
    }

    void parseFacetTerm(QStringView rawName, qsizetype termStart, qsizetype nameStart, bool negated)
    {
        // Values are comma-separated; a facet name with a comma could not be
        // written back.
        if (const qsizetype comma = rawName.indexOf(u','); comma >= 0)
            throw ParseError{nameStart + comma, Tr::tr("unexpected \",\" in a facet name")};
        if (rawName.startsWith(u'-'))
            throw ParseError{nameStart, Tr::tr("a facet name cannot start with \"-\"")};
        const QList<Token> values = readValues(rawName);
        const QString name = facetAlias(rawName);
        Keyword keyword = Keyword::Facet;
        for (const KeywordName &k : keywords) {
            if (name.compare(k.name, Qt::CaseInsensitive) == 0)
                keyword = k.keyword;
        }
        const QString keywordName = name.toLower();
        if (keyword != Keyword::Facet && keyword != Keyword::Degree && negated)
            throw ParseError{termStart, Tr::tr("\"-\" cannot be used with %1").arg(keywordName)};
        if (keyword != Keyword::Facet && values.size() > 1)
            throw ParseError{values[1].position - 1, Tr::tr("%1 takes one value").arg(keywordName)};

        switch (keyword) {
        case Keyword::Facet:
            addFacet(name, values, termStart, nameStart, negated);
            return;
        case Keyword::Since:
            setSince(parseDate(values[0]).first, termStart);
            return;
        case Keyword::Until:
            setUntil(parseDate(values[0]).second, termStart);
            return;
        case Keyword::Date: {
            const Token &value = values[0];
            const qsizetype dots = value.text.indexOf(u"..");
            if (dots < 0) {
                const auto period = parseDate(value);
                setSince(period.first, termStart);
                setUntil(period.second, termStart);
                return;
            }
            const Token from{value.text.left(dots), value.position};
            const Token to{value.text.mid(dots + 2), value.position + dots + 2};
            if (from.text.isEmpty() && to.text.isEmpty())
                throw ParseError{value.position, Tr::tr("empty date range \"..\"")};
            if (!from.text.isEmpty())
                setSince(parseDate(from).first, termStart);
            if (!to.text.isEmpty())
                setUntil(parseDate(to).second, termStart);
            return;
        }
        case Keyword::Degree:
            if (m_filter.degree)
                throw ParseError{termStart, Tr::tr("degree given twice")};
            m_filter.degree = parseDegree(values[0]);
            m_filter.degree->negated = negated;
            return;
        case Keyword::Show:
            if (values[0].text.compare(u"neighbours", Qt::CaseInsensitive) != 0
                && values[0].text.compare(u"neighbors", Qt::CaseInsensitive) != 0) {
                throw ParseError{values[0].position,
                                 Tr::tr("unknown value %1 for show (expected \"neighbours\")")
                                     .arg(quoted(values[0].text))};
            }
            m_filter.keepNeighbours = true;
            return;
        case Keyword::Hide:
            if (values[0].text.compare(u"isolated", Qt::CaseInsensitive) != 0) {
                throw ParseError{values[0].position,
                                 Tr::tr("unknown value %1 for hide (expected \"isolated\")")
                                     .arg(quoted(values[0].text))};
            }
            m_filter.hideIsolated = true;
            return;
        }
    }

    void addFacet(const QString &name, const QList<Token> &values, qsizetype termStart,
                  qsizetype nameStart, bool negated)
    {
        FacetCondition condition;
        condition.negated = negated;
        int facet = -1;
        if (m_index) {
            facet = m_index->facetIndex(name);
            if (facet < 0) {
                const QString suggestion = closest(name, facetNames());
                const bool computed = name.compare(u"community", Qt::CaseInsensitive) == 0
                                      || name.compare(u"component", Qt::CaseInsensitive) == 0;
                const QString message =
                    computed ? Tr::tr("unknown facet %1 (compute the metrics in the Analysis dock first)")
                                   .arg(quoted(name))
                    : !suggestion.isEmpty()
                        ? Tr::tr("unknown facet %1 (did you mean %2?)").arg(quoted(name), quoted(suggestion))
                        : Tr::tr("unknown facet %1 (facets: %2)").arg(quoted(name), facetNames().join(u", "_s));
                throw ParseError{nameStart, message};
            }
            condition.facet = m_index->facets()[facet].name;
        } else {
            const bool builtIn = name.compare(u"country", Qt::CaseInsensitive) == 0
                                 || name.compare(u"sector", Qt::CaseInsensitive) == 0
                                 || name.compare(u"kind", Qt::CaseInsensitive) == 0
                                 || name.compare(u"relation", Qt::CaseInsensitive) == 0;
            condition.facet = builtIn ? name.toLower() : name;
        }
        for (const FacetCondition &existing : std::as_const(m_filter.facets)) {
            if (existing.facet == condition.facet) {
                throw ParseError{termStart, Tr::tr("%1 given twice (list the values in one term: %1:A,B)")
                                                .arg(condition.facet)};
            }
        }
        for (const Token &value : values) {
            if (!m_index) {
                condition.values.append(value.text);
                continue;
            }
            const int v = m_index->valueIndex(facet, value.text);
            if (v < 0) {
                const Facet &f = m_index->facets()[facet];
                const QString suggestion = closest(value.text, f.values);
                const QString message =
                    !suggestion.isEmpty()
                        ? Tr::tr("unknown %1 %2 (did you mean %3?)").arg(f.name, quoted(value.text), quoted(suggestion))
                    : f.values.isEmpty()
                        ? Tr::tr("unknown %1 %2 (the graph has no %1 values)").arg(f.name, quoted(value.text))
                        : Tr::tr("unknown %1 %2").arg(f.name, quoted(value.text));
                throw ParseError{value.position, message};
            }
            condition.values.append(m_index->facets()[facet].values[v]);
        }
        m_filter.facets.append(std::move(condition));
    }

    std::pair<QDate, QDate> parseDate(const Token &value) const
    {
        const auto period = parseDatePeriod(value.text);
        if (!period || value.text.trimmed() != value.text || value.text.contains(u'T')) {
            throw ParseError{value.position, Tr::tr("bad date %1 (expected YYYY, YYYY-MM or YYYY-MM-DD)")
                                                 .arg(quoted(value.text))};
        }
        return *period;
    }

    void setSince(QDate date, qsizetype termStart)
    {
        if (m_filter.since)
            throw ParseError{termStart, Tr::tr("start date given twice")};
        if (m_filter.until && date > *m_filter.until)
            throw ParseError{termStart, Tr::tr("start date is after the end date")};
        m_filter.since = date;
    }

    void setUntil(QDate date, qsizetype termStart)
    {
        if (m_filter.until)
            throw ParseError{termStart, Tr::tr("end date given twice")};
        if (m_filter.since && date < *m_filter.since)
            throw ParseError{termStart, Tr::tr("end date is before the start date")};
        m_filter.until = date;
    }

    static std::optional<int> parseCount(QStringView text)
    {
        if (text.isEmpty() || text.size() > 9)
            return std::nullopt;
        for (QChar c : text) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        return text.toInt();
    }

    DegreeCondition parseDegree(const Token &value) const
    {
        const QString &text = value.text;
        const ParseError bad{value.position, Tr::tr("bad degree range %1 (expected N, N.., ..M or N..M)")
                                                 .arg(quoted(text))};
        DegreeCondition degree;
        const qsizetype dots = text.indexOf(u"..");
        if (dots < 0) {
            const auto exact = parseCount(text);
            if (!exact)
                throw bad;
            degree.min = degree.max = *exact;
            return degree;
        }
        const QStringView from = QStringView(text).left(dots);
        const QStringView to = QStringView(text).mid(dots + 2);
        if (from.isEmpty() && to.isEmpty())
            throw bad;
        if (!from.isEmpty()) {
            const auto min = parseCount(from);
            if (!min)
                throw bad;
            degree.min = *min;
        }
        if (!to.isEmpty()) {
            const auto max = parseCount(to);
            if (!max)
                throw bad;
            degree.max = *max;
        }
        if (degree.min > degree.max)
            throw ParseError{value.position, Tr::tr("empty degree range %1").arg(quoted(text))};
        return degree;
    }

    QStringView m_text;
    const FilterIndex *m_index;
    qsizetype m_pos = 0;
    Filter m_filter;
};

bool needsQuotes(QStringView text, bool isWord)
{
    if (text.isEmpty())
        return true;
    if (isWord && text.startsWith(u'-'))
        return true;
    for (QChar c : text) {
        if (c.isSpace() || c == u'"' || c == u',' || (isWord && c == u':'))
            return true;
    }
    // Inside quotes a backslash escapes; a bare one is literal either way,
    // but a value ending the term with one is clearer quoted.
    return false;
}

QString written(QStringView text, bool isWord)
{
    if (!needsQuotes(text, isWord))
        return text.toString();
    QString out = u"\""_s;
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out.append(u'\\');
        out.append(c);
    }
    out.append(u'"');
    return out;
}

} // namespace

FilterParseResult parseFilterExpression(QStringView text, const FilterIndex *index)
{
    return Parser(text, index).run();
}

QString filterExpression(const Filter &filter)
{
    Filter f = filter;
    f.normalize();
    QStringList terms;
    const auto date = [](QDate d) { return d.toString(Qt::ISODate); };
    for (const FacetCondition &c : std::as_const(f.facets)) {
        QStringList values;
        for (const QString &value : c.values)
            values.append(written(value, false));
        // Facet names are never quoted: the parser refuses those that would need it.
        terms.append((c.negated ? u"-"_s : QString()) + c.facet + u':'
                     + values.join(u','));
    }
    if (f.degree) {
        const DegreeCondition &d = *f.degree;
        QString range;
        if (d.min == d.max)
            range = QString::number(d.min);
        else if (d.isOpenEnded())
            range = QString::number(d.min) + u".."_s;
        else
            range = QString::number(d.min) + u".."_s + QString::number(d.max);
        terms.append((d.negated ? u"-"_s : QString()) + u"degree:"_s + range);
    }
    if (f.since)
        terms.append(u"since:"_s + date(*f.since));
    if (f.until)
        terms.append(u"until:"_s + date(*f.until));
    for (const TextTerm &t : std::as_const(f.text))
        terms.append((t.negated ? u"-"_s : QString()) + written(t.text, true));
    if (f.keepNeighbours)
        terms.append(u"show:neighbours"_s);
    if (f.hideIsolated)
        terms.append(u"hide:isolated"_s);
    return terms.join(u' ');
}

} // namespace entente
