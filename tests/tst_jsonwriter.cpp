// The native writer: load -> save -> load gives the same model (every field,
// attribute with its JSON type, position and pin; see graphdump.h) for every
// valid test file, numbers round-trip exactly, and a failed save leaves the
// old file as it was.

#include "graphdump.h"
#include "io/graphio.h"
#include "model/graphbuilder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace entente;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        const QString dir = QStringLiteral(ENTENTE_TEST_DATA "/json/valid");
        for (const QString &file : QDir(dir).entryList({QStringLiteral("*.json"), QStringLiteral("*.cyjs")},
                                                       QDir::Files, QDir::Name))
            QTest::addRow("%s", qPrintable(file)) << dir + QLatin1Char('/') + file;
    }

    void roundTrip()
    {
        QFETCH(QString, path);
        const LoadResult first = loadGraphFile(path);
        QVERIFY(first.ok());

        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("saved.entente.json"));
        const std::optional<Diagnostic> failure = saveGraphFile(*first.document, saved);
        QVERIFY2(!failure, failure ? qPrintable(failure->toString()) : "");

        const LoadResult second = loadGraphFile(saved);
        QVERIFY2(second.ok(), qPrintable(formatDiagnostics(second.diagnostics)));
        QCOMPARE(second.document->dialect, QStringLiteral("entente"));
        QCOMPARE(test::dumpDocument(*second.document, false), test::dumpDocument(*first.document, false));
        QCOMPARE(second.document->positions, first.document->positions);

        // Writing is deterministic: the reloaded model writes the same bytes.
        QCOMPARE(writeGraphJson(*second.document), readAll(saved));
    }

    void numbersRoundTripExactly()
    {
        const std::vector<double> values = {0.1, 1.0 / 3.0, -0.0, 1e-300, 5e-324, 1.7976931348623157e308,
                                            123456789.123456789, -2.5, 1e21, 9007199254740993.0,
                                            std::numeric_limits<double>::min()};
        GraphBuilder builder;
        NodePositions positions;
        for (std::size_t i = 0; i < values.size(); ++i) {
            NodeData node;
            node.id = QStringLiteral("n%1").arg(i);
            node.volume = values[i];
            node.attributes.append({QStringLiteral("v"), QJsonValue(values[i])});
            QVERIFY(builder.addNode(std::move(node)));
        }
        GraphDocument doc;
        doc.graph = builder.build();
        doc.positions = NodePositions(doc.graph.nodeCount());
        for (std::size_t i = 0; i < values.size(); ++i) {
            doc.positions.set(qsizetype(i), QPointF(values[i], -values[i]));
            doc.positions.pinned[i] = i % 2;
        }
        const LoadResult back = readGraphJson(writeGraphJson(doc), QStringLiteral("n.json"));
        QVERIFY2(back.ok(), qPrintable(formatDiagnostics(back.diagnostics)));
        for (std::size_t i = 0; i < values.size(); ++i) {
            const auto n = NodeIndex(i);
            // Bitwise, so that -0.0 and 0.0 differ.
            QCOMPARE(std::signbit(back.document->positions.x[i]), std::signbit(values[i]));
            QCOMPARE(back.document->positions.x[i], values[i]);
            QCOMPARE(back.document->positions.y[i], -values[i]);
            QCOMPARE(back.document->graph.nodeVolume(n), values[i]);
            QCOMPARE(back.document->graph.nodeAttributes(n).front().second.toDouble(), values[i]);
        }
        QCOMPARE(back.document->positions.pinned, doc.positions.pinned);
    }

    void keepsBackupAndOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.entente.json"));
        LoadResult loaded = readGraphJson(R"({"nodes": [{"id": "a"}]})", QStringLiteral("g"));
        QVERIFY(loaded.ok());
        QVERIFY(!saveGraphFile(*loaded.document, path));
        QVERIFY(!QFile::exists(path + QLatin1Char('~')));   // nothing to keep the first time
        const QByteArray firstVersion = readAll(path);

        loaded = readGraphJson(R"({"nodes": [{"id": "a"}, {"id": "b"}]})", QStringLiteral("g"));
        QVERIFY(!saveGraphFile(*loaded.document, path));
        QCOMPARE(readAll(path + QLatin1Char('~')), firstVersion);
        QVERIFY(readAll(path).contains("\"b\""));
    }

    void failedWriteLeavesOldFile()
    {
        // Root ignores permissions, so make the write fail otherwise: the
        // target's directory is a regular file, or the target is a directory.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("not-a-directory"));
        QVERIFY(writeFile(blocker, "old contents"));
        const LoadResult loaded = readGraphJson(R"({"nodes": [{"id": "a"}]})", QStringLiteral("g"));
        QVERIFY(loaded.ok());

        const QString inside = blocker + QStringLiteral("/graph.json");
        const std::optional<Diagnostic> failure = saveGraphFile(*loaded.document, inside);
        QVERIFY(failure);
        QCOMPARE(failure->file, inside);
        QVERIFY(failure->message.startsWith(QStringLiteral("cannot write the file")));
        QCOMPARE(readAll(blocker), QByteArray("old contents"));

        const QString directory = dir.filePath(QStringLiteral("a-directory"));
        QVERIFY(QDir().mkpath(directory));
        QVERIFY(writeFile(directory + QStringLiteral("/keep.txt"), "kept"));
        QVERIFY(saveGraphFile(*loaded.document, directory));
        QVERIFY(QFileInfo(directory).isDir());
        QCOMPARE(readAll(directory + QStringLiteral("/keep.txt")), QByteArray("kept"));
        QVERIFY(!QFile::exists(directory + QLatin1Char('~')));
    }

    void writesTheNativeShape()
    {
        const LoadResult loaded = readGraphJson(
            R"({"nodes": [{"id": "a", "name": "A", "country": ["DE", "FR"], "sector": "energy", "x": 1, "y": 2},
                          {"id": "b", "country": "EU"}],
                "links": [{"source": "a", "target": "b", "type": "membership"}]})",
            QStringLiteral("n.json"));
        QVERIFY(loaded.ok());
        const QByteArray text = writeGraphJson(*loaded.document);
        QVERIFY(text.startsWith("{\n  \"format\": \"entente\",\n  \"version\": 1"));
        QVERIFY(text.contains(R"({"id": "a", "label": "A", "country": ["DE", "FR"], "sector": "energy", "x": 1, "y": 2, "pinned": false})"));
        QVERIFY(text.contains(R"({"id": "b", "country": "EU"})"));
        QVERIFY(text.contains(R"({"source": "a", "target": "b", "relation": "membership"})"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
