#pragma once

#include "io/graphdocument.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace entente {

// One autosaved document found on disk: the snapshot (native JSON with
// positions and pins) and the small sidecar that names where it came from.
struct AutosaveEntry
{
    QString instance;       // the instance that wrote it (its lock file's name)
    QString originalPath;   // the document's own file; empty when it never had one
    QString dialect;        // the original file's dialect, so that Save still asks for a name
    QDateTime savedAt;      // UTC
    QString dataPath;       // <dir>/<instance>-<key>.entente.json
    QString infoPath;       // <dir>/<instance>-<key>.autosave
};

// The autosave folder (QStandardPaths::AppDataLocation/autosave by default)
// and this instance's claim on its own files.
//
// Every running instance holds a QLockFile <dir>/<instance>.lock for as long
// as it lives. Files whose instance holds no live lock were left by a crash
// (or a kill): those, and only those, are offered for recovery, so that two
// windows open at once never take each other's autosaves.
//
// No widgets here: the window asks, the store answers.
class AutosaveStore
{
public:
    explicit AutosaveStore(QString directory = defaultDirectory());
    // Releases the lock; the files stay (a clean close removes them first).
    ~AutosaveStore();
    AutosaveStore(const AutosaveStore &) = delete;
    AutosaveStore &operator=(const AutosaveStore &) = delete;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString instanceId() const { return m_instance; }

    // The files this instance writes for `originalPath` ("" = untitled).
    QString dataPathFor(const QString &originalPath) const;
    QString infoPathFor(const QString &originalPath) const;

    // Creates the folder and takes the instance lock; false (with the reason
    // in `error`) when the folder cannot be written. write() calls it.
    bool ensureLocked(QString *error = nullptr);

    // Writes `document` for `originalPath` atomically (QSaveFile: the previous
    // autosave stays whole until the new one is complete), snapshot first and
    // sidecar second. Thread-safe with respect to itself only: the window runs
    // it on a worker with a copy of the document. Never touches `document`.
    std::optional<Diagnostic> write(const GraphDocument &document, const QString &originalPath,
                                    const QDateTime &when = QDateTime::currentDateTimeUtc()) const;
    // Removes this instance's autosave of `originalPath`, if any.
    void remove(const QString &originalPath) const;

    // Autosaves that no running instance owns, newest first. Sidecars that
    // cannot be read, or whose snapshot is missing, are cleaned up.
    QList<AutosaveEntry> staleEntries() const;

    // Reads an entry's snapshot. The document comes back as the writer wrote
    // it, with the original dialect restored.
    static LoadResult read(const AutosaveEntry &entry);
    // Deletes an entry's files (and its dead instance's lock file, once none
    // of its files are left).
    void discard(const AutosaveEntry &entry) const;

private:
    QString fileKey(const QString &originalPath) const;
    bool instanceIsAlive(const QString &instance) const;

    QString m_directory;
    QString m_instance;
    std::unique_ptr<QLockFile> m_lock;
};

// Drives an AutosaveStore from a timer: every interval, when the document has
// changed since the last autosave, it takes a snapshot (through the function
// the window gives) and writes it on a worker thread. A failed write is
// reported through autosaveFailed() and changes nothing else: the document,
// its modified state and the previous autosave stay as they were.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    struct Snapshot
    {
        GraphDocument document;
        QString originalPath;
    };
    // Returns the unsaved document, or nothing when there is none to keep.
    using SnapshotFunction = std::function<std::optional<Snapshot>()>;

    Autosaver(std::unique_ptr<AutosaveStore> store, SnapshotFunction snapshot,
              QObject *parent = nullptr);
    ~Autosaver() override;

    AutosaveStore &store() const { return *m_store; }

    // 0 turns autosave off.
    void setInterval(int msec);
    int interval() const { return m_interval; }

    // The document changed: the next tick writes it.
    void documentChanged();
    // Writes now (on a worker) if the document changed since the last write;
    // false when there was nothing to write.
    bool autosaveNow();
    // The document was saved, discarded or replaced: its autosave goes.
    void discard();
    // Blocks until a running write has finished (tests, shutdown).
    void waitForWrite();
    bool isWriting() const { return m_writePending; }
    // Where the last successful autosave went; empty if there is none.
    QString lastDataPath() const { return m_lastOriginal ? m_store->dataPathFor(*m_lastOriginal) : QString(); }

signals:
    void autosaved(const QString &dataPath);
    void autosaveFailed(const entente::Diagnostic &diagnostic);

private:
    void onWriteFinished();

    std::unique_ptr<AutosaveStore> m_store;
    SnapshotFunction m_snapshot;
    QTimer m_timer;
    int m_interval = 0;
    quint64 m_changes = 0;         // bumped by documentChanged()
    quint64 m_writtenChanges = 0;  // m_changes at the last write started
    quint64 m_epoch = 0;           // bumped by discard(): drops writes started before
    quint64 m_writeEpoch = 0;
    QString m_writingOriginal;
    bool m_writePending = false;
    std::optional<QString> m_lastOriginal;   // the path whose autosave is on disk
    QFutureWatcher<std::optional<Diagnostic>> m_writer;
};

} // namespace entente
