#pragma once

#include "model/relationshipgraph.h"

#include <QWidget>
#include <memory>
#include <optional>

class QUrl;
class QTextBrowser;

namespace entente {

// The Details dock: every attribute of the selected node or edge, its
// relations and its sources. Relations and nodes are links: activating one
// asks the window to select and focus it (the panel never changes the
// selection itself, so that the view stays the one owner of it).
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    ~DetailsPanel() override;

    void setGraph(const RelationshipGraph &graph);
    void showNothing();
    void showNode(NodeIndex node);
    void showEdge(EdgeIndex edge);
    // More than one node selected: a short list of them.
    void showNodes(const QList<NodeIndex> &nodes);

    // What is shown, for the window and the tests.
    std::optional<NodeIndex> shownNode() const { return m_node; }
    std::optional<EdgeIndex> shownEdge() const { return m_edge; }
    QTextBrowser *browser() const { return m_browser; }
    QString plainText() const;

signals:
    void nodeActivated(entente::NodeIndex node);
    void edgeActivated(entente::EdgeIndex edge);

private:
    void onAnchorClicked(const QUrl &url);
    void setHtml(const QString &html);
    QString sourcesHtml(const QStringList &sourceIds) const;
    QString nodeLink(NodeIndex node) const;

    QTextBrowser *m_browser = nullptr;
    RelationshipGraph m_graph;
    qsizetype m_componentCount = 0;
    std::optional<NodeIndex> m_node;
    std::optional<EdgeIndex> m_edge;
};

// "€1.2 billion (1,200,000,000 EUR)": volumes in the files are in euros.
QString formatEuros(double volume);

} // namespace entente
