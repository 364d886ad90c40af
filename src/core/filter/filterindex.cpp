#include "filterindex.h"
#include "filter.h"
#include "filterindex_p.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

using Data = FilterIndex::Data;

bool valueLess(const QString &a, const QString &b)
{
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

// Names the expression language uses itself; an attribute of that name would
// be ambiguous, so it is no facet.
bool isReservedName(QStringView name)
{
    static const QStringList reserved = {
        u"country"_s, u"countries"_s, u"sector"_s, u"sectors"_s, u"kind"_s, u"kinds"_s,
        u"relation"_s, u"relations"_s, u"since"_s, u"until"_s, u"date"_s, u"degree"_s,
        u"show"_s, u"hide"_s, u"text"_s, u"id"_s, u"label"_s};
    for (const QString &r : reserved) {
        if (name.compare(r, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// An attribute key can name a facet when it can be typed as `name:value`.
bool isFacetName(QStringView name)
{
    if (name.isEmpty() || name.startsWith(u'-') || isReservedName(name))
        return false;
    for (QChar c : name) {
        if (c.isSpace() || c == u':' || c == u',' || c == u'"' || c == u'\\')
            return false;
    }
    return true;
}

// Builds both row directions once every item's value numbers are known.
void buildPostings(FacetRows &rows, qsizetype valueCount)
{
    const std::size_t itemCount = rows.offsets.size() - 1;
    bool single = true;
    for (std::size_t item = 0; item < itemCount && single; ++item)
        single = rows.offsets[item + 1] - rows.offsets[item] <= 1;
    if (single) {
        rows.single.assign(itemCount, 0);
        for (std::size_t item = 0; item < itemCount; ++item) {
            if (rows.offsets[item + 1] > rows.offsets[item])
                rows.single[item] = rows.values[rows.offsets[item]] + 1;
        }
    }

    rows.postingOffsets.assign(std::size_t(valueCount) + 1, 0);
    for (quint32 v : rows.values)
        ++rows.postingOffsets[v + 1];
    for (qsizetype v = 0; v < valueCount; ++v)
        rows.postingOffsets[v + 1] += rows.postingOffsets[v];
    rows.postings.resize(rows.values.size());
    std::vector<quint32> fill(rows.postingOffsets.begin(), rows.postingOffsets.end() - 1);
    const std::size_t items = rows.offsets.size() - 1;
    for (std::size_t item = 0; item < items; ++item) {
        for (quint32 i = rows.offsets[item]; i < rows.offsets[item + 1]; ++i)
            rows.postings[fill[rows.values[i]]++] = quint32(item);
    }
    if (single) {
        // `single` says the same in one array (8 MB less for 1M edges' relations).
        std::vector<quint32>().swap(rows.offsets);
        std::vector<quint32>().swap(rows.values);
    }
}

std::vector<qsizetype> totalsOf(const FacetRows &rows, qsizetype valueCount)
{
    std::vector<qsizetype> totals(std::size_t(valueCount), 0);
    for (qsizetype v = 0; v < valueCount; ++v)
        totals[v] = rows.postingOffsets[v + 1] - rows.postingOffsets[v];
    return totals;
}

// A facet over a CategoryColumn: values sorted, pool numbers mapped to them.
void addColumnFacet(Data &d, const QString &name, Facet::Target target, const CategoryColumn &column)
{
    const StringPool &pool = column.pool();
    std::vector<quint32> byName;
    for (quint32 p = 1; p < pool.size(); ++p)
        byName.push_back(p);
    std::sort(byName.begin(), byName.end(),
              [&](quint32 a, quint32 b) { return valueLess(pool.at(a), pool.at(b)); });
    std::vector<quint32> local(pool.size(), 0);
    Facet facet;
    facet.name = name;
    facet.target = target;
    for (quint32 i = 0; i < byName.size(); ++i) {
        local[byName[i]] = i;
        facet.values.append(pool.at(byName[i]));
    }

    FacetRows rows;
    const qsizetype items = column.rowCount();
    rows.offsets.reserve(std::size_t(items) + 1);
    rows.offsets.push_back(0);
    std::size_t valueCount = 0;
    for (qsizetype item = 0; item < items; ++item)
        valueCount += column.values(item).size();
    rows.values.reserve(valueCount);
    for (qsizetype item = 0; item < items; ++item) {
        for (quint32 p : column.values(item))
            rows.values.push_back(local[p]);
        rows.offsets.push_back(quint32(rows.values.size()));
    }
    buildPostings(rows, facet.values.size());
    facet.totals = totalsOf(rows, facet.values.size());
    d.facets.append(std::move(facet));
    d.rows.push_back(std::move(rows));
}

// The categorical text of one attribute value; false when the value is not
// categorical (an object, a fraction), which rules the attribute out.
bool appendCategorical(const QJsonValue &value, QStringList &out, bool allowArray = true)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::Bool:
        out.append(value.toBool() ? u"true"_s : u"false"_s);
        return true;
    case QJsonValue::Double: {
        const double x = value.toDouble();
        if (x != std::floor(x) || std::abs(x) > 1e15)
            return false;
        out.append(QString::number(qint64(x)));
        return true;
    }
    case QJsonValue::String:
        if (!value.toString().isEmpty())
            out.append(value.toString());
        return true;
    case QJsonValue::Array:
        if (!allowArray)
            return false;
        for (const QJsonValue &element : value.toArray()) {
            if (!appendCategorical(element, out, false))
                return false;
        }
        return true;
    case QJsonValue::Object:
        return false;
    }
    return false;
}

// Node (or edge) attributes with few distinct values become facets: on
// average a value must be shared by two items (so neither an id-like
// attribute nor a note on a single item makes a facet) and there are at most
// maxAttributeValues of them, none longer than maxValueLength. One pass; an attribute is dropped as soon as it
// is ruled out, so a graph with many varied attributes costs little.
// An edge attribute named like a node facet (a "group" on both) is called
// "edge.NAME", so that an expression can name either.
void addAttributeFacets(Data &d, Facet::Target target)
{
    struct Candidate
    {
        QString name;
        bool ruledOut = false;
        qsizetype carriers = 0;
        QHash<QString, quint32> numbers;     // value -> first-seen number
        QStringList values;                  // by first-seen number
        std::vector<std::pair<quint32, quint32>> pairs;   // (node, value number)
    };
    QList<Candidate> candidates;
    QHash<QString, qsizetype> byName;   // lower-cased name -> candidate

    const RelationshipGraph &graph = d.graph;
    const bool onEdges = target == Facet::Target::Edges;
    const qsizetype n = onEdges ? graph.edgeCount() : graph.nodeCount();
    const auto attributesOf = [&](qsizetype item) -> const Attributes & {
        return onEdges ? graph.edgeAttributes(EdgeIndex(item)) : graph.nodeAttributes(NodeIndex(item));
    };
    QStringList values;
    for (qsizetype node = 0; node < n; ++node) {
        for (const Attribute &attribute : attributesOf(node)) {
            const QString key = attribute.first.toLower();
            auto it = byName.constFind(key);
            if (it == byName.constEnd()) {
                Candidate c;
                c.name = attribute.first;
                c.ruledOut = !isFacetName(attribute.first);
                candidates.append(std::move(c));
                it = byName.insert(key, candidates.size() - 1);
            }
            Candidate &c = candidates[it.value()];
            if (c.ruledOut)
                continue;
            values.clear();
            if (!appendCategorical(attribute.second, values)) {
                c = Candidate{c.name, true};
                continue;
            }
            if (values.isEmpty())
                continue;
            // Prose (a quote repeated on a few relations) is no category.
            if (std::any_of(values.cbegin(), values.cend(), [](const QString &v) {
                    return v.size() > FilterIndex::maxValueLength;
                })) {
                c = Candidate{c.name, true};
                continue;
            }
            ++c.carriers;
            for (const QString &value : std::as_const(values)) {
                auto number = c.numbers.constFind(value);
                if (number == c.numbers.constEnd()) {
                    if (c.values.size() >= FilterIndex::maxAttributeValues) {
                        c = Candidate{c.name, true};
                        break;
                    }
                    number = c.numbers.insert(value, quint32(c.values.size()));
                    c.values.append(value);
                }
                c.pairs.emplace_back(quint32(node), number.value());
            }
        }
    }

    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return valueLess(a.name, b.name); });
    for (Candidate &c : candidates) {
        if (c.ruledOut || c.values.isEmpty() || c.values.size() * 2 > c.carriers) {
            continue;
        }
        std::vector<quint32> order(std::size_t(c.values.size()));
        for (quint32 i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](quint32 a, quint32 b) { return valueLess(c.values[a], c.values[b]); });
        std::vector<quint32> local(order.size());
        Facet facet;
        facet.name = c.name;
        facet.target = target;
        facet.fromAttributes = true;
        if (onEdges) {
            for (const Facet &other : std::as_const(d.facets)) {
                if (other.target == Facet::Target::Nodes
                    && other.name.compare(c.name, Qt::CaseInsensitive) == 0) {
                    facet.name = u"edge."_s + c.name;
                }
            }
        }
        for (quint32 i = 0; i < order.size(); ++i) {
            local[order[i]] = i;
            facet.values.append(c.values[order[i]]);
        }
        // Pairs come in node order; a node can repeat a value in an array.
        FacetRows rows;
        rows.offsets.assign(std::size_t(n) + 1, 0);
        for (const auto &[node, value] : c.pairs)
            ++rows.offsets[node + 1];
        for (qsizetype i = 0; i < n; ++i)
            rows.offsets[i + 1] += rows.offsets[i];
        rows.values.reserve(c.pairs.size());
        for (const auto &[node, value] : c.pairs)
            rows.values.push_back(local[value]);
        for (qsizetype node = 0; node < n; ++node) {
            const auto first = rows.values.begin() + rows.offsets[node];
            const auto last = rows.values.begin() + rows.offsets[node + 1];
            std::sort(first, last);
        }
        // Drop repeated values within a row so that counts count nodes.
        std::vector<quint32> compact;
        std::vector<quint32> offsets{0};
        compact.reserve(rows.values.size());
        for (qsizetype node = 0; node < n; ++node) {
            for (quint32 i = rows.offsets[node]; i < rows.offsets[node + 1]; ++i) {
                if (i == rows.offsets[node] || rows.values[i] != rows.values[i - 1])
                    compact.push_back(rows.values[i]);
            }
            offsets.push_back(quint32(compact.size()));
        }
        rows.values = std::move(compact);
        rows.offsets = std::move(offsets);
        buildPostings(rows, facet.values.size());
        facet.totals = totalsOf(rows, facet.values.size());
        d.facets.append(std::move(facet));
        d.rows.push_back(std::move(rows));
    }
}

struct DayPeriod
{
    qint32 first = Data::noFirstDay;
    qint32 last = Data::noLastDay;
};

// Periods of every distinct date text of a column, parsed once.
std::vector<DayPeriod> periodsOf(const StringPool &pool)
{
    std::vector<DayPeriod> periods(pool.size());
    for (quint32 p = 1; p < pool.size(); ++p) {
        if (const auto period = parseDatePeriod(pool.at(p)))
            periods[p] = {qint32(period->first.toJulianDay()), qint32(period->second.toJulianDay())};
    }
    return periods;
}

// An item's period runs from the start of its date to the end of its end
// date; with only one of them, it is that one's period.
void fillPeriods(const CategoryColumn &dates, const CategoryColumn &endDates,
                 std::vector<qint32> &first, std::vector<qint32> &last)
{
    const auto starts = periodsOf(dates.pool());
    const auto ends = periodsOf(endDates.pool());
    const qsizetype items = dates.rowCount();
    first.resize(std::size_t(items));
    last.resize(std::size_t(items));
    for (qsizetype i = 0; i < items; ++i) {
        DayPeriod start = starts[dates.first(i)];
        const DayPeriod end = ends[endDates.first(i)];
        if (start.first == Data::noFirstDay)
            start = end;
        else if (end.last != Data::noLastDay && end.last > start.last)
            start.last = end.last;
        first[i] = start.first;
        last[i] = start.last;
    }
}

// Removes the node facet called `name` (case-insensitive), if it is no
// built-in one: a computed facet replaces a file attribute of its name.
void removeFacet(Data &d, QStringView name)
{
    for (qsizetype f = 0; f < d.facets.size(); ++f) {
        const Facet &facet = d.facets[f];
        if (facet.target == Facet::Target::Nodes && (facet.fromAttributes || facet.computed)
            && facet.name.compare(name, Qt::CaseInsensitive) == 0) {
            d.facets.removeAt(f);
            d.rows.erase(d.rows.begin() + f);
            return;
        }
    }
}

std::shared_ptr<const Data> buildData(const RelationshipGraph &graph)
{
    auto d = std::make_shared<Data>();
    d->graph = graph;
    addColumnFacet(*d, u"country"_s, Facet::Target::Nodes, graph.nodeColumn(NodeColumn::Country));
    addColumnFacet(*d, u"sector"_s, Facet::Target::Nodes, graph.nodeColumn(NodeColumn::Sector));
    addColumnFacet(*d, u"kind"_s, Facet::Target::Nodes, graph.nodeColumn(NodeColumn::Kind));
    addAttributeFacets(*d, Facet::Target::Nodes);
    addColumnFacet(*d, u"relation"_s, Facet::Target::Edges, graph.edgeColumn(EdgeColumn::Relation));
    addAttributeFacets(*d, Facet::Target::Edges);

    const qsizetype n = graph.nodeCount();
    const qsizetype m = graph.edgeCount();

    d->textOffsets.reserve(std::size_t(n) + 1);
    d->textOffsets.push_back(0);
    for (qsizetype node = 0; node < n; ++node) {
        const QString &label = graph.nodeLabel(NodeIndex(node));
        if (!label.isEmpty()) {
            d->haystack += foldForSearch(label);
            d->haystack += QChar(0);
        }
        d->haystack += foldForSearch(graph.nodeId(NodeIndex(node)));
        d->haystack += QChar(0);
        d->textOffsets.push_back(quint32(d->haystack.size()));
    }
    d->haystack.squeeze();   // the growth's spare capacity (MBs at 100k nodes)

    fillPeriods(graph.nodeColumn(NodeColumn::Date), graph.nodeColumn(NodeColumn::EndDate),
                d->nodeFirstDay, d->nodeLastDay);
    fillPeriods(graph.edgeColumn(EdgeColumn::Date), graph.edgeColumn(EdgeColumn::EndDate),
                d->edgeFirstDay, d->edgeLastDay);
    qint32 firstDay = Data::noFirstDay;
    qint32 lastDay = Data::noLastDay;
    for (qsizetype i = 0; i < n; ++i) {
        firstDay = std::min(firstDay, d->nodeFirstDay[i]);
        lastDay = std::max(lastDay, d->nodeLastDay[i]);
    }
    for (qsizetype i = 0; i < m; ++i) {
        firstDay = std::min(firstDay, d->edgeFirstDay[i]);
        lastDay = std::max(lastDay, d->edgeLastDay[i]);
    }
    if (firstDay != Data::noFirstDay) {
        d->firstDate = QDate::fromJulianDay(firstDay);
        d->lastDate = QDate::fromJulianDay(lastDay);
        const int firstYear = d->firstDate.year();
        d->edgesPerYear.assign(std::size_t(d->lastDate.year() - firstYear + 1), 0);
        d->edgeStartDays.reserve(std::size_t(std::count_if(
            d->edgeFirstDay.begin(), d->edgeFirstDay.end(),
            [](qint32 day) { return day != Data::noFirstDay; })));
        for (qsizetype i = 0; i < m; ++i) {
            if (d->edgeFirstDay[i] != Data::noFirstDay) {
                ++d->edgesPerYear[QDate::fromJulianDay(d->edgeFirstDay[i]).year() - firstYear];
                d->edgeStartDays.push_back(d->edgeFirstDay[i]);
            }
        }
        std::sort(d->edgeStartDays.begin(), d->edgeStartDays.end());
    }

    d->degrees.resize(std::size_t(n));
    for (qsizetype node = 0; node < n; ++node) {
        d->degrees[node] = quint32(graph.degree(NodeIndex(node)));
        d->maxDegree = std::max(d->maxDegree, int(d->degrees[node]));
    }
    return d;
}

} // namespace

FilterIndex::FilterIndex() : FilterIndex(RelationshipGraph()) {}
FilterIndex::FilterIndex(const RelationshipGraph &graph) : m_data(buildData(graph)) {}
FilterIndex::~FilterIndex() = default;
FilterIndex::FilterIndex(const FilterIndex &) = default;
FilterIndex &FilterIndex::operator=(const FilterIndex &) = default;
FilterIndex::FilterIndex(FilterIndex &&) noexcept = default;
FilterIndex &FilterIndex::operator=(FilterIndex &&) noexcept = default;

const RelationshipGraph &FilterIndex::graph() const { return m_data->graph; }
const QList<Facet> &FilterIndex::facets() const { return m_data->facets; }

int FilterIndex::facetIndex(QStringView name) const
{
    for (qsizetype i = 0; i < m_data->facets.size(); ++i) {
        if (m_data->facets[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

int FilterIndex::valueIndex(int facet, QStringView value) const
{
    if (facet < 0 || facet >= m_data->facets.size())
        return -1;
    const QStringList &values = m_data->facets[facet].values;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i] == value)
            return int(i);
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].compare(value, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    const QString folded = foldForSearch(value);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (foldForSearch(values[i]) == folded)
            return int(i);
    }
    return -1;
}

QDate FilterIndex::firstDate() const { return m_data->firstDate; }
QDate FilterIndex::lastDate() const { return m_data->lastDate; }
int FilterIndex::maxDegree() const { return m_data->maxDegree; }
std::vector<qsizetype> FilterIndex::edgesPerYear() const { return m_data->edgesPerYear; }

qsizetype FilterIndex::edgesStarting(QDate first, QDate last) const
{
    if (!first.isValid() || !last.isValid() || last < first)
        return 0;
    const std::vector<qint32> &days = m_data->edgeStartDays;
    const auto from = std::lower_bound(days.begin(), days.end(), qint32(first.toJulianDay()));
    const auto to = std::upper_bound(from, days.end(), qint32(last.toJulianDay()));
    return qsizetype(to - from);
}

FilterIndex FilterIndex::withComputedFacet(const QString &name, const std::vector<quint32> &values,
                                           const QStringList &valueNames) const
{
    if (!isFacetName(name))
        return *this;
    const qsizetype n = m_data->graph.nodeCount();
    QStringList names = valueNames;
    if (names.isEmpty()) {
        quint32 top = 0;
        bool any = false;
        for (qsizetype i = 0; i < n && i < qsizetype(values.size()); ++i) {
            if (values[i] != noValue) {
                top = std::max(top, values[i]);
                any = true;
            }
        }
        for (quint32 v = 0; any && v <= top; ++v)
            names.append(QString::number(v));
    }
    auto d = std::make_shared<Data>(*m_data);
    removeFacet(*d, name);

    Facet facet;
    facet.name = name;
    facet.computed = true;
    facet.values = names;
    FacetRows rows;
    rows.offsets.reserve(std::size_t(n) + 1);
    rows.offsets.push_back(0);
    for (qsizetype i = 0; i < n; ++i) {
        const quint32 v = i < qsizetype(values.size()) ? values[i] : noValue;
        if (v < quint32(names.size()))
            rows.values.push_back(v);
        rows.offsets.push_back(quint32(rows.values.size()));
    }
    buildPostings(rows, names.size());
    facet.totals = totalsOf(rows, names.size());
    // After the file's node facets and the other computed ones, before relation.
    qsizetype at = 0;
    while (at < d->facets.size() && d->facets[at].target == Facet::Target::Nodes)
        ++at;
    d->facets.insert(at, std::move(facet));
    d->rows.insert(d->rows.begin() + at, std::move(rows));
    FilterIndex index;
    index.m_data = std::move(d);
    return index;
}

FilterIndex FilterIndex::withoutComputedFacet(const QString &name) const
{
    const int f = facetIndex(name);
    if (f < 0 || !m_data->facets[f].computed)
        return *this;
    auto d = std::make_shared<Data>(*m_data);
    removeFacet(*d, name);
    FilterIndex index;
    index.m_data = std::move(d);
    return index;
}

} // namespace entente
