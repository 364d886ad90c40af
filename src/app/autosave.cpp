#include "autosave.h"

#include "io/graphio.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace entente {

namespace {

constexpr auto dataSuffix = ".entente.json"_L1;
constexpr auto infoSuffix = ".autosave"_L1;
constexpr auto lockSuffix = ".lock"_L1;

Diagnostic failure(const QString &path, const QString &message)
{
    return Diagnostic{Diagnostic::Severity::Error, path, 0, 0, message};
}

std::optional<Diagnostic> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, QCoreApplication::translate("entente::AutosaveStore",
                                                         "cannot write the autosave: %1")
                                 .arg(file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(path, QCoreApplication::translate("entente::AutosaveStore",
                                                         "cannot write the autosave: %1")
                                 .arg(reason));
    }
    return std::nullopt;
}

} // namespace

AutosaveStore::AutosaveStore(QString directory)
    : m_directory(std::move(directory))
    , m_instance(QUuid::createUuid().toString(QUuid::Id128).left(16))
{
}

AutosaveStore::~AutosaveStore() = default;

QString AutosaveStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"autosave"_s);
}

QString AutosaveStore::fileKey(const QString &originalPath) const
{
    if (originalPath.isEmpty())
        return u"untitled"_s;
    const QString absolute = originalPath.startsWith(u':')
        ? originalPath
        : QFileInfo(originalPath).absoluteFilePath();
    // A hash, not the name: paths hold separators and may be long; the
    // sidecar keeps the real path.
    return QString::fromLatin1(
        QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString AutosaveStore::dataPathFor(const QString &originalPath) const
{
    return QDir(m_directory).filePath(m_instance + u'-' + fileKey(originalPath) + dataSuffix);
}

QString AutosaveStore::infoPathFor(const QString &originalPath) const
{
    return QDir(m_directory).filePath(m_instance + u'-' + fileKey(originalPath) + infoSuffix);
}

bool AutosaveStore::ensureLocked(QString *error)
{
    if (m_lock && m_lock->isLocked())
        return true;
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("entente::AutosaveStore",
                                                 "cannot create the folder %1")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    m_lock = std::make_unique<QLockFile>(QDir(m_directory).filePath(m_instance + lockSuffix));
    // The lock lives as long as the instance; it must never count as stale
    // merely because it is old.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        if (error)
            *error = QCoreApplication::translate("entente::AutosaveStore",
                                                 "cannot lock the folder %1")
                         .arg(QDir::toNativeSeparators(m_directory));
        m_lock.reset();
        return false;
    }
    return true;
}

std::optional<Diagnostic> AutosaveStore::write(const GraphDocument &document,
                                               const QString &originalPath,
                                               const QDateTime &when) const
{
    // The lock is taken on the GUI thread (Autosaver::autosaveNow) before a
    // worker gets here; without it the files would look like a crash's.
    if (!m_lock || !m_lock->isLocked())
        return failure(m_directory, QCoreApplication::translate(
                                        "entente::AutosaveStore",
                                        "the autosave folder is not available"));
    const GraphDocument native{document.graph, document.positions, u"entente"_s};
    if (auto error = writeAtomically(dataPathFor(originalPath), writeGraphJson(native)))
        return error;
    QJsonObject info;
    info.insert(u"original"_s, originalPath);
    info.insert(u"dialect"_s, document.dialect);
    info.insert(u"savedAt"_s, when.toUTC().toString(Qt::ISODateWithMs));
    info.insert(u"instance"_s, m_instance);
    info.insert(u"nodes"_s, qint64(document.graph.nodeCount()));
    return writeAtomically(infoPathFor(originalPath), QJsonDocument(info).toJson());
}

void AutosaveStore::remove(const QString &originalPath) const
{
    // Sidecar first: without it the snapshot is never offered.
    QFile::remove(infoPathFor(originalPath));
    QFile::remove(dataPathFor(originalPath));
}

bool AutosaveStore::instanceIsAlive(const QString &instance) const
{
    if (instance == m_instance)
        return true;
    const QString lockPath = QDir(m_directory).filePath(instance + lockSuffix);
    if (!QFileInfo::exists(lockPath))
        return false;
#ifdef Q_OS_UNIX
    // QLockFile holds an flock() on its file for as long as its owner lives
    // (the kernel drops it when the process dies, however it dies). Asking
    // for the same lock tells a live instance from a crashed one without
    // trusting process ids, which a reboot hands out again.
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    if (!held)
        ::flock(fd, LOCK_UN);
    ::close(fd);
    return held;
#else
    QLockFile probe(lockPath);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() != QLockFile::NoError;
#endif
}

QList<AutosaveEntry> AutosaveStore::staleEntries() const
{
    QList<AutosaveEntry> entries;
    const QDir dir(m_directory);
    const QStringList infos = dir.entryList({u"*"_s + infoSuffix}, QDir::Files);
    for (const QString &name : infos) {
        const QString instance = name.section(u'-', 0, 0);
        if (instance.isEmpty() || instanceIsAlive(instance))
            continue;
        AutosaveEntry entry;
        entry.instance = instance;
        entry.infoPath = dir.filePath(name);
        entry.dataPath = dir.filePath(name.chopped(infoSuffix.size()) + dataSuffix);
        QFile file(entry.infoPath);
        const QJsonObject info = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll()).object()
            : QJsonObject();
        file.close();
        entry.originalPath = info.value(u"original"_s).toString();
        entry.dialect = info.value(u"dialect"_s).toString();
        entry.savedAt = QDateTime::fromString(info.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
        if (info.isEmpty() || !QFileInfo::exists(entry.dataPath)) {
            // Half a crash's leftovers: nothing to recover.
            discard(entry);
            continue;
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const AutosaveEntry &a, const AutosaveEntry &b) {
        return a.savedAt > b.savedAt;
    });
    return entries;
}

LoadResult AutosaveStore::read(const AutosaveEntry &entry)
{
    LoadResult result = loadGraphFile(entry.dataPath);
    if (result.document && !entry.dialect.isEmpty())
        result.document->dialect = entry.dialect;
    return result;
}

void AutosaveStore::discard(const AutosaveEntry &entry) const
{
    QFile::remove(entry.infoPath);
    QFile::remove(entry.dataPath);
    if (entry.instance.isEmpty() || instanceIsAlive(entry.instance))
        return;
    const QDir dir(m_directory);
    if (dir.entryList({entry.instance + u"-*"_s}, QDir::Files).isEmpty())
        QFile::remove(dir.filePath(entry.instance + lockSuffix));
}

// --- Autosaver ---------------------------------------------------------------

Autosaver::Autosaver(std::unique_ptr<AutosaveStore> store, SnapshotFunction snapshot,
                     QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_snapshot(std::move(snapshot))
{
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosaveNow);
    connect(&m_writer, &QFutureWatcherBase::finished, this, &Autosaver::onWriteFinished);
}

Autosaver::~Autosaver()
{
    waitForWrite();
}

void Autosaver::setInterval(int msec)
{
    m_interval = std::max(0, msec);
    if (m_interval > 0)
        m_timer.start(m_interval);
    else
        m_timer.stop();
}

void Autosaver::documentChanged()
{
    ++m_changes;
}

bool Autosaver::autosaveNow()
{
    // One write at a time; the next tick catches up with what changed since.
    if (m_changes == m_writtenChanges || m_writePending)
        return false;
    std::optional<Snapshot> snapshot = m_snapshot();
    if (!snapshot)
        return false;
    QString error;
    if (!m_store->ensureLocked(&error)) {
        // Counted as written so that the user is told once per change, not
        // on every tick.
        m_writtenChanges = m_changes;
        emit autosaveFailed(Diagnostic{Diagnostic::Severity::Error, m_store->directory(), 0, 0, error});
        return false;
    }
    m_writtenChanges = m_changes;
    m_writeEpoch = m_epoch;
    m_writingOriginal = snapshot->originalPath;
    // The worker gets a copy (the graph is shared, the positions copied) and
    // hands back a value; the window's document is never touched.
    m_writePending = true;
    m_writer.setFuture(QtConcurrent::run([store = m_store.get(), snapshot = std::move(*snapshot)] {
        return store->write(snapshot.document, snapshot.originalPath);
    }));
    return true;
}

void Autosaver::onWriteFinished()
{
    // waitForWrite() may have handled it before the watcher's signal came.
    if (!m_writePending)
        return;
    m_writePending = false;
    const std::optional<Diagnostic> error = m_writer.result();
    if (m_writeEpoch != m_epoch) {
        // Saved, discarded or replaced while the write ran: what it wrote is
        // already obsolete.
        m_store->remove(m_writingOriginal);
        return;
    }
    if (error) {
        emit autosaveFailed(*error);
        return;
    }
    if (m_lastOriginal && *m_lastOriginal != m_writingOriginal)
        m_store->remove(*m_lastOriginal);
    m_lastOriginal = m_writingOriginal;
    emit autosaved(m_store->dataPathFor(m_writingOriginal));
}

void Autosaver::discard()
{
    ++m_epoch;
    m_writtenChanges = m_changes;
    if (m_lastOriginal)
        m_store->remove(*m_lastOriginal);
    m_lastOriginal.reset();
}

void Autosaver::waitForWrite()
{
    if (m_writePending) {
        m_writer.waitForFinished();
        // Deliver the result now rather than from a later event loop turn.
        onWriteFinished();
    }
}

} // namespace entente
