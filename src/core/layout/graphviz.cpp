#include "graphviz_p.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/types.h>

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

// Exported by libcgraph (scan.l) but missing from its headers: flushes the
// scanner's buffer. agmemread leaves unread input (whatever follows the first
// graph) in flex's buffer, and the next agmemread would parse that instead of
// its own text.
extern "C" void aglexbad(void);

namespace entente {

namespace {

// Messages are translated in the context "entente::Graphviz" (lupdate reads the
// Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::Graphviz)
};

using namespace Qt::StringLiterals;

// Guards everything below and every cgraph/gvc call.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// fdp orients the edges of its internal "derived" graph by comparing node
// addresses (Graphviz 2.42, lib/fdpgen/layout.c, deriveGraph: `if (hd > tl)`),
// and which end owns an edge decides the order in which its forces are summed.
// So the same graph laid out twice in one process came out differently
// whenever the heap handed out addresses in another order (allocating a block
// of some other size between two runs is enough); seeding rand/drand48,
// `start`, `maxiter` or `T0` cannot change that. While installed, this
// allocator serves cgraph's objects (AgMemDisc, which every graph opened
// without a discipline uses) from one reserved range with addresses that grow
// in allocation order: the comparison then follows the order in which the
// nodes were made, every time. Nothing is freed until it is removed; only used
// with the mutex held and around graphs opened and closed inside its lifetime.
class OrderedCgraphHeap
{
public:
    OrderedCgraphHeap()
    {
        if (!base()) {
            void *range = mmap(nullptr, capacity, PROT_READ | PROT_WRITE,
                               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
            if (range == MAP_FAILED)
                return;   // fdp then runs as Graphviz has it: correct, not reproducible
            base() = static_cast<char *>(range);
        }
        used() = 0;
        m_saved = AgMemDisc;
        AgMemDisc.alloc = &allocate;
        AgMemDisc.resize = &resize;
        AgMemDisc.free = &release;
        m_installed = true;
    }
    ~OrderedCgraphHeap()
    {
        if (!m_installed)
            return;
        AgMemDisc = m_saved;
        madvise(base(), used(), MADV_DONTNEED);   // give the pages back
        used() = 0;
    }
    OrderedCgraphHeap(const OrderedCgraphHeap &) = delete;
    OrderedCgraphHeap &operator=(const OrderedCgraphHeap &) = delete;

private:
    static constexpr std::size_t capacity = std::size_t(4) << 30;   // address space only

    static char *&base()
    {
        static char *range = nullptr;
        return range;
    }
    static std::size_t &used()
    {
        static std::size_t bytes = 0;
        return bytes;
    }
    static bool owns(const void *p)
    {
        return base() && p >= base() && p < base() + capacity;
    }
    // cgraph expects zeroed memory (its own allocator uses calloc).
    static void *allocate(void *, std::size_t request)
    {
        const std::size_t size = (request + 15) & ~std::size_t(15);
        if (size > capacity - used())
            return std::calloc(1, request);   // out of range: unordered, still correct
        char *p = base() + used();
        used() += size;
        std::memset(p, 0, request);
        return p;
    }
    static void *resize(void *state, void *old, std::size_t oldSize, std::size_t request)
    {
        if (old && !owns(old)) {
            auto *p = static_cast<char *>(std::realloc(old, request));
            if (p && request > oldSize)
                std::memset(p + oldSize, 0, request - oldSize);
            return p;
        }
        void *p = allocate(state, request);
        if (old && p)
            std::memcpy(p, old, std::min(oldSize, request));
        return p;
    }
    static void release(void *, void *p)
    {
        if (!owns(p))
            std::free(p);
    }

    Agmemdisc_t m_saved{};
    bool m_installed = false;
};

// What cgraph's error handler received during the current call. Only touched
// with the mutex held.
QByteArray &capturedMessages()
{
    static QByteArray messages;
    return messages;
}

int captureMessage(char *message)
{
    capturedMessages().append(message);
    return 0;
}

// Installs the capturing handler for the duration of one call, so that cgraph
// never prints to stderr and we can turn its messages into diagnostics.
class ErrorCapture
{
public:
    ErrorCapture()
    {
        capturedMessages().clear();
        m_previousHandler = agseterrf(captureMessage);
        m_previousLevel = agseterr(AGWARN);
        agreseterrors();
    }
    ~ErrorCapture()
    {
        agseterrf(m_previousHandler);
        agseterr(m_previousLevel);
    }
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;

    QList<Graphviz::Message> messages() const
    {
        QList<Graphviz::Message> result;
        static const QRegularExpression lineNumber(u"\\s*in line (\\d+)"_s);
        // Messages start with "Error: " or "Warning: "; continuation lines
        // ("String starting: ...") belong to the message before them.
        const QString text = QString::fromUtf8(capturedMessages());
        for (const QString &rawLine : text.split(u'\n', Qt::SkipEmptyParts)) {
            QString line = rawLine.trimmed();
            Graphviz::Message message;
            if (line.startsWith(u"Error: "_s)) {
                line = line.mid(7);
            } else if (line.startsWith(u"Warning: "_s)) {
                line = line.mid(9);
                message.error = false;
            } else if (!result.isEmpty()) {
                result.last().text += u' ' + line;
                continue;
            }
            const auto match = lineNumber.match(line);
            if (match.hasMatch()) {
                message.line = match.captured(1).toInt();
                line.remove(match.capturedStart(), match.capturedLength());
            }
            message.text = line;
            result.append(message);
        }
        return result;
    }

private:
    agusererrf m_previousHandler = nullptr;
    agerrlevel_t m_previousLevel = AGWARN;
};

// DOT text is UTF-8 unless the graph says charset=latin1 (the one other
// encoding Graphviz accepts): its names and values are then Latin-1 bytes, which
// cgraph passes through as they are. Set per parse, with the mutex held.
bool &latin1Text()
{
    static bool latin1 = false;
    return latin1;
}

bool namesLatin1(const char *charset)
{
    const QByteArray name = QByteArray(charset).toLower();
    return name == "latin1" || name == "latin-1" || name == "l1" || name == "iso-8859-1"
        || name == "iso_8859-1" || name == "iso8859-1" || name == "iso-ir-100";
}

QString dotText(const char *text)
{
    return latin1Text() ? QString::fromLatin1(text) : QString::fromUtf8(text);
}

QList<Graphviz::Attribute> attributesOf(Agraph_t *root, void *object, int kind)
{
    QList<Graphviz::Attribute> result;
    Agsym_t *symbol = nullptr;
    while ((symbol = agnxtattr(root, kind, symbol))) {
        const char *value = agxget(object, symbol);
        if (value && *value)
            result.append({dotText(symbol->name), dotText(value)});
    }
    return result;
}

// Marks the nodes of every cluster, depth first, so that the innermost wins.
void markClusters(Agraph_t *graph, const QHash<Agnode_t *, quint32> &index,
                  std::vector<Graphviz::DotNode> &nodes, int depth)
{
    // The caller bounded the nesting of braces; this bound is a second guard.
    if (depth > 1000)
        return;
    for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
        const char *rawName = agnameof(sub);
        const QString name = rawName ? dotText(rawName) : QString();
        if (name.startsWith(u"cluster"_s)) {
            // Subgraphs inherit their parent's label: only a label of their
            // own names the cluster.
            const char *label = agget(sub, const_cast<char *>("label"));
            const char *inherited = agget(agparent(sub), const_cast<char *>("label"));
            QString cluster;
            if (label && (!inherited || qstrcmp(label, inherited) != 0))
                cluster = dotText(label);
            if (cluster.isEmpty()) {
                cluster = name.mid(7);
                if (cluster.startsWith(u'_') || cluster.startsWith(u'-') || cluster.startsWith(u' '))
                    cluster.remove(0, 1);
                if (cluster.isEmpty())
                    cluster = name;
            }
            for (Agnode_t *n = agfstnode(sub); n; n = agnxtnode(sub, n))
                nodes[index.value(n)].cluster = cluster;   // one Agnode_t in all subgraphs
        }
        markClusters(sub, index, nodes, depth + 1);
    }
}

GVC_t *context()
{
    // Created once, with the mutex held, and kept for the life of the process.
    static GVC_t *gvc = gvContext();
    return gvc;
}

} // namespace

QString Graphviz::version()
{
    QMutexLocker lock(&graphvizMutex());
    const char *text = gvcVersion(context());
    return text ? QString::fromUtf8(text) : QString();
}

Graphviz::ParseResult Graphviz::parseDot(const QByteArray &text)
{
    QMutexLocker lock(&graphvizMutex());
    ErrorCapture capture;
    ParseResult result;
    // A fresh scanner: no stale input, line numbers from 1, no file name.
    aglexbad();
    agsetfile(nullptr);
    Agraph_t *g = agmemread(text.constData());
    aglexbad();
    result.messages = capture.messages();
    if (!g)
        return result;

    const char *charset = agget(g, const_cast<char *>("charset"));
    latin1Text() = charset && namesLatin1(charset);
    DotGraph graph;
    graph.name = dotText(agnameof(g));
    graph.directed = agisdirected(g);
    graph.attributes = attributesOf(g, g, AGRAPH);

    QHash<Agnode_t *, quint32> index;
    index.reserve(agnnodes(g));
    graph.nodes.reserve(agnnodes(g));
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        index.insert(n, quint32(graph.nodes.size()));
        DotNode node;
        node.name = dotText(agnameof(n));
        node.attributes = attributesOf(g, n, AGNODE);
        graph.nodes.push_back(std::move(node));
    }
    // cgraph stores edges by tail node; their sequence numbers give file order.
    std::vector<std::pair<quint64, Agedge_t *>> edges;
    edges.reserve(agnedges(g));
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
            edges.emplace_back(quint64(AGSEQ(e)), e);
    }
    std::sort(edges.begin(), edges.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    graph.edges.reserve(edges.size());
    for (const auto &[sequence, e] : edges) {
        DotEdge edge;
        edge.tail = index.value(agtail(e));
        edge.head = index.value(aghead(e));
        edge.attributes = attributesOf(g, e, AGEDGE);
        // cgraph takes key=... as the edge's name, not as an attribute: hand
        // it over as "key" (anonymous edges have no name, or a '%' one).
        const char *name = agnameof(e);
        if (name && *name && *name != '%')
            edge.attributes.prepend({u"key"_s, QString::fromUtf8(name)});
        graph.edges.push_back(std::move(edge));
    }
    markClusters(g, index, graph.nodes, 0);
    agclose(g);
    result.graph = std::move(graph);
    return result;
}

namespace {

// agwrite's output channel: a QByteArray instead of a FILE.
int appendToBytes(void *chan, const char *text)
{
    static_cast<QByteArray *>(chan)->append(text);
    return 0;
}
int flushBytes(void *)
{
    return 0;
}

} // namespace

QByteArray Graphviz::writeDot(const DotGraph &graph, QString *error)
{
    QMutexLocker lock(&graphvizMutex());
    ErrorCapture capture;
    static Agiodisc_t io = {AgIoDisc.afread, appendToBytes, flushBytes};
    static Agdisc_t discipline = {&AgMemDisc, &AgIdDisc, &io};
    QByteArray name = graph.name.toUtf8();
    if (name.isEmpty())
        name = "G";
    Agraph_t *g = agopen(name.data(), graph.directed ? Agdirected : Agundirected, &discipline);
    if (!g) {
        if (error)
            *error = u"agopen failed"_s;
        return {};
    }
    QByteArray key, value;
    QByteArray empty("");
    auto set = [&](void *object, const Attribute &attribute) {
        key = attribute.first.toUtf8();
        value = attribute.second.toUtf8();
        agsafeset(object, key.data(), value.data(), empty.data());
    };
    for (const Attribute &attribute : graph.attributes)
        set(g, attribute);
    std::vector<Agnode_t *> nodes;
    nodes.reserve(graph.nodes.size());
    for (const DotNode &node : graph.nodes) {
        QByteArray nodeName = node.name.toUtf8();
        Agnode_t *n = agnode(g, nodeName.data(), 1);
        nodes.push_back(n);
        for (const Attribute &attribute : node.attributes)
            set(n, attribute);
    }
    for (const DotEdge &edge : graph.edges) {
        if (edge.tail >= nodes.size() || edge.head >= nodes.size())
            continue;
        QByteArray edgeName;
        for (const Attribute &attribute : edge.attributes) {
            if (attribute.first == u"key")
                edgeName = attribute.second.toUtf8();
        }
        Agedge_t *e = nullptr;
        // An edge of that name between these nodes already (ids need not be
        // unique in our model) would be returned instead of a new one: then
        // a nameless edge of its own, the id kept as the attribute "id".
        // (A lookup, not agnedges before and after: that walks every node.)
        const bool taken = !edgeName.isEmpty() && agedge(g, nodes[edge.tail], nodes[edge.head], edgeName.data(), 0);
        if (taken) {
            e = agedge(g, nodes[edge.tail], nodes[edge.head], nullptr, 1);
            if (e)
                set(e, {u"id"_s, QString::fromUtf8(edgeName)});
        } else {
            e = agedge(g, nodes[edge.tail], nodes[edge.head], edgeName.isEmpty() ? nullptr : edgeName.data(), 1);
        }
        if (!e)
            continue;
        for (const Attribute &attribute : edge.attributes) {
            if (attribute.first != u"key")
                set(e, attribute);
        }
    }
    QByteArray text;
    const int status = agwrite(g, &text);
    agclose(g);
    if (status != 0 || text.isEmpty()) {
        if (error) {
            QStringList messages;
            for (const Message &message : capture.messages())
                messages.append(message.text);
            *error = messages.isEmpty() ? u"agwrite failed"_s : messages.join(u"; "_s);
        }
        return {};
    }
    return text;
}

Graphviz::LayoutResult Graphviz::layout(const LayoutRequest &request)
{
    QMutexLocker lock(&graphvizMutex());
    ErrorCapture capture;
    LayoutResult result;
    if (!engineNames().contains(request.engine)) {
        result.error = Tr::tr("unknown Graphviz engine \"%1\"").arg(request.engine);
        return result;
    }
    GVC_t *gvc = context();
    if (!gvc) {
        result.error = Tr::tr("Graphviz could not be initialised");
        return result;
    }
    std::optional<OrderedCgraphHeap> orderedHeap;
    if (request.engine == u"fdp"_s)
        orderedHeap.emplace();
    Agraph_t *g = agopen(const_cast<char *>("layout"), request.directed ? Agdirected : Agundirected,
                         nullptr);
    for (const auto &[name, value] : request.graphAttributes)
        agattr(g, AGRAPH, name.toUtf8().data(), value.toUtf8().data());
    for (const auto &[name, value] : request.nodeAttributes)
        agattr(g, AGNODE, name.toUtf8().data(), value.toUtf8().data());
    auto any = [](const std::vector<std::optional<QPointF>> &points) {
        return std::any_of(points.begin(), points.end(), [](const auto &p) { return p.has_value(); });
    };
    Agsym_t *pos = nullptr;
    Agsym_t *pin = nullptr;
    if (any(request.pinned) || any(request.initial)) {
        pos = agattr(g, AGNODE, const_cast<char *>("pos"), const_cast<char *>(""));
        pin = agattr(g, AGNODE, const_cast<char *>("pin"), const_cast<char *>("false"));
    }
    auto point = [](QPointF p, bool pinned) {
        return QByteArray::number(p.x(), 'f', 3) + ',' + QByteArray::number(p.y(), 'f', 3)
            + (pinned ? "!" : "");
    };
    std::vector<Agnode_t *> nodes(std::size_t(request.nodeCount));
    for (qsizetype i = 0; i < request.nodeCount; ++i) {
        const QByteArray name = "n" + QByteArray::number(i);
        nodes[i] = agnode(g, const_cast<char *>(name.constData()), 1);
        const auto index = std::size_t(i);
        if (index < request.pinned.size() && request.pinned[index]) {
            QByteArray value = point(*request.pinned[index], true);
            agxset(nodes[i], pos, value.data());
            agxset(nodes[i], pin, const_cast<char *>("true"));
        } else if (index < request.initial.size() && request.initial[index]) {
            QByteArray value = point(*request.initial[index], false);
            agxset(nodes[i], pos, value.data());
        }
    }
    Agsym_t *constraint = nullptr;
    if (!request.unconstrained.empty())
        constraint = agattr(g, AGEDGE, const_cast<char *>("constraint"), const_cast<char *>("true"));
    for (std::size_t i = 0; i < request.edges.size(); ++i) {
        const auto [tail, head] = request.edges[i];
        Agedge_t *e = agedge(g, nodes[tail], nodes[head], nullptr, 1);
        if (constraint && i < request.unconstrained.size() && request.unconstrained[i])
            agxset(e, constraint, const_cast<char *>("false"));
    }

    const QByteArray engine = request.engine.toUtf8();
    // Without this, sfdp and fdp give a different layout of the same graph
    // depending on what ran before them in the process.
    srand(request.seed);
    srand48(long(request.seed));
    if (gvLayout(gvc, g, engine.constData()) != 0) {
        const auto messages = capture.messages();
        result.error = messages.isEmpty() ? Tr::tr("Graphviz %1 failed").arg(request.engine)
                                          : messages.first().text;
        agclose(g);
        return result;
    }
    result.positions.resize(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const pointf p = ND_coord(nodes[i]);
        result.positions[i] = QPointF(p.x, p.y);
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    return result;
}

QStringList Graphviz::engineNames()
{
    return {u"dot"_s, u"neato"_s, u"fdp"_s, u"sfdp"_s, u"circo"_s, u"twopi"_s};
}

} // namespace entente
