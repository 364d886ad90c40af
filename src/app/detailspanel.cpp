#include "detailspanel.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// `description`, or `description_<lang>` when the interface speaks <lang> (the
// default QLocale follows the chosen language) and the data carries it.
QJsonValue localizedDescription(const Attributes &attributes)
{
    const QString language = QLocale().name().section(u'_', 0, 0);
    if (!language.isEmpty() && language != u"en"_s && language != u"C"_s) {
        const QJsonValue translated = attributeValue(attributes, u"description_"_s + language);
        if (translated.isString() && !translated.toString().isEmpty())
            return translated;
    }
    return attributeValue(attributes, u"description");
}

// More than this many relations or selected nodes are summarised; a hub of
// a large graph would otherwise make a page the text engine lays out slowly.
constexpr int maxListed = 500;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

bool isWebUrl(const QString &text)
{
    return text.startsWith(u"http://"_s) || text.startsWith(u"https://"_s);
}

QString linkOrText(const QString &text)
{
    if (isWebUrl(text))
        return u"<a href=\"%1\">%2</a>"_s.arg(escaped(text), escaped(text));
    return escaped(text);
}

QString jsonToText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        // Plain digits: a year or a count reads wrong with group separators.
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            parts << (element.isObject() || element.isArray()
                          ? QString::fromUtf8(QJsonDocument(element.isObject()
                                                                ? QJsonDocument(element.toObject())
                                                                : QJsonDocument(element.toArray()))
                                                  .toJson(QJsonDocument::Compact))
                          : jsonToText(element));
        return parts.join(u", "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(
            QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString row(const QString &key, const QString &valueHtml)
{
    return u"<tr><td class=\"key\">%1</td><td>%2</td></tr>"_s.arg(escaped(key), valueHtml);
}

// The relations whose direction matters, drawn with arrows; everything else
// reads both ways ("partnership with").
bool isDirectedRelation(const RelationshipGraph &graph, const QString &relation)
{
    return graph.isDirected() || relation == u"subsidiary"_s || relation == u"supplier"_s
        || relation == u"membership"_s;
}

} // namespace

QString formatEuros(double volume)
{
    if (std::isnan(volume))
        return {};
    const QLocale locale;
    const double magnitude = std::abs(volume);
    QString rounded;
    if (magnitude >= 1e9)
        rounded = DetailsPanel::tr("€%1 billion").arg(locale.toString(volume / 1e9, 'g', 4));
    else if (magnitude >= 1e6)
        rounded = DetailsPanel::tr("€%1 million").arg(locale.toString(volume / 1e6, 'g', 4));
    const QString exact = locale.toString(volume, 'f', volume == std::floor(volume) ? 0 : 2)
        + u" EUR"_s;
    return rounded.isEmpty() ? exact : u"%1 (%2)"_s.arg(rounded, exact);
}

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setObjectName(u"detailsBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailsPanel::onAnchorClicked);
    showNothing();
}

DetailsPanel::~DetailsPanel() = default;

void DetailsPanel::setGraph(const RelationshipGraph &graph)
{
    m_graph = graph;
    // Counted once: the summary is shown again on every deselection.
    m_componentCount = graph.componentCount();
    showNothing();
}

QString DetailsPanel::plainText() const
{
    return m_browser->toPlainText();
}

void DetailsPanel::setHtml(const QString &body)
{
    const QPalette pal = palette();
    const QString muted = pal.color(QPalette::PlaceholderText).name();
    const QString link = pal.color(QPalette::Link).name();
    const QString css = uR"(<style>
h2 { margin-bottom: 2px; }
h3 { margin-top: 14px; margin-bottom: 4px; }
td { padding: 2px 8px 2px 0px; vertical-align: top; }
td.key { color: %1; white-space: nowrap; }
.muted { color: %1; }
a { color: %2; text-decoration: none; }
blockquote { margin: 4px 0px 4px 10px; font-style: italic; }
</style>)"_s.arg(muted, link);
    m_browser->setHtml(css + body);
}

void DetailsPanel::showNothing()
{
    m_node.reset();
    m_edge.reset();
    if (m_graph.isEmpty()) {
        setHtml(u"<p class=\"muted\">%1</p>"_s.arg(escaped(tr("No graph is open."))));
        return;
    }
    // Nothing selected: what the dataset is, and where it comes from.
    const RelationshipGraph &g = m_graph;
    QString html = u"<h2>%1</h2>"_s.arg(escaped(g.title().isEmpty() ? tr("Graph") : g.title()));
    const QJsonValue description = localizedDescription(g.attributes());
    if (description.isString())
        html += u"<p>%1</p>"_s.arg(escaped(description.toString()));
    html += u"<table>"_s;
    html += row(tr("Nodes"), QLocale().toString(g.nodeCount()));
    html += row(tr("Edges"), QLocale().toString(g.edgeCount()));
    html += row(tr("Components"), QLocale().toString(m_componentCount));
    html += row(tr("Edges are"), g.isDirected() ? tr("directed") : tr("undirected"));
    html += u"</table>"_s;
    QStringList sourceIds;
    const QJsonArray sources = g.sources();
    for (const QJsonValue &source : sources)
        sourceIds << source.toObject().value(u"id"_s).toString();
    html += sourcesHtml(sourceIds);
    html += u"<p class=\"muted\">%1</p>"_s.arg(
        escaped(tr("Click a node or an edge to see its details.")));
    setHtml(html);
}

QString DetailsPanel::nodeLink(NodeIndex node) const
{
    return u"<a href=\"node:%1\">%2</a>"_s.arg(node).arg(escaped(m_graph.nodeDisplayLabel(node)));
}

QString DetailsPanel::sourcesHtml(const QStringList &sourceIds) const
{
    if (sourceIds.isEmpty())
        return {};
    // Sources are cited by id; the file's top-level "sources" array says who
    // published what, when and where.
    const QJsonArray all = m_graph.sources();
    QString html = u"<h3>%1</h3>"_s.arg(escaped(tr("Sources")));
    for (const QString &id : sourceIds) {
        QJsonObject found;
        for (const QJsonValue &value : all) {
            const QJsonObject object = value.toObject();
            if (object.value(u"id"_s).toString() == id) {
                found = object;
                break;
            }
        }
        if (found.isEmpty()) {
            html += u"<p>%1</p>"_s.arg(linkOrText(id));
            continue;
        }
        const QString title = found.value(u"title"_s).toString(id);
        const QString url = found.value(u"url"_s).toString();
        QStringList meta;
        for (const auto &key : {u"publisher"_s, u"date"_s}) {
            const QString text = found.value(key).toString();
            if (!text.isEmpty())
                meta << escaped(text);
        }
        const QString titleHtml = isWebUrl(url)
            ? u"<a href=\"%1\">%2</a>"_s.arg(escaped(url), escaped(title))
            : escaped(title);
        html += u"<p>%1%2</p>"_s.arg(titleHtml,
                                     meta.isEmpty() ? QString()
                                                    : u"<br><span class=\"muted\">%1</span>"_s.arg(
                                                          meta.join(u" · "_s)));
    }
    return html;
}

void DetailsPanel::showNode(NodeIndex node)
{
    if (node >= NodeIndex(m_graph.nodeCount())) {
        showNothing();
        return;
    }
    m_node = node;
    m_edge.reset();
    const RelationshipGraph &g = m_graph;
    QString html = u"<h2>%1</h2>"_s.arg(escaped(g.nodeDisplayLabel(node)));
    const QString kind = g.nodeKind(node);
    // A one-line summary under the name: what it is, where, in what field.
    QStringList summary;
    if (!kind.isEmpty())
        summary << kind;
    summary << g.nodeCountries(node).join(u", "_s) << g.nodeSectors(node).join(u", "_s);
    summary.removeAll(QString());
    if (!summary.isEmpty())
        html += u"<p class=\"muted\">%1</p>"_s.arg(escaped(summary.join(u" · "_s)));

    html += u"<table width=\"100%\">"_s;
    html += row(tr("Id"), escaped(g.nodeId(node)));
    if (!g.nodeLabel(node).isEmpty())
        html += row(tr("Label"), escaped(g.nodeLabel(node)));
    if (!kind.isEmpty())
        html += row(tr("Kind"), escaped(kind));
    const QStringList countries = g.nodeCountries(node);
    if (!countries.isEmpty())
        html += row(countries.size() == 1 ? tr("Country") : tr("Countries"),
                    escaped(countries.join(u", "_s)));
    const QStringList sectors = g.nodeSectors(node);
    if (!sectors.isEmpty())
        html += row(sectors.size() == 1 ? tr("Sector") : tr("Sectors"),
                    escaped(sectors.join(u", "_s)));
    if (!g.nodeDate(node).isEmpty())
        html += row(tr("Date"), escaped(g.nodeDate(node)));
    if (!g.nodeEndDate(node).isEmpty())
        html += row(tr("End date"), escaped(g.nodeEndDate(node)));
    if (!std::isnan(g.nodeVolume(node)))
        html += row(tr("Volume"), escaped(formatEuros(g.nodeVolume(node))));
    html += row(tr("Degree"), QString::number(g.degree(node)));
    // The description in the interface's language (description_de,
    // description_fr beside description); the other translations are not listed.
    const Attributes &attributes = g.nodeAttributes(node);
    const QJsonValue description = localizedDescription(attributes);
    for (const auto &[key, value] : attributes) {
        if (key.startsWith(u"description_"_s))
            continue;
        html += row(key, linkOrText(jsonToText(key == u"description"_s ? description : value)));
    }
    if (!description.isUndefined() && attributeValue(attributes, u"description").isUndefined())
        html += row(u"description"_s, linkOrText(jsonToText(description)));
    html += u"</table>"_s;

    // Relations, grouped by kind of relation, then by neighbour name.
    struct Relation
    {
        QString relation;
        QString neighbourLabel;
        NodeIndex neighbour;
        EdgeIndex edge;
        bool outgoing;
    };
    const auto neighbours = g.neighbours(node);
    const auto edges = g.incidentEdges(node);
    std::vector<Relation> relations;
    relations.reserve(neighbours.size());
    for (std::size_t i = 0; i < neighbours.size(); ++i) {
        const EdgeIndex e = edges[i];
        // A self-loop appears twice in the adjacency; list it once.
        if (neighbours[i] == node && i > 0 && edges[i - 1] == e)
            continue;
        relations.push_back({g.edgeRelation(e), g.nodeDisplayLabel(neighbours[i]), neighbours[i],
                             e, g.edgeSource(e) == node});
    }
    std::sort(relations.begin(), relations.end(), [](const Relation &a, const Relation &b) {
        if (a.relation != b.relation)
            return a.relation < b.relation;
        return a.neighbourLabel.localeAwareCompare(b.neighbourLabel) < 0;
    });
    html += u"<h3>%1</h3>"_s.arg(escaped(tr("Relations (%1)").arg(relations.size())));
    if (relations.empty())
        html += u"<p class=\"muted\">%1</p>"_s.arg(escaped(tr("None.")));
    html += u"<table width=\"100%\">"_s;
    int listed = 0;
    for (const Relation &r : relations) {
        if (++listed > maxListed) {
            html += u"<tr><td colspan=\"3\" class=\"key\">%1</td></tr>"_s.arg(
                escaped(tr("… and %1 more").arg(relations.size() - maxListed)));
            break;
        }
        const QString relation = r.relation.isEmpty() ? tr("relation") : r.relation;
        QString arrow;
        if (isDirectedRelation(g, r.relation))
            arrow = r.outgoing ? u"→ "_s : u"← "_s;
        const QString date = g.edgeDate(r.edge);
        html += u"<tr><td class=\"key\"><a href=\"edge:%1\">%2%3</a></td><td>%4</td><td class=\"key\">%5</td></tr>"_s
                    .arg(r.edge)
                    .arg(arrow, escaped(relation), nodeLink(r.neighbour), escaped(date));
    }
    html += u"</table>"_s;
    html += sourcesHtml(g.nodeSources(node));
    setHtml(html);
}

void DetailsPanel::showEdge(EdgeIndex edge)
{
    if (edge >= EdgeIndex(m_graph.edgeCount())) {
        showNothing();
        return;
    }
    m_node.reset();
    m_edge = edge;
    const RelationshipGraph &g = m_graph;
    const NodeIndex source = g.edgeSource(edge);
    const NodeIndex target = g.edgeTarget(edge);
    const QString relation = g.edgeRelation(edge);
    const bool directed = isDirectedRelation(g, relation);

    QString html = u"<h2>%1 %2 %3</h2>"_s.arg(nodeLink(source), directed ? u"→"_s : u"—"_s,
                                              nodeLink(target));
    if (!relation.isEmpty())
        html += u"<p class=\"muted\">%1</p>"_s.arg(escaped(relation));
    html += u"<table width=\"100%\">"_s;
    if (!g.edgeId(edge).isEmpty())
        html += row(tr("Id"), escaped(g.edgeId(edge)));
    if (!g.edgeLabel(edge).isEmpty())
        html += row(tr("Label"), escaped(g.edgeLabel(edge)));
    html += row(directed ? tr("From") : tr("Between"), nodeLink(source));
    html += row(directed ? tr("To") : tr("And"), nodeLink(target));
    if (!relation.isEmpty())
        html += row(tr("Relation"), escaped(relation));
    if (!g.edgeDate(edge).isEmpty())
        html += row(tr("Date"), escaped(g.edgeDate(edge)));
    if (!g.edgeEndDate(edge).isEmpty())
        html += row(tr("End date"), escaped(g.edgeEndDate(edge)));
    if (!std::isnan(g.edgeVolume(edge)))
        html += row(tr("Volume"), escaped(formatEuros(g.edgeVolume(edge))));
    QString quote;
    for (const auto &[key, value] : g.edgeAttributes(edge)) {
        if (key == u"quote"_s && value.isString()) {
            quote = value.toString();
            continue;
        }
        html += row(key, linkOrText(jsonToText(value)));
    }
    html += u"</table>"_s;
    if (!quote.isEmpty())
        html += u"<h3>%1</h3><blockquote>“%2”</blockquote>"_s.arg(escaped(tr("Quote")),
                                                                 escaped(quote));
    html += sourcesHtml(g.edgeSources(edge));
    setHtml(html);
}

void DetailsPanel::showNodes(const QList<NodeIndex> &nodes)
{
    if (nodes.isEmpty()) {
        showNothing();
        return;
    }
    if (nodes.size() == 1) {
        showNode(nodes.first());
        return;
    }
    m_node.reset();
    m_edge.reset();
    QString html = u"<h2>%1</h2><p>"_s.arg(
        escaped(tr("%n node(s) selected", nullptr, int(nodes.size()))));
    QStringList links;
    for (qsizetype i = 0; i < nodes.size() && i < maxListed; ++i)
        links << nodeLink(nodes[i]);
    html += links.join(u"<br>"_s);
    if (nodes.size() > maxListed)
        html += u"<br><span class=\"muted\">%1</span>"_s.arg(
            escaped(tr("… and %1 more").arg(nodes.size() - maxListed)));
    html += u"</p>"_s;
    setHtml(html);
}

void DetailsPanel::onAnchorClicked(const QUrl &url)
{
    bool ok = false;
    const uint index = url.path().toUInt(&ok);
    if (url.scheme() == u"node"_s && ok && index < uint(m_graph.nodeCount())) {
        emit nodeActivated(NodeIndex(index));
        return;
    }
    if (url.scheme() == u"edge"_s && ok && index < uint(m_graph.edgeCount())) {
        emit edgeActivated(EdgeIndex(index));
        return;
    }
    if (url.scheme() == u"http"_s || url.scheme() == u"https"_s)
        QDesktopServices::openUrl(url);
}

} // namespace entente
