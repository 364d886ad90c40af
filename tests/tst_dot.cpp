#include "io/dotreader.h"
#include "readertestsupport.h"

#include <thread>
#include <QtTest>

using namespace entente;
using namespace entente::testsupport;
using namespace Qt::StringLiterals;

class TestDot : public QObject
{
    Q_OBJECT

    static LoadResult load(const QString &name, const LoadLimits &limits = {})
    {
        return readDot(readAll(dataDir(u"dot"_s, u"valid"_s) + u'/' + name), name, limits);
    }

private slots:
    void validFilesLoad_data() { addFileRows(dataDir(u"dot"_s, u"valid"_s), {u".gv"_s, u".dot"_s}); }
    void validFilesLoad()
    {
        QFETCH(QString, path);
        const LoadResult result = readDot(readAll(path), fileNameOf(path));
        checkDocument(result);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(result.document->graph.nodeCount() > 0);
        QCOMPARE(result.document->dialect, u"dot"_s);
        // Graphviz's example graphs: the counts Graphviz's gc gives, and our warnings.
        if (QFile::exists(path + u".expected"_s)) {
            QString summary = u"nodes %1\nedges %2\n"_s.arg(result.document->graph.nodeCount())
                                  .arg(result.document->graph.edgeCount());
            if (!result.diagnostics.isEmpty())
                summary += formatDiagnostics(result.diagnostics) + u'\n';
            QCOMPARE(summary, QString::fromUtf8(readAll(path + u".expected"_s)));
        }
    }

    // charset=latin1 (Graphviz's Latin1.gv): names and labels are Latin-1 bytes.
    void latin1Charset()
    {
        const LoadResult result = load(u"graphviz_Latin1.gv"_s);
        QVERIFY(result.ok());
        const auto a = result.document->graph.findNode(u"a"_s);
        QVERIFY(a);
        QCOMPARE(result.document->graph.nodeLabel(*a),
                 u"áâãäåæçèéêëìíîïðñòóôõöøùúûü"_s);
        // Without the attribute the same bytes are UTF-8.
        const LoadResult utf8 = readDot("digraph { \"\xc3\xa9t\xc3\xa9\" }", u"utf8.gv"_s);
        QVERIFY(utf8.ok());
        QVERIFY(utf8.document->graph.findNode(u"été"_s));
    }

    void invalidFilesReportTheirProblems_data() { addFileRows(dataDir(u"dot"_s, u"invalid"_s), {u".gv"_s, u".dot"_s}); }
    void invalidFilesReportTheirProblems()
    {
        QFETCH(QString, path);
        const LoadResult result = readDot(readAll(path), fileNameOf(path));
        QVERIFY(!result.ok());
        compareWithExpected(result.diagnostics, path);
    }

    // After a syntax error cgraph's parser must still read the next file.
    void parserRecoversAfterErrors()
    {
        // Text after the first graph must not leak into the next parse.
        QVERIFY(readDot("graph { a }  graph { b }", u"two.gv"_s).ok());
        QCOMPARE(readDot("graph { a -- }", u"bad.gv"_s).diagnostics.value(0).toString(),
                 u"bad.gv:1: syntax error near '}'"_s);
        QVERIFY(readDot("graph { a }\n\n\n", u"trailing.gv"_s).ok());
        QCOMPARE(readDot("}", u"bad.gv"_s).diagnostics.value(0).line, 1);
        QVERIFY(!readDot("digraph { a -> ; }", u"bad.gv"_s).ok());
        const LoadResult result = readDot("graph {\n a -- b\n}", u"good.gv"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.document->graph.edgeCount(), 1);
        const LoadResult bad = readDot("graph {\n\n\n a -> b }", u"bad.gv"_s);
        QCOMPARE(bad.diagnostics.value(0).line, 4);
    }

    void clustersBecomeAnAttribute()
    {
        const LoadResult result = load(u"clusters.gv"_s);
        QVERIFY(result.ok());
        const RelationshipGraph &g = result.document->graph;
        QVERIFY(g.isDirected());
        QCOMPARE(g.title(), u"Process clusters"_s);
        QCOMPARE(g.nodeCount(), 10);
        QCOMPARE(g.edgeCount(), 13);
        auto cluster = [&](const char *id) {
            return attributeValue(g.nodeAttributes(*g.findNode(QString::fromLatin1(id))), u"cluster");
        };
        QCOMPARE(cluster("a0"), QJsonValue(u"process #1"_s));   // by label
        QCOMPARE(cluster("b0"), QJsonValue(u"1"_s));            // by name
        QCOMPARE(cluster("b3"), QJsonValue(u"inner"_s));        // the innermost
        QVERIFY(cluster("start").isUndefined());
        // Every attribute is kept, defaults of node [...] included.
        QCOMPARE(attributeValue(g.nodeAttributes(*g.findNode(u"start"_s)), u"shape"), QJsonValue(u"Mdiamond"_s));
        QCOMPARE(attributeValue(g.nodeAttributes(*g.findNode(u"a0"_s)), u"style"), QJsonValue(u"filled"_s));
        // File order of edges.
        QCOMPARE(g.nodeId(g.edgeSource(0)), u"a0"_s);
        QCOMPARE(g.nodeId(g.edgeTarget(0)), u"a1"_s);
        QCOMPARE(g.nodeId(g.edgeSource(12)), u"b3"_s);
        QCOMPARE(g.nodeId(g.edgeTarget(12)), u"end"_s);
    }

    void modelFieldsAndPinnedPositions()
    {
        const LoadResult result = load(u"summit_attributes.dot"_s);
        QVERIFY(result.ok());
        const GraphDocument &d = *result.document;
        const RelationshipGraph &g = d.graph;
        QVERIFY(!g.isDirected());
        QCOMPARE(g.edgeCount(), 3);   // strict
        QCOMPARE(g.nodeLabel(0), u"SAP SE"_s);
        QCOMPARE(g.nodeKind(0), u"company"_s);
        QCOMPARE(g.nodeKind(2), u"alliance"_s);
        QCOMPARE(g.nodeSectors(0), (QStringList{u"software"_s, u"cloud"_s}));
        QCOMPARE(g.nodeCountries(1), QStringList{u"FR"_s});
        QCOMPARE(g.nodeVolume(0), 1.5e9);
        QCOMPARE(g.edgeRelation(0), u"partnership"_s);
        QCOMPARE(g.edgeDate(0), u"2025-11-18"_s);
        QCOMPARE(attributeValue(g.edgeAttributes(0), u"weight"), QJsonValue(u"2"_s));
        // y flipped; "!" pins.
        QCOMPARE(d.positions.at(2), QPointF(100, -200));
        QVERIFY(d.positions.pinned[2]);
        QVERIFY(!d.positions.known[0]);
    }

    void graphvizOutputKeepsItsLayout()
    {
        const LoadResult result = load(u"fsm_laid_out_by_neato.gv"_s);
        QVERIFY(result.ok());
        const GraphDocument &d = *result.document;
        QVERIFY(d.positions.allKnown());
        const NodeIndex lr0 = *d.graph.findNode(u"LR_0"_s);
        QCOMPARE(d.positions.at(lr0), QPointF(195.26, -224.41));
        QVERIFY(!d.positions.pinned[lr0]);
        QCOMPARE(attributeValue(d.graph.nodeAttributes(lr0), u"shape"), QJsonValue(u"doublecircle"_s));
        // Edge splines of the old layout are dropped, labels kept.
        QVERIFY(attributeValue(d.graph.edgeAttributes(0), u"pos").isUndefined());
        QCOMPARE(d.graph.edgeLabel(0), u"SS(B)"_s);
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        // CVE-2014-1235: an overlong token overflowed a buffer in the scanner.
        QTest::addRow("2 MB identifier") << "digraph { " + QByteArray(2 << 20, 'a') + " }"
                                         << u"big.gv:1:11: a token is longer than 1048576 bytes"_s;
        QTest::addRow("2 MB quoted string")
            << "digraph {\n a [label=\"" + QByteArray(2 << 20, 'x') + "\"] }"
            << u"big.gv:2:11: a token is longer than 1048576 bytes"_s;
        QByteArray deep = "digraph {";
        for (int i = 0; i < 100000; ++i)
            deep += "subgraph{";
        QTest::addRow("100k nested subgraphs") << deep << u"big.gv:1:585: subgraphs nested deeper than 64 levels"_s;
        QTest::addRow("unbalanced braces only") << QByteArray(200000, '}') << u"big.gv:1: syntax error near '}'"_s;
    }
    void hostileInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const LoadResult result = readDot(text, u"big.gv"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.value(0).toString(), message);
    }

    void sizeIsCappedBeforeParsing()
    {
        LoadLimits limits;
        limits.maxFileBytes = 10;
        const LoadResult result = readDot("digraph { a -> b }", u"small.gv"_s, limits);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.value(0).message, u"file is larger than 10 bytes"_s);
        limits = {};
        limits.maxEdges = 1;
        QCOMPARE(readDot("digraph { a -> b -> c }", u"e.gv"_s, limits).diagnostics.value(0).message,
                 u"more than 1 edges"_s);
        limits = {};
        limits.maxNodes = 2;
        QCOMPARE(readDot("digraph { a b c }", u"n.gv"_s, limits).diagnostics.value(0).message,
                 u"more than 2 nodes"_s);
    }

    // The facade's mutex serialises cgraph: parallel readers give the same graphs.
    void parallelReadsAreSafe()
    {
        const QByteArray text = readAll(dataDir(u"dot"_s, u"valid"_s) + u"/clusters.gv"_s);
        std::vector<qsizetype> counts(16);
        std::vector<std::thread> threads;
        for (std::size_t job = 0; job < counts.size(); ++job) {
            threads.emplace_back([&, job] {
                const LoadResult r = job % 2 ? readDot(text, u"c.gv"_s)
                                             : readDot("digraph { a -> ; }", u"bad.gv"_s);
                counts[job] = r.ok() ? r.document->graph.edgeCount() : qsizetype(-1);
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (int i = 0; i < int(counts.size()); ++i)
            QCOMPARE(counts[i], i % 2 ? qsizetype(13) : qsizetype(-1));
    }
};

QTEST_GUILESS_MAIN(TestDot)
#include "tst_dot.moc"
