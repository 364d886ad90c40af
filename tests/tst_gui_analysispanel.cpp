// The Analysis dock's panel: computes on a worker thread, fills and sorts the
// table, finds paths and ego networks, maps a filtered scope back to the
// whole graph's nodes.

#include "analysispanel.h"
#include "io/graphio.h"
#include "model/graphbuilder.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace entente;

namespace {

// Zachary's karate club, the 78 edges of networkx's karate_club_graph(), with
// labels "Member N" for the completion and the label column.
RelationshipGraph karate()
{
    const LoadResult loaded =
        loadGraphFile(QStringLiteral(ENTENTE_TEST_DATA "/analysis/karate.entente.json"));
    if (!loaded.ok())
        qFatal("karate.entente.json cannot be loaded");
    const RelationshipGraph &plain = loaded.document->graph;
    GraphBuilder builder;
    for (NodeIndex v = 0; v < NodeIndex(plain.nodeCount()); ++v)
        builder.addNode({.id = plain.nodeId(v), .label = QStringLiteral("Member ") + plain.nodeId(v)});
    for (EdgeIndex e = 0; e < EdgeIndex(plain.edgeCount()); ++e)
        builder.addEdge(plain.edgeSource(e), plain.edgeTarget(e), {});
    return builder.build();
}

QString cell(QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

} // namespace

class TestGuiAnalysisPanel : public QObject
{
    Q_OBJECT

private slots:
    void computesFillsAndSorts()
    {
        AnalysisPanel panel;
        panel.show();
        const RelationshipGraph graph = karate();
        panel.setGraph(graph);
        QSignalSpy computed(&panel, &AnalysisPanel::metricsComputed);
        QSignalSpy computing(&panel, &AnalysisPanel::computingChanged);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("compute")), Qt::LeftButton);
        QVERIFY(computed.wait(20000));
        QCOMPARE(computing.count(), 2);
        QVERIFY(!panel.isComputing());

        MetricsTableModel *model = panel.metricsModel();
        QCOMPARE(model->rowCount(), 34);
        QCOMPARE(model->columnCount(), int(MetricsTableModel::ColumnCount));
        const auto columns = computed.first().first().value<QHash<QString, std::vector<double>>>();
        QCOMPARE(columns.size(), 8);
        QCOMPARE(columns.value(QStringLiteral("betweenness")).size(), size_t(34));
        QCOMPARE(columns.value(QStringLiteral("degree"))[0], 16.0);

        // Sorting by the header: node 0 (the instructor) has the highest
        // betweenness (0.4376 in networkx), node 33 the second.
        auto *table = panel.findChild<QTableView *>(QStringLiteral("metricsTable"));
        table->sortByColumn(MetricsTableModel::Betweenness, Qt::DescendingOrder);
        QCOMPARE(cell(model, 0, MetricsTableModel::Id), QStringLiteral("0"));
        QCOMPARE(cell(model, 1, MetricsTableModel::Id), QStringLiteral("33"));
        QCOMPARE(cell(model, 0, MetricsTableModel::Betweenness), QStringLiteral("0.437635"));
        QCOMPARE(model->nodeAt(1), NodeIndex(33));
        table->sortByColumn(MetricsTableModel::Degree, Qt::AscendingOrder);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(cell(model, row - 1, MetricsTableModel::Degree).toInt()
                    <= cell(model, row, MetricsTableModel::Degree).toInt());
        QCOMPARE(cell(model, 33, MetricsTableModel::Id), QStringLiteral("33"));   // degree 17
        table->sortByColumn(MetricsTableModel::Label, Qt::AscendingOrder);
        QCOMPARE(cell(model, 0, MetricsTableModel::Label), QStringLiteral("Member 0"));

        // Activating a row names the node of the whole graph.
        QSignalSpy activated(&panel, &AnalysisPanel::nodeActivated);
        emit table->activated(model->index(1, 0));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<NodeIndex>(), model->nodeAt(1));
    }

    void filteredScopeMapsBack()
    {
        AnalysisPanel panel;
        const RelationshipGraph graph = karate();
        panel.setGraph(graph);
        // Hide the instructor (0) and everyone with an odd number.
        std::vector<quint8> visible(34, 1);
        for (int v = 0; v < 34; ++v)
            visible[size_t(v)] = v != 0 && v % 2 == 0;
        panel.setVisibleNodes(visible);
        panel.setScope(AnalysisPanel::Scope::Filtered);
        QSignalSpy computed(&panel, &AnalysisPanel::metricsComputed);
        panel.compute();
        QVERIFY(computed.wait(20000));
        QCOMPARE(panel.metricsModel()->rowCount(), 16);
        const auto &degree = panel.metricColumns().value(QStringLiteral("degree"));
        QVERIFY(std::isnan(degree[0]));
        QVERIFY(std::isnan(degree[1]));
        // Node 32 keeps its even neighbours: 2, 8, 14, 18, 20, 22, 30.
        QCOMPARE(degree[32], 7.0);
        for (int row = 0; row < 16; ++row)
            QCOMPARE(panel.metricsModel()->nodeAt(row) % 2, NodeIndex(0));

        panel.setScope(AnalysisPanel::Scope::WholeGraph);
        panel.compute();
        QVERIFY(computed.wait(20000));
        QCOMPARE(panel.metricsModel()->rowCount(), 34);

        // From the view's states: dimmed nodes (kept neighbours) are shown.
        std::vector<NodeState> states(34, NodeState::Shown);
        states[3] = NodeState::Dimmed;
        states[4] = NodeState::Hidden;
        panel.setNodeStates(states);
        panel.setScope(AnalysisPanel::Scope::Filtered);
        panel.compute();
        QVERIFY(computed.wait(20000));
        QCOMPARE(panel.metricsModel()->rowCount(), 33);

        // From the filter's result: its hidden edges are gone too. Hiding
        // 0-1 and 0-2 leaves node 0 with degree 14.
        FilterResult filter;
        filter.nodeStates.assign(34, NodeState::Shown);
        filter.nodeStates[33] = NodeState::Hidden;
        filter.edgeVisible.assign(size_t(panel.graph().edgeCount()), 1);
        for (EdgeIndex e = 0; e < EdgeIndex(panel.graph().edgeCount()); ++e) {
            const NodeIndex s = panel.graph().edgeSource(e), t = panel.graph().edgeTarget(e);
            if (s == 33 || t == 33 || (s == 0 && (t == 1 || t == 2)))
                filter.edgeVisible[e] = 0;
        }
        panel.setFilterResult(filter);
        panel.compute();
        QVERIFY(computed.wait(20000));
        QCOMPARE(panel.metricsModel()->rowCount(), 33);
        QCOMPARE(panel.metricColumns().value(QStringLiteral("degree"))[0], 14.0);
        QVERIFY(std::isnan(panel.metricColumns().value(QStringLiteral("degree"))[33]));
    }

    void findsPaths()
    {
        AnalysisPanel panel;
        panel.setGraph(karate());
        QSignalSpy found(&panel, &AnalysisPanel::pathFound);
        QSignalSpy notFound(&panel, &AnalysisPanel::pathNotFound);
        panel.findChild<QLineEdit *>(QStringLiteral("pathFrom"))->setText(QStringLiteral("Member 16"));
        panel.findChild<QLineEdit *>(QStringLiteral("pathTo"))->setText(QStringLiteral("Member 25 (25)"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("findPath")), Qt::LeftButton);
        QCOMPARE(found.count(), 1);
        const auto path = found.first().first().value<QList<NodeIndex>>();
        // networkx: shortest_path_length(G, 16, 25) == 4, e.g. 16-5-0-31-25.
        QCOMPARE(path.front(), NodeIndex(16));
        QCOMPARE(path.back(), NodeIndex(25));
        QCOMPARE(path.size(), 5);
        QVERIFY(panel.findChild<QListWidget *>(QStringLiteral("pathList"))->count() >= 6);

        panel.findChild<QLineEdit *>(QStringLiteral("pathTo"))->setText(QStringLiteral("nobody"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("findPath")), Qt::LeftButton);
        QCOMPARE(notFound.count(), 1);
        QCOMPARE(found.count(), 1);

        // Without 0 (and 31) node 16's corner (4, 5, 6, 10, 16) is cut off:
        // no path in the filtered scope, one in the whole graph.
        std::vector<quint8> visible(34, 1);
        visible[0] = 0;
        visible[31] = 0;
        panel.setVisibleNodes(visible);
        QVERIFY(!panel.findPath(16, 25));
        QCOMPARE(notFound.count(), 2);
        visible[0] = 1;
        panel.setVisibleNodes(visible);
        // The context menu's way: both ends set, the path follows.
        QSignalSpy before(&panel, &AnalysisPanel::pathFound);
        panel.setScope(AnalysisPanel::Scope::WholeGraph);
        panel.setPathTo(25);   // "from" still holds Member 16
        QCOMPARE(before.count(), 1);
        QCOMPARE(before.last().first().value<QList<NodeIndex>>().size(), 5);
        panel.setPathFrom(33);
        QCOMPARE(before.count(), 2);
        // networkx: [33, 23, 25] and [33, 31, 25]; the first in index order.
        QCOMPARE(before.last().first().value<QList<NodeIndex>>(), (QList<NodeIndex>{33, 23, 25}));
        panel.setScope(AnalysisPanel::Scope::Filtered);

        // Without 31 only: networkx gives 6 hops.
        QVERIFY(panel.findPath(16, 25));
        QCOMPARE(found.last().first().value<QList<NodeIndex>>().size(), 7);
        panel.setScope(AnalysisPanel::Scope::WholeGraph);
        QVERIFY(panel.findPath(16, 25));
        QCOMPARE(found.last().first().value<QList<NodeIndex>>().size(), 5);
    }

    void egoNetwork()
    {
        AnalysisPanel panel;
        panel.setGraph(karate());
        auto *button = panel.findChild<QPushButton *>(QStringLiteral("egoNetwork"));
        QVERIFY(!button->isEnabled());
        panel.setSelectedNodes({0});
        QVERIFY(button->isEnabled());
        QSignalSpy ego(&panel, &AnalysisPanel::egoNetworkFound);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(ego.count(), 1);
        QCOMPARE(ego.first().first().value<QList<NodeIndex>>().size(), 17);   // 0 and its 16
        panel.findChild<QSpinBox *>(QStringLiteral("egoDepth"))->setValue(3);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(ego.last().first().value<QList<NodeIndex>>().size(), 34);
    }

    void newGraphDropsRunningResult()
    {
        AnalysisPanel panel;
        panel.setGraph(karate());
        QSignalSpy computed(&panel, &AnalysisPanel::metricsComputed);
        QSignalSpy computing(&panel, &AnalysisPanel::computingChanged);
        panel.compute();
        panel.setGraph(karate());   // supersedes the run
        QTRY_COMPARE_WITH_TIMEOUT(computing.count(), 2, 20000);
        QCOMPARE(computed.count(), 0);
        QCOMPARE(panel.metricsModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestGuiAnalysisPanel)
#include "tst_gui_analysispanel.moc"
