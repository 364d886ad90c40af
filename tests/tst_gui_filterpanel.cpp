#include "analysispanel.h"
#include "filterpanel.h"
#include "graphview.h"
#include "filter/filterexpression.h"
#include "io/graphio.h"
#include "mainwindow.h"
#include "rangeslider.h"

#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
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

qsizetype shownEdgeCount(const FilterPanel &panel)
{
    const std::vector<quint8> edges = panel.edgeVisibility();
    if (edges.empty())
        return panel.graph().edgeCount();
    return std::count(edges.begin(), edges.end(), quint8(1));
}

RelationshipGraph loadGraph(const QString &path)
{
    const LoadResult loaded = loadGraphFile(path);
    if (!loaded.ok())
        qFatal("%s", qPrintable(formatDiagnostics(loaded.diagnostics)));
    return loaded.document->graph;
}

const QString edgeFacetsFile = QStringLiteral(ENTENTE_TEST_DATA "/filter/edgefacets.entente.json");

} // namespace

class TestGuiFilterPanel : public QObject
{
    Q_OBJECT

private:
    RelationshipGraph m_summit;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
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

    // The small file's relations run from 2019-03 to 2024-02: the slider
    // steps are months, 60 of them.
    void dateSliderKeyboard()
    {
        FilterPanel panel;
        panel.setGraph(loadGraph(edgeFacetsFile));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *slider = panel.findChild<RangeSlider *>(u"dateRange"_s);
        QVERIFY(slider);
        QVERIFY(slider->isVisible());
        QCOMPARE(slider->minimum(), 0);
        QCOMPARE(slider->maximum(), 59);
        QCOMPARE(slider->lower(), 0);
        QCOMPARE(slider->upper(), 59);
        // The histogram: one bar per calendar quarter (60 months would make
        // needles), the relations starting in it; the first quarter is cut to
        // March 2019.
        QCOMPARE(qsizetype(slider->histogram().size()), 21);
        QCOMPARE(slider->histogram()[0].last, 0);
        QCOMPARE(slider->histogram()[1].first, 1);
        QCOMPARE(slider->histogram()[1].last, 3);
        QCOMPARE(slider->histogram()[20].last, 59);
        qint64 dated = 0;
        for (const RangeSlider::Bin &bin : slider->histogram())
            dated += bin.count;
        QCOMPARE(dated, 7);   // e7 has no date
        QCOMPARE(slider->histogram()[8].first, 22);   // 2021-01..03: e3
        QCOMPARE(slider->histogram()[8].count, 1);
        QCOMPARE(slider->histogram()[6].count, 1);    // 2020-07..09: e2

        slider->setFocus(Qt::TabFocusReason);
        QCOMPARE(slider->focusedHandle(), RangeSlider::Lower);
        QSignalSpy changed(&panel, &FilterPanel::filterChanged);
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.expression(), u"since:2019-04-01"_s);
        QCOMPARE(panel.findChild<QLineEdit *>(u"filterExpression"_s)->text(), u"since:2019-04-01"_s);
        QCOMPARE(shownEdgeCount(panel), 6);   // e1 (2019-03) and the undated e7 go
        QCOMPARE(panel.result().shownNodes, 6);

        // Tab goes to the upper handle; a page is a year.
        QTest::keyClick(slider, Qt::Key_Tab);
        QCOMPARE(slider->focusedHandle(), RangeSlider::Upper);
        QVERIFY(slider->hasFocus());
        QTest::keyClick(slider, Qt::Key_PageDown);
        QCOMPARE(panel.expression(), u"since:2019-04-01 until:2023-02-28"_s);
        QCOMPARE(shownEdgeCount(panel), 4);   // e2 e3 e4 e5
        QCOMPARE(panel.summary(), u"5 of 6 nodes, 4 of 8 edges"_s);   // Alpha has none left
        QCOMPARE(panel.findChild<QLabel *>(u"dateRangeText"_s)->text(),
                 u"2019-04-01 to 2023-02-28"_s);
        // Home on the upper handle stops at the lower one.
        QTest::keyClick(slider, Qt::Key_Home);
        QCOMPARE(slider->upper(), slider->lower());
        QCOMPARE(panel.expression(), u"since:2019-04-01 until:2019-04-30"_s);
        // End takes the bound away again.
        QTest::keyClick(slider, Qt::Key_End);
        QCOMPARE(panel.expression(), u"since:2019-04-01"_s);

        panel.findChild<QPushButton *>(u"clearFilter"_s)->click();
        QCOMPARE(slider->lower(), 0);
        QCOMPARE(slider->upper(), 59);
    }

    void dateSliderFollowsTheExpression()
    {
        FilterPanel panel;
        panel.setGraph(loadGraph(edgeFacetsFile));
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto *slider = panel.findChild<RangeSlider *>(u"dateRange"_s);
        auto *text = panel.findChild<QLineEdit *>(u"filterExpression"_s);
        QTest::keyClicks(text, u"since:2021-01-15 until:2022"_s);
        QCOMPARE(slider->lower(), 22);   // 2021-01
        QCOMPARE(slider->upper(), 45);   // 2022-12
        QCOMPARE(panel.findChild<QLabel *>(u"dateRangeText"_s)->text(), u"2021-01-15 to 2022-12-31"_s);
        // Moving one handle leaves the other bound as typed.
        slider->setFocus(Qt::BacktabFocusReason);
        QCOMPARE(slider->focusedHandle(), RangeSlider::Upper);
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(text->text(), u"since:2021-01-15 until:2023-01-31"_s);

        // A click on the track moves the nearer handle there.
        const QRect lowerHandle = slider->handleRect(RangeSlider::Lower);
        QTest::mouseClick(slider, Qt::LeftButton, {},
                          QPoint(lowerHandle.center().x() - 3 * (lowerHandle.width()),
                                 lowerHandle.center().y()));
        QVERIFY(slider->lower() < 22);
        QVERIFY(slider->lower() > 0);
        QCOMPARE(panel.filter().since, QDate(2019, 3, 1).addMonths(slider->lower()));
        QCOMPARE(panel.filter().until, QDate(2023, 1, 31));
    }

    void dateSliderIsAccessible()
    {
        FilterPanel panel;
        panel.setGraph(loadGraph(edgeFacetsFile));
        panel.show();
        auto *slider = panel.findChild<RangeSlider *>(u"dateRange"_s);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(slider);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), u"Date range"_s);
        QCOMPARE(iface->childCount(), 2);
        QAccessibleInterface *from = iface->child(0);
        QAccessibleInterface *to = iface->child(1);
        QVERIFY(from && to);
        QCOMPARE(from->role(), QAccessible::Slider);
        QCOMPARE(from->text(QAccessible::Name), u"From date"_s);
        QCOMPARE(to->text(QAccessible::Name), u"To date"_s);
        QCOMPARE(from->text(QAccessible::Value), u"2019-03"_s);
        QCOMPARE(to->text(QAccessible::Value), u"2024-02"_s);
        QCOMPARE(iface->indexOfChild(to), 1);
        QCOMPARE(from->parent(), iface);
        QAccessibleValueInterface *value = to->valueInterface();
        QVERIFY(value);
        QCOMPARE(value->maximumValue().toInt(), 59);
        value->setCurrentValue(33);   // 2021-12
        QCOMPARE(panel.expression(), u"until:2021-12-31"_s);
        QCOMPARE(to->text(QAccessible::Value), u"2021-12"_s);
    }

    // Every relation of the summit is dated 2025-11-18: the slider shows that
    // month day by day.
    void dateSliderOnASingleDay()
    {
        FilterPanel panel;
        panel.setGraph(m_summit);
        auto *slider = panel.findChild<RangeSlider *>(u"dateRange"_s);
        QCOMPARE(slider->maximum(), 29);   // November's 30 days
        QCOMPARE(slider->histogram()[17].count, 32);
        QCOMPARE(panel.findChild<QLabel *>(u"dateRangeText"_s)->text(), u"any (all on 2025-11-18)"_s);
        slider->moveHandle(RangeSlider::Lower, 17);
        QCOMPARE(panel.expression(), u"since:2025-11-18"_s);
        QCOMPARE(panel.result().shownEdges, 32);   // the undated six go
    }

    void degreeRange()
    {
        FilterPanel panel;
        panel.setGraph(m_summit);
        auto *min = panel.findChild<QSpinBox *>(u"degreeMin"_s);
        auto *max = panel.findChild<QSpinBox *>(u"degreeMax"_s);
        QVERIFY(min && max);
        QCOMPARE(min->value(), 0);
        QCOMPARE(max->value(), 13);
        QCOMPARE(max->maximum(), 13);
        min->setValue(10);
        QCOMPARE(panel.expression(), u"degree:10.."_s);
        QCOMPARE(panel.result().shownNodes, 2);   // ESTIA and the summit
        max->setValue(12);
        QCOMPARE(panel.expression(), u"degree:10..12"_s);
        QCOMPARE(panel.result().shownNodes, 1);
        // Passing the other box drags it along.
        max->setValue(4);
        QCOMPARE(min->value(), 4);
        QCOMPARE(panel.expression(), u"degree:4"_s);

        QVERIFY(panel.setExpression(u"degree:2..4 country:FR"_s));
        QCOMPARE(min->value(), 2);
        QCOMPARE(max->value(), 4);
        min->setValue(0);
        max->setValue(13);
        QCOMPARE(panel.expression(), u"country:FR"_s);
    }

    // Edge attributes with few values are facets: the summit's "role".
    void edgeFacet()
    {
        FilterPanel panel;
        panel.setGraph(m_summit);
        QTreeWidgetItem *announced = valueItem(panel, u"role"_s, u"announced an agreement"_s);
        QVERIFY(announced);
        QCOMPARE(announced->text(1), u"9"_s);
        announced->setCheckState(0, Qt::Checked);
        QCOMPARE(panel.expression(), u"role:\"announced an agreement\""_s);
        QCOMPARE(shownEdgeCount(panel), 9);
        QCOMPARE(panel.result().shownNodes, 32);   // nodes are unaffected...
        panel.findChild<QCheckBox *>(u"hideIsolated"_s)->click();
        QCOMPARE(panel.result().shownNodes, 10);   // ...but by hide:isolated
        // The relation counts follow the role chosen.
        QCOMPARE(valueItem(panel, u"relation"_s, u"participation"_s)->text(1), u"9"_s);
        QCOMPARE(valueItem(panel, u"relation"_s, u"partnership"_s)->text(1), u"0"_s);

        QVERIFY(panel.setExpression(u"-role:\"announced an agreement\" relation:partnership"_s));
        QCOMPARE(checkedValues(panel, u"role"_s), QStringList({u"announced an agreement"_s}));
        QCOMPARE(shownEdgeCount(panel), 5);
    }

    void edgeFacetOfASmallFile()
    {
        FilterPanel panel;
        panel.setGraph(loadGraph(edgeFacetsFile));
        for (const QString &facet : {u"status"_s, u"channel"_s, u"edge.region"_s, u"region"_s})
            QVERIFY2(panel.findChild<QWidget *>(u"facet-"_s + facet), qPrintable(facet));
        // Sorted by count.
        auto *list = panel.findChild<QWidget *>(u"facet-status"_s)->findChild<QTreeWidget *>();
        QCOMPARE(list->topLevelItem(2)->text(0), u"rumoured"_s);
        valueItem(panel, u"channel"_s, u"press"_s)->setCheckState(0, Qt::Checked);
        QCOMPARE(panel.expression(), u"channel:press"_s);
        QCOMPARE(valueItem(panel, u"status"_s, u"announced"_s)->text(1), u"2"_s);
        QCOMPARE(valueItem(panel, u"status"_s, u"signed"_s)->text(1), u"1"_s);
        QCOMPARE(shownEdgeCount(panel), 4);
    }

    // Computing the metrics in the Analysis dock adds "community" and
    // "component" facets; checking a community hides the other nodes in the
    // view and the status bar shows the filter.
    void communityFacetAfterComputing()
    {
        MainWindow window;
        window.graphView()->setAnimated(false);
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(MainWindow::bundledDatasetPath()));
        FilterPanel *filters = window.filterPanel();
        QVERIFY(!filters->findChild<QWidget *>(u"facet-community"_s));
        QVERIFY(!parseFilterExpression(u"community:0", &filters->index()).ok());

        AnalysisPanel *analysis = window.analysisPanel();
        QSignalSpy computed(analysis, &AnalysisPanel::metricsComputed);
        analysis->setScope(AnalysisPanel::Scope::WholeGraph);
        analysis->compute();
        QVERIFY(computed.wait(30000) || computed.count() > 0);

        QTRY_VERIFY(filters->findChild<QWidget *>(u"facet-community"_s));
        QVERIFY(filters->findChild<QWidget *>(u"facet-component"_s));
        const std::vector<double> community = analysis->metricColumns().value(u"community"_s);
        QCOMPARE(qsizetype(community.size()), 32);
        qsizetype inFirst = 0;
        for (double c : community)
            inFirst += c == 0;
        QTreeWidgetItem *first = valueItem(*filters, u"community"_s, u"0"_s);
        QVERIFY(first);
        QCOMPARE(first->text(1), QString::number(inFirst));
        first->setCheckState(0, Qt::Checked);
        QCOMPARE(filters->expression(), u"community:0"_s);
        QCOMPARE(filters->result().matchingNodes, inFirst);
        for (qsizetype n = 0; n < 32; ++n) {
            QTRY_COMPARE(window.graphView()->effectiveNodeState(NodeIndex(n)),
                         community[n] == 0 ? NodeState::Shown : NodeState::Hidden);
        }
        bool shown = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            shown = shown || label->text().startsWith(u"Filter: community:0 · "_s);
        QVERIFY(shown);
        // Export takes the dock's filter, community included.
        const GraphDocument document{filters->graph(), NodePositions(32), u"entente"_s};
        QCOMPARE(filters->filteredDocument(document).graph.nodeCount(), inFirst);
        QVERIFY(inFirst < 32);
    }

    // The window's filter dock drives the view: moving the date slider hides
    // what falls outside.
    void dateSliderChangesTheView()
    {
        MainWindow window;
        window.graphView()->setAnimated(false);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(edgeFacetsFile));
        auto *slider = window.filterPanel()->findChild<RangeSlider *>(u"dateRange"_s);
        QVERIFY(slider);
        const NodeIndex alpha = *window.filterPanel()->graph().findNode(u"a"_s);
        QCOMPARE(window.graphView()->effectiveNodeState(alpha), NodeState::Shown);
        slider->setFocus(Qt::BacktabFocusReason);
        QTest::keyClick(slider, Qt::Key_PageDown);   // until 2023-02
        QTest::keyClick(slider, Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(slider->focusedHandle(), RangeSlider::Lower);
        QTest::keyClick(slider, Qt::Key_Right);      // since 2019-04
        QCOMPARE(window.filterPanel()->expression(), u"since:2019-04-01 until:2023-02-28"_s);
        QTRY_COMPARE(window.graphView()->effectiveNodeState(alpha), NodeState::Hidden);
        window.filterPanel()->clear();
        QTRY_COMPARE(window.graphView()->effectiveNodeState(alpha), NodeState::Shown);
    }
};

QTEST_MAIN(TestGuiFilterPanel)
#include "tst_gui_filterpanel.moc"
