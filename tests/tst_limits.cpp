// LoadLimits turn resource exhaustion into clear errors: a file over the size
// limit is refused before it is read, deep nesting and huge strings stop the
// reader early, counts are capped. Every reader goes through loadGraphFile here,
// as the window and the command line call it.
#include "io/graphio.h"

#include <sys/resource.h>

#include <QtTest>
#include <QTemporaryDir>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// Peak resident memory of this process in MiB (Linux reports KiB).
qint64 peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) / 1024;
}

QString firstError(const LoadResult &result)
{
    for (const Diagnostic &d : result.diagnostics) {
        if (d.isError())
            return d.message;
    }
    return {};
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fileOverTheSizeLimitIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("json") << u"g.json"_s;
        QTest::addRow("graphml") << u"g.graphml"_s;
        QTest::addRow("gexf") << u"g.gexf"_s;
        QTest::addRow("csv") << u"g.csv"_s;
        QTest::addRow("dot") << u"g.gv"_s;
    }
    void fileOverTheSizeLimitIsRefused()
    {
        QFETCH(QString, name);
        const QString path = write(name, QByteArray(4096, ' '));
        LoadLimits limits;
        limits.maxFileBytes = 1000;
        const LoadResult result = loadGraphFile(path, limits);
        QVERIFY(!result.ok());
        QVERIFY2(firstError(result).startsWith(u"file is too large"_s), qPrintable(firstError(result)));
    }

    // A sparse 2 GiB file costs no disk; refusing it must cost no memory either:
    // the size is checked before a single byte is read.
    void sparseTwoGigabyteFileIsRefusedBeforeReading()
    {
        const QString path = m_dir.filePath(u"huge.entente.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (!file.resize(qint64(2) << 30))
            QSKIP("this file system cannot hold a sparse 2 GiB file");
        file.close();
        const qint64 before = peakRssMiB();
        const LoadResult result = loadGraphFile(path);
        QVERIFY(!result.ok());
        QVERIFY2(firstError(result).startsWith(u"file is too large (2048"_s), qPrintable(firstError(result)));
        QVERIFY2(peakRssMiB() - before < 64, qPrintable(u"peak memory grew by %1 MiB"_s.arg(peakRssMiB() - before)));
    }

    // 100k levels would overflow a recursive parser's stack; every reader stops
    // at LoadLimits::maxDepth instead.
    void deepNestingIsAClearError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const int depth = 100'000;
        QTest::addRow("json array") << u"deep.json"_s
                                    << QByteArray("{\"nodes\": [{\"id\": \"a\", \"deep\": ") + QByteArray(depth, '[')
                                           + QByteArray(depth, ']') + "}]}"
                                    << u"nesting too deep (more than 64 levels)"_s;
        QByteArray objects;
        for (int i = 0; i < depth; ++i)
            objects += "{\"a\":";
        QTest::addRow("json object") << u"deep.json"_s << objects + "1" + QByteArray(depth, '}')
                                     << u"nesting too deep (more than 64 levels)"_s;
        QByteArray xml = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">";
        for (int i = 0; i < depth; ++i)
            xml += "<g>";
        QTest::addRow("graphml") << u"deep.graphml"_s << xml << u"elements nested deeper than 64 levels"_s;
        QByteArray gexf = "<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">";
        for (int i = 0; i < depth; ++i)
            gexf += "<g>";
        QTest::addRow("gexf") << u"deep.gexf"_s << gexf << u"elements nested deeper than 64 levels"_s;
        QByteArray dot = "digraph {";
        for (int i = 0; i < depth; ++i)
            dot += "subgraph {";
        QTest::addRow("dot") << u"deep.gv"_s << dot + QByteArray(depth, '}') + "}"
                             << u"subgraphs nested deeper than 64 levels"_s;
    }
    void deepNestingIsAClearError()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const LoadResult result = loadGraphFile(write(name, bytes));
        QVERIFY(!result.ok());
        QCOMPARE(firstError(result), message);
    }

    void entityDeclarationsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("graphml") << u"e.graphml"_s;
        QTest::addRow("gexf") << u"e.gexf"_s;
    }
    void entityDeclarationsAreRefused()
    {
        QFETCH(QString, name);
        const QByteArray bytes = "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY a \"aaaaaaaa\">"
                                 "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<g>&b;</g>\n";
        const LoadResult result = loadGraphFile(write(name, bytes), LoadLimits{});
        QVERIFY(!result.ok());
        QCOMPARE(firstError(result), u"DOCTYPE declares entities; entity expansion is refused"_s);
    }

    // "A line of 100 MB", scaled (rows count the header as row 1): a 4 MiB field against a 1 MiB string limit is the
    // same code path; the row with the default limit (16 MiB) uses a 20 MiB line.
    void hugeCsvFieldIsAClearError_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("fieldBytes");
        QTest::addRow("scaled") << qint64(1 << 20) << qint64(4 << 20);
        QTest::addRow("default limit") << LoadLimits{}.maxStringBytes << qint64(20 << 20);
    }
    void hugeCsvFieldIsAClearError()
    {
        QFETCH(qint64, limit);
        QFETCH(qint64, fieldBytes);
        const QByteArray bytes = "source,target\na," + QByteArray(fieldBytes, 'b') + "\n";
        LoadLimits limits;
        limits.maxStringBytes = limit;
        const LoadResult result = loadGraphFile(write(u"long.csv"_s, bytes), limits);
        QVERIFY(!result.ok());
        QCOMPARE(firstError(result), u"row 2: a field is longer than %1 bytes"_s.arg(limit));
    }

    void hugeJsonStringIsAClearError()
    {
        const QByteArray bytes = "{\"nodes\": [{\"id\": \"" + QByteArray(4 << 20, 'a') + "\"}], \"edges\": []}";
        LoadLimits limits;
        limits.maxStringBytes = 1 << 20;
        const LoadResult result = loadGraphFile(write(u"long.json"_s, bytes), limits);
        QVERIFY(!result.ok());
        QVERIFY2(firstError(result).contains(u"longer than 1048576 bytes"_s), qPrintable(firstError(result)));
    }

    void nodeAndEdgeCountsAreCapped_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("edges");
        QByteArray jsonNodes = "{\"nodes\": [";
        QByteArray csv = "source,target\n";
        QByteArray dot = "graph {";
        QByteArray graphml = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                             "<graph edgedefault=\"undirected\">";
        for (int i = 0; i < 20; ++i) {
            jsonNodes += QByteArray(i ? "," : "") + "{\"id\": \"n" + QByteArray::number(i) + "\"}";
            csv += "a" + QByteArray::number(i) + ",b" + QByteArray::number(i) + "\n";
            dot += " n" + QByteArray::number(i) + ";";
            graphml += "<node id=\"n" + QByteArray::number(i) + "\"/>";
        }
        QTest::addRow("json nodes") << u"n.json"_s << jsonNodes + "], \"edges\": []}" << false;
        QTest::addRow("csv") << u"n.csv"_s << csv << false;
        QTest::addRow("dot nodes") << u"n.gv"_s << dot + "}" << false;
        QTest::addRow("graphml nodes") << u"n.graphml"_s << graphml + "</graph></graphml>" << false;
        QByteArray dotEdges = "graph {";
        for (int i = 0; i < 20; ++i)
            dotEdges += " a -- b;";
        QTest::addRow("dot edges") << u"e.gv"_s << dotEdges + "}" << true;
    }
    void nodeAndEdgeCountsAreCapped()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, edges);
        LoadLimits limits;
        limits.maxNodes = edges ? 100 : 10;
        limits.maxEdges = 10;
        const LoadResult result = loadGraphFile(write(name, bytes), limits);
        QVERIFY(!result.ok());
        QVERIFY2(firstError(result).contains(edges ? u"more than 10 edges"_s : u"more than 10 nodes"_s),
                 qPrintable(firstError(result)));
    }

    void attributeCountIsCapped()
    {
        QByteArray node = "{\"id\": \"a\"";
        for (int i = 0; i < 20; ++i)
            node += ", \"k" + QByteArray::number(i) + "\": 1";
        LoadLimits limits;
        limits.maxAttributes = 10;
        const LoadResult result =
            loadGraphFile(write(u"a.json"_s, "{\"nodes\": [" + node + "}], \"edges\": []}"), limits);
        QVERIFY(!result.ok());
        QVERIFY2(firstError(result).contains(u"more than 10 attributes"_s), qPrintable(firstError(result)));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
