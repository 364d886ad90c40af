// Reads graphs from JSON of every dialect we know (see readGraphJson in
// graphio.h) with simdjson's On-Demand API.
//
// Why it is shaped like this:
// - simdjson finds the structure of the whole buffer in one SIMD pass and then
//   lets us walk it without building a DOM, so a 100 MB file needs the file,
//   the structural index and the model, nothing more.
// - Strings without escapes are used in place (a string_view into the file),
//   so the parser's string buffer is touched only by the rare escaped string.
// - Categorical values (kind, country, relation, date...) repeat a lot: a small
//   cache maps their UTF-8 bytes to one shared QString, so a million edges cost
//   no QString allocation each.
// - Node ids are looked up in an open-addressing table keyed by the bytes in
//   the file, again without a QString per edge endpoint.
// - Problems are kept with byte offsets; lines and columns are computed for
//   the reported ones only, in one sweep at the end.

#include "io/graphio.h"
#include "io/graphio_p.h"
#include "io/jsonsyntax_p.h"
#include "io/textposition_p.h"
#include "model/graphbuilder.h"
#include "model/numerus_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <simdjson.h>

#if __has_include(<sys/mman.h>) && __has_include(<unistd.h>)
#include <sys/mman.h>
#include <unistd.h>
#define ENTENTE_HAVE_MADVISE 1
#endif

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>

namespace entente {

namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;

// The messages are translated in the context "entente::JsonReader" (lupdate
// reads the Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::JsonReader)
};

// Thrown inside the reader when simdjson cannot go on (the document is broken)
// and when the error limit is reached; caught in Reader::run. Nothing escapes.
struct ParseFailure
{
    error_code code;
};
struct TooManyErrors
{
};

template <typename T>
T take(simdjson::simdjson_result<T> &&result)
{
    T value;
    if (const error_code error = std::move(result).get(value))
        throw ParseFailure{error};
    return value;
}

QString typeName(od::json_type type)
{
    switch (type) {
    case od::json_type::array: return Tr::tr("an array");
    case od::json_type::object: return Tr::tr("an object");
    case od::json_type::number: return Tr::tr("a number");
    case od::json_type::string: return Tr::tr("a string");
    case od::json_type::boolean: return Tr::tr("a boolean");
    case od::json_type::null: return Tr::tr("null");
    }
    return Tr::tr("a value");
}

QString utf8(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

QString quoted(std::string_view s) { return QLatin1Char('"') + utf8(s) + QLatin1Char('"'); }

// The finaliser of MurmurHash3: every input bit affects the low bits that
// the tables below index with.
inline quint64 mix64(quint64 h)
{
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
}

inline quint64 hashBytes(std::string_view s)
{
    quint64 h = 0x9E3779B97F4A7C15ull ^ quint64(s.size());
    const char *p = s.data();
    std::size_t n = s.size();
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = mix64(h ^ w);
        p += 8;
        n -= 8;
    }
    quint64 w = 0;
    std::memcpy(&w, p, n);
    return mix64(h ^ w);
}

// Maps byte strings to dense numbers 0, 1, 2... in insertion order. The key
// views point into the input or into simdjson's string buffer, both alive
// while the reader runs. Keys of up to 16 bytes (node ids like "n123843",
// dates, categories) are stored in the slot itself, so a lookup touches one
// cache line and calls no memcmp.
//
// Precondition for speed and safety: 16 bytes may be read from the start of
// any key (true for views into the padded input and simdjson's buffer).
class KeyTable
{
public:
    static constexpr quint32 npos = ~quint32(0);

    void reserve(std::size_t count)
    {
        if (count * 2 > m_slots.size())
            rehash(count * 2);
    }
    quint32 find(std::string_view key) const
    {
        if (m_slots.empty())
            return npos;
        const Probe probe = makeProbe(key);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = probe.hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.value == 0)
                return npos;
            if (matches(slot, probe, key))
                return slot.value - 1;
        }
    }
    // Starts loading the cache line where `key` would be found. Edge
    // endpoints land all over a large id table; asking for the line while the
    // rest of the edge is parsed hides most of the miss.
    void prefetch(std::string_view key) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[makeProbe(key).hash & (m_slots.size() - 1)]);
    }
    // The number of key, inserting it when new.
    quint32 intern(std::string_view key, bool *inserted = nullptr)
    {
        if ((m_keys.size() + 1) * 2 > m_slots.size())
            rehash(std::max<std::size_t>(64, m_slots.size() * 2));
        const Probe probe = makeProbe(key);
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = probe.hash & mask;
        for (;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.value == 0)
                break;
            if (matches(slot, probe, key)) {
                if (inserted)
                    *inserted = false;
                return slot.value - 1;
            }
        }
        m_keys.push_back(key);
        m_slots[i] = Slot{probe.w0, probe.w1, quint32(key.size()), quint32(m_keys.size())};
        if (inserted)
            *inserted = true;
        return quint32(m_keys.size() - 1);
    }
    std::string_view key(quint32 index) const { return m_keys[index]; }
    const std::vector<std::string_view> &keys() const { return m_keys; }
    std::size_t size() const { return m_keys.size(); }

private:
    struct Slot
    {
        quint64 w0, w1;   // the bytes of a short key; the hash of a long one
        quint32 size;
        quint32 value;    // index + 1; 0 marks an empty slot
    };
    struct Probe
    {
        quint64 w0, w1, hash;
    };
    static Probe makeProbe(std::string_view key)
    {
        const std::size_t n = key.size();
        if (n > 16) {
            const quint64 h = hashBytes(key);
            return {h, 0, h};
        }
        if (n == 0)
            return {0, 0, mix64(0)};
        quint64 a, b;
        std::memcpy(&a, key.data(), 8);
        std::memcpy(&b, key.data() + 8, 8);
        if (n < 8) {
            a &= ~quint64(0) >> (64 - 8 * n);
            b = 0;
        } else if (n < 16) {
            b = n == 8 ? 0 : b & (~quint64(0) >> (64 - 8 * (n - 8)));
        }
        return {a, b, mix64(a ^ (b * 0x9E3779B97F4A7C15ull) ^ (quint64(n) * 0xC2B2AE3D27D4EB4Full))};
    }
    bool matches(const Slot &slot, const Probe &probe, std::string_view key) const
    {
        if (slot.size != key.size() || slot.w0 != probe.w0 || slot.w1 != probe.w1)
            return false;
        return key.size() <= 16 || m_keys[slot.value - 1] == key;
    }
    void rehash(std::size_t capacity)
    {
        std::size_t size = 64;
        while (size < capacity)
            size *= 2;
        std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(size, Slot{0, 0, 0, 0}));
        const std::size_t mask = size - 1;
        for (quint32 k = 0; k < m_keys.size(); ++k) {
            const Probe probe = makeProbe(m_keys[k]);
            std::size_t i = probe.hash & mask;
            while (m_slots[i].value != 0)
                i = (i + 1) & mask;
            m_slots[i] = Slot{probe.w0, probe.w1, quint32(m_keys[k].size()), k + 1};
        }
    }

    std::vector<Slot> m_slots;
    std::vector<std::string_view> m_keys;
};

// UTF-8 bytes -> one shared QString, for values that repeat (categories,
// dates, source ids). Number 0 is the empty string.
class StringCache
{
public:
    StringCache()
    {
        m_table.intern({"", 0});
        m_values.emplace_back();
    }
    quint32 intern(std::string_view key)
    {
        bool inserted = false;
        const quint32 index = m_table.intern(key, &inserted);
        if (inserted)
            m_values.push_back(utf8(key));
        return index;
    }
    const QString &value(quint32 index) const { return m_values[index]; }

private:
    KeyTable m_table;
    std::vector<QString> m_values;
};

int editDistance(std::string_view a, std::string_view b, int limit)
{
    // Levenshtein over bytes with one row; gives up (returns limit + 1) once
    // every entry of a row exceeds the limit.
    std::vector<int> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        int best = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (best > limit)
            return limit + 1;
    }
    return row[b.size()];
}

enum class Dialect { Entente, NodeLink, Cytoscape, Graphology, Jgf };

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Entente: return QStringLiteral("entente");
    case Dialect::NodeLink: return QStringLiteral("node-link");
    case Dialect::Cytoscape: return QStringLiteral("cytoscape");
    case Dialect::Graphology: return QStringLiteral("graphology");
    case Dialect::Jgf: return QStringLiteral("jgf");
    }
    return {};
}

// A field that several keys may fill ("label" or "name"; "relation", "kind" or
// "type"): the key of higher rank wins, the other is kept as an attribute.
struct AliasSlot
{
    int rank = 0;   // 0: not set
    std::string_view key;
    QString value;
    quint32 cached = 0;   // for cached values: the StringCache number
};

struct NodeAcc
{
    NodeData data;
    std::string_view id;
    qint64 idOffset = -1;
    bool hasId = false;
    bool badId = false;         // reported already
    bool badPosition = false;   // reported already
    AliasSlot label;
    double x = 0, y = 0;
    bool hasX = false, hasY = false, pinned = false;
};

struct EdgeAcc
{
    EdgeData data;
    bool hasId = false;
    std::string_view source, target;
    qint64 sourceOffset = -1, targetOffset = -1;
    bool hasSource = false, hasTarget = false;
    bool badEndpoint = false;   // reported already
    AliasSlot label;
    AliasSlot relation;
    // Categorical values as bytes of the file (or of simdjson's string
    // buffer): they are interned where the edge is added, which may be the
    // edge worker. Empty: none.
    std::string_view relationText, date, endDate;
};

struct Problem
{
    Diagnostic::Severity severity;
    qint64 offset;          // -1: no place (the file as a whole)
    QString message;        // "%1" stands for the place of relatedOffset
    qint64 relatedOffset;   // -1: none
};

// One edge as the parser hands it over to be added to the graph: its values
// still as bytes, so that the parser does no hashing for it.
struct PendingEdge
{
    std::string_view source, target;
    std::string_view relation, date, endDate;   // empty: none
    double volume = noVolume();
    quint32 objectOffset = 0;   // LoadLimits keeps files far below 4 GiB
    quint32 extra = 0;          // 1 + index into the batch's extras; 0: none
};

// Whether an edge carries data that the builder keeps outside its columns.
bool hasExtras(const EdgeData &d)
{
    return !d.id.isEmpty() || !d.label.isEmpty() || !d.sources.isEmpty() || !d.attributes.isEmpty();
}

// Adds edges whose endpoints are resolved to the builder: interns each
// distinct relation or date once per column (by its bytes, in the order the
// edges come, as GraphBuilder would) and keeps each edge's offset in the file
// for later warnings.
class EdgeSink
{
public:
    EdgeSink(GraphBuilder &builder, std::vector<quint32> &offsets)
        : m_builder(builder), m_offsets(offsets)
    {
    }
    void add(NodeIndex source, NodeIndex target, const PendingEdge &edge, EdgeData *extra)
    {
        const GraphBuilder::EdgeValueIds ids{columnValue(EdgeColumn::Relation, edge.relation),
                                             columnValue(EdgeColumn::Date, edge.date),
                                             columnValue(EdgeColumn::EndDate, edge.endDate)};
        m_offsets.push_back(edge.objectOffset);
        if (extra) {
            extra->volume = edge.volume;
            m_builder.addEdge(source, target, std::move(*extra), ids);
        } else {
            m_builder.addEdge(source, target, edge.volume, ids);
        }
    }

private:
    quint32 columnValue(EdgeColumn column, std::string_view text)
    {
        if (text.empty())
            return 0;
        bool inserted = false;
        const quint32 k = m_values[int(column)].intern(text, &inserted);
        std::vector<quint32> &ids = m_columnIds[int(column)];
        if (inserted)
            ids.push_back(m_builder.internEdgeValue(column, utf8(text)));
        return ids[k];
    }

    GraphBuilder &m_builder;
    std::vector<quint32> &m_offsets;
    KeyTable m_values[3];                 // bytes -> k
    std::vector<quint32> m_columnIds[3];  // k -> the column's own number
};

// Builds the model of a large file on a second thread. The parser walks the
// JSON; it queues each node's data, and each edge as bytes, in batches. The
// worker adds the nodes to the builder (its id hash and categorical columns),
// looks up both endpoints of each edge in the id table (on a large graph a
// cache miss each, so it prefetches a few edges ahead), interns the edges'
// categorical values and fills their columns. Both cores then share what one
// did before. Nodes and edges each keep their order; the builder needs no
// order between the two.
//
// Preconditions while the worker runs: only it touches the builder, the edge
// offsets and the sink; while edges are queued, nobody changes the id table
// (Reader::syncEdges drains the queue before the parser adds a node id).
// The result is that of the one-thread path: self-loops go back to the parser,
// which reports them at the next drain, in order; an unknown endpoint (an
// error whose place among other errors matters) stops the worker, and the
// file is read again on one thread.
class EdgePipeline
{
public:
    static constexpr std::size_t batchSize = 4096;
    static constexpr std::size_t nodeBatchSize = 1024;
    static constexpr int batchCount = 4;
    struct SelfLoop
    {
        quint32 offset;
        std::string_view node;
    };

    EdgePipeline(GraphBuilder &builder, const KeyTable &ids, EdgeSink &sink)
        : m_builder(builder), m_ids(ids), m_sink(sink)
    {
        for (int i = 0; i < batchCount; ++i)
            m_free.push_back(std::make_unique<Batch>());
        m_current = takeFree();
        m_thread = std::thread([this] { work(); });
    }
    ~EdgePipeline()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    EdgePipeline(const EdgePipeline &) = delete;
    EdgePipeline &operator=(const EdgePipeline &) = delete;

    // `extra` is moved from when given.
    void push(const PendingEdge &edge, EdgeData *extra)
    {
        PendingEdge &queued = m_current->edges.emplace_back(edge);
        if (extra) {
            m_current->extras.push_back(std::move(*extra));
            queued.extra = quint32(m_current->extras.size());
        }
        m_edgesPending = true;
        if (m_current->edges.size() == batchSize)
            submit();
    }
    // Precondition: the node's id is new (the parser checked it).
    void push(NodeData &&node)
    {
        m_current->nodes.push_back(std::move(node));
        if (m_current->nodes.size() == nodeBatchSize)
            submit();
    }
    // Whether edges were queued since the last drain.
    bool edgesPending() const { return m_edgesPending; }
    // Waits until the worker has handled everything queued; hands over the
    // self-loops found since the last drain. False when an endpoint was unknown.
    bool drain(std::vector<SelfLoop> &selfLoops)
    {
        if (!m_current->edges.empty() || !m_current->nodes.empty())
            submit();
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
        selfLoops = std::exchange(m_selfLoops, {});
        m_edgesPending = false;
        return !m_failed;
    }

private:
    struct Batch
    {
        std::vector<NodeData> nodes;
        std::vector<PendingEdge> edges;
        std::vector<EdgeData> extras;
    };

    std::unique_ptr<Batch> takeFree()
    {
        std::unique_ptr<Batch> batch = std::move(m_free.back());
        m_free.pop_back();
        batch->edges.reserve(batchSize);
        return batch;
    }
    void submit()
    {
        std::unique_lock lock(m_mutex);
        m_queue.push_back(std::move(m_current));
        m_wake.notify_one();
        m_idle.wait(lock, [this] { return !m_free.empty(); });
        m_current = takeFree();
    }
    void work()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                return;
            std::unique_ptr<Batch> batch = std::move(m_queue.front());
            m_queue.erase(m_queue.begin());
            m_busy = true;
            lock.unlock();
            if (!m_failed) {
                // Out of memory here would end the program from a thread;
                // instead the file is read again on one thread, where it
                // surfaces as it did before there was a worker.
                try {
                    for (NodeData &node : batch->nodes)
                        m_builder.addNode(std::move(node));
                    add(*batch);
                } catch (...) {
                    m_failed = true;
                }
            }
            batch->nodes.clear();
            batch->edges.clear();
            batch->extras.clear();
            lock.lock();
            m_free.push_back(std::move(batch));
            m_busy = false;
            m_idle.notify_all();
        }
    }
    void add(Batch &batch)
    {
        constexpr std::size_t ahead = 8;
        const std::size_t n = batch.edges.size();
        for (std::size_t i = 0; i < std::min(ahead, n); ++i) {
            m_ids.prefetch(batch.edges[i].source);
            m_ids.prefetch(batch.edges[i].target);
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (i + ahead < n) {
                m_ids.prefetch(batch.edges[i + ahead].source);
                m_ids.prefetch(batch.edges[i + ahead].target);
            }
            const PendingEdge &edge = batch.edges[i];
            const quint32 source = m_ids.find(edge.source);
            const quint32 target = m_ids.find(edge.target);
            if (source == KeyTable::npos || target == KeyTable::npos) {
                m_failed = true;
                return;
            }
            if (source == target)
                m_selfLoops.push_back({edge.objectOffset, edge.source});
            m_sink.add(source, target, edge, edge.extra ? &batch.extras[edge.extra - 1] : nullptr);
        }
    }

    GraphBuilder &m_builder;
    const KeyTable &m_ids;
    EdgeSink &m_sink;
    // The parser's side.
    std::unique_ptr<Batch> m_current;
    bool m_edgesPending = false;
    // Shared, under m_mutex; m_selfLoops and m_failed are written by the
    // worker while busy and read by the parser once it is idle.
    std::mutex m_mutex;
    std::condition_variable m_wake;   // the worker waits for work
    std::condition_variable m_idle;   // the parser waits for a free batch or the end
    std::vector<std::unique_ptr<Batch>> m_queue;
    std::vector<std::unique_ptr<Batch>> m_free;
    bool m_busy = false;
    bool m_stop = false;
    bool m_failed = false;
    std::vector<SelfLoop> m_selfLoops;
    std::thread m_thread;
};

// Thrown when the edge worker met an unknown endpoint: the file is read again
// on one thread, which reports it exactly.
struct RestartSequential
{
};

// The keys a dialect defines at the top level; others load with a warning.
bool knownTopLevelKey(Dialect dialect, std::string_view key)
{
    static constexpr std::string_view common[] = {"title", "sources", "directed"};
    for (auto k : common) {
        if (key == k)
            return true;
    }
    switch (dialect) {
    case Dialect::Entente:
        return key == "format" || key == "version" || key == "nodes" || key == "edges"
               || key == "links";
    case Dialect::NodeLink:
        return key == "nodes" || key == "links" || key == "edges" || key == "multigraph"
               || key == "graph";
    case Dialect::Cytoscape: {
        static constexpr std::string_view keys[] = {
            "elements", "data", "format_version", "generated_by", "target_cytoscapejs_version",
            "style", "zoom", "pan", "minZoom", "maxZoom", "zoomingEnabled", "userZoomingEnabled",
            "panningEnabled", "userPanningEnabled", "boxSelectionEnabled", "autolock",
            "autoungrabify", "autounselectify", "renderer", "layout", "selectionType",
            "touchTapThreshold", "desktopTapThreshold", "wheelSensitivity", "motionBlur",
            "textureOnViewport", "hideEdgesOnViewport", "pixelRatio"};
        return std::find(std::begin(keys), std::end(keys), key) != std::end(keys);
    }
    case Dialect::Graphology:
        return key == "attributes" || key == "options" || key == "nodes" || key == "edges";
    case Dialect::Jgf:
        return key == "graph" || key == "graphs" || key == "$schema";
    }
    return false;
}

class Reader
{
public:
    Reader(const char *data, qsizetype size, qsizetype capacity, const QString &file,
           const LoadLimits &limits, bool edgeWorker)
        : m_data(data), m_size(size), m_capacity(capacity), m_file(file), m_limits(limits),
          m_edgeWorker(edgeWorker)
    {
        m_limits.maxDepth = std::max(m_limits.maxDepth, 8);
        m_limits.maxErrors = std::max(m_limits.maxErrors, 1);
    }

    LoadResult run();
    // After run(): the edge worker met an unknown endpoint; read the file
    // again without it for the exact diagnostics.
    bool needsRestart() const { return m_restart; }
    // The input is a private read-only mapping of a file: pages of it may be
    // dropped and are read again from the file when touched.
    void setInputIsMapping(bool mapping) { m_inputIsMapping = mapping; }

private:
    // --- problems
    qint64 offsetOf(const char *p) const { return p - m_data; }
    qint64 offsetOf(od::value &v) { return offsetOf(v.raw_json_token().data()); }
    void error(qint64 offset, const QString &message, qint64 related = -1)
    {
        syncEdges();
        m_problems.push_back({Diagnostic::Severity::Error, offset, message, related});
        if (++m_errorCount >= m_limits.maxErrors)
            throw TooManyErrors{};
    }
    void warning(qint64 offset, const QString &message)
    {
        syncEdges();
        addWarning(offset, message);
    }
    void addWarning(qint64 offset, const QString &message)
    {
        if (m_warningCount++ >= m_limits.maxErrors)
            return;
        m_problems.push_back({Diagnostic::Severity::Warning, offset, message, -1});
    }
    void typeError(qint64 offset, std::string_view key, const QString &expected, od::json_type got)
    {
        error(offset, Tr::tr("\"%1\" must be %2, not %3").arg(utf8(key), expected, typeName(got)));
    }

    // --- values
    std::string_view keyOf(od::field &field);
    std::string_view stringOf(od::value &v);
    std::string_view literalOf(od::value &v);
    QJsonValue toJson(od::value v, int depth);
    bool readStringList(od::value &v, std::string_view key, QStringList &out);
    bool readNumber(od::value &v, std::string_view key, double &out);
    bool readCachedString(od::value &v, std::string_view key, QString &out, quint32 *index = nullptr);
    bool readText(od::value &v, std::string_view key, QString &out);
    bool readView(od::value &v, std::string_view key, std::string_view &out);
    // Waits for the edge worker (when one runs) to add the queued edges and
    // reports the self-loops it found, in file order, so that diagnostics come
    // in the same order as on one thread. Throws RestartSequential when the
    // worker met an unknown endpoint.
    // A mapped file's pages behind the parser (less a margin for the edges
    // still queued) go back to the page cache while the edges are read, so
    // that the file is not resident whole beside the model. Only edges'
    // bytes are released: node ids stay where the id table points. Nothing
    // is lost: a page read again is mapped again from the file.
    void releaseInputBefore(qint64 offset)
    {
#ifdef ENTENTE_HAVE_MADVISE
        constexpr qint64 step = qint64(4) << 20;
        constexpr qint64 margin = qint64(8) << 20;
        if (!m_inputIsMapping)
            return;
        if (m_releasedUpTo < 0)
            m_releasedUpTo = offset;   // the first edge of this array
        if (offset - margin - m_releasedUpTo < step)
            return;
        releaseInput(m_releasedUpTo, offset - margin);
        m_releasedUpTo = offset - margin;
#else
        Q_UNUSED(offset);
#endif
    }
    // The whole pages of the input between the two offsets.
    void releaseInput(qint64 begin, qint64 end)
    {
#ifdef ENTENTE_HAVE_MADVISE
        if (!m_inputIsMapping)
            return;
        const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
        const auto from = (reinterpret_cast<std::uintptr_t>(m_data + begin) + page - 1) / page * page;
        const auto to = reinterpret_cast<std::uintptr_t>(m_data + end) / page * page;
        if (to > from)
            madvise(reinterpret_cast<void *>(from), to - from, MADV_DONTNEED);
#else
        Q_UNUSED(begin);
        Q_UNUSED(end);
#endif
    }
    // An id with escapes lives in simdjson's string buffer, which a second
    // pass (edges before nodes) overwrites: the id table keeps a copy.
    std::string_view stableView(std::string_view s)
    {
        const auto p = reinterpret_cast<std::uintptr_t>(s.data());
        const auto begin = reinterpret_cast<std::uintptr_t>(m_data);
        if (p >= begin && p < begin + std::uintptr_t(m_size))
            return s;
        // 16 spare bytes: KeyTable reads that far from a key's start.
        auto &copy = m_keyCopies.emplace_back(std::make_unique<char[]>(s.size() + 16));
        std::memcpy(copy.get(), s.data(), s.size());
        return {copy.get(), s.size()};
    }
    void syncEdges()
    {
        if (!m_pipeline || !m_pipeline->edgesPending())
            return;
        drainPipeline();
    }
    void drainPipeline()
    {
        std::vector<EdgePipeline::SelfLoop> selfLoops;
        const bool ok = m_pipeline->drain(selfLoops);
        if (!ok)
            throw RestartSequential{};
        for (const EdgePipeline::SelfLoop &loop : selfLoops)
            addWarning(loop.offset, Tr::tr("self-loop on node %1").arg(quoted(loop.node)));
    }
    // syncEdges for the paths that end the parse: false instead of throwing.
    bool syncEdgesAtEnd()
    {
        try {
            if (m_pipeline)
                drainPipeline();
        } catch (const RestartSequential &) {
            m_restart = true;
        }
        m_pipeline.reset();
        return !m_restart;
    }
    void warnDuplicateEdges(const RelationshipGraph &graph);
    bool readId(od::value &v, std::string_view key, std::string_view &out, qint64 &offset,
                const QString &what);
    void setAlias(AliasSlot &slot, int rank, std::string_view key, QString value,
                  Attributes &attributes);

    // --- structure
    Dialect detect(od::document &doc);
    void topLevel(od::object top);
    void graphField(std::string_view key, od::value &v, int depth, bool titleAliases = false);
    void graphObject(od::object object, int depth, qint64 objectOffset);   // JGF graph
    void nodesValue(od::value v, int depth, Dialect style, qint64 keyOffset);
    void edgesValue(od::value v, int depth, Dialect style, qint64 keyOffset);
    void cytoscapeElements(od::value v, int depth, qint64 keyOffset);
    void readNode(od::object object, qint64 objectOffset, int depth, Dialect style,
                  std::string_view presetId = {}, qint64 presetIdOffset = -1);
    void readEdge(od::object object, qint64 objectOffset, int depth, Dialect style);
    // The key under which a dialect nests an element's own fields: data
    // (Cytoscape), attributes (graphology), metadata (JGF).
    static bool isNestedFields(Dialect style, std::string_view key)
    {
        return (style == Dialect::Cytoscape && key == "data")
               || (style == Dialect::Graphology && key == "attributes")
               || (style == Dialect::Jgf && key == "metadata");
    }
    // Calls field(key, value) for each member of the nested object `v`; null
    // is no fields, any other non-object a type error.
    template <typename Field>
    void readNestedFields(od::value &v, std::string_view key, Field &&field)
    {
        const od::json_type type = take(v.type());
        if (type != od::json_type::object) {
            if (type != od::json_type::null)
                typeError(offsetOf(v), key, Tr::tr("an object"), type);
            return;
        }
        for (auto r : take(v.get_object())) {
            od::field f = take(std::move(r));
            const std::string_view k = keyOf(f);
            field(k, f.value());
        }
    }
    void nodeField(NodeAcc &acc, std::string_view key, od::value v, int depth);
    void edgeField(EdgeAcc &acc, std::string_view key, od::value v, int depth);
    void finishNode(NodeAcc &acc, qint64 objectOffset);
    void finishEdge(EdgeAcc &acc, qint64 objectOffset);
    QString unknownNodeMessage(const EdgeAcc &acc, std::string_view id) const;
    LoadResult finish(bool ok);

    const char *m_data;
    qsizetype m_size;
    qsizetype m_capacity;
    QString m_file;
    LoadLimits m_limits;

    std::vector<Problem> m_problems;
    int m_errorCount = 0;
    int m_warningCount = 0;

    Dialect m_dialect = Dialect::Entente;
    GraphBuilder m_builder;
    NodePositions m_positions;
    KeyTable m_ids;   // node id -> node index
    std::vector<std::unique_ptr<char[]>> m_keyCopies;
    std::vector<qint64> m_nodeOffsets;
    std::vector<quint32> m_edgeOffsets;
    StringCache m_cache;
    EdgeSink m_edgeSink{m_builder, m_edgeOffsets};
    bool m_edgeWorker = false;   // allowed to start one
    bool m_restart = false;
    qsizetype m_queuedEdges = 0;
    bool m_inputIsMapping = false;   // see releaseInputBefore
    qint64 m_releasedUpTo = -1;

    QString m_title;
    bool m_hasTitle = false;
    QJsonArray m_sources;
    Attributes m_attributes;
    bool m_directed = false;

    // Edges are resolved against the nodes read so far. When a file lists its
    // edges before its nodes (or mixes them, as Cytoscape's flat element
    // arrays may), pass 1 reads the nodes and remembers where the skipped edge
    // arrays start; pass 2 reads only those.
    int m_pass = 1;
    bool m_nodesDone = false;
    std::vector<qint64> m_deferredEdgeArrays;
    bool m_sawGraph = false;   // JGF: only the first of "graphs" is read
    qint64 m_start = 0;        // offset of the first non-blank byte

    // Last, so that it stops before what its worker uses goes away.
    std::unique_ptr<EdgePipeline> m_pipeline;
};

// Consumes the key when it has escapes (unescaped_key): take field.key() for
// its offset before calling this.
std::string_view Reader::keyOf(od::field &field)
{
    const char *p = field.key().raw();
    const char *q = p;
    while (*q != '"' && *q != '\\')
        ++q;
    if (*q == '"')
        return {p, std::size_t(q - p)};
    return take(field.unescaped_key());
}

std::string_view Reader::stringOf(od::value &v)
{
    // Precondition: v is a string. Without escapes the bytes between the quotes
    // are the value: use them in place.
    const char *p = v.raw_json_token().data() + 1;
    const char *q = p;
    while (*q != '"' && *q != '\\')
        ++q;
    if (q - p > m_limits.maxStringBytes)
        error(offsetOf(v), Tr::tr("string longer than %1 bytes").arg(m_limits.maxStringBytes));
    if (*q == '"') {
        take(v.get_raw_json_string());
        return {p, std::size_t(q - p)};
    }
    return take(v.get_string());
}

std::string_view Reader::literalOf(od::value &v)
{
    std::string_view token = v.raw_json_token();
    std::size_t n = 0;
    while (n < token.size() && token[n] != ' ' && token[n] != '\t' && token[n] != '\n'
           && token[n] != '\r' && token[n] != ',' && token[n] != '}' && token[n] != ']')
        ++n;
    return token.substr(0, n);
}

QJsonValue Reader::toJson(od::value v, int depth)
{
    switch (take(v.type())) {
    case od::json_type::object: {
        if (depth > m_limits.maxDepth)
            throw ParseFailure{simdjson::DEPTH_ERROR};
        QJsonObject object;
        for (auto result : take(v.get_object())) {
            od::field field = take(std::move(result));
            const QString key = utf8(keyOf(field));
            object.insert(key, toJson(field.value(), depth + 1));
        }
        return object;
    }
    case od::json_type::array: {
        if (depth > m_limits.maxDepth)
            throw ParseFailure{simdjson::DEPTH_ERROR};
        QJsonArray array;
        for (auto result : take(v.get_array()))
            array.append(toJson(take(std::move(result)), depth + 1));
        return array;
    }
    case od::json_type::number: {
        const std::string_view literal = literalOf(v);
        if (literal.find_first_of(".eE") == std::string_view::npos) {
            int64_t integer = 0;
            if (!v.get_int64().get(integer))
                return QJsonValue(qint64(integer));
        }
        return take(v.get_double());
    }
    case od::json_type::string:
        return utf8(stringOf(v));
    case od::json_type::boolean:
        return take(v.get_bool());
    case od::json_type::null:
        take(v.is_null());
        return QJsonValue(QJsonValue::Null);
    }
    return {};
}

bool Reader::readNumber(od::value &v, std::string_view key, double &out)
{
    const od::json_type type = take(v.type());
    if (type != od::json_type::number) {
        if (type != od::json_type::null)
            typeError(offsetOf(v), key, Tr::tr("a number"), type);
        return false;
    }
    out = take(v.get_double());
    return true;
}

bool Reader::readCachedString(od::value &v, std::string_view key, QString &out, quint32 *index)
{
    const od::json_type type = take(v.type());
    if (type != od::json_type::string) {
        if (type != od::json_type::null)
            typeError(offsetOf(v), key, Tr::tr("a string"), type);
        return false;
    }
    const quint32 i = m_cache.intern(stringOf(v));
    out = m_cache.value(i);
    if (index)
        *index = i;
    return true;
}

bool Reader::readView(od::value &v, std::string_view key, std::string_view &out)
{
    const od::json_type type = take(v.type());
    if (type != od::json_type::string) {
        if (type != od::json_type::null)
            typeError(offsetOf(v), key, Tr::tr("a string"), type);
        return false;
    }
    out = stringOf(v);
    return true;
}

bool Reader::readText(od::value &v, std::string_view key, QString &out)
{
    const od::json_type type = take(v.type());
    if (type != od::json_type::string) {
        if (type != od::json_type::null)
            typeError(offsetOf(v), key, Tr::tr("a string"), type);
        return false;
    }
    out = utf8(stringOf(v));
    return true;
}

bool Reader::readStringList(od::value &v, std::string_view key, QStringList &out)
{
    const od::json_type type = take(v.type());
    if (type == od::json_type::string) {
        out = {m_cache.value(m_cache.intern(stringOf(v)))};
        return true;
    }
    if (type == od::json_type::null)
        return false;
    if (type != od::json_type::array) {
        typeError(offsetOf(v), key, Tr::tr("a string or an array of strings"), type);
        return false;
    }
    out.clear();
    for (auto result : take(v.get_array())) {
        od::value item = take(std::move(result));
        const od::json_type itemType = take(item.type());
        if (itemType != od::json_type::string) {
            error(offsetOf(item), Tr::tr("\"%1\" must hold only strings, not %2")
                                      .arg(utf8(key), typeName(itemType)));
            continue;
        }
        out.append(m_cache.value(m_cache.intern(stringOf(item))));
    }
    return true;
}

bool Reader::readId(od::value &v, std::string_view key, std::string_view &out, qint64 &offset,
                    const QString &what)
{
    const od::json_type type = take(v.type());
    offset = offsetOf(v);
    if (type == od::json_type::string) {
        out = stringOf(v);
        return true;
    }
    if (type == od::json_type::number) {
        // Numeric ids are ids as written: 7 and "7" name the same node.
        out = literalOf(v);
        take(v.get_double());
        return true;
    }
    if (type == od::json_type::null)
        return false;
    // `what` is "node" or "edge": translated here, on the error path only, so
    // that reading ids costs no catalogue lookup.
    const QString whatText = what == QLatin1StringView("node") ? Tr::tr("node") : Tr::tr("edge");
    error(offset, Tr::tr("%1 \"%2\" must be a string or a number, not %3")
                      .arg(whatText, utf8(key), typeName(type)));
    return false;
}

void Reader::setAlias(AliasSlot &slot, int rank, std::string_view key, QString value,
                      Attributes &attributes)
{
    if (rank <= slot.rank) {
        attributes.append({utf8(key), QJsonValue(value)});
        return;
    }
    if (slot.rank > 0)
        attributes.append({utf8(slot.key), QJsonValue(slot.value)});
    slot.rank = rank;
    slot.key = key;
    slot.value = std::move(value);
}

// --- dialect detection -------------------------------------------------------

Dialect Reader::detect(od::document &doc)
{
    od::object top = take(doc.get_object());
    bool nodes = false, links = false, edges = false, elements = false;
    bool graph = false, graphs = false, options = false, directed = false, multigraph = false;
    bool firstNodeHasKey = false, firstNodeHasId = false;
    for (auto result : top) {
        od::field field = take(std::move(result));
        const std::string_view key = keyOf(field);
        od::value v = field.value();
        if (key == "format") {
            // The native format says so in its first key: no need to look further.
            if (take(v.type()) == od::json_type::string && stringOf(v) == "entente")
                return Dialect::Entente;
        } else if (key == "nodes") {
            const od::json_type type = take(v.type());
            nodes = true;
            if (type == od::json_type::array) {
                for (auto element : take(v.get_array())) {
                    od::value first = take(std::move(element));
                    if (take(first.type()) == od::json_type::object) {
                        for (auto f : take(first.get_object())) {
                            od::field nodeField = take(std::move(f));
                            const std::string_view nodeKey = keyOf(nodeField);
                            firstNodeHasKey |= nodeKey == "key";
                            firstNodeHasId |= nodeKey == "id";
                        }
                    }
                    break;
                }
            }
        } else if (key == "links") {
            links = true;
        } else if (key == "edges") {
            edges = true;
        } else if (key == "elements") {
            elements = true;
        } else if (key == "graph") {
            graph = take(v.type()) == od::json_type::object;
        } else if (key == "graphs") {
            graphs = true;
        } else if (key == "options") {
            options = true;
        } else if (key == "directed") {
            directed = true;
        } else if (key == "multigraph") {
            multigraph = true;
        }
    }
    Q_UNUSED(edges);
    if (elements)
        return Dialect::Cytoscape;
    if (graphs || (graph && !nodes))
        return Dialect::Jgf;
    if (options || (firstNodeHasKey && !firstNodeHasId))
        return Dialect::Graphology;
    if (links || directed || multigraph || graph)
        return Dialect::NodeLink;
    if (nodes)
        return Dialect::Entente;   // an object as "nodes" is then a type error
    throw QString(Tr::tr("not a graph: no \"nodes\" array"));
}

// --- graph level -------------------------------------------------------------

void Reader::graphField(std::string_view key, od::value &v, int depth, bool titleAliases)
{
    // Graph-level data shared by the dialects (title, sources, directed), the
    // rest kept in file order. In the other dialects' graph attributes, "name"
    // or "label" is the title.
    const bool titleKey = key == "title" || (titleAliases && (key == "name" || key == "label"));
    if (titleKey && !m_hasTitle && take(v.type()) == od::json_type::string) {
        m_title = utf8(stringOf(v));
        m_hasTitle = true;
    } else if (key == "title") {
        const od::json_type type = take(v.type());
        if (type != od::json_type::null)
            typeError(offsetOf(v), key, Tr::tr("a string"), type);
    } else if (key == "sources") {
        const od::json_type type = take(v.type());
        if (type == od::json_type::array)
            m_sources = toJson(v, depth).toArray();
        else if (type != od::json_type::null)
            typeError(offsetOf(v), key, Tr::tr("an array"), type);
    } else if (key == "directed") {
        const od::json_type type = take(v.type());
        if (type == od::json_type::boolean)
            m_directed = take(v.get_bool());
        else if (type != od::json_type::null)
            typeError(offsetOf(v), key, Tr::tr("true or false"), type);
    } else {
        m_attributes.append({utf8(key), toJson(v, depth)});
    }
}

void Reader::topLevel(od::object top)
{
    for (auto result : top) {
        od::field field = take(std::move(result));
        const qint64 keyOffset = offsetOf(field.key().raw()) - 1;
        const std::string_view key = keyOf(field);
        od::value v = field.value();
        const Dialect d = m_dialect;

        if (key == "nodes" && d != Dialect::Cytoscape && d != Dialect::Jgf) {
            nodesValue(v, 2, d, keyOffset);
            continue;
        }
        if ((key == "edges" || (key == "links" && d != Dialect::Graphology))
            && d != Dialect::Cytoscape && d != Dialect::Jgf) {
            edgesValue(v, 2, d, keyOffset);
            continue;
        }
        if (d == Dialect::Cytoscape && key == "elements") {
            cytoscapeElements(v, 2, keyOffset);
            continue;
        }
        if (d == Dialect::Jgf && (key == "graph" || key == "graphs")) {
            const od::json_type type = take(v.type());
            if (key == "graph" && type == od::json_type::object) {
                if (!m_sawGraph)
                    graphObject(take(v.get_object()), 2, offsetOf(v));
                m_sawGraph = true;
            } else if (key == "graphs" && type == od::json_type::array) {
                int count = 0;
                for (auto element : take(v.get_array())) {
                    od::value g = take(std::move(element));
                    ++count;
                    if (m_sawGraph)
                        continue;
                    const od::json_type graphType = take(g.type());
                    if (graphType != od::json_type::object) {
                        error(offsetOf(g), Tr::tr("a graph must be an object, not %1")
                                               .arg(typeName(graphType)));
                        continue;
                    }
                    m_sawGraph = true;
                    graphObject(take(g.get_object()), 3, offsetOf(g));
                }
                if (count > 1 && m_pass == 1)
                    warning(keyOffset, Tr::tr("the file holds %n graphs; only the first is loaded", nullptr,
                                           numerus(count)));
            } else if (m_pass == 1) {
                typeError(offsetOf(v), key, key == "graph" ? Tr::tr("an object")
                                                           : Tr::tr("an array"), type);
            }
            continue;
        }
        if (m_pass != 1)
            continue;

        if (d == Dialect::Entente && key == "format") {
            const od::json_type type = take(v.type());
            if (type != od::json_type::string) {
                typeError(offsetOf(v), key, Tr::tr("a string"), type);
            } else if (const std::string_view format = stringOf(v); format != "entente") {
                warning(offsetOf(v), Tr::tr("unknown format %1; reading it as \"entente\"")
                                         .arg(quoted(format)));
            }
        } else if (d == Dialect::Entente && key == "version") {
            double version = 0;
            if (readNumber(v, key, version) && version > 1)
                warning(offsetOf(v), Tr::tr("format version %1 is newer than this program "
                                                    "reads (1); loading it anyway")
                                         .arg(version));
        } else if ((d == Dialect::NodeLink && key == "graph")
                   || (d == Dialect::Cytoscape && key == "data")
                   || (d == Dialect::Graphology && key == "attributes")) {
            // The graph's own attributes: name or title become the title.
            const od::json_type type = take(v.type());
            if (type != od::json_type::object) {
                graphField(key, v, 2);
                continue;
            }
            for (auto r : take(v.get_object())) {
                od::field f = take(std::move(r));
                const std::string_view k = keyOf(f);
                od::value value = f.value();
                graphField(k, value, 3, true);
            }
        } else if (d == Dialect::Graphology && key == "options") {
            const od::json_type type = take(v.type());
            if (type != od::json_type::object) {
                typeError(offsetOf(v), key, Tr::tr("an object"), type);
                continue;
            }
            for (auto r : take(v.get_object())) {
                od::field f = take(std::move(r));
                if (keyOf(f) == "type") {
                    od::value value = f.value();
                    if (take(value.type()) == od::json_type::string)
                        m_directed = stringOf(value) == "directed";
                }
            }
        } else {
            if (!knownTopLevelKey(d, key))
                warning(keyOffset, Tr::tr("unknown top-level key %1 (kept as a graph attribute)")
                                       .arg(quoted(key)));
            graphField(key, v, 2);
        }
    }
}

void Reader::graphObject(od::object object, int depth, qint64 objectOffset)
{
    // A JSON Graph Format graph: id, type, label, directed, metadata, nodes
    // (an array in v1, an object keyed by id in v2), edges.
    bool sawNodes = false;
    if (m_pass == 1)
        m_directed = true;   // JGF's default
    for (auto result : object) {
        od::field field = take(std::move(result));
        const qint64 keyOffset = offsetOf(field.key().raw()) - 1;
        const std::string_view key = keyOf(field);
        od::value v = field.value();
        if (key == "nodes") {
            sawNodes = true;
            nodesValue(v, depth + 1, Dialect::Jgf, keyOffset);
        } else if (key == "edges") {
            edgesValue(v, depth + 1, Dialect::Jgf, keyOffset);
        } else if (m_pass != 1) {
            continue;
        } else if (key == "hyperedges") {
            warning(keyOffset, Tr::tr("hyperedges are not supported; they are ignored"));
        } else if (key == "metadata" && take(v.type()) == od::json_type::object) {
            for (auto r : take(v.get_object())) {
                od::field f = take(std::move(r));
                const std::string_view k = keyOf(f);
                od::value value = f.value();
                graphField(k, value, depth + 2, true);
            }
        } else {
            graphField(key, v, depth + 1, true);
        }
    }
    if (!sawNodes && m_pass == 1)
        error(objectOffset, Tr::tr("not a graph: no \"nodes\""));
}

// --- nodes and edges ---------------------------------------------------------

void Reader::nodesValue(od::value v, int depth, Dialect style, qint64 keyOffset)
{
    if (m_pass != 1)
        return;
    const od::json_type type = take(v.type());
    if (style == Dialect::Jgf && type == od::json_type::object) {
        // JGF v2: {"id": {node}, ...}
        for (auto result : take(v.get_object())) {
            od::field field = take(std::move(result));
            const qint64 idOffset = offsetOf(field.key().raw()) - 1;
            const std::string_view id = keyOf(field);
            od::value node = field.value();
            const od::json_type nodeType = take(node.type());
            if (nodeType != od::json_type::object) {
                error(offsetOf(node), Tr::tr("node must be an object, not %1").arg(typeName(nodeType)));
                continue;
            }
            readNode(take(node.get_object()), offsetOf(node), depth + 1, style, id, idOffset);
        }
        m_nodesDone = true;
        return;
    }
    if (type != od::json_type::array) {
        typeError(offsetOf(v), "nodes", Tr::tr("an array"), type);
        m_nodesDone = true;
        return;
    }
    Q_UNUSED(keyOffset);
    for (auto result : take(v.get_array())) {
        od::value node = take(std::move(result));
        const od::json_type nodeType = take(node.type());
        if (nodeType != od::json_type::object) {
            error(offsetOf(node), Tr::tr("node must be an object, not %1").arg(typeName(nodeType)));
            continue;
        }
        const qint64 offset = offsetOf(node);
        readNode(take(node.get_object()), offset, depth + 1, style);
    }
    m_nodesDone = true;
}

void Reader::edgesValue(od::value v, int depth, Dialect style, qint64 keyOffset)
{
    if (m_pass == 1 && !m_nodesDone) {
        m_deferredEdgeArrays.push_back(keyOffset);
        return;
    }
    if (m_pass == 2
        && std::find(m_deferredEdgeArrays.begin(), m_deferredEdgeArrays.end(), keyOffset)
               == m_deferredEdgeArrays.end())
        return;
    const od::json_type type = take(v.type());
    if (type != od::json_type::array) {
        typeError(offsetOf(v), style == Dialect::NodeLink ? "links" : "edges",
                  Tr::tr("an array"), type);
        return;
    }
    m_releasedUpTo = -1;
    for (auto result : take(v.get_array())) {
        od::value edge = take(std::move(result));
        const od::json_type edgeType = take(edge.type());
        if (edgeType != od::json_type::object) {
            error(offsetOf(edge), Tr::tr("edge must be an object, not %1").arg(typeName(edgeType)));
            continue;
        }
        const qint64 offset = offsetOf(edge);
        readEdge(take(edge.get_object()), offset, depth + 1, style);
        releaseInputBefore(offset);
    }
}

void Reader::cytoscapeElements(od::value v, int depth, qint64 keyOffset)
{
    const od::json_type type = take(v.type());
    if (type == od::json_type::object) {
        // {"nodes": [...], "edges": [...]}
        for (auto result : take(v.get_object())) {
            od::field field = take(std::move(result));
            const qint64 offset = offsetOf(field.key().raw()) - 1;
            const std::string_view key = keyOf(field);
            od::value value = field.value();
            if (key == "nodes")
                nodesValue(value, depth + 1, Dialect::Cytoscape, offset);
            else if (key == "edges")
                edgesValue(value, depth + 1, Dialect::Cytoscape, offset);
            else if (m_pass == 1)
                warning(offset, Tr::tr("unknown key %1 in \"elements\"; ignored").arg(quoted(key)));
        }
        if (!m_nodesDone && m_pass == 1)
            error(offsetOf(v), Tr::tr("not a graph: no \"nodes\" in \"elements\""));
        return;
    }
    if (type != od::json_type::array) {
        if (m_pass == 1)
            typeError(offsetOf(v), "elements", Tr::tr("an object or an array"), type);
        return;
    }
    // A flat array of elements: nodes in pass 1, edges in pass 2, each told by
    // its "group" or, without one, by a "source" in its data.
    if (m_pass == 1)
        m_deferredEdgeArrays.push_back(keyOffset);
    m_releasedUpTo = -1;
    for (auto result : take(v.get_array())) {
        od::value element = take(std::move(result));
        const od::json_type elementType = take(element.type());
        const qint64 offset = offsetOf(element);
        if (elementType != od::json_type::object) {
            if (m_pass == 1)
                error(offset, Tr::tr("element must be an object, not %1").arg(typeName(elementType)));
            continue;
        }
        od::object object = take(element.get_object());
        std::optional<bool> isEdge;
        bool hasSource = false;
        for (auto r : object) {
            od::field f = take(std::move(r));
            const std::string_view key = keyOf(f);
            if (key == "group") {
                od::value g = f.value();
                if (take(g.type()) == od::json_type::string)
                    isEdge = stringOf(g) == "edges";
            } else if (key == "data") {
                od::value data = f.value();
                if (take(data.type()) == od::json_type::object) {
                    for (auto dr : take(data.get_object())) {
                        od::field df = take(std::move(dr));
                        hasSource |= keyOf(df) == "source";
                    }
                }
            }
        }
        take(object.reset());
        const bool edge = isEdge.value_or(hasSource);
        if (edge && m_pass == 2) {
            readEdge(object, offset, depth + 1, Dialect::Cytoscape);
            releaseInputBefore(offset);
        }
        else if (!edge && m_pass == 1)
            readNode(object, offset, depth + 1, Dialect::Cytoscape);
    }
    m_nodesDone = true;
}

void Reader::readNode(od::object object, qint64 objectOffset, int depth, Dialect style,
                      std::string_view presetId, qint64 presetIdOffset)
{
    NodeAcc acc;
    if (presetIdOffset >= 0) {
        acc.id = presetId;
        acc.idOffset = presetIdOffset;
        acc.hasId = true;
    }
    for (auto result : object) {
        od::field field = take(std::move(result));
        const std::string_view key = keyOf(field);
        od::value v = field.value();
        // Where a dialect nests the node's fields, they are read like the
        // native ones.
        if (isNestedFields(style, key)) {
            readNestedFields(v, key, [&](std::string_view k, od::value value) {
                nodeField(acc, k, std::move(value), depth + 2);
            });
        } else if (style == Dialect::Cytoscape && key == "position") {
            const od::json_type type = take(v.type());
            if (type != od::json_type::object) {
                if (type != od::json_type::null)
                    typeError(offsetOf(v), key, Tr::tr("an object"), type);
                continue;
            }
            for (auto r : take(v.get_object())) {
                od::field f = take(std::move(r));
                const std::string_view k = keyOf(f);
                od::value value = f.value();
                const int errors = m_errorCount;
                if (k == "x")
                    acc.hasX = readNumber(value, k, acc.x);
                else if (k == "y")
                    acc.hasY = readNumber(value, k, acc.y);
                acc.badPosition |= m_errorCount != errors;
            }
        } else if (style == Dialect::Cytoscape && key == "group") {
            // Told already.
        } else if (style == Dialect::Graphology && key == "key") {
            if (!acc.hasId)
                acc.hasId = readId(v, key, acc.id, acc.idOffset, QStringLiteral("node"));
        } else if (style == Dialect::Cytoscape || style == Dialect::Graphology) {
            // Element-level keys of the dialect (selected, classes, locked...).
            acc.data.attributes.append({utf8(key), toJson(v, depth + 1)});
        } else {
            nodeField(acc, key, v, depth + 1);
        }
    }
    finishNode(acc, objectOffset);
}

void Reader::nodeField(NodeAcc &acc, std::string_view key, od::value v, int depth)
{
    NodeData &d = acc.data;
    if (key == "id" && !acc.hasId) {
        const int errors = m_errorCount;
        acc.hasId = readId(v, key, acc.id, acc.idOffset, QStringLiteral("node"));
        acc.badId |= m_errorCount != errors;
        // The id table is large and hit at random: ask for the line now, the
        // node's other fields are read before finishNode looks there.
        if (acc.hasId)
            m_ids.prefetch(acc.id);
    } else if (key == "label" || key == "name") {
        const od::json_type type = take(v.type());
        if (type == od::json_type::string)
            setAlias(acc.label, key == "label" ? 2 : 1, key, utf8(stringOf(v)), d.attributes);
        else if (key == "label" && type != od::json_type::null)
            typeError(offsetOf(v), key, Tr::tr("a string"), type);
        else
            d.attributes.append({utf8(key), toJson(v, depth)});
    } else if (key == "kind") {
        readCachedString(v, key, d.kind);
    } else if (key == "country") {
        readStringList(v, key, d.countries);
    } else if (key == "sector") {
        readStringList(v, key, d.sectors);
    } else if (key == "date") {
        readCachedString(v, key, d.date);
    } else if (key == "end_date" || key == "endDate") {
        readCachedString(v, key, d.endDate);
    } else if (key == "volume_eur") {
        readNumber(v, key, d.volume);
    } else if (key == "sources") {
        readStringList(v, key, d.sources);
    } else if (key == "x" || key == "y") {
        const int errors = m_errorCount;
        (key == "x" ? acc.hasX : acc.hasY) = readNumber(v, key, key == "x" ? acc.x : acc.y);
        acc.badPosition |= m_errorCount != errors;
    } else if (key == "pinned") {
        const od::json_type type = take(v.type());
        if (type == od::json_type::boolean)
            acc.pinned = take(v.get_bool());
        else if (type != od::json_type::null)
            typeError(offsetOf(v), key, Tr::tr("true or false"), type);
    } else {
        if (d.attributes.size() >= m_limits.maxAttributes) {
            error(offsetOf(v), Tr::tr("more than %n attributes", nullptr, numerus(m_limits.maxAttributes)));
            return;
        }
        d.attributes.append({utf8(key), toJson(v, depth)});
    }
}

void Reader::finishNode(NodeAcc &acc, qint64 objectOffset)
{
    // Nodes after edges (a second "nodes" array): the id table and the
    // builder are the worker's until it is done.
    syncEdges();
    if (!acc.hasId) {
        if (!acc.badId)
            error(objectOffset, Tr::tr("node has no \"id\""));
        return;
    }
    if (acc.id.empty()) {
        error(acc.idOffset, Tr::tr("node id is empty"));
        return;
    }
    if (qint64(m_ids.size()) >= m_limits.maxNodes) {
        error(objectOffset, Tr::tr("more than %n nodes", nullptr, numerus(m_limits.maxNodes)));
        throw TooManyErrors{};
    }
    if (acc.hasX != acc.hasY && !acc.badPosition)
        warning(objectOffset, Tr::tr("node %1 has only one of \"x\" and \"y\"; its position is ignored")
                                  .arg(quoted(acc.id)));
    bool inserted = false;
    const quint32 first = m_ids.intern(stableView(acc.id), &inserted);
    if (!inserted) {
        error(acc.idOffset, Tr::tr("duplicate node id %1 (first defined at %2)")
                                .arg(quoted(acc.id), QStringLiteral("%1")),
              m_nodeOffsets[first]);
        return;
    }
    acc.data.id = utf8(acc.id);
    if (acc.label.rank > 0)
        acc.data.label = std::move(acc.label.value);
    m_nodeOffsets.push_back(acc.idOffset);
    if (!m_pipeline && m_edgeWorker)
        m_pipeline = std::make_unique<EdgePipeline>(m_builder, m_ids, m_edgeSink);
    if (m_pipeline)
        m_pipeline->push(std::move(acc.data));
    else
        m_builder.addNode(std::move(acc.data));
    const bool known = acc.hasX && acc.hasY;
    m_positions.x.push_back(known ? acc.x : 0.0);
    m_positions.y.push_back(known ? acc.y : 0.0);
    m_positions.known.push_back(known);
    m_positions.pinned.push_back(acc.pinned);
}

void Reader::readEdge(od::object object, qint64 objectOffset, int depth, Dialect style)
{
    EdgeAcc acc;
    for (auto result : object) {
        od::field field = take(std::move(result));
        const std::string_view key = keyOf(field);
        od::value v = field.value();
        if (isNestedFields(style, key)) {
            readNestedFields(v, key, [&](std::string_view k, od::value value) {
                edgeField(acc, k, std::move(value), depth + 2);
            });
        } else if (style == Dialect::Cytoscape && key == "group") {
        } else if (style == Dialect::Graphology && key == "key") {
            if (!acc.hasId)
                acc.hasId = readText(v, key, acc.data.id);
        } else if (style == Dialect::Graphology && (key == "source" || key == "target")) {
            edgeField(acc, key, v, depth + 1);
        } else if (style == Dialect::Cytoscape || style == Dialect::Graphology) {
            acc.data.attributes.append({utf8(key), toJson(v, depth + 1)});
        } else {
            edgeField(acc, key, v, depth + 1);
        }
    }
    finishEdge(acc, objectOffset);
}

void Reader::edgeField(EdgeAcc &acc, std::string_view key, od::value v, int depth)
{
    EdgeData &d = acc.data;
    if ((key == "source" && !acc.hasSource) || (key == "target" && !acc.hasTarget)) {
        const int errors = m_errorCount;
        if (key == "source") {
            acc.hasSource = readId(v, key, acc.source, acc.sourceOffset, QStringLiteral("edge"));
            if (acc.hasSource && !m_edgeWorker)
                m_ids.prefetch(acc.source);
        } else {
            acc.hasTarget = readId(v, key, acc.target, acc.targetOffset, QStringLiteral("edge"));
            if (acc.hasTarget && !m_edgeWorker)
                m_ids.prefetch(acc.target);
        }
        acc.badEndpoint |= m_errorCount != errors;
    } else if (key == "id" && !acc.hasId) {
        const od::json_type type = take(v.type());
        if (type == od::json_type::string) {
            d.id = utf8(stringOf(v));
            acc.hasId = true;
        } else if (type == od::json_type::number) {
            d.id = utf8(literalOf(v));
            take(v.get_double());
            acc.hasId = true;
        } else if (type != od::json_type::null) {
            typeError(offsetOf(v), key, Tr::tr("a string or a number"), type);
        }
    } else if (key == "label" || key == "name") {
        const od::json_type type = take(v.type());
        if (type == od::json_type::string)
            setAlias(acc.label, key == "label" ? 2 : 1, key, utf8(stringOf(v)), d.attributes);
        else if (key == "label" && type != od::json_type::null)
            typeError(offsetOf(v), key, Tr::tr("a string"), type);
        else
            d.attributes.append({utf8(key), toJson(v, depth)});
    } else if (key == "relation" || key == "kind" || key == "type" || key == "interaction") {
        // "interaction" is Cytoscape's name for the relation.
        const od::json_type type = take(v.type());
        if (type == od::json_type::string) {
            const int rank = key == "relation" ? 3 : key == "kind" ? 2 : 1;
            const std::string_view text = stringOf(v);
            if (rank > acc.relation.rank) {
                if (acc.relation.rank > 0)
                    d.attributes.append({utf8(acc.relation.key), QJsonValue(utf8(acc.relationText))});
                acc.relation.rank = rank;
                acc.relation.key = key;
                acc.relationText = text;
            } else {
                d.attributes.append({utf8(key), QJsonValue(utf8(text))});
            }
        } else if (key == "relation" && type != od::json_type::null) {
            typeError(offsetOf(v), key, Tr::tr("a string"), type);
        } else {
            d.attributes.append({utf8(key), toJson(v, depth)});
        }
    } else if (key == "date") {
        readView(v, key, acc.date);
    } else if (key == "end_date" || key == "endDate") {
        readView(v, key, acc.endDate);
    } else if (key == "volume_eur") {
        readNumber(v, key, d.volume);
    } else if (key == "sources") {
        readStringList(v, key, d.sources);
    } else {
        if (d.attributes.size() >= m_limits.maxAttributes) {
            error(offsetOf(v), Tr::tr("more than %n attributes", nullptr, numerus(m_limits.maxAttributes)));
            return;
        }
        d.attributes.append({utf8(key), toJson(v, depth)});
    }
}

QString Reader::unknownNodeMessage(const EdgeAcc &acc, std::string_view id) const
{
    QString message = acc.hasId ? Tr::tr("edge %1 points to unknown node %2")
                                      .arg(QLatin1Char('"') + acc.data.id + QLatin1Char('"'), quoted(id))
                                : Tr::tr("edge points to unknown node %1").arg(quoted(id));
    // The nearest existing id, when one is close: computed only for reported
    // errors, so a scan over all ids is affordable.
    const int limit = std::clamp(int(id.size()) / 3, 1, 3);
    int best = limit + 1;
    std::string_view suggestion;
    for (std::string_view candidate : m_ids.keys()) {
        if (std::abs(int(candidate.size()) - int(id.size())) > std::min(limit, best - 1))
            continue;
        const int distance = editDistance(id, candidate, std::min(limit, best - 1));
        if (distance < best) {
            best = distance;
            suggestion = candidate;
            if (best == 1)
                break;
        }
    }
    if (best <= limit)
        message += Tr::tr("; did you mean %1?").arg(quoted(suggestion));
    return message;
}

void Reader::finishEdge(EdgeAcc &acc, qint64 objectOffset)
{
    if (!acc.hasSource && !acc.badEndpoint)
        error(objectOffset, Tr::tr("edge has no \"source\""));
    if (!acc.hasTarget && !acc.badEndpoint)
        error(objectOffset, Tr::tr("edge has no \"target\""));
    if (!acc.hasSource || !acc.hasTarget)
        return;
    if (acc.label.rank > 0)
        acc.data.label = std::move(acc.label.value);
    PendingEdge edge;
    edge.source = acc.source;
    edge.target = acc.target;
    if (acc.relation.rank > 0)
        edge.relation = acc.relationText;
    edge.date = acc.date;
    edge.endDate = acc.endDate;
    edge.volume = acc.data.volume;
    edge.objectOffset = quint32(objectOffset);
    EdgeData *extra = hasExtras(acc.data) ? &acc.data : nullptr;

    if (!m_pipeline && m_edgeWorker)
        m_pipeline = std::make_unique<EdgePipeline>(m_builder, m_ids, m_edgeSink);
    if (m_pipeline) {
        // Endpoints are resolved by the worker; when one is unknown, the
        // file is read again on one thread, so this count equals the
        // builder's there.
        if (m_queuedEdges >= m_limits.maxEdges) {
            error(objectOffset, Tr::tr("more than %n edges", nullptr, numerus(m_limits.maxEdges)));
            throw TooManyErrors{};
        }
        ++m_queuedEdges;
        m_pipeline->push(edge, extra);
        return;
    }

    const quint32 foundSource = m_ids.find(acc.source);
    const quint32 foundTarget = m_ids.find(acc.target);
    const auto source = foundSource == KeyTable::npos ? std::nullopt : std::optional<quint32>(foundSource);
    const auto target = foundTarget == KeyTable::npos ? std::nullopt : std::optional<quint32>(foundTarget);
    if (!source)
        error(acc.sourceOffset, unknownNodeMessage(acc, acc.source));
    if (!target)
        error(acc.targetOffset, unknownNodeMessage(acc, acc.target));
    if (!source || !target)
        return;
    if (m_builder.edgeCount() >= m_limits.maxEdges) {
        error(objectOffset, Tr::tr("more than %n edges", nullptr, numerus(m_limits.maxEdges)));
        throw TooManyErrors{};
    }
    if (*source == *target)
        warning(objectOffset, Tr::tr("self-loop on node %1").arg(quoted(acc.source)));
    m_edgeSink.add(*source, *target, edge, extra);
}

// --- the whole -----------------------------------------------------------------

void Reader::warnDuplicateEdges(const RelationshipGraph &graph)
{
    // Edges with the same source, target and relation, found row by row in
    // the adjacency (after the parser's memory is gone): seen[t] marks the
    // targets met from the current source, firstEdge[t] the first edge there.
    const auto n = NodeIndex(graph.nodeCount());
    const std::span<const NodeIndex> sources = graph.edgeSources();
    const std::span<const NodeIndex> targets = graph.edgeTargets();
    const std::span<const quint32> offsets = graph.adjacencyOffsets();
    const std::span<const EdgeIndex> rows = graph.adjacencyEdges();
    std::vector<quint32> seen(n, ~quint32(0));
    std::vector<EdgeIndex> firstEdge(n, 0);
    const CategoryColumn &relations = graph.edgeColumn(EdgeColumn::Relation);
    std::vector<EdgeIndex> others;   // same source and target, another relation
    // A duplicate needs its target twice in the source's row. Most rows have
    // no neighbour twice, and telling so reads only the row itself, while the
    // exact check below looks up every edge's ends all over memory.
    const std::span<const NodeIndex> neighbours = graph.adjacencyTargets();
    std::vector<quint32> met(n, ~quint32(0));   // met[t] == s: t is in row s
    for (NodeIndex s = 0; s < n; ++s) {
        bool repeated = false;
        for (quint32 i = offsets[s]; i < offsets[s + 1] && !repeated; ++i) {
            repeated = met[neighbours[i]] == s;
            met[neighbours[i]] = s;
        }
        if (!repeated)
            continue;
        others.clear();
        EdgeIndex previous = ~EdgeIndex(0);
        for (quint32 i = offsets[s]; i < offsets[s + 1]; ++i) {
            const EdgeIndex e = rows[i];
            // A self-loop is listed twice in its row, one after the other.
            if (sources[e] != s || e == previous)
                continue;
            previous = e;
            const NodeIndex t = targets[e];
            if (seen[t] != s) {
                seen[t] = s;
                firstEdge[t] = e;
                continue;
            }
            bool duplicate = relations.first(firstEdge[t]) == relations.first(e);
            for (std::size_t k = 0; !duplicate && k < others.size(); ++k)
                duplicate = targets[others[k]] == t && relations.first(others[k]) == relations.first(e);
            if (!duplicate) {
                others.push_back(e);
                continue;
            }
            const QString relation = graph.edgeRelation(e);
            warning(m_edgeOffsets[e], Tr::tr("duplicate edge %1 -> %2%3")
                                          .arg(QLatin1Char('"') + graph.nodeId(s) + QLatin1Char('"'),
                                               QLatin1Char('"') + graph.nodeId(t) + QLatin1Char('"'),
                                               relation.isEmpty() ? QString()
                                                                  : QStringLiteral(" (%1)").arg(relation)));
        }
    }
}

LoadResult Reader::finish(bool ok)
{
    LoadResult result;
    const bool failed = !ok || m_errorCount > 0;
    std::optional<RelationshipGraph> graph;
    if (!failed) {
        m_builder.setTitle(m_title);
        m_builder.setDirected(m_directed);
        m_builder.setSources(m_sources);
        m_builder.setAttributes(m_attributes);
        graph = m_builder.build();
        warnDuplicateEdges(*graph);
    }

    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const Problem &a, const Problem &b) { return a.offset < b.offset; });
    std::vector<qint64> offsets;
    for (const Problem &p : m_problems) {
        offsets.push_back(p.offset);
        offsets.push_back(p.relatedOffset);
    }
    const std::vector<TextPosition> places = textPositions(m_data, m_size, offsets);
    for (std::size_t i = 0; i < m_problems.size(); ++i) {
        const Problem &p = m_problems[i];
        Diagnostic d;
        d.severity = p.severity;
        d.file = m_file;
        if (p.offset >= 0) {
            d.line = places[2 * i].line;
            d.column = places[2 * i].column;
        }
        d.message = p.message;
        if (p.relatedOffset >= 0) {
            const TextPosition &r = places[2 * i + 1];
            d.message = d.message.arg(Tr::tr("line %1, column %2").arg(r.line).arg(r.column));
        }
        result.diagnostics.append(d);
    }
    if (m_errorCount >= m_limits.maxErrors)
        result.diagnostics.append({Diagnostic::Severity::Error, m_file, 0, 0,
                                   Tr::tr("too many errors; stopped after %n", nullptr, m_errorCount)});
    if (m_warningCount > m_limits.maxErrors)
        result.diagnostics.append({Diagnostic::Severity::Warning, m_file, 0, 0,
                                   Tr::tr("%n more warnings not shown", nullptr,
                                       numerus(m_warningCount - m_limits.maxErrors))});
    if (failed)
        return result;

    GraphDocument document;
    document.graph = std::move(*graph);
    document.positions = std::move(m_positions);
    document.dialect = dialectName(m_dialect);
    result.document = std::move(document);
    return result;
}

LoadResult Reader::run()
{
    bool ok = true;
    // The structural index and the string buffer are freed before the graph is
    // built, which lowers the peak memory of a large load.
    {
        od::parser parser;
        try {
            qint64 &start = m_start;
            while (start < m_size && (m_data[start] == ' ' || m_data[start] == '\n'
                                      || m_data[start] == '\r' || m_data[start] == '\t'))
                ++start;
            if (start == m_size) {
                m_problems.push_back({Diagnostic::Severity::Error, -1, Tr::tr("file is empty"), -1});
                ++m_errorCount;
                return finish(false);
            }
            if (m_data[start] != '{' && m_data[start] != '[') {
                // Not JSON at all, or a bare value: say what the syntax checker says.
                if (const auto syntax = findJsonSyntaxError({m_data, std::size_t(m_size)},
                                                            m_limits.maxDepth, m_limits.maxStringBytes)) {
                    m_problems.push_back({Diagnostic::Severity::Error, syntax->offset,
                                          Tr::tr("not JSON: %1").arg(syntax->message), -1});
                    ++m_errorCount;
                    return finish(false);
                }
                m_problems.push_back({Diagnostic::Severity::Error, start,
                                      Tr::tr("not a graph: the file holds a single value; "
                                                     "expected an object with \"nodes\""), -1});
                ++m_errorCount;
                return finish(false);
            }
            if (m_data[start] == '[') {
                // Still check the syntax first: a broken array is a syntax error.
                if (const auto syntax = findJsonSyntaxError({m_data, std::size_t(m_size)},
                                                            m_limits.maxDepth, m_limits.maxStringBytes)) {
                    m_problems.push_back({Diagnostic::Severity::Error, syntax->offset, syntax->message, -1});
                    ++m_errorCount;
                    return finish(false);
                }
                m_problems.push_back({Diagnostic::Severity::Error, start,
                                      Tr::tr("not a graph: the top level is an array; "
                                                     "expected an object with \"nodes\""), -1});
                ++m_errorCount;
                return finish(false);
            }
            // One level of slack: our own checks (toJson) report the depth first.
            if (const error_code e = parser.allocate(std::size_t(m_size), std::size_t(m_limits.maxDepth) + 1)) {
                throw ParseFailure{e};
            }
            od::document doc = take(parser.iterate(m_data, std::size_t(m_size), std::size_t(m_capacity)));
            // simdjson's structural index of the whole file now sits beside
            // the whole file: let the walk below map the file back as it goes
            // (and drop the edges behind it), so that both are resident at
            // once only here.
            releaseInput(0, m_size);
            m_dialect = detect(doc);
            doc.rewind();
            if (m_dialect != Dialect::Cytoscape && m_dialect != Dialect::Jgf) {
                // Reserve from the file size: untouched reserved pages cost no
                // memory, regrowing a million-element vector costs a copy.
                // (An edge takes at least ~30 bytes.) Nodes are not reserved:
                // the builder's id hash would spread a few entries over many
                // buckets, and nodes are few beside edges anyway.
                m_builder.reserve(0, std::min<qsizetype>(m_size / 30, m_limits.maxEdges));
                m_edgeOffsets.reserve(std::size_t(std::min<qsizetype>(m_size / 30, m_limits.maxEdges)));
            }
            topLevel(take(doc.get_object()));
            // On Demand stops after the top-level value; anything after it is
            // an error (current_location fails only at the end).
            if (const char *rest = nullptr; !doc.current_location().get(rest))
                throw ParseFailure{simdjson::TRAILING_CONTENT};
            if (!m_nodesDone && m_dialect != Dialect::Jgf)
                throw Tr::tr("not a graph: no \"nodes\" array");
            if (!m_deferredEdgeArrays.empty()) {
                // Queued edges may point into simdjson's string buffer,
                // which the second pass writes over from its start.
                syncEdges();
                m_pass = 2;
                m_nodesDone = true;
                m_sawGraph = false;
                doc.rewind();
                topLevel(take(doc.get_object()));
            }
            syncEdges();
        } catch (const RestartSequential &) {
            m_restart = true;
        } catch (const QString &message) {
            // Not a graph, unless a syntax error further on hid the nodes.
            ok = false;
            if (const auto syntax = findJsonSyntaxError({m_data, std::size_t(m_size)},
                                                        m_limits.maxDepth, m_limits.maxStringBytes))
                m_problems.push_back({Diagnostic::Severity::Error, syntax->offset, syntax->message, -1});
            else
                m_problems.push_back({Diagnostic::Severity::Error, m_start, message, -1});
            ++m_errorCount;
        } catch (const ParseFailure &failure) {
            ok = false;
            // simdjson knows the document is broken; the validator tells where.
            if (const auto syntax = findJsonSyntaxError({m_data, std::size_t(m_size)},
                                                        m_limits.maxDepth, m_limits.maxStringBytes)) {
                m_problems.push_back({Diagnostic::Severity::Error, syntax->offset, syntax->message, -1});
            } else {
                m_problems.push_back({Diagnostic::Severity::Error, -1,
                                      Tr::tr("cannot read JSON: %1")
                                          .arg(QString::fromUtf8(simdjson::error_message(failure.code))),
                                      -1});
            }
            ++m_errorCount;
        } catch (const TooManyErrors &) {
            ok = false;
        }
        // The worker holds views into the parser's string buffer: it stops
        // here, before the parser goes.
        if (!syncEdgesAtEnd())
            return {};
    }
    return finish(ok);
}

} // namespace

namespace {

LoadResult readJsonBuffer(const char *data, qsizetype size, qsizetype capacity,
                          const QString &fileName, const LoadLimits &limits, JsonEdgeWorker worker,
                          bool mapping = false)
{
    // A second thread pays from about a megabyte on; below, it would cost
    // more to start than it saves.
    const bool useWorker = worker == JsonEdgeWorker::Always
                           || (worker == JsonEdgeWorker::Auto && size >= (qsizetype(1) << 20));
    if (useWorker) {
        Reader reader(data, size, capacity, fileName, limits, true);
        reader.setInputIsMapping(mapping);
        LoadResult result = reader.run();
        if (!reader.needsRestart())
            return result;
    }
    Reader reader(data, size, capacity, fileName, limits, false);
    reader.setInputIsMapping(mapping);
    return reader.run();
}

} // namespace

LoadResult readGraphJson(const QByteArray &data, const QString &fileName, const LoadLimits &limits)
{
    return readGraphJson(data, fileName, limits, JsonEdgeWorker::Auto);
}

LoadResult readGraphJson(const QByteArray &data, const QString &fileName, const LoadLimits &limits,
                         JsonEdgeWorker worker)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: use the
    // buffer's spare capacity when there is enough (loadGraphFile reserves
    // it), otherwise copy.
    static_assert(jsonReadPadding >= qsizetype(simdjson::SIMDJSON_PADDING));
    qsizetype skip = 0;
    if (data.startsWith("\xEF\xBB\xBF"))
        skip = 3;   // a UTF-8 byte order mark: not part of the JSON
    // data_ptr() does not detach; Qt 6.4 has no const overload.
    const qsizetype spare = const_cast<QByteArray &>(data).data_ptr().freeSpaceAtEnd();
    if (spare >= qsizetype(simdjson::SIMDJSON_PADDING)) {
        return readJsonBuffer(data.constData() + skip, data.size() - skip,
                              data.size() + spare - skip, fileName, limits, worker);
    }
    QByteArray padded;
    padded.reserve(data.size() + jsonReadPadding);
    padded.append(data);
    return readJsonBuffer(padded.constData() + skip, padded.size() - skip,
                          padded.capacity() - skip, fileName, limits, worker);
}

LoadResult readGraphJsonBuffer(const char *data, qsizetype size, qsizetype capacity,
                               const QString &fileName, const LoadLimits &limits, bool mapping)
{
    Q_ASSERT(capacity - size >= qsizetype(simdjson::SIMDJSON_PADDING));
    const qsizetype skip = size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    return readJsonBuffer(data + skip, size - skip, capacity - skip, fileName, limits,
                          JsonEdgeWorker::Auto, mapping);
}

} // namespace entente
