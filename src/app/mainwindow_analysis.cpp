// The Analysis dock of the main window: node metrics feed View > Colour by
// and Size by, paths and ego networks are shown in the view. Kept apart from
// mainwindow.cpp so that the window's own code stays readable.
#include "analysispanel.h"
#include "filterpanel.h"
#include "graphview.h"
#include "legendpanel.h"
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QToolBar>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString metricTitle(const QString &name)
{
    if (name == u"pagerank")
        return MainWindow::tr("PageRank");
    if (name.isEmpty())
        return name;
    return name.left(1).toUpper() + name.mid(1);
}

} // namespace

void MainWindow::setUpAnalysis()
{
    m_analysisDock = new QDockWidget(tr("Analysis"), this);
    m_analysisDock->setObjectName(u"analysisDock"_s);
    m_analysisPanel = new AnalysisPanel(m_analysisDock);
    m_analysisPanel->setObjectName(u"analysisPanel"_s);
    m_analysisDock->setWidget(m_analysisPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_analysisDock);
    // Beside Details, which stays in front: the metrics table wants the height.
    tabifyDockWidget(ui->detailsDock, m_analysisDock);
    ui->detailsDock->raise();

    // View > Panels: with the other docks, before the separator.
    QAction *before = nullptr;
    for (QAction *action : ui->menuPanels->actions()) {
        if (action->isSeparator()) {
            before = action;
            break;
        }
    }
    ui->menuPanels->insertAction(before, m_analysisDock->toggleViewAction());

    // View > Size by, after Colour by: degree, then every computed metric.
    m_sizeByMenu = new QMenu(tr("Size By"), this);
    m_sizeByMenu->setObjectName(u"menuSizeBy"_s);
    auto *sizeGroup = new QActionGroup(m_sizeByMenu);
    QAction *byDegree = m_sizeByMenu->addAction(tr("Degree"));
    byDegree->setObjectName(u"actionSizeByDegree"_s);
    byDegree->setCheckable(true);
    byDegree->setChecked(true);
    sizeGroup->addAction(byDegree);
    connect(byDegree, &QAction::triggered, this, [this] {
        m_style.sizeMetric.clear();
        m_style.sizeMetricName.clear();
        applyStyle();
    });
    const QList<QAction *> viewActions = ui->menuView->actions();
    const qsizetype at = viewActions.indexOf(ui->menuColourBy->menuAction());
    ui->menuView->insertMenu(at >= 0 && at + 1 < viewActions.size() ? viewActions.at(at + 1) : nullptr,
                             m_sizeByMenu);

    connect(m_analysisPanel, &AnalysisPanel::metricsComputed, this, &MainWindow::onMetricsComputed);
    connect(m_analysisPanel, &AnalysisPanel::pathFound, this, &MainWindow::highlightPath);
    connect(m_analysisPanel, &AnalysisPanel::egoNetworkFound, this, [this](const QList<NodeIndex> &nodes) {
        clearPathHighlight();
        ui->graphView->setSelectedNodes(nodes);
        ui->graphView->fitSelection();
    });
    connect(m_analysisPanel, &AnalysisPanel::nodeActivated, this, &MainWindow::selectAndFocusNode);
    // The panel analyses what the filter shows and the view's selection.
    connect(m_filterPanel, &FilterPanel::filterChanged, this, [this] {
        m_analysisPanel->setFilterResult(m_filterPanel->result());
        m_highlightedPath.clear();   // onFilterChanged gave the view the filter's states
    });
    connect(ui->graphView, &GraphView::selectionChanged, this, [this] {
        const QList<NodeIndex> nodes = ui->graphView->selectedNodes();
        m_analysisPanel->setSelectedNodes(nodes);
        // Selecting something else ends the path's highlight.
        if (!m_highlightedPath.isEmpty()) {
            QList<NodeIndex> a = nodes, b = m_highlightedPath;
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            if (a != b)
                clearPathHighlight();
        }
    });
}

void MainWindow::resetAnalysis()
{
    m_highlightedPath.clear();
    m_analysisPanel->setGraph(m_document.graph);
    m_analysisPanel->setFilterResult(m_filterPanel->result());
    onMetricsComputed({});
}

void MainWindow::onMetricsComputed(const QHash<QString, std::vector<double>> &metrics)
{
    qDeleteAll(m_metricActions);
    m_metricActions.clear();
    const qsizetype n = m_document.graph.nodeCount();
    // A style that refers to metrics of another computation (or another
    // graph) falls back to the plain choices, or takes the new values.
    bool restyle = false;
    if (m_style.colorMode == GraphStyle::ColorMode::Metric) {
        const auto it = metrics.find(m_style.metricName);
        if (it != metrics.end() && qsizetype(it->size()) == n) {
            m_style.metric = *it;
        } else {
            m_style.colorMode = GraphStyle::ColorMode::Category;
            m_style.metric.clear();
            m_style.metricName.clear();
        }
        restyle = true;
    }
    if (!m_style.sizeMetric.empty()) {
        const auto it = metrics.find(m_style.sizeMetricName);
        if (it != metrics.end() && qsizetype(it->size()) == n) {
            m_style.sizeMetric = *it;
        } else {
            m_style.sizeMetric.clear();
            m_style.sizeMetricName.clear();
        }
        restyle = true;
    }

    QStringList names = metrics.keys();
    // The panel's order (degree, betweenness, ...) where known.
    const QStringList order = NodeMetrics::metricNames();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a), ib = order.indexOf(b);
        if (ia != ib)
            return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
        return a < b;
    });

    QActionGroup *colourGroup = ui->actionColourBySector->actionGroup();
    QActionGroup *sizeGroup = m_sizeByMenu->actions().isEmpty()
                                  ? nullptr
                                  : m_sizeByMenu->actions().first()->actionGroup();
    if (!names.isEmpty()) {
        m_metricActions << ui->menuColourBy->addSeparator() << m_sizeByMenu->addSeparator();
    }
    for (const QString &name : names) {
        const std::vector<double> &values = metrics.value(name);
        if (qsizetype(values.size()) != n)
            continue;
        QAction *colour = ui->menuColourBy->addAction(metricTitle(name));
        colour->setObjectName(u"actionColourByMetric_"_s + name);
        colour->setCheckable(true);
        if (colourGroup)
            colourGroup->addAction(colour);
        colour->setChecked(m_style.colorMode == GraphStyle::ColorMode::Metric
                           && m_style.metricName == name);
        connect(colour, &QAction::triggered, this, [this, name, values] {
            m_style.colorMode = GraphStyle::ColorMode::Metric;
            // The key (also the legend's title), to find the values again
            // after a recomputation.
            m_style.metricName = name;
            m_style.metric = values;
            applyStyle();
        });
        QAction *size = m_sizeByMenu->addAction(metricTitle(name));
        size->setObjectName(u"actionSizeByMetric_"_s + name);
        size->setCheckable(true);
        if (sizeGroup)
            sizeGroup->addAction(size);
        size->setChecked(!m_style.sizeMetric.empty() && m_style.sizeMetricName == name);
        connect(size, &QAction::triggered, this, [this, name, values] {
            m_style.sizeMetricName = name;
            m_style.sizeMetric = values;
            applyStyle();
        });
        m_metricActions << colour << size;
    }
    // Back to the plain choices when the metric in use went away.
    if (m_style.colorMode == GraphStyle::ColorMode::Category) {
        ui->actionColourBySector->setChecked(m_style.colorColumn == NodeColumn::Sector);
        ui->actionColourByCountry->setChecked(m_style.colorColumn == NodeColumn::Country);
        ui->actionColourByKind->setChecked(m_style.colorColumn == NodeColumn::Kind);
    }
    if (m_style.sizeMetric.empty() && !m_sizeByMenu->actions().isEmpty())
        m_sizeByMenu->actions().first()->setChecked(true);
    if (restyle)
        applyStyle();

    // Communities and components as facets of the Filters dock (nodes
    // outside the analysed scope have none); gone when the metrics are.
    for (const QString &name : {u"community"_s, u"component"_s}) {
        std::vector<quint32> values;
        const auto it = metrics.find(name);
        if (it != metrics.end() && qsizetype(it->size()) == n) {
            values.resize(it->size());
            for (std::size_t i = 0; i < it->size(); ++i) {
                const double v = (*it)[i];
                values[i] = std::isfinite(v) && v >= 0 ? quint32(v) : FilterIndex::noValue;
            }
        }
        m_filterPanel->setComputedFacet(name, values);
    }
}

void MainWindow::highlightPath(const QList<NodeIndex> &path)
{
    // The path's nodes selected, every other node shown dimmed (those the
    // filter hides stay hidden); the list is in the panel.
    std::vector<NodeState> states = m_filterPanel->nodeStates();
    states.resize(m_document.graph.nodeCount(), NodeState::Shown);
    for (NodeState &s : states) {
        if (s != NodeState::Hidden)
            s = NodeState::Dimmed;
    }
    for (NodeIndex n : path) {
        if (n < states.size())
            states[n] = NodeState::Shown;
    }
    m_highlightedPath = path;
    ui->graphView->setNodeStates(std::move(states));
    ui->graphView->setSelectedNodes(path);
}

void MainWindow::clearPathHighlight()
{
    if (m_highlightedPath.isEmpty())
        return;
    m_highlightedPath.clear();
    ui->graphView->setNodeStates(m_filterPanel->nodeStates());
}

void MainWindow::addAnalysisActions(QMenu &menu, NodeIndex node)
{
    menu.addSeparator();
    menu.addAction(tr("Path from Here"), this, [this, node] {
        m_analysisDock->show();
        m_analysisDock->raise();
        m_analysisPanel->setPathFrom(node);
    });
    menu.addAction(tr("Path to Here"), this, [this, node] {
        m_analysisDock->show();
        m_analysisDock->raise();
        m_analysisPanel->setPathTo(node);
    });
    QMenu *ego = menu.addMenu(tr("Ego Network"));
    for (int depth = 1; depth <= 3; ++depth) {
        ego->addAction(tr("Depth %1").arg(depth), this, [this, node, depth] {
            QList<NodeIndex> nodes = ui->graphView->selectedNodes();
            // Around the selection when the node is part of it, as Hide does.
            if (!nodes.contains(node))
                ui->graphView->setSelectedNodes({node});
            m_analysisPanel->setSelectedNodes(ui->graphView->selectedNodes());
            m_analysisPanel->setEgoDepth(depth);
            m_analysisPanel->showEgoNetwork();
        });
    }
}

} // namespace entente
