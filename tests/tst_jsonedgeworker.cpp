// The JSON reader adds the edges of large files on a second thread (see
// EdgePipeline in src/core/io/jsonreader.cpp). That path must give exactly
// what the one-thread path gives: the same model (node and edge order, every
// value, the order of each column's distinct values) and the same
// diagnostics in the same order, with their places. Each case is read both
// ways and compared; the generated cases are larger than the worker's batches
// and reach its drains (self-loops, nodes after edges, errors, limits) and
// its restart (an unknown endpoint).

#include "graphdump.h"
#include "io/graphio.h"
#include "io/graphio_p.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace entente;

namespace {

QStringList diagnosticLines(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines;
}

QStringList poolLines(const QString &name, const CategoryColumn &column)
{
    QStringList values;
    for (quint32 i = 1; i < column.pool().size(); ++i)
        values.append(column.pool().at(i));
    return {name + QStringLiteral(": ") + values.join(QLatin1Char('|'))};
}

// Everything a load gives, as text.
QStringList describe(const LoadResult &result)
{
    QStringList out = diagnosticLines(result.diagnostics);
    out.append(result.ok() ? QStringLiteral("ok") : QStringLiteral("failed"));
    if (!result.document)
        return out;
    out += test::dumpDocument(*result.document);
    const RelationshipGraph &g = result.document->graph;
    out += poolLines(QStringLiteral("relation"), g.edgeColumn(EdgeColumn::Relation));
    out += poolLines(QStringLiteral("edge date"), g.edgeColumn(EdgeColumn::Date));
    out += poolLines(QStringLiteral("edge end date"), g.edgeColumn(EdgeColumn::EndDate));
    out += poolLines(QStringLiteral("kind"), g.nodeColumn(NodeColumn::Kind));
    out += poolLines(QStringLiteral("country"), g.nodeColumn(NodeColumn::Country));
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A native graph with `nodes` nodes and `edges` edges; `edgeText(i)` gives
// the members of edge i (without braces).
template <typename EdgeText>
QByteArray graph(int nodes, int edges, EdgeText edgeText, const QByteArray &tail = {})
{
    QByteArray text = "{\"format\": \"entente\", \"version\": 1, \"nodes\": [";
    for (int i = 0; i < nodes; ++i) {
        text += i ? ",\n" : "\n";
        text += "{\"id\": \"n" + QByteArray::number(i) + "\", \"kind\": \"k" + QByteArray::number(i % 3)
                + "\", \"country\": [\"c" + QByteArray::number(i % 5) + "\"]}";
    }
    text += "],\n\"edges\": [";
    for (int i = 0; i < edges; ++i) {
        text += i ? ",\n" : "\n";
        text += '{' + edgeText(i) + '}';
    }
    return text + ']' + tail + "}\n";
}

QByteArray endpoints(int i, int nodes)
{
    // In 64 bits: i * 104729 leaves int's range from i = 20506 on.
    return "\"source\": \"n" + QByteArray::number((qint64(i) * 7919) % nodes) + "\", \"target\": \"n"
           + QByteArray::number((qint64(i) * 104729 + 3) % nodes) + '"';
}

// Every kind of edge member the reader knows, varied with i.
QByteArray richEdge(int i)
{
    QByteArray e = endpoints(i, 997);
    e += ", \"relation\": \"r" + QByteArray::number(i % 4) + '"';
    e += ", \"date\": \"20" + QByteArray::number(10 + i % 13) + "-01-0" + QByteArray::number(1 + i % 9) + '"';
    if (i % 3 == 0)
        e += ", \"volume_eur\": " + QByteArray::number(qint64(i) * 1000);
    if (i % 50 == 0)
        e += ", \"end_date\": \"2030-12-31\"";
    if (i % 101 == 0)
        e += ", \"id\": \"e" + QByteArray::number(i) + '"';
    if (i % 103 == 0)
        e += ", \"label\": \"L\\u00e9 " + QByteArray::number(i) + '"';
    if (i % 107 == 0)
        e += ", \"kind\": \"alias\", \"weight\": 2.5";
    if (i % 109 == 0)
        e += ", \"sources\": [\"s1\", \"s2\"]";
    if (i % 211 == 0)
        e += ", \"relation\": \"\\u0072\\u0031\"";
    return e;
}

// Edges before nodes are read in a second pass over the document, after
// simdjson's string buffer (where escaped strings are unescaped) was rewound:
// long escaped node ids must not live there.
QByteArray edgesBeforeNodes()
{
    QByteArray edgesFirst = "{\"edges\": [";
    for (int i = 0; i < 6000; ++i) {
        edgesFirst += i ? "," : "";
        edgesFirst += "{\"source\": \"a-rather-long-node-id-\\u0041" + QByteArray::number(i % 40)
              + "\", \"target\": \"other-long-escaped-\\u0042" + QByteArray::number(i % 30)
              + "\", \"relation\": \"\\u0070art\"}";
    }
    edgesFirst += "], \"nodes\": [";
    for (int i = 0; i < 40; ++i)
        edgesFirst += (i ? "," : "") + QByteArray("{\"id\": \"a-rather-long-node-id-\\u0041")
              + QByteArray::number(i) + "\"}";
    for (int i = 0; i < 30; ++i)
        edgesFirst += ",{\"id\": \"other-long-escaped-\\u0042" + QByteArray::number(i) + "\"}";
    return edgesFirst + "]}";
}

} // namespace

class TestJsonEdgeWorker : public QObject
{
    Q_OBJECT

private slots:
    void sameResult_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("maxEdges");
        QTest::addColumn<int>("maxErrors");
        const int noLimit = 0;

        // Every test file of the reader, valid and invalid.
        for (const char *kind : {"valid", "invalid"}) {
            const QString dir = QStringLiteral(ENTENTE_TEST_DATA "/json/") + QLatin1String(kind);
            const QStringList files = QDir(dir).entryList({QStringLiteral("*.json"), QStringLiteral("*.cyjs")},
                                                          QDir::Files, QDir::Name);
            for (const QString &file : files)
                QTest::addRow("%s/%s", kind, qPrintable(file)) << readAll(dir + QLatin1Char('/') + file)
                                                               << noLimit << noLimit;
        }

        QTest::addRow("rich edges") << graph(997, 20000, richEdge) << noLimit << noLimit;
        QTest::addRow("self-loops, warnings capped")
            << graph(500, 12000, [](int i) {
                   return i % 97 == 0 ? QByteArray("\"source\": \"n5\", \"target\": \"n5\"") : endpoints(i, 500);
               })
            << noLimit << 40;
        QTest::addRow("self-loops then a top-level warning")
            << graph(500, 9000, [](int i) {
                   return i % 1000 == 0 ? QByteArray("\"source\": \"n1\", \"target\": \"n1\"") : endpoints(i, 500);
               }, ", \"extra\": 1")
            << noLimit << 5;
        QTest::addRow("unknown endpoint late")
            << graph(500, 15000, [](int i) {
                   return i == 14000 ? QByteArray("\"source\": \"n1\", \"target\": \"n77777\"") : endpoints(i, 500);
               })
            << noLimit << noLimit;
        QTest::addRow("unknown endpoints, errors capped")
            << graph(500, 15000, [](int i) {
                   if (i % 500 == 7)
                       return QByteArray("\"source\": \"nx") + QByteArray::number(i) + "\", \"target\": \"n1\"";
                   if (i % 700 == 3)
                       return QByteArray("\"source\": 5, \"target\": \"n1\"");
                   return endpoints(i, 500);
               })
            << noLimit << 10;
        QTest::addRow("type errors among edges")
            << graph(300, 10000, [](int i) {
                   return i % 2000 == 1 ? endpoints(i, 300) + ", \"date\": 7" : endpoints(i, 300);
               })
            << noLimit << noLimit;
        QTest::addRow("edge limit") << graph(300, 10000, [](int i) { return endpoints(i, 300); })
                                    << 9000 << noLimit;
        QTest::addRow("syntax error after many edges")
            << graph(300, 10000, [](int i) {
                   if (i % 1500 == 0)
                       return QByteArray("\"source\": \"n2\", \"target\": \"n2\"");
                   return i == 9500 ? endpoints(i, 300) + ", \"x\": tru" : endpoints(i, 300);
               })
            << noLimit << noLimit;

        // Edges before nodes: read in a second pass, over simdjson's rewound
        // string buffer; long escaped ids are kept apart from it.
        QTest::addRow("edges before nodes, escaped ids") << edgesBeforeNodes() << noLimit << noLimit;

        // Edges after the nodes are queued in the first pass, edges before
        // them read in the second, which unescapes its strings over the
        // first pass's: the queue is drained before.
        QTest::addRow("edges queued before the second pass")
            << QByteArray("{\"links\": [{\"source\": \"x\\u0041\", \"target\": \"y\\u0042\", \"relation\": \"\\u0071\"}],"
                          " \"nodes\": [{\"id\": \"xA\"}, {\"id\": \"yB\"}, {\"id\": \"zC\"}],"
                          " \"edges\": [{\"source\": \"z\\u0043\", \"target\": \"y\\u0042\", \"relation\": \"\\u0072\"}]}")
            << noLimit << noLimit;

        // A second "nodes" array after the edges: the worker is drained first.
        QTest::addRow("nodes after edges")
            << graph(200, 9000, [](int i) { return endpoints(i, 200); },
                     ", \"nodes\": [{\"id\": \"late\"}, {\"id\": \"n3\"}], \"edges\": [{\"source\": \"late\", \"target\": \"n1\"}]")
            << noLimit << noLimit;

        // The other dialects, large.
        QByteArray cytoscape = "{\"elements\": [";
        for (int i = 0; i < 300; ++i)
            cytoscape += (i ? "," : "") + QByteArray("{\"data\": {\"id\": \"n") + QByteArray::number(i) + "\"}}";
        for (int i = 0; i < 9000; ++i)
            cytoscape += ",{\"group\": \"edges\", \"data\": {" + endpoints(i, 300) + ", \"interaction\": \"pp\"}}";
        QTest::addRow("cytoscape flat") << cytoscape + "]}" << noLimit << noLimit;
        QByteArray graphology = "{\"options\": {\"type\": \"directed\"}, \"nodes\": [";
        for (int i = 0; i < 300; ++i)
            graphology += (i ? "," : "") + QByteArray("{\"key\": \"n") + QByteArray::number(i) + "\"}";
        graphology += "], \"edges\": [";
        for (int i = 0; i < 9000; ++i)
            graphology += (i ? "," : "") + QByteArray("{\"key\": \"e") + QByteArray::number(i) + "\", "
                          + endpoints(i, 300) + ", \"attributes\": {\"type\": \"t\"}}";
        QTest::addRow("graphology") << graphology + "]}" << noLimit << noLimit;
        QByteArray jgf = "{\"graph\": {\"directed\": false, \"nodes\": {";
        for (int i = 0; i < 300; ++i)
            jgf += (i ? "," : "") + QByteArray("\"n") + QByteArray::number(i) + "\": {\"label\": \"x\"}";
        jgf += "}, \"edges\": [";
        for (int i = 0; i < 9000; ++i)
            jgf += (i ? "," : "") + QByteArray("{") + endpoints(i, 300) + ", \"relation\": \"rel\"}";
        QTest::addRow("jgf") << jgf + "]}}" << noLimit << noLimit;
    }

    void sameResult()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, maxEdges);
        QFETCH(int, maxErrors);
        LoadLimits limits;
        if (maxEdges)
            limits.maxEdges = maxEdges;
        if (maxErrors)
            limits.maxErrors = maxErrors;
        const QString name = QStringLiteral("case.json");
        const QStringList one = describe(readGraphJson(text, name, limits, JsonEdgeWorker::Never));
        const QStringList two = describe(readGraphJson(text, name, limits, JsonEdgeWorker::Always));
        QVERIFY(one.size() > 1);
        QCOMPARE(two.size(), one.size());
        for (qsizetype i = 0; i < one.size(); ++i)
            QCOMPARE(two[i], one[i]);
        // The default picks one of the two; it must agree too.
        QCOMPARE(describe(readGraphJson(text, name, limits)), one);
    }

    void generatedCasesSayWhatTheyShould()
    {
        // The generated cases above must reach the paths they are meant for,
        // or the comparison proves little.
        LoadLimits limits;
        const LoadResult rich = readGraphJson(graph(997, 20000, richEdge), QStringLiteral("g.json"), limits,
                                              JsonEdgeWorker::Always);
        QVERIFY(rich.ok());
        QCOMPARE(rich.document->graph.edgeCount(), 20000);
        QCOMPARE(rich.document->graph.edgeColumn(EdgeColumn::Relation).pool().size(), 5u);   // r0..r3
        QCOMPARE(rich.document->graph.edgeId(101), QStringLiteral("e101"));
        // A second "relation" does not replace the first; it is kept, unescaped.
        QCOMPARE(rich.document->graph.edgeRelation(211), QStringLiteral("r3"));
        QCOMPARE(attributeValue(rich.document->graph.edgeAttributes(211), u"relation").toString(),
                 QStringLiteral("r1"));

        const LoadResult unknown = readGraphJson(
            graph(50, 9000, [](int i) {
                return i == 8000 ? QByteArray("\"source\": \"n1\", \"target\": \"n777\"") : endpoints(i, 50);
            }),
            QStringLiteral("g.json"), limits, JsonEdgeWorker::Always);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.diagnostics.size(), 1);
        QCOMPARE(unknown.diagnostics.front().line, 8053);   // nodes on lines 2-51, edge i on line 53 + i
        QVERIFY(unknown.diagnostics.front().message.contains(QStringLiteral("unknown node \"n777\"")));

        const LoadResult loops = readGraphJson(
            graph(50, 9000, [](int i) {
                return i % 3000 == 5 ? QByteArray("\"source\": \"n4\", \"target\": \"n4\"") : endpoints(i, 50);
            }),
            QStringLiteral("g.json"), limits, JsonEdgeWorker::Always);
        QVERIFY(loops.ok());
        QStringList selfLoops;
        for (const Diagnostic &d : loops.diagnostics) {
            if (d.message.startsWith(QStringLiteral("self-loop")))
                selfLoops.append(QString::number(d.line));
        }
        QCOMPARE(selfLoops, QStringList({QStringLiteral("58"), QStringLiteral("3058"), QStringLiteral("6058")}));

        for (const JsonEdgeWorker worker : {JsonEdgeWorker::Never, JsonEdgeWorker::Always}) {
            const LoadResult late = readGraphJson(edgesBeforeNodes(), QStringLiteral("g.json"), limits, worker);
            QVERIFY2(late.ok(), qPrintable(diagnosticLines(late.diagnostics).join(QLatin1Char('\n'))));
            QCOMPARE(late.document->graph.edgeCount(), 6000);
            QCOMPARE(late.document->graph.nodeId(late.document->graph.edgeSource(41)),
                     QStringLiteral("a-rather-long-node-id-A1"));
        }
    }

    void mappedFileSameAsBuffer_data()
    {
        QTest::addColumn<QByteArray>("text");
        // Over 12 MB of edges, so that pages of the mapping are dropped
        // behind the parser (and read back where needed).
        QTest::addRow("large") << graph(997, 250000, [](int i) {
            return i % 40000 == 9 ? QByteArray("\"source\": \"n3\", \"target\": \"n3\"") : richEdge(i);
        });
        QTest::addRow("large, unknown endpoint at the end") << graph(997, 250000, [](int i) {
            return i == 249990 ? QByteArray("\"source\": \"n3\", \"target\": \"nowhere\"") : richEdge(i);
        });
        QTest::addRow("large, with a byte order mark") << QByteArray("\xEF\xBB\xBF") + graph(997, 250000, richEdge);
    }

    void mappedFileSameAsBuffer()
    {
        // loadGraphFile maps the file and lets its pages go while it reads;
        // readGraphJson parses a buffer in memory. Same result.
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("large.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), text.size());
        file.close();
        QVERIFY(text.size() > (16 << 20));
        const QStringList mapped = describe(loadGraphFile(path));
        const QStringList buffer = describe(readGraphJson(text, path, LoadLimits{}, JsonEdgeWorker::Never));
        QVERIFY(buffer.size() > 1);
        QCOMPARE(mapped.size(), buffer.size());
        for (qsizetype i = 0; i < buffer.size(); ++i)
            QCOMPARE(mapped[i], buffer[i]);
    }
};

QTEST_GUILESS_MAIN(TestJsonEdgeWorker)
#include "tst_jsonedgeworker.moc"
