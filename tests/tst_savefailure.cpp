// saveGraphFile never loses work: it keeps the previous version as FILE~, and a
// failed save (full disk, impossible path) reports an error and leaves the old
// file as it was. We run as root, so a read-only folder proves nothing; a tiny
// tmpfs gives a real "no space left" instead.
#include "io/graphio.h"

#include <sys/mount.h>

#include <QtTest>
#include <QTemporaryDir>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

GraphDocument load(const QString &path)
{
    LoadResult result = loadGraphFile(path);
    if (!result.ok())
        qFatal("cannot load %s", qPrintable(path));
    return std::move(*result.document);
}

} // namespace

class TestSaveFailure : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mount;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase()
    {
        if (!m_mount.isEmpty())
            umount(m_mount.toLocal8Bit().constData());
    }

    void savingKeepsThePreviousVersion()
    {
        const GraphDocument small = load(QStringLiteral(ENTENTE_TEST_DATA "/gui/small.entente.json"));
        const GraphDocument big = load(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json"));
        const QString path = m_dir.filePath(u"g.entente.json"_s);
        QCOMPARE(saveGraphFile(small, path), std::nullopt);
        const QByteArray first = contents(path);
        QCOMPARE(saveGraphFile(big, path), std::nullopt);
        QCOMPARE(contents(path + u'~'), first);
        QCOMPARE(contents(path), writeGraphJson(big));
    }

    void parentIsAFile()
    {
        const QString file = m_dir.filePath(u"plain"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        const GraphDocument small = load(QStringLiteral(ENTENTE_TEST_DATA "/gui/small.entente.json"));
        const std::optional<Diagnostic> error = saveGraphFile(small, file + u"/g.entente.json"_s);
        QVERIFY(error.has_value());
        QVERIFY(error->isError());
        QVERIFY2(error->message.startsWith(u"cannot write the file: "_s), qPrintable(error->message));
        QCOMPARE(contents(file), QByteArray("x"));
    }

    // A 16 KiB tmpfs holds the small document but not the summit dataset: the
    // failed save must name the problem and leave the small one readable.
    void fullDiskLeavesTheOldFileIntact()
    {
        m_mount = m_dir.filePath(u"tiny"_s);
        QVERIFY(QDir().mkpath(m_mount));
        if (mount("tmpfs", m_mount.toLocal8Bit().constData(), "tmpfs", 0, "size=16k") != 0) {
            const QString reason = QString::fromLocal8Bit(strerror(errno));
            m_mount.clear();
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + reason));
        }
        const GraphDocument small = load(QStringLiteral(ENTENTE_TEST_DATA "/gui/small.entente.json"));
        const GraphDocument big = load(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json"));
        QVERIFY(writeGraphJson(big).size() > 32 * 1024);
        const QString path = m_mount + u"/g.entente.json"_s;
        QCOMPARE(saveGraphFile(small, path), std::nullopt);
        const QByteArray before = contents(path);

        const std::optional<Diagnostic> error = saveGraphFile(big, path);
        QVERIFY(error.has_value());
        QVERIFY(error->isError());
        QCOMPARE(error->file, path);
        QVERIFY2(error->message.startsWith(u"cannot "_s), qPrintable(error->message));
        QCOMPARE(contents(path), before);
        QVERIFY(loadGraphFile(path).ok());
        // QSaveFile's temporary file is gone: nothing but the file (and maybe FILE~).
        const QStringList left = QDir(m_mount).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : left)
            QVERIFY2(name == u"g.entente.json"_s || name == u"g.entente.json~"_s, qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestSaveFailure)
#include "tst_savefailure.moc"
