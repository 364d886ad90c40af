#include "graphvizlayout.h"

#include "layout/graphviz_p.h"

#include <QSet>

#include <cmath>
#include <random>

namespace entente {

namespace {

using namespace Qt::StringLiterals;

// Relations where the source belongs to the target (member -> alliance,
// participant -> event): dot draws them from the group down to the member.
bool isBelongsTo(const QString &relation)
{
    static const QSet<QString> relations = {u"membership"_s, u"member"_s, u"member_of"_s,
                                            u"participation"_s, u"part_of"_s};
    return relations.contains(relation.toLower());
}

QPointF centroid(const NodePositions &positions, const std::vector<qsizetype> &nodes)
{
    QPointF sum;
    for (qsizetype n : nodes)
        sum += positions.at(n);
    return nodes.empty() ? QPointF() : sum / double(nodes.size());
}

} // namespace

GraphvizLayout::GraphvizLayout(const QString &engine) : m_engine(engine) {}

// fdp is reproducible only because the facade gives cgraph address-ordered
// memory while it runs (OrderedCgraphHeap in graphviz.cpp).
QStringList GraphvizLayout::engineNames()
{
    return {u"dot"_s, u"neato"_s, u"fdp"_s, u"sfdp"_s, u"circo"_s, u"twopi"_s};
}

qsizetype GraphvizLayout::nodeLimit(const QString &engine)
{
    if (engine == u"neato"_s)
        return 4'000;   // stress majorization stores all-pairs distances: n² doubles
    if (engine == u"fdp"_s || engine == u"circo"_s)
        return 10'000;
    if (engine == u"dot"_s || engine == u"twopi"_s)
        return 20'000;
    return std::numeric_limits<qsizetype>::max();
}

NodePositions GraphvizLayout::run(const LayoutInput &input, LayoutProgress &progress)
{
    const RelationshipGraph &graph = input.graph;
    const qsizetype n = graph.nodeCount();
    NodePositions result = input.start;
    result.resize(n);
    progress.setProgress(0.0);

    // Graphviz works on the active nodes only, renumbered.
    std::vector<qint64> local(std::size_t(n), -1);
    std::vector<qsizetype> members;
    for (qsizetype i = 0; i < n; ++i) {
        if (input.isActive(NodeIndex(i))) {
            local[i] = qint64(members.size());
            members.push_back(i);
        }
    }
    const QString engine = qsizetype(members.size()) > nodeLimit(m_engine) ? u"sfdp"_s : m_engine;

    Graphviz::LayoutRequest request;
    request.engine = engine;
    request.nodeCount = qsizetype(members.size());
    request.nodeAttributes = {{u"shape"_s, u"circle"_s}, {u"label"_s, QString()},
                              {u"width"_s, u"0.3"_s}, {u"height"_s, u"0.3"_s},
                              {u"fixedsize"_s, u"true"_s}};
    const QString seed = QString::number(input.seed % 2'000'000'000);
    request.seed = unsigned(input.seed % 2'000'000'000);
    if (engine == u"dot"_s) {
        request.directed = true;
        request.graphAttributes = {{u"rankdir"_s, u"LR"_s}, {u"ranksep"_s, u"2.0"_s},
                                   {u"nodesep"_s, u"0.25"_s}, {u"splines"_s, u"false"_s}};
    } else {
        request.directed = graph.isDirected();
        request.graphAttributes = {{u"splines"_s, u"false"_s}, {u"notranslate"_s, u"true"_s}};
        if (engine == u"neato"_s || engine == u"fdp"_s || engine == u"sfdp"_s)
            request.graphAttributes.append({u"start"_s, seed});
        if (engine == u"neato"_s)
            request.graphAttributes.append({u"pack"_s, u"true"_s});
        // Input positions (starting points, pins) in points, like the output;
        // Graphviz reads them in inches otherwise.
        if (engine == u"neato"_s || engine == u"fdp"_s)
            request.graphAttributes.append({u"inputscale"_s, u"72"_s});
    }

    bool anyBelongsTo = false;
    if (engine == u"dot"_s) {
        for (qsizetype e = 0; e < graph.edgeCount() && !anyBelongsTo; ++e)
            anyBelongsTo = isBelongsTo(graph.edgeRelation(EdgeIndex(e)));
    }
    for (qsizetype e = 0; e < graph.edgeCount(); ++e) {
        const NodeIndex s = graph.edgeSource(EdgeIndex(e));
        const NodeIndex t = graph.edgeTarget(EdgeIndex(e));
        if (local[s] < 0 || local[t] < 0)
            continue;
        auto tail = quint32(local[s]);
        auto head = quint32(local[t]);
        if (engine == u"dot"_s && anyBelongsTo) {
            const bool belongs = isBelongsTo(graph.edgeRelation(EdgeIndex(e)));
            if (belongs)
                std::swap(tail, head);
            request.unconstrained.push_back(!belongs);
        }
        request.edges.emplace_back(tail, head);
    }

    // Pinned nodes: neato and fdp keep them where they are (Graphviz y up).
    std::vector<qsizetype> pinned;
    request.pinned.resize(members.size());
    for (std::size_t m = 0; m < members.size(); ++m) {
        const qsizetype i = members[m];
        if (i < input.start.size() && input.start.pinned[i] && input.start.known[i]) {
            pinned.push_back(i);
            request.pinned[m] = QPointF(input.start.x[i], -input.start.y[i]);
        }
    }

    // neato and fdp start from the old positions where known, else from
    // points drawn from the seed.
    if (engine == u"neato"_s || engine == u"fdp"_s) {
        std::mt19937_64 random(input.seed);
        const double side = 72.0 * std::sqrt(double(members.size()) + 1.0);
        std::uniform_real_distribution<double> coordinate(0.0, side);
        request.initial.resize(members.size());
        for (std::size_t m = 0; m < members.size(); ++m) {
            const qsizetype i = members[m];
            const double x = coordinate(random);
            const double y = coordinate(random);
            if (i < input.start.size() && input.start.known[i])
                request.initial[m] = QPointF(input.start.x[i], -input.start.y[i]);
            else
                request.initial[m] = QPointF(x, y);
        }
    }

    if (members.empty() || progress.isCancelled()) {
        for (qsizetype i = 0; i < n; ++i)
            result.known[i] = 1;
        progress.setProgress(1.0);
        return result;
    }
    const Graphviz::LayoutResult laid = Graphviz::layout(request);
    if (progress.isCancelled())
        return result;   // the caller discards it

    NodePositions fresh(n);
    if (laid.error.isEmpty()) {
        for (std::size_t m = 0; m < members.size(); ++m)
            fresh.set(members[m], QPointF(laid.positions[m].x(), -laid.positions[m].y()));
    } else {
        // Graphviz refused (it should not): keep the nodes on a circle rather
        // than leave them unplaced. The message is lost; LayoutEngine has no
        // error channel.
        const double radius = 40.0 * std::sqrt(double(members.size()));
        for (std::size_t m = 0; m < members.size(); ++m) {
            const double angle = 2 * M_PI * double(m) / double(members.size());
            fresh.set(members[m], QPointF(radius * std::cos(angle), radius * std::sin(angle)));
        }
    }

    // Move the new picture to where the old one was: onto the pinned nodes,
    // or else onto the centroid of the old known positions.
    std::vector<qsizetype> anchors = pinned;
    if (anchors.empty()) {
        for (qsizetype i : members) {
            if (i < input.start.size() && input.start.known[i])
                anchors.push_back(i);
        }
    }
    QPointF shift;
    if (!anchors.empty())
        shift = centroid(input.start, anchors) - centroid(fresh, anchors);
    else
        shift = -centroid(fresh, members);
    for (qsizetype i : members) {
        if (std::find(pinned.begin(), pinned.end(), i) != pinned.end())
            continue;
        result.x[i] = fresh.x[i] + shift.x();
        result.y[i] = fresh.y[i] + shift.y();
        result.known[i] = 1;
    }
    for (qsizetype i = 0; i < n; ++i)
        result.known[i] = 1;   // inactive nodes keep their start, known or not
    progress.setProgress(1.0);
    return result;
}

} // namespace entente
