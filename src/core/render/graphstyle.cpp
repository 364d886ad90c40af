#include "graphstyle.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace entente {

QString nodeShapeName(NodeShape shape)
{
    switch (shape) {
    case NodeShape::Circle: return u"circle"_s;
    case NodeShape::Hexagon: return u"hexagon"_s;
    case NodeShape::Triangle: return u"triangle"_s;
    case NodeShape::Square: return u"square"_s;
    case NodeShape::Diamond: return u"diamond"_s;
    case NodeShape::Star: return u"star"_s;
    case NodeShape::Pentagon: return u"pentagon"_s;
    }
    return u"circle"_s;
}

NodeShape shapeForKind(QStringView kind)
{
    const QString k = kind.toString().toLower();
    if (k.contains(u"alliance") || k.contains(u"consortium") || k.contains(u"coalition")
        || k.contains(u"association"))
        return NodeShape::Hexagon;
    if (k.contains(u"initiative") || k.contains(u"programme") || k.contains(u"program"))
        return NodeShape::Triangle;
    if (k.contains(u"institution") || k.contains(u"government") || k.contains(u"agency")
        || k.contains(u"university") || k.contains(u"ministry") || k.contains(u"organi"))
        return NodeShape::Square;
    if (k.contains(u"project") || k.contains(u"product"))
        return NodeShape::Diamond;
    if (k.contains(u"event") || k.contains(u"summit") || k.contains(u"conference"))
        return NodeShape::Star;
    if (k.contains(u"person") || k.contains(u"people"))
        return NodeShape::Pentagon;
    return NodeShape::Circle;
}

GraphPalette GraphPalette::light()
{
    GraphPalette p;
    p.background = QColor(0xfb, 0xfb, 0xfc);
    p.edge = QColor(0xa3, 0xab, 0xb5);
    p.label = QColor(0x1f, 0x23, 0x28);
    p.labelHalo = QColor(0xfb, 0xfb, 0xfc, 205);
    p.nodeOutline = QColor(0xff, 0xff, 0xff);
    p.selection = QColor(0x20, 0x21, 0x24);
    p.highlight = QColor(0xe8, 0x71, 0x0a);
    p.other = QColor(0xc2, 0xc6, 0xcc);
    p.pin = QColor(0xd9, 0x30, 0x25);
    p.isDark = false;
    return p;
}

GraphPalette GraphPalette::dark()
{
    GraphPalette p;
    p.background = QColor(0x1b, 0x1d, 0x21);
    p.edge = QColor(0x5d, 0x65, 0x70);
    p.label = QColor(0xe8, 0xea, 0xed);
    p.labelHalo = QColor(0x1b, 0x1d, 0x21, 205);
    p.nodeOutline = QColor(0x1b, 0x1d, 0x21);
    p.selection = QColor(0xf1, 0xf3, 0xf4);
    p.highlight = QColor(0xfb, 0xbc, 0x04);
    p.other = QColor(0x6b, 0x70, 0x78);
    p.pin = QColor(0xf2, 0x8b, 0x82);
    p.isDark = true;
    return p;
}

std::optional<NodeColumn> GraphStyle::columnFromName(QStringView name)
{
    const QString n = name.toString().trimmed().toLower();
    if (n == u"sector" || n == u"sectors")
        return NodeColumn::Sector;
    if (n == u"country" || n == u"countries")
        return NodeColumn::Country;
    if (n == u"kind" || n == u"type")
        return NodeColumn::Kind;
    if (n == u"date")
        return NodeColumn::Date;
    if (n == u"enddate" || n == u"end-date" || n == u"end_date")
        return NodeColumn::EndDate;
    return std::nullopt;
}

QString GraphStyle::columnName(NodeColumn column)
{
    switch (column) {
    case NodeColumn::Kind: return u"kind"_s;
    case NodeColumn::Country: return u"country"_s;
    case NodeColumn::Sector: return u"sector"_s;
    case NodeColumn::Date: return u"date"_s;
    case NodeColumn::EndDate: return u"endDate"_s;
    }
    return {};
}

const QList<QColor> &categoryColors()
{
    // Tableau 10 (2016) minus its grey, which stays reserved for "other", then
    // the Tableau 20 tones that are distinct from the first nine, then deep
    // tones (Tableau, ColorBrewer Dark2) so that a small graph with ~20
    // categories (the summit has 21 sectors) gives each its own colour.
    static const QList<QColor> colors = {
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
        QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
        QColor(0x49, 0x98, 0x94), QColor(0xd3, 0x72, 0x95), QColor(0xb6, 0x99, 0x2d),
        QColor(0xa0, 0xcb, 0xe8), QColor(0x8c, 0xd1, 0x7d), QColor(0xff, 0xbe, 0x7d),
        QColor(0xd4, 0xa6, 0xc8), QColor(0xd7, 0xb5, 0xa6), QColor(0x6a, 0x3d, 0x9a),
        QColor(0x2f, 0x4b, 0x7c), QColor(0x8f, 0x2d, 0x56), QColor(0x1b, 0x9e, 0x77),
        QColor(0xd9, 0x5f, 0x02), QColor(0x75, 0x70, 0xb3), QColor(0x66, 0xa6, 0x1e),
    };
    return colors;
}

QColor metricColor(double t, bool darkBackground)
{
    // Viridis, sampled at 9 stops. On a dark background its darkest purple
    // would vanish, so the scale starts a little later there.
    static const QRgb stops[] = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c,
                                 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725};
    if (!std::isfinite(t))
        t = 0;
    t = std::clamp(t, 0.0, 1.0);
    if (darkBackground)
        t = 0.18 + 0.82 * t;
    const double pos = t * 8.0;
    const int i = std::min(int(pos), 7);
    const double f = pos - i;
    const QColor a = QColor::fromRgb(stops[i]);
    const QColor b = QColor::fromRgb(stops[i + 1]);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

EdgeStyle edgeStyleForRelation(const QString &relation, const GraphPalette &palette,
                               bool graphDirected)
{
    EdgeStyle s;
    s.relation = relation;
    s.color = palette.edge;
    s.directed = graphDirected;
    QString r = relation.toLower();
    r.replace(u'_', u' ').replace(u'-', u' ');
    const bool dark = palette.isDark;
    auto tint = [dark](QRgb lightColor, QRgb darkColor) { return QColor::fromRgb(dark ? darkColor : lightColor); };
    if (r.contains(u"member")) {
        s.width = 0.9;
        s.directed = true;
    } else if (r.contains(u"joint")) {
        s.width = 2.2;
        s.line = EdgeLine::Dotted;
        s.directed = false;
        s.color = tint(0x3f9a93, 0x5fb8b0);
    } else if (r.contains(u"partner")) {
        s.width = 2.0;
        s.directed = false;
        s.color = tint(0x7f8894, 0x8a939e);
    } else if (r.contains(u"particip")) {
        s.width = 1.1;
        s.line = EdgeLine::Dashed;
        s.directed = false;
    } else if (r.contains(u"subsidiar") || r.contains(u"owns") || r.contains(u"ownership")
               || r.contains(u"parent")) {
        s.width = 1.5;
        s.directed = true;
        s.color = tint(0x8e6bb0, 0xb293cf);
    } else if (r.contains(u"suppl") || r.contains(u"customer") || r.contains(u"vendor")) {
        s.width = 1.3;
        s.line = EdgeLine::DashDot;
        s.directed = true;
        s.color = tint(0xc0894a, 0xd9a66a);
    } else if (r.contains(u"invest") || r.contains(u"fund") || r.contains(u"acqui")) {
        s.width = 1.3;
        s.directed = true;
        s.color = tint(0x5f9450, 0x86bd77);
    } else if (r.contains(u"collab") || r.contains(u"cooperat") || r.contains(u"agreement")) {
        s.width = 1.5;
        s.directed = false;
    }
    return s;
}

namespace {

// Messages are translated in the context "entente::GraphStyle" (lupdate reads the
// Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::GraphStyle)
};

struct CategoryMapping
{
    // Slot per pool index: the colour index, or -1 for "other"; pool index 0
    // (no value) is always -1.
    std::vector<int> slot;
    std::vector<quint32> ranked;   // pool indices with a colour, by decreasing count
    std::vector<qsizetype> counts; // nodes per pool index (first value)
};

CategoryMapping mapCategories(const RelationshipGraph &graph, NodeColumn column, int maxCategories)
{
    CategoryMapping m;
    const CategoryColumn &col = graph.nodeColumn(column);
    const quint32 poolSize = std::max<quint32>(col.pool().size(), 1);
    m.counts.assign(poolSize, 0);
    for (qsizetype n = 0; n < graph.nodeCount(); ++n) {
        const quint32 v = n < col.rowCount() ? col.first(n) : 0;
        ++m.counts[v < poolSize ? v : 0];
    }
    std::vector<quint32> present;
    for (quint32 v = 1; v < poolSize; ++v) {
        if (m.counts[v] > 0)
            present.push_back(v);
    }
    const StringPool &pool = col.pool();
    std::sort(present.begin(), present.end(), [&](quint32 a, quint32 b) {
        if (m.counts[a] != m.counts[b])
            return m.counts[a] > m.counts[b];
        return pool.at(a) < pool.at(b);
    });
    const int colors = std::min<int>(std::max(maxCategories, 0), int(categoryColors().size()));
    m.slot.assign(poolSize, -1);
    for (int i = 0; i < int(present.size()) && i < colors; ++i) {
        m.slot[present[i]] = i;
        m.ranked.push_back(present[i]);
    }
    return m;
}

struct MetricRange
{
    double min = 0, max = 0;
    bool any = false;
};

MetricRange metricRange(const std::vector<double> &values)
{
    MetricRange r;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        if (!r.any) {
            r.min = r.max = v;
            r.any = true;
        } else {
            r.min = std::min(r.min, v);
            r.max = std::max(r.max, v);
        }
    }
    return r;
}

double metricT(double v, const MetricRange &r)
{
    return r.max > r.min ? (v - r.min) / (r.max - r.min) : 0.5;
}

QString formatValue(double v)
{
    return QString::number(v, 'g', 3);
}

} // namespace

GraphAppearance GraphAppearance::build(const RelationshipGraph &graph, const GraphStyle &style)
{
    GraphAppearance a;
    a.palette = style.palette();
    a.showLabels = style.showLabels;
    a.labelScale = style.labelScale;
    a.nodeScale = style.nodeScale;
    const qsizetype n = graph.nodeCount();
    const qsizetype m = graph.edgeCount();

    a.nodeColor.assign(n, a.palette.other.rgba());
    if (style.colorMode == GraphStyle::ColorMode::Category) {
        const CategoryMapping mapping = mapCategories(graph, style.colorColumn, style.maxCategories);
        // A column without any value (bench graphs, plain edge lists) gives
        // every node the first colour rather than "other" grey.
        if (mapping.ranked.empty())
            a.nodeColor.assign(n, categoryColors().front().rgba());
        const CategoryColumn &col = graph.nodeColumn(style.colorColumn);
        for (qsizetype i = 0; i < n && i < col.rowCount(); ++i) {
            const quint32 v = col.first(i);
            const int slot = v < mapping.slot.size() ? mapping.slot[v] : -1;
            if (slot >= 0)
                a.nodeColor[i] = categoryColors()[slot].rgba();
        }
    } else if (style.colorMode == GraphStyle::ColorMode::Metric) {
        const MetricRange range = metricRange(style.metric);
        for (qsizetype i = 0; i < n && i < qsizetype(style.metric.size()); ++i) {
            const double v = style.metric[i];
            if (std::isfinite(v))
                a.nodeColor[i] = metricColor(metricT(v, range), a.palette.isDark).rgba();
        }
    } else {
        a.nodeColor.assign(n, categoryColors().front().rgba());
    }

    // Shapes: one decision per distinct kind, not per node.
    const CategoryColumn &kinds = graph.nodeColumn(NodeColumn::Kind);
    std::vector<NodeShape> shapeOfKind(std::max<quint32>(kinds.pool().size(), 1), NodeShape::Circle);
    for (quint32 k = 1; k < kinds.pool().size(); ++k)
        shapeOfKind[k] = shapeForKind(kinds.pool().at(k));
    a.nodeShape.assign(n, NodeShape::Circle);
    for (qsizetype i = 0; i < n && i < kinds.rowCount(); ++i)
        a.nodeShape[i] = shapeOfKind[kinds.first(i)];

    // Radius grows with the square root of the degree, so that area follows
    // degree roughly linearly, capped so that hubs do not swallow the picture.
    a.nodeSize.assign(n, 1.0f);
    if (!style.sizeMetric.empty()) {
        // Size by a metric: the same 1..6 range as by degree, area roughly
        // proportional to the value.
        const MetricRange range = metricRange(style.sizeMetric);
        const double span = range.max - range.min;
        for (qsizetype i = 0; i < n; ++i) {
            const double v = i < qsizetype(style.sizeMetric.size()) ? style.sizeMetric[i] : std::nan("");
            double t = 0;
            if (range.any && std::isfinite(v) && span > 0)
                t = std::clamp((v - range.min) / span, 0.0, 1.0);
            else if (range.any && std::isfinite(v))
                t = 0.5;   // every value equal: all the same, middle size
            a.nodeSize[i] = float(1.0 + 5.0 * std::sqrt(t));
        }
    } else {
        for (qsizetype i = 0; i < n; ++i) {
            const double d = double(graph.degree(NodeIndex(i)));
            a.nodeSize[i] = style.sizeByDegree ? float(std::min(1.0 + 0.45 * std::sqrt(d), 6.0)) : 1.6f;
        }
    }
    a.labelOrder.resize(n);
    std::iota(a.labelOrder.begin(), a.labelOrder.end(), NodeIndex(0));
    std::stable_sort(a.labelOrder.begin(), a.labelOrder.end(), [&](NodeIndex x, NodeIndex y) {
        return graph.degree(x) > graph.degree(y);
    });

    const CategoryColumn &relations = graph.edgeColumn(EdgeColumn::Relation);
    const quint32 relationCount = std::max<quint32>(relations.pool().size(), 1);
    const quint32 classes = std::min<quint32>(relationCount, 0xffff);
    a.edgeStyles.reserve(classes);
    for (quint32 r = 0; r < classes; ++r)
        a.edgeStyles.push_back(edgeStyleForRelation(r == 0 ? QString() : relations.pool().at(r),
                                                    a.palette, graph.isDirected()));
    a.edgeClass.assign(m, 0);
    for (qsizetype e = 0; e < m && e < relations.rowCount(); ++e) {
        const quint32 r = relations.first(e);
        a.edgeClass[e] = quint16(r < classes ? r : 0);
    }
    return a;
}

QList<LegendEntry> legendEntries(const RelationshipGraph &graph, const GraphStyle &style)
{
    QList<LegendEntry> rows;
    const GraphPalette palette = style.palette();
    const qsizetype n = graph.nodeCount();
    if (style.colorMode == GraphStyle::ColorMode::Category) {
        const CategoryMapping mapping = mapCategories(graph, style.colorColumn, style.maxCategories);
        const StringPool &pool = graph.nodeColumn(style.colorColumn).pool();
        qsizetype shown = 0;
        for (std::size_t i = 0; i < mapping.ranked.size(); ++i) {
            const quint32 v = mapping.ranked[i];
            rows.append({pool.at(v), categoryColors()[int(i)], std::nullopt, mapping.counts[v]});
            shown += mapping.counts[v];
        }
        const qsizetype none = mapping.counts.empty() ? 0 : mapping.counts[0];
        const qsizetype other = n - shown - none;
        if (mapping.ranked.empty()) {
            if (n > 0)
                rows.append({Tr::tr("(none)"), categoryColors().front(), std::nullopt, n});
            return rows;
        }
        if (other > 0)
            rows.append({Tr::tr("Other"), palette.other, std::nullopt, other});
        if (none > 0)
            rows.append({Tr::tr("(none)"), palette.other, std::nullopt, none});
    } else if (style.colorMode == GraphStyle::ColorMode::Metric) {
        const MetricRange range = metricRange(style.metric);
        constexpr int bins = 5;
        qsizetype counts[bins] = {};
        qsizetype missing = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double v = i < qsizetype(style.metric.size()) ? style.metric[i] : noVolume();
            if (!std::isfinite(v)) {
                ++missing;
                continue;
            }
            const int b = std::clamp(int(metricT(v, range) * bins), 0, bins - 1);
            ++counts[b];
        }
        if (range.any) {
            const int used = range.max > range.min ? bins : 1;
            for (int b = 0; b < used; ++b) {
                const double lo = range.min + (range.max - range.min) * b / bins;
                const double hi = range.min + (range.max - range.min) * (b + 1) / bins;
                const QString label = used == 1 ? formatValue(range.min)
                                                : formatValue(lo) + u" – "_s + formatValue(hi);
                const double t = used == 1 ? 0.5 : (b + 0.5) / bins;
                rows.append({label, metricColor(t, palette.isDark), std::nullopt,
                             used == 1 ? counts[std::clamp(int(0.5 * bins), 0, bins - 1)] : counts[b]});
            }
        }
        if (missing > 0)
            rows.append({Tr::tr("(no value)"), palette.other, std::nullopt, missing});
    } else if (n > 0) {
        rows.append({Tr::tr("Node"), categoryColors().front(), std::nullopt, n});
    }
    return rows;
}

QList<LegendEntry> shapeLegendEntries(const RelationshipGraph &graph, const GraphStyle &style)
{
    const CategoryColumn &kinds = graph.nodeColumn(NodeColumn::Kind);
    std::vector<qsizetype> counts(std::max<quint32>(kinds.pool().size(), 1), 0);
    for (qsizetype i = 0; i < graph.nodeCount() && i < kinds.rowCount(); ++i)
        ++counts[kinds.first(i)];
    QList<LegendEntry> rows;
    const QColor neutral = style.palette().isDark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x80, 0x86, 0x8b);
    for (quint32 k = 0; k < counts.size(); ++k) {
        if (counts[k] == 0)
            continue;
        rows.append({k == 0 ? Tr::tr("(no kind)") : kinds.pool().at(k), neutral,
                     k == 0 ? NodeShape::Circle : shapeForKind(kinds.pool().at(k)), counts[k]});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const LegendEntry &a, const LegendEntry &b) {
        return a.count > b.count;
    });
    return rows;
}

QList<LegendEntry> relationLegendEntries(const RelationshipGraph &graph, const GraphStyle &style)
{
    const CategoryColumn &relations = graph.edgeColumn(EdgeColumn::Relation);
    std::vector<qsizetype> counts(std::max<quint32>(relations.pool().size(), 1), 0);
    for (qsizetype e = 0; e < graph.edgeCount() && e < relations.rowCount(); ++e)
        ++counts[relations.first(e)];
    QList<LegendEntry> rows;
    const GraphPalette palette = style.palette();
    for (quint32 r = 0; r < counts.size(); ++r) {
        if (counts[r] == 0)
            continue;
        const QString name = r == 0 ? QString() : relations.pool().at(r);
        const EdgeStyle es = edgeStyleForRelation(name, palette, graph.isDirected());
        rows.append({r == 0 ? Tr::tr("(no relation)") : name, es.color, std::nullopt, counts[r]});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const LegendEntry &a, const LegendEntry &b) {
        return a.count > b.count;
    });
    return rows;
}

} // namespace entente
