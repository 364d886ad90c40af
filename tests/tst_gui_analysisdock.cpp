// The Analysis dock in the main window: metrics feed Colour by / Size by,
// a path found in the panel is highlighted in the view.
#include "analysispanel.h"
#include "graphview.h"
#include "legendpanel.h"
#include "mainwindow.h"
#include "render/graphstyle.h"

#include <QAction>
#include <QCompleter>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <deque>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// Breadth-first distances from `from` over the undirected adjacency.
std::vector<int> distancesFrom(const RelationshipGraph &g, NodeIndex from)
{
    std::vector<int> dist(g.nodeCount(), -1);
    std::deque<NodeIndex> queue{from};
    dist[from] = 0;
    while (!queue.empty()) {
        const NodeIndex n = queue.front();
        queue.pop_front();
        for (NodeIndex m : g.neighbours(n)) {
            if (dist[m] < 0) {
                dist[m] = dist[n] + 1;
                queue.push_back(m);
            }
        }
    }
    return dist;
}

} // namespace

class TestAnalysisDock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->graphView()->setAnimated(false);
        window->resize(1400, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }

    // Opens the summit and computes the metrics on the whole graph.
    bool computeMetrics(MainWindow &window)
    {
        if (!window.openFile(MainWindow::bundledDatasetPath()))
            return false;
        AnalysisPanel *panel = window.analysisPanel();
        if (!panel)
            return false;
        QSignalSpy computed(panel, &AnalysisPanel::metricsComputed);
        panel->setScope(AnalysisPanel::Scope::WholeGraph);
        panel->compute();
        return computed.wait(30000) || computed.count() > 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"EntenteTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_analysisdock"_s);
        QSettings().clear();
    }

    void dockIsInPanelsMenu()
    {
        auto window = makeWindow();
        auto *dock = window->findChild<QDockWidget *>(u"analysisDock"_s);
        QVERIFY(dock);
        QCOMPARE(dock->widget(), static_cast<QWidget *>(window->analysisPanel()));
        auto *panels = window->findChild<QMenu *>(u"menuPanels"_s);
        QVERIFY(panels);
        QVERIFY(panels->actions().contains(dock->toggleViewAction()));
        QVERIFY(window->sizeByMenu());
    }

    void colourByBetweennessShowsMetricLegend()
    {
        auto window = makeWindow();
        QVERIFY(computeMetrics(*window));
        const RelationshipGraph &graph = window->document().graph;
        auto *byBetweenness = window->findChild<QAction *>(u"actionColourByMetric_betweenness"_s);
        QVERIFY(byBetweenness);
        QVERIFY(window->sizeByMenu()->findChild<QAction *>(u"actionSizeByMetric_pagerank"_s)
                || window->findChild<QAction *>(u"actionSizeByMetric_pagerank"_s));

        auto *tree = window->legendPanel()->tree();
        QVERIFY(tree->topLevelItemCount() >= 1);
        auto childLabels = [&] {
            QStringList labels;
            QTreeWidgetItem *colours = tree->topLevelItem(0);
            for (int i = 0; i < colours->childCount(); ++i)
                labels << colours->child(i)->text(0);
            return labels;
        };
        const QStringList before = childLabels();

        byBetweenness->trigger();
        const GraphStyle &style = window->graphView()->graphStyle();
        QCOMPARE(style.colorMode, GraphStyle::ColorMode::Metric);
        QCOMPARE(style.metricName, u"betweenness"_s);
        QCOMPARE(qsizetype(style.metric.size()), graph.nodeCount());
        QCOMPARE(style.metric, window->analysisPanel()->metricColumns().value(u"betweenness"_s));

        // The legend now shows the metric's scale, not the sectors.
        QStringList expected;
        for (const LegendEntry &e : legendEntries(graph, style))
            expected << e.label;
        const QStringList after = childLabels();
        QCOMPARE(after, expected);
        QVERIFY(after != before);
        for (const QString &label : before)
            QVERIFY2(!after.contains(label) || label == u"(none)"_s, qPrintable(label));

        // Size by PageRank: radii follow the metric (the highest ranked node is
        // drawn largest).
        auto *byRank = window->findChild<QAction *>(u"actionSizeByMetric_pagerank"_s);
        QVERIFY(byRank);
        byRank->trigger();
        const std::vector<double> rank = window->analysisPanel()->metricColumns().value(u"pagerank"_s);
        QCOMPARE(window->graphView()->graphStyle().sizeMetric, rank);
        const auto top = NodeIndex(std::max_element(rank.begin(), rank.end()) - rank.begin());
        const auto low = NodeIndex(std::min_element(rank.begin(), rank.end()) - rank.begin());
        const GraphRenderer &r = window->graphView()->renderer();
        QVERIFY(r.nodeRadius(top) > r.nodeRadius(low));
        QCOMPARE(r.nodeRadius(top), r.maxNodeRadius());
    }

    // The path fields complete from the search field's list (one list of
    // "Label (id)" per node for both), and a completion picked there finds
    // the path between the nodes it names.
    void pathFieldsCompleteFromTheWindowsList()
    {
        auto window = makeWindow();
        QVERIFY(window->openFile(MainWindow::bundledDatasetPath()));
        const RelationshipGraph &graph = window->document().graph;
        auto *from = window->analysisPanel()->findChild<QLineEdit *>(u"pathFrom"_s);
        auto *to = window->analysisPanel()->findChild<QLineEdit *>(u"pathTo"_s);
        auto *search = window->findChild<QLineEdit *>(u"searchField"_s);
        QVERIFY(from && to && search && from->completer() && search->completer());
        QAbstractItemModel *model = from->completer()->model();
        QCOMPARE(model, search->completer()->model());
        QCOMPARE(to->completer()->model(), model);
        QCOMPARE(model->rowCount(), int(graph.nodeCount()));

        // Two neighbours, named by their completion texts.
        NodeIndex a = 0;
        while (a < NodeIndex(graph.nodeCount()) && graph.neighbours(a).empty())
            ++a;
        QVERIFY(a < NodeIndex(graph.nodeCount()));
        const NodeIndex b = graph.neighbours(a).front();
        auto completion = [&](NodeIndex n) {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString text = model->index(row, 0).data().toString();
                if (text == graph.nodeId(n) || text.endsWith(u" ("_s + graph.nodeId(n) + u')'))
                    return text;
            }
            return QString();
        };
        from->setText(completion(a));
        to->setText(completion(b));
        QVERIFY(!from->text().isEmpty() && !to->text().isEmpty());
        QSignalSpy found(window->analysisPanel(), &AnalysisPanel::pathFound);
        auto *button = window->analysisPanel()->findChild<QPushButton *>(u"findPath"_s);
        QVERIFY(button);
        button->click();
        QCOMPARE(found.count(), 1);
        const auto path = found.first().first().value<QList<NodeIndex>>();
        QCOMPARE(path, (QList<NodeIndex>{a, b}));
    }

    void pathSelectsExactlyThePathNodes()
    {
        auto window = makeWindow();
        QVERIFY(window->openFile(MainWindow::bundledDatasetPath()));
        const RelationshipGraph &graph = window->document().graph;
        // Two nodes three (or at least two) steps apart.
        NodeIndex from = 0, to = 0;
        int best = 0;
        for (NodeIndex a = 0; a < NodeIndex(graph.nodeCount()) && best < 3; ++a) {
            const std::vector<int> d = distancesFrom(graph, a);
            for (NodeIndex b = 0; b < NodeIndex(graph.nodeCount()); ++b) {
                if (d[b] > best && d[b] <= 3) {
                    best = d[b];
                    from = a;
                    to = b;
                }
            }
        }
        QVERIFY(best >= 2);

        AnalysisPanel *panel = window->analysisPanel();
        QSignalSpy found(panel, &AnalysisPanel::pathFound);
        QVERIFY(panel->findPath(from, to));
        QCOMPARE(found.count(), 1);
        const auto path = found.first().first().value<QList<NodeIndex>>();
        QCOMPARE(path.size(), best + 1);
        QCOMPARE(path.first(), from);
        QCOMPARE(path.last(), to);

        GraphView *view = window->graphView();
        QList<NodeIndex> selected = view->selectedNodes();
        QList<NodeIndex> expected = path;
        std::sort(selected.begin(), selected.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(selected, expected);
        // The rest is dimmed, the path shown.
        for (NodeIndex n = 0; n < NodeIndex(graph.nodeCount()); ++n) {
            const NodeState s = view->nodeStates().empty() ? NodeState::Shown : view->nodeStates()[n];
            QCOMPARE(s, path.contains(n) ? NodeState::Shown : NodeState::Dimmed);
        }

        // Selecting something else ends the highlight.
        const NodeIndex other = (to + 1 == NodeIndex(graph.nodeCount()) || path.contains(to + 1)) ? 0 : to + 1;
        if (!path.contains(other)) {
            view->setSelectedNodes({other});
            QVERIFY(view->nodeStates().empty()
                    || std::none_of(view->nodeStates().begin(), view->nodeStates().end(),
                                    [](NodeState s) { return s == NodeState::Dimmed; }));
        }
    }

    void egoNetworkSelectsNeighbourhood()
    {
        auto window = makeWindow();
        QVERIFY(window->openFile(MainWindow::bundledDatasetPath()));
        const RelationshipGraph &graph = window->document().graph;
        // The node with most neighbours.
        NodeIndex hub = 0;
        for (NodeIndex n = 0; n < NodeIndex(graph.nodeCount()); ++n) {
            if (graph.degree(n) > graph.degree(hub))
                hub = n;
        }
        window->graphView()->setSelectedNodes({hub});
        AnalysisPanel *panel = window->analysisPanel();
        QSignalSpy found(panel, &AnalysisPanel::egoNetworkFound);
        panel->setEgoDepth(1);
        panel->showEgoNetwork();
        QCOMPARE(found.count(), 1);
        QList<NodeIndex> selected = window->graphView()->selectedNodes();
        std::sort(selected.begin(), selected.end());
        QList<NodeIndex> expected{hub};
        for (NodeIndex m : graph.neighbours(hub)) {
            if (!expected.contains(m))
                expected << m;
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(selected, expected);
    }
};

QTEST_MAIN(TestAnalysisDock)
#include "tst_gui_analysisdock.moc"
