#include "analysispanel.h"

#include "analysis/paths.h"
#include "filter/subgraph.h"
#include "model/graphbuilder.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace entente {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------- the model

void MetricsTableModel::setMetrics(const RelationshipGraph &scopeGraph, NodeMetrics metrics,
                                   std::vector<NodeIndex> toNode)
{
    beginResetModel();
    m_graph = scopeGraph;
    m_metrics = std::move(metrics);
    m_toNode = std::move(toNode);
    m_rows.resize(size_t(m_metrics.nodeCount()));
    std::iota(m_rows.begin(), m_rows.end(), 0u);
    endResetModel();
}

void MetricsTableModel::clear()
{
    setMetrics({}, {}, {});
}

NodeIndex MetricsTableModel::nodeAt(int row) const
{
    const quint32 v = m_rows[size_t(row)];
    return m_toNode.empty() ? v : m_toNode[v];
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double MetricsTableModel::value(quint32 v, int column) const
{
    switch (column) {
    case Degree: return m_metrics.degree[v];
    case Betweenness: return m_metrics.betweenness[v];
    case Closeness: return m_metrics.closeness[v];
    case PageRank: return m_metrics.pagerank[v];
    case Eigenvector: return m_metrics.eigenvector[v];
    case Component: return m_metrics.component[v];
    case Community: return m_metrics.community[v];
    case Core: return m_metrics.core[v];
    default: return 0.0;
    }
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const quint32 v = m_rows[size_t(index.row())];
    if (role == NodeRole)
        return QVariant::fromValue(nodeAt(index.row()));
    if (role == Qt::TextAlignmentRole && index.column() >= Degree)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id: return m_graph.nodeId(v);
    case Label: return m_graph.nodeDisplayLabel(v);
    case Degree: case Component: case Community: case Core:
        return qlonglong(value(v, index.column()));
    default:
        // Enough digits to tell neighbours in a sorted column apart.
        return QString::number(value(v, index.column()), 'g', 6);
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const QStringList names{tr("Id"),          tr("Label"),       tr("Degree"),
                                   tr("Betweenness"), tr("Closeness"),   tr("PageRank"),
                                   tr("Eigenvector"), tr("Component"),   tr("Community"),
                                   tr("Core")};
    return names.value(section);
}

void MetricsTableModel::sort(int column, Qt::SortOrder order)
{
    if (m_rows.empty())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<quint32> nodesBefore;
    for (const QModelIndex &index : before)
        nodesBefore.push_back(m_rows[size_t(index.row())]);

    // Stable, with the node number as the last key: equal values keep file order.
    const bool ascending = order == Qt::AscendingOrder;
    if (column == Id || column == Label) {
        auto text = [&](quint32 v) {
            return column == Id ? m_graph.nodeId(v) : m_graph.nodeDisplayLabel(v);
        };
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](quint32 a, quint32 b) {
            const int c = QString::compare(text(a), text(b), Qt::CaseInsensitive);
            return ascending ? c < 0 : c > 0;
        });
    } else {
        std::vector<double> key(m_metrics.nodeCount());
        for (quint32 v = 0; v < key.size(); ++v)
            key[v] = value(v, column);
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](quint32 a, quint32 b) {
            return ascending ? key[a] < key[b] : key[a] > key[b];
        });
    }

    std::vector<int> rowOf(m_rows.size());
    for (size_t row = 0; row < m_rows.size(); ++row)
        rowOf[m_rows[row]] = int(row);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf[nodesBefore[size_t(i)]], before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// ---------------------------------------------------------------- the panel

struct AnalysisPanel::Result
{
    quint64 generation = 0;
    RelationshipGraph graph;          // the scope's graph
    std::vector<NodeIndex> toNode;    // scope node -> whole graph node; empty = identity
    NodeMetrics metrics;
};

namespace {

// The subgraph induced by the visible nodes, with what paths need (ids,
// labels, volumes, dates). Runs on the worker.
RelationshipGraph inducedSubgraph(const RelationshipGraph &graph, const std::vector<quint8> &visible,
                                  std::vector<NodeIndex> *toNode)
{
    std::vector<NodeIndex> local(size_t(graph.nodeCount()), NodeIndex(-1));
    GraphBuilder builder;
    builder.setDirected(graph.isDirected());
    toNode->clear();
    for (NodeIndex v = 0; v < local.size(); ++v) {
        if (v < visible.size() && !visible[v])
            continue;
        local[v] = NodeIndex(toNode->size());
        toNode->push_back(v);
        builder.addNode({.id = graph.nodeId(v), .label = graph.nodeLabel(v)});
    }
    for (EdgeIndex e = 0; e < EdgeIndex(graph.edgeCount()); ++e) {
        const NodeIndex s = local[graph.edgeSource(e)], t = local[graph.edgeTarget(e)];
        if (s == NodeIndex(-1) || t == NodeIndex(-1))
            continue;
        builder.addEdge(s, t, {.date = graph.edgeDate(e), .volume = graph.edgeVolume(e)});
    }
    return builder.build();
}

// The graph of the scope: the filter's subgraph, the one induced by the
// visible flags, or the whole graph (toNode left empty).
RelationshipGraph scopeOf(const RelationshipGraph &graph, const std::vector<quint8> &visible,
                          const std::optional<FilterResult> &filterResult,
                          std::vector<NodeIndex> *toNode)
{
    toNode->clear();
    if (filterResult && filterResult->nodeStates.size() == size_t(graph.nodeCount())
        && filterResult->edgeVisible.size() == size_t(graph.edgeCount())) {
        Subgraph sub = extractSubgraph(graph, NodePositions(), *filterResult);
        *toNode = std::move(sub.originalNodes);
        return sub.graph;
    }
    if (std::find(visible.begin(), visible.end(), quint8(0)) != visible.end())
        return inducedSubgraph(graph, visible, toNode);
    return graph;
}

QString completionText(const RelationshipGraph &graph, NodeIndex v)
{
    const QString &label = graph.nodeLabel(v);
    return label.isEmpty() || label == graph.nodeId(v)
        ? graph.nodeId(v)
        : u"%1 (%2)"_s.arg(label, graph.nodeId(v));
}

} // namespace

AnalysisPanel::AnalysisPanel(QWidget *parent)
    : QWidget(parent), m_watcher(new QFutureWatcher<std::shared_ptr<Result>>(this)),
      m_model(new MetricsTableModel(this)), m_progressTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);

    // Metrics.
    auto *controls = new QFormLayout;
    m_scope = new QComboBox;
    m_scope->setObjectName(u"scope"_s);
    m_scope->addItem(tr("What the filter shows"));
    m_scope->addItem(tr("Whole graph"));
    controls->addRow(tr("&Scope:"), m_scope);
    m_samples = new QSpinBox;
    m_samples->setObjectName(u"betweennessSamples"_s);
    m_samples->setRange(0, 1'000'000);
    m_samples->setSpecialValueText(tr("exact"));
    m_samples->setToolTip(tr("Betweenness from this many sampled source nodes (faster on large "
                             "graphs, with a stated error bound); \"exact\" uses all nodes."));
    controls->addRow(tr("&Betweenness samples:"), m_samples);
    layout->addLayout(controls);

    auto *buttons = new QHBoxLayout;
    m_compute = new QPushButton(tr("&Compute"));
    m_compute->setObjectName(u"compute"_s);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(u"cancel"_s);
    m_cancel->setEnabled(false);
    m_progressBar = new QProgressBar;
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(false);
    m_progressBar->setVisible(false);
    buttons->addWidget(m_compute);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progressBar, 1);
    layout->addLayout(buttons);

    m_summary = new QLabel;
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableView;
    m_table->setObjectName(u"metricsTable"_s);
    m_table->setAccessibleName(tr("Metrics of the nodes"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view then never measures 100k rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    // Path tool.
    auto *pathBox = new QGroupBox(tr("Path"));
    auto *pathLayout = new QFormLayout(pathBox);
    m_pathFrom = new QLineEdit;
    m_pathFrom->setObjectName(u"pathFrom"_s);
    m_pathFrom->setPlaceholderText(tr("entity id or name"));
    m_pathTo = new QLineEdit;
    m_pathTo->setObjectName(u"pathTo"_s);
    m_pathTo->setPlaceholderText(tr("entity id or name"));
    m_ownCompletion = new QStringListModel(this);
    auto *completer = new QCompleter(m_ownCompletion, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_pathFrom->setCompleter(completer);
    m_pathTo->setCompleter(completer);
    m_pathWeight = new QComboBox;
    m_pathWeight->setObjectName(u"pathWeight"_s);
    m_pathWeight->addItem(tr("Fewest steps"), int(PathWeight::Hops));
    m_pathWeight->addItem(tr("Largest volumes"), int(PathWeight::InverseVolume));
    m_pathWeight->addItem(tr("Most recent relations"), int(PathWeight::Recency));
    m_findPath = new QPushButton(tr("Find &path"));
    m_findPath->setObjectName(u"findPath"_s);
    m_pathList = new QListWidget;
    m_pathList->setObjectName(u"pathList"_s);
    m_pathList->setAccessibleName(tr("Path"));
    pathLayout->addRow(tr("&From:"), m_pathFrom);
    pathLayout->addRow(tr("&To:"), m_pathTo);
    pathLayout->addRow(tr("&Weight:"), m_pathWeight);
    pathLayout->addRow(m_findPath);
    pathLayout->addRow(m_pathList);
    layout->addWidget(pathBox);

    // Ego network.
    auto *egoLayout = new QHBoxLayout;
    m_egoDepth = new QSpinBox;
    m_egoDepth->setObjectName(u"egoDepth"_s);
    m_egoDepth->setAccessibleName(tr("Ego network depth"));
    m_egoDepth->setRange(1, 3);
    m_egoDepth->setPrefix(tr("depth "));
    m_ego = new QPushButton(tr("&Ego network of selection"));
    m_ego->setObjectName(u"egoNetwork"_s);
    m_ego->setEnabled(false);
    egoLayout->addWidget(m_ego, 1);
    egoLayout->addWidget(m_egoDepth);
    layout->addLayout(egoLayout);

    connect(m_compute, &QPushButton::clicked, this, &AnalysisPanel::compute);
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisPanel::cancel);
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<Result>>::finished, this,
            &AnalysisPanel::onComputed);
    connect(m_progressTimer, &QTimer::timeout, this, &AnalysisPanel::updateProgress);
    connect(m_findPath, &QPushButton::clicked, this, &AnalysisPanel::onFindPathClicked);
    connect(m_pathTo, &QLineEdit::returnPressed, this, &AnalysisPanel::onFindPathClicked);
    connect(m_ego, &QPushButton::clicked, this, &AnalysisPanel::showEgoNetwork);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit nodeActivated(m_model->nodeAt(index.row()));
    });
    connect(m_pathList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QVariant node = item->data(Qt::UserRole);
        if (node.isValid())
            emit nodeActivated(node.value<NodeIndex>());
    });
}

AnalysisPanel::~AnalysisPanel()
{
    // The worker holds its own copy of the graph; only its end is awaited.
    cancel();
    m_watcher->waitForFinished();
}

void AnalysisPanel::setGraph(const RelationshipGraph &graph)
{
    cancel();
    ++m_generation;
    m_graph = graph;
    m_visible.clear();
    m_filterResult.reset();
    m_selection.clear();
    m_columns.clear();
    m_model->clear();
    m_summary->clear();
    m_pathList->clear();
    m_ego->setEnabled(false);
    updateCompleter();
}

void AnalysisPanel::setVisibleNodes(std::vector<quint8> visible)
{
    m_visible = std::move(visible);
    m_filterResult.reset();
}

void AnalysisPanel::setNodeStates(const std::vector<NodeState> &states)
{
    std::vector<quint8> visible(states.size());
    for (size_t v = 0; v < states.size(); ++v)
        visible[v] = states[v] != NodeState::Hidden;
    setVisibleNodes(std::move(visible));
}

void AnalysisPanel::setFilterResult(const FilterResult &result)
{
    m_visible.clear();
    m_filterResult = result;
}

void AnalysisPanel::setSelectedNodes(const QList<NodeIndex> &nodes)
{
    m_selection = nodes;
    m_ego->setEnabled(!m_selection.isEmpty());
}

void AnalysisPanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(scope == Scope::Filtered ? 0 : 1);
}

AnalysisPanel::Scope AnalysisPanel::scope() const
{
    return m_scope->currentIndex() == 0 ? Scope::Filtered : Scope::WholeGraph;
}

void AnalysisPanel::setBetweennessSamples(int samples)
{
    m_samples->setValue(samples);
}

bool AnalysisPanel::isComputing() const
{
    return m_watcher->isRunning();
}

std::pair<RelationshipGraph, std::vector<NodeIndex>> AnalysisPanel::scopeGraph() const
{
    std::vector<NodeIndex> toNode;
    RelationshipGraph sub = scopeOf(m_graph, scope() == Scope::Filtered ? m_visible
                                                                       : std::vector<quint8>{},
                                    scope() == Scope::Filtered ? m_filterResult : std::nullopt,
                                    &toNode);
    return {std::move(sub), std::move(toNode)};
}

void AnalysisPanel::compute()
{
    cancel();
    m_watcher->waitForFinished();
    const quint64 generation = ++m_generation;
    auto progress = std::make_shared<AnalysisProgress>();
    m_progress = progress;
    NodeMetricsOptions options;
    options.betweenness.samples = m_samples->value();
    const bool filtered = scope() == Scope::Filtered;
    // The worker gets copies: the graph is shared read-only, the flags copied.
    m_watcher->setFuture(QtConcurrent::run(
        [graph = m_graph, visible = filtered ? m_visible : std::vector<quint8>{},
         filterResult = filtered ? m_filterResult : std::nullopt, options, progress,
         generation]() {
            auto result = std::make_shared<Result>();
            result->generation = generation;
            result->graph = scopeOf(graph, visible, filterResult, &result->toNode);
            result->metrics = computeNodeMetrics(result->graph, options, progress.get());
            return result;
        }));
    m_compute->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progressBar->setValue(0);
    m_progressBar->setVisible(true);
    m_progressTimer->start(100);
    m_summary->setText(tr("Computing…"));
    emit computingChanged(true);
}

void AnalysisPanel::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

void AnalysisPanel::updateProgress()
{
    if (m_progress)
        m_progressBar->setValue(int(1000 * m_progress->progress()));
}

void AnalysisPanel::onComputed()
{
    m_progressTimer->stop();
    m_progressBar->setVisible(false);
    m_compute->setEnabled(true);
    m_cancel->setEnabled(false);
    const bool cancelled = m_progress && m_progress->isCancelled();
    m_progress.reset();
    emit computingChanged(false);

    const std::shared_ptr<Result> result = m_watcher->result();
    // A result of a superseded run (another graph, another compute) is dropped.
    if (!result || result->generation != m_generation || cancelled || result->metrics.isEmpty()) {
        m_summary->setText(cancelled ? tr("Cancelled.") : QString());
        return;
    }
    const NodeMetrics &metrics = result->metrics;
    QString summary = tr("%n node(s), %1 component(s), %2 communities (modularity %3).",
                         nullptr, int(metrics.nodeCount()))
                          .arg(metrics.componentCount)
                          .arg(metrics.communityCount)
                          .arg(metrics.modularity, 0, 'f', 3);
    if (!metrics.betweennessExact)
        summary += u' '
            + tr("Betweenness sampled: within ±%1 of the exact value for every node with "
                 "probability 0.9.")
                  .arg(metrics.betweennessErrorBound, 0, 'g', 2);
    m_summary->setText(summary);

    m_columns.clear();
    const auto n = size_t(m_graph.nodeCount());
    for (const QString &name : NodeMetrics::metricNames()) {
        const std::vector<double> scoped = metrics.metric(name);
        std::vector<double> column(n, std::nan(""));
        for (size_t v = 0; v < scoped.size(); ++v)
            column[result->toNode.empty() ? v : result->toNode[v]] = scoped[v];
        m_columns[name] = std::move(column);   // QHash::insert takes no rvalue in Qt 6.4
    }
    m_model->setMetrics(result->graph, result->metrics, result->toNode);
    const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    if (sortColumn >= 0)
        m_model->sort(sortColumn, m_table->horizontalHeader()->sortIndicatorOrder());
    emit metricsComputed(m_columns);
}

std::optional<NodeIndex> AnalysisPanel::nodeFromText(const QString &typed) const
{
    const QString text = typed.trimmed();
    if (const auto node = m_graph.findNode(text))
        return node;
    // A completion reads "Label (id)".
    if (text.endsWith(u')')) {
        const qsizetype open = text.lastIndexOf(u'(');
        if (open >= 0)
            if (const auto node = m_graph.findNode(text.mid(open + 1, text.size() - open - 2)))
                return node;
    }
    std::optional<NodeIndex> found;
    for (NodeIndex v = 0; v < NodeIndex(m_graph.nodeCount()); ++v) {
        if (m_graph.nodeLabel(v).compare(text, Qt::CaseInsensitive) == 0) {
            if (found)
                return std::nullopt;
            found = v;
        }
    }
    return found;
}

void AnalysisPanel::setCompletionModel(QStringListModel *model)
{
    m_sharedCompletion = model != nullptr;
    m_pathFrom->completer()->setModel(model ? model : m_ownCompletion);
    if (m_sharedCompletion)
        m_ownCompletion->setStringList({});
    else
        updateCompleter();
}

void AnalysisPanel::updateCompleter()
{
    if (m_sharedCompletion)
        return;
    QStringList entries;
    entries.reserve(m_graph.nodeCount());
    for (NodeIndex v = 0; v < NodeIndex(m_graph.nodeCount()); ++v)
        entries.append(completionText(m_graph, v));
    m_ownCompletion->setStringList(entries);
}

void AnalysisPanel::onFindPathClicked()
{
    const auto from = nodeFromText(m_pathFrom->text());
    const auto to = nodeFromText(m_pathTo->text());
    if (!from || !to) {
        m_pathList->clear();
        const QString message = tr("No entity \"%1\".")
                                    .arg(!from ? m_pathFrom->text() : m_pathTo->text());
        m_pathList->addItem(message);
        emit pathNotFound(message);
        return;
    }
    findPath(*from, *to);
}

bool AnalysisPanel::findPath(NodeIndex from, NodeIndex to)
{
    m_pathList->clear();
    auto [graph, toNode] = scopeGraph();
    // Nodes of the whole graph -> of the scope.
    // Named captures: clang 14 (clang-tidy in CI) cannot capture structured bindings.
    auto local = [&graph = graph, &toNode = toNode](NodeIndex v) -> std::optional<NodeIndex> {
        if (toNode.empty())
            return v < NodeIndex(graph.nodeCount()) ? std::optional(v) : std::nullopt;
        const auto it = std::lower_bound(toNode.begin(), toNode.end(), v);
        return it != toNode.end() && *it == v ? std::optional(NodeIndex(it - toNode.begin()))
                                              : std::nullopt;
    };
    const auto a = local(from), b = local(to);
    std::vector<std::vector<NodeIndex>> paths;
    if (a && b) {
        const auto weight = PathWeight(m_pathWeight->currentData().toInt());
        if (weight == PathWeight::Hops) {
            paths = allShortestPaths(graph, *a, *b, 20);
        } else if (auto path = shortestPath(graph, *a, *b, weight); !path.empty()) {
            paths.push_back(std::move(path));
        }
    }
    if (paths.empty()) {
        const QString message = a && b ? tr("No path between %1 and %2.")
                                             .arg(m_graph.nodeDisplayLabel(from),
                                                  m_graph.nodeDisplayLabel(to))
                                       : tr("The entity is hidden by the filter.");
        m_pathList->addItem(message);
        emit pathNotFound(message);
        return false;
    }
    QList<NodeIndex> first;
    for (size_t p = 0; p < paths.size(); ++p) {
        auto *header = new QListWidgetItem(
            paths.size() == 1 ? tr("%n step(s)", nullptr, int(paths[p].size() - 1))
                              : tr("Path %1 of %2%3: %n step(s)", nullptr, int(paths[p].size() - 1))
                                    .arg(p + 1)
                                    .arg(paths.size())
                                    .arg(paths.size() == 20 ? u"+"_s : QString()));
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        m_pathList->addItem(header);
        for (NodeIndex v : paths[p]) {
            const NodeIndex node = toNode.empty() ? v : toNode[v];
            auto *item = new QListWidgetItem(completionText(m_graph, node));
            item->setData(Qt::UserRole, QVariant::fromValue(node));
            m_pathList->addItem(item);
            if (p == 0)
                first.append(node);
        }
    }
    emit pathFound(first);
    return true;
}

void AnalysisPanel::setPathFrom(NodeIndex node)
{
    if (node >= NodeIndex(m_graph.nodeCount()))
        return;
    m_pathFrom->setText(completionText(m_graph, node));
    if (nodeFromText(m_pathTo->text()))
        onFindPathClicked();
}

void AnalysisPanel::setPathTo(NodeIndex node)
{
    if (node >= NodeIndex(m_graph.nodeCount()))
        return;
    m_pathTo->setText(completionText(m_graph, node));
    if (nodeFromText(m_pathFrom->text()))
        onFindPathClicked();
}

void AnalysisPanel::setEgoDepth(int depth)
{
    m_egoDepth->setValue(depth);
}

void AnalysisPanel::showEgoNetwork()
{
    if (m_selection.isEmpty())
        return;
    const std::vector<NodeIndex> seeds(m_selection.begin(), m_selection.end());
    const std::vector<NodeIndex> nodes = egoNetwork(m_graph, seeds, m_egoDepth->value());
    emit egoNetworkFound(QList<NodeIndex>(nodes.begin(), nodes.end()));
}

} // namespace entente
