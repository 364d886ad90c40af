#include "filter.h"

#include <algorithm>

namespace entente {

namespace {

// Facets print in a fixed order so that the same filter always gives the same
// expression text: the model's node facets, other node facets by name, then
// the edge facet.
int facetRank(const QString &name)
{
    if (name == u"country")
        return 0;
    if (name == u"sector")
        return 1;
    if (name == u"kind")
        return 2;
    if (name == u"relation")
        return 4;
    return 3;
}

bool facetLess(const FacetCondition &a, const FacetCondition &b)
{
    const int ra = facetRank(a.facet);
    const int rb = facetRank(b.facet);
    if (ra != rb)
        return ra < rb;
    return a.facet < b.facet;
}

bool valueLess(const QString &a, const QString &b)
{
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

} // namespace

const FacetCondition *Filter::condition(QStringView facet) const
{
    for (const FacetCondition &c : facets) {
        if (c.facet == facet)
            return &c;
    }
    return nullptr;
}

void Filter::setCondition(FacetCondition condition)
{
    removeCondition(condition.facet);
    if (!condition.values.isEmpty())
        facets.append(std::move(condition));
    normalize();
}

void Filter::removeCondition(QStringView facet)
{
    facets.removeIf([facet](const FacetCondition &c) { return c.facet == facet; });
}

void Filter::normalize()
{
    facets.removeIf([](const FacetCondition &c) { return c.values.isEmpty(); });
    for (FacetCondition &c : facets) {
        std::sort(c.values.begin(), c.values.end(), valueLess);
        c.values.erase(std::unique(c.values.begin(), c.values.end()), c.values.end());
    }
    std::stable_sort(facets.begin(), facets.end(), facetLess);
}

QString foldForSearch(QStringView text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toString().toLower();
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            folded.append(c);
        }
    }
    return folded.toCaseFolded();
}

std::optional<std::pair<QDate, QDate>> parseDatePeriod(QStringView text)
{
    text = text.trimmed();
    if (const qsizetype t = text.indexOf(u'T'); t >= 0)
        text = text.first(t);
    const auto parts = text.split(u'-');
    if (parts.isEmpty() || parts.size() > 3 || parts[0].size() != 4)
        return std::nullopt;
    for (QStringView part : parts) {
        if (!isAsciiDigits(part))
            return std::nullopt;
    }
    const int year = parts[0].toInt();
    if (parts.size() == 1)
        return std::pair{QDate(year, 1, 1), QDate(year, 12, 31)};
    if (parts[1].size() != 2)
        return std::nullopt;
    const int month = parts[1].toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    const QDate first(year, month, 1);
    if (parts.size() == 2)
        return std::pair{first, first.addMonths(1).addDays(-1)};
    if (parts[2].size() != 2)
        return std::nullopt;
    const QDate day(year, month, parts[2].toInt());
    if (!day.isValid())
        return std::nullopt;
    return std::pair{day, day};
}

} // namespace entente
