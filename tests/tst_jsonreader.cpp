// The JSON reader, driven by files: tests/data/json/valid/*.{json,cyjs} must
// load, giving the model in <case>.model and the warnings in <case>.expected
// (none when that file is absent); tests/data/json/invalid/<case>.* must fail
// with exactly the lines of <case>.expected.
//
// Convention: diagnostics name the file by its base name (the test passes
// QFileInfo::fileName() to readGraphJson), one Diagnostic::toString() per line.
// ENTENTE_REGENERATE=1 rewrites the expected files from the current output
// (then review them with git diff before committing).

#include "graphdump.h"
#include "io/graphio.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace entente;

namespace {

QString dataDir(const char *kind)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/json/") + QLatin1String(kind);
}

QStringList caseFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.json"), QStringLiteral("*.cyjs")}, QDir::Files,
                               QDir::Name);
}

QString baseOf(const QString &fileName)
{
    // "a.entente.json" -> "a.entente"; "b.cyjs" -> "b"
    return fileName.left(fileName.lastIndexOf(QLatin1Char('.')));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList readLines(const QString &path)
{
    const QString text = QString::fromUtf8(readAll(path));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool regenerate() { return qEnvironmentVariableIsSet("ENTENTE_REGENERATE"); }

void writeLines(const QString &path, const QStringList &lines)
{
    QFile file(path);
    if (lines.isEmpty()) {
        file.remove();
        return;
    }
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

QStringList diagnosticLines(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines;
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void validFiles_data()
    {
        QTest::addColumn<QString>("path");
        const QString dir = dataDir("valid");
        const QStringList files = caseFiles(dir);
        QVERIFY(files.size() >= 10);
        for (const QString &file : files)
            QTest::addRow("%s", qPrintable(file)) << dir + QLatin1Char('/') + file;
    }

    void validFiles()
    {
        QFETCH(QString, path);
        const QFileInfo info(path);
        const LoadResult result = readGraphJson(readAll(path), info.fileName());
        const QStringList diagnostics = diagnosticLines(result.diagnostics);
        QVERIFY2(result.ok(), qPrintable(diagnostics.join(QLatin1Char('\n'))));
        const QString stem = info.path() + QLatin1Char('/') + baseOf(info.fileName());
        const QStringList model = test::dumpDocument(*result.document);
        if (regenerate()) {
            writeLines(stem + QStringLiteral(".expected"), diagnostics);
            writeLines(stem + QStringLiteral(".model"), model);
        }
        QCOMPARE(diagnostics, readLines(stem + QStringLiteral(".expected")));
        QCOMPARE(model, readLines(stem + QStringLiteral(".model")));
        QCOMPARE(result.document->positions.size(), result.document->graph.nodeCount());

        // loadGraphFile gives the same, naming the file by its path.
        const LoadResult loaded = loadGraphFile(path);
        QVERIFY(loaded.ok());
        QCOMPARE(test::dumpDocument(*loaded.document), model);
    }

    void invalidFiles_data()
    {
        QTest::addColumn<QString>("path");
        const QString dir = dataDir("invalid");
        const QStringList files = caseFiles(dir);
        QVERIFY(files.size() >= 20);
        for (const QString &file : files)
            QTest::addRow("%s", qPrintable(file)) << dir + QLatin1Char('/') + file;
    }

    void invalidFiles()
    {
        QFETCH(QString, path);
        const QFileInfo info(path);
        const LoadResult result = readGraphJson(readAll(path), info.fileName());
        QVERIFY(!result.ok());
        QVERIFY(hasErrors(result.diagnostics));
        const QStringList diagnostics = diagnosticLines(result.diagnostics);
        const QString expectedPath = info.path() + QLatin1Char('/') + baseOf(info.fileName())
                                     + QStringLiteral(".expected");
        if (regenerate())
            writeLines(expectedPath, diagnostics);
        QCOMPARE(diagnostics, readLines(expectedPath));

        // Through loadGraphFile the file is named by its path; empty files are
        // refused before parsing, with the same message.
        const LoadResult loaded = loadGraphFile(path);
        QVERIFY(!loaded.ok());
        QStringList relative = diagnosticLines(loaded.diagnostics);
        relative.replaceInStrings(path, info.fileName());
        QCOMPARE(relative, diagnostics);
    }

    void errorsNameTheirPlace()
    {
        // The issue's example: an edge to "sapp" when "sap" exists.
        const QByteArray json = R"({"nodes": [{"id": "sap"}],
 "edges": [{"id": "e7", "source": "sap",
            "target": "sapp"}]})";
        const LoadResult result = readGraphJson(json, QStringLiteral("summit.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &d = result.diagnostics.front();
        QCOMPARE(d.file, QStringLiteral("summit.json"));
        QCOMPARE(d.line, 3);
        QCOMPARE(d.column, 23);
        QCOMPARE(d.message, QStringLiteral("edge \"e7\" points to unknown node \"sapp\"; did you mean \"sap\"?"));
    }

    void limits()
    {
        LoadLimits limits;
        limits.maxErrors = 2;
        const QByteArray json = R"({"nodes": [{"id": "a"}], "edges": [
            {"source": "a", "target": "x"}, {"source": "a", "target": "y"}, {"source": "a", "target": "z"}]})";
        const LoadResult few = readGraphJson(json, QStringLiteral("f.json"), limits);
        QCOMPARE(few.diagnostics.size(), 3);
        QCOMPARE(few.diagnostics.last().toString(), QStringLiteral("f.json: too many errors; stopped after 2"));

        limits = {};
        limits.maxDepth = 8;
        const LoadResult deep = readGraphJson(R"({"nodes": [{"id": "a", "v": [[[[[[1]]]]]]}]})",
                                              QStringLiteral("d.json"), limits);
        QVERIFY(!deep.ok());
        QCOMPARE(deep.diagnostics.front().toString(),
                 QStringLiteral("d.json:1:34: nesting too deep (more than 8 levels)"));

        limits = {};
        limits.maxNodes = 2;
        const LoadResult many = readGraphJson(R"({"nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}]})",
                                              QStringLiteral("n.json"), limits);
        QVERIFY(!many.ok());
        QCOMPARE(many.diagnostics.front().message, QStringLiteral("more than 2 nodes"));

        limits = {};
        limits.maxFileBytes = 10;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"nodes": [{"id": "a"}]})");
        file.close();
        const LoadResult big = loadGraphFile(path, limits);
        QVERIFY(!big.ok());
        QCOMPARE(big.diagnostics.front().message,
                 QStringLiteral("file is too large (0.0 MiB; the limit is 0.0 MiB)"));
    }

    void loadGraphFileErrors()
    {
        QTemporaryDir dir;
        const LoadResult missing = loadGraphFile(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.diagnostics.front().message, QStringLiteral("no such file"));
        QCOMPARE(missing.diagnostics.front().line, 0);

        const LoadResult directory = loadGraphFile(dir.path());
        QVERIFY(!directory.ok());
        QCOMPARE(directory.diagnostics.front().message, QStringLiteral("is a directory, not a file"));

        // An unknown ending: JSON is recognised by its first character.
        const QString sniffed = dir.filePath(QStringLiteral("graph.data"));
        QFile file(sniffed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("  \n{\"nodes\": [{\"id\": \"a\"}]}");
        file.close();
        const LoadResult ok = loadGraphFile(sniffed);
        QVERIFY(ok.ok());
        QCOMPARE(ok.document->graph.nodeCount(), 1);

        const QString unknown = dir.filePath(QStringLiteral("graph.xyz"));
        QFile other(unknown);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("a b c\n");
        other.close();
        const LoadResult refused = loadGraphFile(unknown);
        QVERIFY(!refused.ok());
        QVERIFY(refused.diagnostics.front().message.startsWith(QStringLiteral("unknown file format")));
    }

    void bufferWithoutSpareCapacity()
    {
        // Raw data has no capacity past its end: the reader copies it.
        static const char text[] = R"({"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b"}]})";
        const QByteArray raw = QByteArray::fromRawData(text, qsizetype(sizeof text - 1));
        const LoadResult result = readGraphJson(raw, QStringLiteral("raw.json"));
        QVERIFY(result.ok());
        QCOMPARE(result.document->graph.edgeCount(), 1);
        QCOMPARE(result.document->dialect, QStringLiteral("entente"));
    }

    void garbageNeverCrashes()
    {
        // Every prefix of a valid file, and a few byte flips, either load or
        // fail with errors that have a place; none crashes or hangs.
        const QByteArray valid = readAll(dataDir("valid") + QStringLiteral("/native-attributes-positions.json"));
        QVERIFY(!valid.isEmpty());
        for (qsizetype n = 0; n < valid.size(); n += 7) {
            const LoadResult result = readGraphJson(valid.left(n), QStringLiteral("p.json"));
            if (!result.ok())
                QVERIFY(hasErrors(result.diagnostics));
        }
        const char replacements[] = {'{', '}', '[', ']', '"', ',', ':', '\\', '\0', 'x'};
        for (qsizetype i = 0; i < valid.size(); i += 13) {
            QByteArray broken = valid;
            broken[i] = replacements[i % sizeof replacements];
            const LoadResult result = readGraphJson(broken, QStringLiteral("b.json"));
            if (!result.ok()) {
                QVERIFY(hasErrors(result.diagnostics));
                QVERIFY(result.diagnostics.front().line > 0 || result.diagnostics.front().message.contains(QStringLiteral("empty")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
