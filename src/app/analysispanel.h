#pragma once

#include "analysis/nodemetrics.h"
#include "filter/filterevaluator.h"
#include "model/relationshipgraph.h"
#include "render/graphstyle.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableView;
class QTimer;

namespace entente {

// The node metrics as a table: one row per node of the analysed scope, sorted
// by permuting row numbers over the plain metric arrays (no item per cell), so
// that 100k rows sort in well under a second.
class MetricsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Label, Degree, Betweenness, Closeness, PageRank, Eigenvector, Component,
                  Community, Core, ColumnCount };
    // The node of the whole graph that a row shows, for any role.
    static constexpr int NodeRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // `scopeGraph` is the graph the metrics were computed on; `toNode` maps its
    // node numbers to those of the whole graph.
    void setMetrics(const RelationshipGraph &scopeGraph, NodeMetrics metrics,
                    std::vector<NodeIndex> toNode);
    void clear();
    const NodeMetrics &metrics() const { return m_metrics; }
    NodeIndex nodeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    double value(quint32 scopeNode, int column) const;

    RelationshipGraph m_graph;
    NodeMetrics m_metrics;
    std::vector<NodeIndex> m_toNode;
    std::vector<quint32> m_rows;   // row -> scope node
};

// The content of the "Analysis" dock: computes the node metrics on a worker
// thread (on what the filter shows or on the whole graph), lists them in a
// sortable table, finds shortest paths between two entities and the ego
// network of the selection.
//
// All node numbers in signals and slots are those of the whole graph given to
// setGraph().
class AnalysisPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Filtered, WholeGraph };

    explicit AnalysisPanel(QWidget *parent = nullptr);
    ~AnalysisPanel() override;

    // Cancels a running computation and clears the table.
    void setGraph(const RelationshipGraph &graph);
    const RelationshipGraph &graph() const { return m_graph; }
    // What the filter shows, in one of three forms (the last call wins):
    // the filter's result (the scope is then extractSubgraph's: nodes not
    // Hidden and the visible edges, as `entente --filter` exports), the view's
    // node states, or one flag per node (non-zero = shown; empty = all). The
    // last two take the subgraph induced by the nodes not Hidden.
    void setFilterResult(const FilterResult &result);
    void setNodeStates(const std::vector<NodeState> &states);
    // The path fields complete from `model` ("Label (id)" per node), which its
    // owner fills (the window shares the list of its search field): the panel
    // then builds no list of its own (13 MB at 125k nodes). nullptr: its own.
    void setCompletionModel(QStringListModel *model);
    void setVisibleNodes(std::vector<quint8> visible);
    // The view's selection, for the ego network.
    void setSelectedNodes(const QList<NodeIndex> &nodes);

    void setScope(Scope scope);
    Scope scope() const;
    // Source nodes for betweenness; 0 = exact.
    void setBetweennessSamples(int samples);

    bool isComputing() const;
    MetricsTableModel *metricsModel() const { return m_model; }
    // The last computed metrics per name (NodeMetrics::metricNames()), indexed
    // by node of the whole graph; NaN for nodes outside the analysed scope.
    const QHash<QString, std::vector<double>> &metricColumns() const { return m_columns; }

public slots:
    void compute();
    void cancel();
    // Shortest path(s) between two nodes in the current scope: lists them and
    // emits pathFound with the first one. Returns false when there is none.
    bool findPath(NodeIndex from, NodeIndex to);
    // The ego network of the selection at the depth chosen (1, 2, 3).
    void showEgoNetwork();
    // The depth of the ego network (1..3), as the spin box in the panel.
    void setEgoDepth(int depth);
    // For the view's context menu "Path from here" / "Path to here": fills
    // the box; when both ends are set, finds the path.
    void setPathFrom(entente::NodeIndex node);
    void setPathTo(entente::NodeIndex node);

signals:
    void computingChanged(bool computing);
    void metricsComputed(const QHash<QString, std::vector<double>> &metrics);
    void pathFound(const QList<entente::NodeIndex> &path);
    void pathNotFound(const QString &message);
    void egoNetworkFound(const QList<entente::NodeIndex> &nodes);
    void nodeActivated(entente::NodeIndex node);

private:
    struct Result;
    void onComputed();
    void onFindPathClicked();
    void updateProgress();
    void updateCompleter();
    std::optional<NodeIndex> nodeFromText(const QString &text) const;
    // The graph of the current scope and the map from its nodes to the whole
    // graph's (empty map: identity).
    std::pair<RelationshipGraph, std::vector<NodeIndex>> scopeGraph() const;

    RelationshipGraph m_graph;
    std::vector<quint8> m_visible;
    std::optional<FilterResult> m_filterResult;
    QList<NodeIndex> m_selection;
    QHash<QString, std::vector<double>> m_columns;
    quint64 m_generation = 0;
    std::shared_ptr<AnalysisProgress> m_progress;
    QFutureWatcher<std::shared_ptr<Result>> *m_watcher;

    MetricsTableModel *m_model;
    QComboBox *m_scope;
    QSpinBox *m_samples;
    QPushButton *m_compute;
    QPushButton *m_cancel;
    QProgressBar *m_progressBar;
    QLabel *m_summary;
    QTableView *m_table;
    QLineEdit *m_pathFrom;
    QLineEdit *m_pathTo;
    QStringListModel *m_ownCompletion = nullptr;
    bool m_sharedCompletion = false;
    QComboBox *m_pathWeight;
    QPushButton *m_findPath;
    QListWidget *m_pathList;
    QSpinBox *m_egoDepth;
    QPushButton *m_ego;
    QTimer *m_progressTimer;
};

} // namespace entente
