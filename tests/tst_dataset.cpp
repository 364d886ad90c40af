// Checks the facts of the bundled dataset (resources/data/summit-2025.entente.json)
// against the seed article: who is in ESTIA, which partnerships exist, and that
// every relation is backed by a cited source.
#include "io/graphio.h"
#include "model/relationshipgraph.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TestDataset : public QObject
{
    Q_OBJECT

private:
    RelationshipGraph m_graph;
    QString m_dialect;

    bool hasEdge(const QString &a, const QString &b, const QString &relation) const
    {
        const auto na = m_graph.findNode(a);
        const auto nb = m_graph.findNode(b);
        if (!na || !nb)
            return false;
        const auto neighbours = m_graph.neighbours(*na);
        const auto edges = m_graph.incidentEdges(*na);
        for (size_t i = 0; i < neighbours.size(); ++i) {
            if (neighbours[i] == *nb && m_graph.edgeRelation(edges[i]) == relation)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        const QString path = QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const LoadResult result = readGraphJson(file.readAll(), path);
        QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
        // The bundled file must load cleanly: a warning would be shown to every user.
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(formatDiagnostics(result.diagnostics)));
        m_graph = result.document->graph;
        m_dialect = result.document->dialect;
    }

    void isNativeFormat()
    {
        QCOMPARE(m_dialect, u"entente"_s);
        QCOMPARE(m_graph.title(), u"Franco-German Digital Sovereignty Summit 2025"_s);
    }

    void estiaHasExactlyTheTwelveSignatories()
    {
        const auto estia = m_graph.findNode(u"estia"_s);
        QVERIFY(estia);
        QCOMPARE(m_graph.nodeKind(*estia), u"alliance"_s);
        QCOMPARE(m_graph.nodeDate(*estia), u"2025-11-18"_s);

        QSet<QString> members;
        for (EdgeIndex e = 0; e < EdgeIndex(m_graph.edgeCount()); ++e) {
            if (m_graph.edgeRelation(e) != u"membership")
                continue;
            QCOMPARE(m_graph.edgeTarget(e), *estia);   // member -> alliance
            QCOMPARE(m_graph.edgeDate(e), u"2025-11-18"_s);
            members.insert(m_graph.nodeId(m_graph.edgeSource(e)));
        }
        const QSet<QString> expected = {
            u"a1"_s, u"airbus"_s, u"dassault-systemes"_s, u"deutsche-telekom"_s,
            u"evroc"_s, u"opennebula"_s, u"orange"_s, u"ovhcloud"_s,
            u"post-luxembourg"_s, u"schwarz-digits"_s, u"sopra-steria"_s, u"tim"_s};
        QCOMPARE(members, expected);
    }

    void pairExists_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("relation");
        QTest::addColumn<bool>("fromArticle");
        QTest::addRow("SAP-Mistral AI") << u"sap"_s << u"mistral-ai"_s << u"partnership"_s << true;
        QTest::addRow("Delos-Bleu") << u"delos"_s << u"bleu"_s << u"partnership"_s << true;
        QTest::addRow("Mistral AI-Helsing") << u"mistral-ai"_s << u"helsing"_s << u"partnership"_s << true;
        QTest::addRow("Allianz-Parloa") << u"allianz"_s << u"parloa"_s << u"partnership"_s << true;
        QTest::addRow("Mercedes-Benz-Black Forest Labs")
            << u"mercedes-benz"_s << u"black-forest-labs"_s << u"partnership"_s << true;
        QTest::addRow("Amazon supplies SAP") << u"amazon"_s << u"sap"_s << u"supplier"_s << true;
        QTest::addRow("Microsoft supplies SAP") << u"microsoft"_s << u"sap"_s << u"supplier"_s << true;
        QTest::addRow("Google supplies SAP") << u"google"_s << u"sap"_s << u"supplier"_s << true;
        QTest::addRow("Charité in project")
            << u"charite"_s << u"biological-superintelligence"_s << u"participation"_s << true;
        QTest::addRow("Gustave Roussy in project")
            << u"gustave-roussy"_s << u"biological-superintelligence"_s << u"participation"_s << true;
        QTest::addRow("Owkin in project")
            << u"owkin"_s << u"biological-superintelligence"_s << u"participation"_s << true;
        QTest::addRow("Delos subsidiary of SAP") << u"delos"_s << u"sap"_s << u"subsidiary"_s << false;
        QTest::addRow("Bleu JV of Orange") << u"bleu"_s << u"orange"_s << u"joint-venture"_s << false;
        QTest::addRow("Bleu JV of Capgemini") << u"bleu"_s << u"capgemini"_s << u"joint-venture"_s << false;
    }

    void pairExists()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, relation);
        QFETCH(bool, fromArticle);
        QVERIFY2(hasEdge(a, b, relation), qPrintable(a + u" -- "_s + b));
        // Find the edge again to check its provenance.
        const NodeIndex na = *m_graph.findNode(a);
        const NodeIndex nb = *m_graph.findNode(b);
        for (EdgeIndex e = 0; e < EdgeIndex(m_graph.edgeCount()); ++e) {
            const bool same = (m_graph.edgeSource(e) == na && m_graph.edgeTarget(e) == nb)
                || (m_graph.edgeSource(e) == nb && m_graph.edgeTarget(e) == na);
            if (!same || m_graph.edgeRelation(e) != relation)
                continue;
            const QStringList sources = m_graph.edgeSources(e);
            const QString quote = attributeValue(m_graph.edgeAttributes(e), u"quote").toString();
            if (fromArticle) {
                QVERIFY(sources.contains(u"dpa-2025-11-18"_s));
                QVERIFY2(!quote.isEmpty(), "an article fact quotes its sentence");
            } else {
                // Background facts: not from the article, so no article date or quote.
                QCOMPARE(sources, QStringList{u"background"_s});
                QVERIFY(m_graph.edgeDate(e).isEmpty());
                QVERIFY(quote.isEmpty());
            }
        }
    }

    void everyEdgeCitesAKnownSource()
    {
        QSet<QString> known;
        for (const QJsonValue &source : m_graph.sources())
            known.insert(source.toObject().value(u"id").toString());
        QCOMPARE(known, (QSet<QString>{u"dpa-2025-11-18"_s, u"background"_s}));
        for (const QJsonValue &source : m_graph.sources()) {
            const QJsonObject object = source.toObject();
            if (object.value(u"id") == u"dpa-2025-11-18"_s) {
                QCOMPARE(object.value(u"publisher").toString(), u"dpa"_s);
                QCOMPARE(object.value(u"date").toString(), u"2025-11-18"_s);
                QCOMPARE(object.value(u"title").toString(), u"Milliarden-Kooperationen für europäische KI"_s);
            }
        }

        QVERIFY(m_graph.edgeCount() > 0);
        for (EdgeIndex e = 0; e < EdgeIndex(m_graph.edgeCount()); ++e) {
            const QString what = m_graph.nodeId(m_graph.edgeSource(e)) + u" -> "_s
                + m_graph.nodeId(m_graph.edgeTarget(e));
            const QStringList sources = m_graph.edgeSources(e);
            QVERIFY2(!sources.isEmpty(), qPrintable(what));
            for (const QString &source : sources)
                QVERIFY2(known.contains(source), qPrintable(what + u": "_s + source));
            QVERIFY2(!m_graph.edgeRelation(e).isEmpty(), qPrintable(what));
            // What the article states is quoted from it; the date is the summit's or none.
            const QString quote = attributeValue(m_graph.edgeAttributes(e), u"quote").toString();
            QCOMPARE(sources.contains(u"dpa-2025-11-18"_s), !quote.isEmpty());
            const QString date = m_graph.edgeDate(e);
            QVERIFY2(date.isEmpty() || date == u"2025-11-18", qPrintable(what));
        }
    }

    void everyNodeHasKindCountrySectorAndTranslations()
    {
        QVERIFY(m_graph.nodeCount() > 0);
        const QSet<QString> kinds = {u"company"_s, u"alliance"_s, u"initiative"_s,
                                     u"institution"_s, u"project"_s, u"event"_s};
        for (NodeIndex n = 0; n < NodeIndex(m_graph.nodeCount()); ++n) {
            const QString id = m_graph.nodeId(n);
            QVERIFY2(kinds.contains(m_graph.nodeKind(n)), qPrintable(id));
            QVERIFY2(!m_graph.nodeCountries(n).isEmpty(), qPrintable(id));
            QVERIFY2(!m_graph.nodeSectors(n).isEmpty(), qPrintable(id));
            QVERIFY2(!m_graph.nodeLabel(n).isEmpty(), qPrintable(id));
            QVERIFY2(m_graph.degree(n) > 0, qPrintable(id));
            for (const QStringView key : {u"description", u"description_de", u"description_fr"})
                QVERIFY2(!attributeValue(m_graph.nodeAttributes(n), key).toString().isEmpty(),
                         qPrintable(id + u": "_s + key.toString()));
        }
    }

    void countries_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("countries");
        QTest::addRow("Owkin") << u"owkin"_s << QStringList{u"FR"_s, u"US"_s};
        QTest::addRow("Black Forest Labs") << u"black-forest-labs"_s << QStringList{u"DE"_s, u"FR"_s};
        QTest::addRow("Airbus") << u"airbus"_s << QStringList{u"NL"_s, u"FR"_s, u"DE"_s};
        QTest::addRow("SAP") << u"sap"_s << QStringList{u"DE"_s};
        QTest::addRow("Mistral AI") << u"mistral-ai"_s << QStringList{u"FR"_s};
        QTest::addRow("ESTIA") << u"estia"_s << QStringList{u"EU"_s};
    }

    void countries()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, countries);
        const auto n = m_graph.findNode(id);
        QVERIFY(n);
        QCOMPARE(m_graph.nodeCountries(*n), countries);
    }

    void summitCarriesTheTotal()
    {
        const auto summit = m_graph.findNode(u"summit-2025"_s);
        QVERIFY(summit);
        QCOMPARE(m_graph.nodeKind(*summit), u"event"_s);
        QCOMPARE(m_graph.nodeDate(*summit), u"2025-11-18"_s);
        QCOMPARE(attributeValue(m_graph.nodeAttributes(*summit), u"agreements").toInt(), 18);
        QCOMPARE(m_graph.nodeVolume(*summit), 1e9);   // "rund einer Milliarde Euro"
        QVERIFY(hasEdge(u"eu-aici"_s, u"summit-2025"_s, u"participation"_s));
        QVERIFY(hasEdge(u"estia"_s, u"summit-2025"_s, u"participation"_s));
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
