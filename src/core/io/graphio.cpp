#include "io/graphio.h"
#include "io/graphio_p.h"

#include "io/csvreader.h"
#include "io/dotreader.h"
#include "io/gexfreader.h"
#include "io/graphmlreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#if __has_include(<sys/mman.h>) && __has_include(<unistd.h>)
#include <sys/mman.h>
#include <unistd.h>
#define ENTENTE_HAVE_MMAP 1
#ifndef MAP_POPULATE
#define MAP_POPULATE 0   // Linux only: elsewhere the pages come in on first touch
#endif
#endif

namespace entente {

namespace {

// Messages are translated in the context "entente::GraphIO" (lupdate reads the
// Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::GraphIO)
};

// The formats loadGraphFile knows, one line each: the file-name endings it
// claims and its reader. A reader gets the whole file; `sniff`, when set, says
// whether the start of a file with an unknown ending is in this format.
struct GraphFormat
{
    const char *name;
    QStringList extensions;   // lower case, with the dot; longest match wins
    LoadResult (*read)(const QByteArray &data, const QString &fileName, const LoadLimits &limits);
    bool (*sniff)(QByteArrayView head);
};

bool looksLikeJson(QByteArrayView head)
{
    for (char c : head) {
        if (c == '{')
            return true;
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\xEF' && c != '\xBB' && c != '\xBF')
            return false;
    }
    return false;
}

// XML formats are told by their root element's name near the start.
bool looksLikeGraphMl(QByteArrayView head) { return head.indexOf("<graphml") >= 0; }
bool looksLikeGexf(QByteArrayView head) { return head.indexOf("<gexf") >= 0; }
// DOT: "graph", "digraph" or "strict" after any comments.
bool looksLikeDot(QByteArrayView head)
{
    for (;;) {
        head = head.trimmed();
        if (head.startsWith("//") || head.startsWith("#")) {
            const qsizetype end = head.indexOf('\n');
            if (end < 0)
                return false;
            head = head.sliced(end + 1);
        } else if (head.startsWith("/*")) {
            const qsizetype end = head.indexOf("*/");
            if (end < 0)
                return false;
            head = head.sliced(end + 2);
        } else {
            break;
        }
    }
    const QByteArray start = head.first(std::min<qsizetype>(head.size(), 8)).toByteArray().toLower();
    return start.startsWith("digraph") || start.startsWith("graph") || start.startsWith("strict");
}

const QList<GraphFormat> &graphFormats()
{
    static const QList<GraphFormat> formats = {
        {"JSON", {QStringLiteral(".json"), QStringLiteral(".entente.json"), QStringLiteral(".cyjs"),
                  QStringLiteral(".jgf")},
         readGraphJson, looksLikeJson},
        {"GraphML", {QStringLiteral(".graphml"), QStringLiteral(".xml")}, readGraphMl, looksLikeGraphMl},
        {"GEXF", {QStringLiteral(".gexf")}, readGexf, looksLikeGexf},
        {"DOT", {QStringLiteral(".dot"), QStringLiteral(".gv")}, readDot, looksLikeDot},
        // CSV last: it has no sniffer, and its reader reads a nodes file beside an edges file.
        {"CSV", {QStringLiteral(".csv"), QStringLiteral(".tsv")}, readCsvFile, nullptr},
    };
    return formats;
}

const GraphFormat *formatForFileName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    const GraphFormat *best = nullptr;
    qsizetype bestLength = 0;
    for (const GraphFormat &format : graphFormats()) {
        for (const QString &extension : format.extensions) {
            if (lower.endsWith(extension) && extension.size() > bestLength) {
                best = &format;
                bestLength = extension.size();
            }
        }
    }
    return best;
}

Diagnostic fileError(const QString &path, const QString &message)
{
    return Diagnostic{Diagnostic::Severity::Error, path, 0, 0, message};
}

LoadResult failure(const QString &path, const QString &message)
{
    LoadResult result;
    result.diagnostics.append(fileError(path, message));
    return result;
}

// A regular file mapped read-only, followed by at least jsonReadPadding
// readable zero bytes: the JSON reader parses it in place. Reading a 100 MB
// file instead costs the kernel 100 MB of fresh pages to zero and copy into
// (about 70 ms of CPU here), where mapping hands over the page cache.
// Like every mapping, it assumes that nobody truncates the file while it is
// read.
class MappedFile
{
public:
    MappedFile(int fd, qint64 size)
    {
#ifdef ENTENTE_HAVE_MMAP
        const long page = sysconf(_SC_PAGESIZE);
        if (fd < 0 || size <= 0 || page <= 0)
            return;
        const auto length = std::size_t((size + jsonReadPadding + page - 1) / page * page);
        // Reserve the whole range as anonymous zero pages, then map the file
        // over its start: past the end of the file, the rest of its last page
        // reads as zeros, and so do the reserved pages after it.
        void *base = mmap(nullptr, length, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (base == MAP_FAILED)
            return;
        if (mmap(base, std::size_t(size), PROT_READ, MAP_PRIVATE | MAP_FIXED | MAP_POPULATE, fd, 0)
            == MAP_FAILED) {
            munmap(base, length);
            return;
        }
        m_data = static_cast<const char *>(base);
        m_length = length;
#else
        Q_UNUSED(fd);
        Q_UNUSED(size);
#endif
    }
    ~MappedFile()
    {
#ifdef ENTENTE_HAVE_MMAP
        if (m_data)
            munmap(const_cast<char *>(m_data), m_length);
#endif
    }
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const char *data() const { return m_data; }
    qsizetype capacity() const { return qsizetype(m_length); }

private:
    const char *m_data = nullptr;
    std::size_t m_length = 0;
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

QStringList openFileFilters()
{
    QStringList all;
    QStringList filters;
    for (const GraphFormat &format : graphFormats()) {
        QStringList patterns;
        for (const QString &extension : format.extensions)
            patterns.append(QLatin1Char('*') + extension);
        all.append(patterns);
        filters.append(Tr::tr("%1 files (%2)").arg(QLatin1StringView(format.name),
                                                           patterns.join(QLatin1Char(' '))));
    }
    filters.prepend(Tr::tr("Graph files (%1)").arg(all.join(QLatin1Char(' '))));
    filters.append(Tr::tr("All files (*)"));
    return filters;
}

LoadResult loadGraphFile(const QString &path, const LoadLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, Tr::tr("no such file"));
    if (info.isDir())
        return failure(path, Tr::tr("is a directory, not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, Tr::tr("cannot open the file: %1").arg(file.errorString()));

    // Refuse a file over the limit before reading it: the size is known up
    // front for regular files; pipes are read up to the limit and no further.
    QByteArray data;
    if (!file.isSequential()) {
        const qint64 size = file.size();
        if (size > limits.maxFileBytes)
            return failure(path, Tr::tr("file is too large (%1; the limit is %2)")
                                     .arg(megabytes(size), megabytes(limits.maxFileBytes)));
        // JSON, the format of large files, is parsed in place from a mapping.
        const GraphFormat *format = formatForFileName(info.fileName());
        const auto isJson = [](const GraphFormat *f) { return f && qstrcmp(f->name, "JSON") == 0; };
        if (size > 0 && (!format || isJson(format))) {
            const MappedFile mapped(file.handle(), size);
            if (mapped.data()) {
                if (!format && looksLikeJson(QByteArrayView(mapped.data(), std::min<qint64>(size, 4096))))
                    format = &graphFormats().front();   // JSON
                if (isJson(format))
                    return readGraphJsonBuffer(mapped.data(), size, mapped.capacity(), path, limits, true);
            }
        }
        // Spare capacity after the contents lets the JSON reader parse in place.
        data.reserve(size + jsonReadPadding);
        data.resize(size);
        qint64 done = 0;
        while (done < size) {
            const qint64 n = file.read(data.data() + done, size - done);
            if (n <= 0)
                break;
            done += n;
        }
        if (done != size)
            return failure(path, Tr::tr("cannot read the file: %1").arg(file.errorString()));
    } else {
        while (true) {
            const QByteArray chunk = file.read(1 << 20);
            if (chunk.isEmpty())
                break;
            data.append(chunk);
            if (data.size() > limits.maxFileBytes)
                return failure(path, Tr::tr("file is too large (the limit is %1)")
                                         .arg(megabytes(limits.maxFileBytes)));
        }
    }
    if (data.isEmpty())
        return failure(path, Tr::tr("file is empty"));

    const GraphFormat *format = formatForFileName(info.fileName());
    if (!format) {
        const QByteArrayView head = QByteArrayView(data).first(std::min<qsizetype>(data.size(), 4096));
        for (const GraphFormat &candidate : graphFormats()) {
            if (candidate.sniff && candidate.sniff(head)) {
                format = &candidate;
                break;
            }
        }
    }
    if (!format) {
        QStringList known;
        for (const GraphFormat &f : graphFormats())
            known.append(f.extensions);
        return failure(path, Tr::tr("unknown file format; known endings: %1")
                                 .arg(known.join(QStringLiteral(", "))));
    }
    return format->read(data, path, limits);
}

} // namespace entente
