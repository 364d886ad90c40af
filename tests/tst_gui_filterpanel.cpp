#include "filterpanel.h"
#include "io/graphio.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

QTreeWidgetItem *valueItem(FilterPanel &panel, const QString &facet, const QString &value)
{
    auto *section = panel.findChild<QWidget *>(u"facet-"_s + facet);
    if (!section)
        return nullptr;
    auto *list = section->findChild<QTreeWidget *>();
    const auto items = list->findItems(value, Qt::MatchExactly, 0);
    return items.size() == 1 ? items.first() : nullptr;
}

QStringList checkedValues(FilterPanel &panel, const QString &facet)
{
    QStringList values;
    auto *section = panel.findChild<QWidget *>(u"facet-"_s + facet);
    auto *list = section->findChild<QTreeWidget *>();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->checkState(0) == Qt::Checked)
            values.append(list->topLevelItem(i)->text(0));
    }
    values.sort();
    return values;
}

} // namespace

class TestGuiFilterPanel : public QObject
{
    Q_OBJECT

private:
    RelationshipGraph m_summit;

private slots:
    void initTestCase()
    {
        const LoadResult loaded =
            loadGraphFile(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/data/summit-2025.entente.json"));
        QVERIFY2(loaded.ok(), qPrintable(formatDiagnostics(loaded.diagnostics)));
        m_summit = loaded.document->graph;
    }

    void checkingACountryHidesTheOthers()
    {
        FilterPanel panel;
        panel.setGraph(m_summit);
        panel.show();
        QVERIFY(panel.nodeStates().empty());   // nothing filtered yet
        QSignalSpy changed(&panel, &FilterPanel::filterChanged);

        QTreeWidgetItem *france = valueItem(panel, u"country"_s, u"FR"_s);
        QVERIFY(france);
        QCOMPARE(france->text(1), u"13"_s);
        france->setCheckState(0, Qt::Checked);

        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.expression(), u"country:FR"_s);
        QCOMPARE(panel.findChild<QLineEdit *>(u"filterExpression"_s)->text(), u"country:FR"_s);
        const std::vector<NodeState> states = panel.nodeStates();
        QCOMPARE(qsizetype(states.size()), m_summit.nodeCount());
        for (qsizetype n = 0; n < m_summit.nodeCount(); ++n) {
            const bool french = m_summit.nodeCountries(NodeIndex(n)).contains(u"FR"_s);
            QCOMPARE(states[n], french ? NodeState::Shown : NodeState::Hidden);
        }
        const std::vector<quint8> edges = panel.edgeVisibility();
        QCOMPARE(std::count(edges.begin(), edges.end(), quint8(1)), 8);
        QCOMPARE(panel.findChild<QLabel *>(u"filterSummary"_s)->text(),
                 u"13 of 32 nodes, 8 of 38 edges"_s);
        // Faceted counts: among French entities, ten are companies; checking
        // Germany too would show the 13 German ones.
        QCOMPARE(valueItem(panel, u"kind"_s, u"company"_s)->text(1), u"10"_s);
        QCOMPARE(valueItem(panel, u"country"_s, u"DE"_s)->text(1), u"13"_s);

        // Dimming keeps the others drawn, faded.
        panel.findChild<QCheckBox *>(u"dimFilteredOut"_s)->click();
        QVERIFY(panel.dimsFilteredOut());
        QCOMPARE(changed.count(), 2);
        for (NodeState state : panel.nodeStates())
            QVERIFY(state != NodeState::Hidden);

        panel.findChild<QPushButton *>(u"clearFilter"_s)->click();
        QVERIFY(panel.nodeStates().empty());
        QCOMPARE(panel.expression(), QString());
        QCOMPARE(france->checkState(0), Qt::Unchecked);
    }

    void typingAnExpressionUpdatesTheChecks()
    {
        FilterPanel panel;
        panel.setGraph(m_summit);
        panel.show();
        auto *text = panel.findChild<QLineEdit *>(u"filterExpression"_s);
        QVERIFY(text);
        QTest::keyClicks(text, u"country:DE,FR kind:company -relation:supplier"_s);

        QCOMPARE(checkedValues(panel, u"country"_s), QStringList({u"DE"_s, u"FR"_s}));
        QCOMPARE(checkedValues(panel, u"kind"_s), QStringList({u"company"_s}));
        QCOMPARE(checkedValues(panel, u"relation"_s), QStringList({u"supplier"_s}));
        QVERIFY(panel.findChild<QWidget *>(u"facet-relation"_s)
                    ->findChild<QCheckBox *>()->isChecked());   // "Exclude"
        QCOMPARE(panel.result().matchingNodes, 18);
        // The text stays as typed; the canonical form is what expression() gives.
        QCOMPARE(text->text(), u"country:DE,FR kind:company -relation:supplier"_s);
        QCOMPARE(panel.expression(), u"country:DE,FR kind:company -relation:supplier"_s);

        // Unchecking in the dock rewrites the text.
        valueItem(panel, u"country"_s, u"DE"_s)->setCheckState(0, Qt::Unchecked);
        QCOMPARE(text->text(), u"country:FR kind:company -relation:supplier"_s);
    }

    void invalidExpressionKeepsTheFilter()
    {
        FilterPanel panel;
        panel.setGraph(m_summit);
        QVERIFY(panel.setExpression(u"owkin show:neighbours"_s));
        QCOMPARE(panel.result().shownNodes, 2);
        QVERIFY(panel.findChild<QCheckBox *>(u"keepNeighbours"_s)->isChecked());
        QVERIFY(!panel.findChild<QCheckBox *>(u"hideIsolated"_s)->isChecked());

        QVERIFY(!panel.setExpression(u"contry:DE"_s));
        QCOMPARE(panel.errorText(), u"unknown facet \"contry\" (did you mean \"country\"?)"_s);
        QCOMPARE(panel.findChild<QLabel *>(u"filterError"_s)->text(),
                 u"Column 1: unknown facet \"contry\" (did you mean \"country\"?)"_s);
        QCOMPARE(panel.expression(), u"owkin show:neighbours"_s);
        QCOMPARE(panel.result().neighbourNodes, 1);

        // Typing a half-finished expression shows the problem after a pause.
        auto *text = panel.findChild<QLineEdit *>(u"filterExpression"_s);
        text->clear();
        QTest::keyClicks(text, u"sector:\"AI"_s);
        QTRY_COMPARE(panel.errorText(), u"unterminated quote"_s);
        QTest::keyClicks(text, u" for biology\""_s);
        QCOMPARE(panel.errorText(), QString());
        QCOMPARE(panel.result().matchingNodes, 2);
    }
};

QTEST_MAIN(TestGuiFilterPanel)
#include "tst_gui_filterpanel.moc"
