#pragma once

#include "filter/filter.h"
#include "filter/filterevaluator.h"
#include "filter/filterindex.h"
#include "io/graphdocument.h"
#include "model/relationshipgraph.h"
#include "render/graphstyle.h"

#include <QWidget>
#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QVBoxLayout;

namespace entente {

class FacetSection;
class RangeSlider;

// The Filters dock's content. The filter is the expression in the text box at
// the top and, equally, the state of the widgets below it: a collapsible
// section per facet with checkable values and live faceted counts (how many
// nodes would show with that value, given the other facets), a date range
// slider over a histogram of the relations' dates, a degree range, the
// options (keep neighbours, hide isolated), and the choice to hide or dim what
// is filtered out. Editing either side updates the other.
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);
    ~FilterPanel() override;

    // Indexes the graph (tens of ms at 100k nodes) and clears the filter.
    void setGraph(const RelationshipGraph &graph);
    const RelationshipGraph &graph() const;
    const FilterIndex &index() const { return m_evaluator.index(); }

    // A facet computed outside the file, e.g. "community" or "component" from
    // the Analysis dock: values[n] is node n's value number (into valueNames,
    // or named by the number when valueNames is empty; FilterIndex::noValue:
    // none). Replaces a facet of that name; keeps the filter. Empty `values`
    // removes the facet and any condition on it.
    void setComputedFacet(const QString &name, const std::vector<quint32> &values,
                          const QStringList &valueNames = {});

    // The canonical expression of the current filter.
    QString expression() const;
    // Applies an expression, as typing it does. Returns false, shows the
    // problem and keeps the previous filter when it does not parse.
    bool setExpression(const QString &text);
    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    void clear();

    // For GraphView::setNodeStates: empty when nothing is filtered out. When
    // dimming, filtered-out nodes are Dimmed rather than Hidden.
    std::vector<NodeState> nodeStates() const;
    // For GraphView::setEdgeVisibility: empty when nothing is filtered out.
    std::vector<quint8> edgeVisibility() const;
    const FilterResult &result() const { return m_result; }
    // What the filter shows of `document` (whose graph is graph()), for
    // exporting: computed facets (community...) included, which
    // entente::filteredDocument(document, filter()) without the index would
    // not know.
    GraphDocument filteredDocument(const GraphDocument &document) const;

    bool dimsFilteredOut() const { return m_dim; }
    void setDimsFilteredOut(bool dim);

    // "23 of 41 nodes, 19 of 44 edges".
    QString summary() const;
    // The parse problem shown under the text box; empty when there is none.
    QString errorText() const;

signals:
    // The filter, or the hide/dim choice, changed: read nodeStates() and
    // edgeVisibility() again.
    void filterChanged();

private:
    void rebuildSections();
    void apply(bool fromText);
    void syncWidgets();
    void onTextEdited();
    void showPendingError();
    void onDatesEdited(int lower, int upper, int moved);
    void onDegreeEdited();
    void setUpDateScale();
    void syncDates();
    void onFacetEdited(const QString &facet, const QStringList &values, bool negated);

    RelationshipGraph m_graph;
    FilterEvaluator m_evaluator;
    Filter m_filter;
    FilterResult m_result;
    bool m_dim = false;
    bool m_syncing = false;
    QString m_pendingError;
    int m_pendingColumn = 0;

    QLineEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_errorTimer = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_neighbours = nullptr;
    QCheckBox *m_isolated = nullptr;
    QCheckBox *m_dimBox = nullptr;
    // The date slider's steps are days or months from m_dateOrigin.
    bool m_dateByMonth = false;
    QDate m_dateOrigin;
    int m_dateSteps = 0;
    QDate stepStart(int step) const;
    QDate stepEnd(int step) const;
    int stepOf(QDate date) const;
    QString stepText(int step) const;

    QWidget *m_dateRow = nullptr;
    RangeSlider *m_dates = nullptr;
    QLabel *m_dateLabel = nullptr;
    QWidget *m_degreeRow = nullptr;
    QSpinBox *m_degreeMin = nullptr;
    QSpinBox *m_degreeMax = nullptr;
    QVBoxLayout *m_sectionLayout = nullptr;
    std::vector<FacetSection *> m_sections;
};

} // namespace entente
