#pragma once

#include "model/relationshipgraph.h"
#include "render/graphstyle.h"

#include <QWidget>

class QTreeWidget;

namespace entente {

// The Legend dock: what the colours, shapes and edge styles of the view mean,
// with how many nodes (or edges) have each. Rebuilt whenever the style or the
// graph changes, so it always matches the view.
class LegendPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LegendPanel(QWidget *parent = nullptr);

    void setGraph(const RelationshipGraph &graph, const GraphStyle &style);
    void setGraphStyle(const GraphStyle &style);

    QTreeWidget *tree() const { return m_tree; }

private:
    void rebuild();

    QTreeWidget *m_tree = nullptr;
    RelationshipGraph m_graph;
    GraphStyle m_style;
};

} // namespace entente
