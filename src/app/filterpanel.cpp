#include "filterpanel.h"

#include "filter/filterexpression.h"
#include "filter/subgraph.h"
#include "rangeslider.h"

#include <QCheckBox>
#include <QSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QHash>
#include <algorithm>
#include <functional>
#include <limits>

namespace entente {

namespace {

QString facetTitle(const Facet &facet)
{
    if (facet.name == u"country")
        return FilterPanel::tr("Country");
    if (facet.name == u"sector")
        return FilterPanel::tr("Sector");
    if (facet.name == u"kind")
        return FilterPanel::tr("Kind");
    if (facet.name == u"relation")
        return FilterPanel::tr("Relation");
    QString title = facet.name;
    title.replace(u'_', u' ');
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

} // namespace

// One facet: a header that folds the section, "exclude" (negation), a search
// box for long lists, and the values with their counts. Values are listed by
// how many items carry them in the whole graph, so that they stay in place
// while counts change under the user's clicks.
class FacetSection : public QWidget
{
public:
    using Edited = std::function<void(const QString &facet, const QStringList &values, bool negated)>;

    FacetSection(const Facet &facet, Edited edited, QWidget *parent = nullptr)
        : QWidget(parent), m_name(facet.name), m_title(facetTitle(facet)), m_edited(std::move(edited))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);

        auto *header = new QHBoxLayout;
        m_toggle = new QToolButton(this);
        m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_toggle->setArrowType(Qt::DownArrow);
        m_toggle->setAutoRaise(true);
        m_toggle->setCheckable(true);
        m_toggle->setChecked(true);
        const bool onEdges = facet.target == Facet::Target::Edges;
        m_toggle->setText(m_title);
        QString tip = onEdges ? FilterPanel::tr("Counts are relations between shown nodes")
                              : FilterPanel::tr("Counts are nodes that would show with the "
                                                "value, given the other filters");
        if (facet.computed)
            tip += u' ' + FilterPanel::tr("(computed by the Analysis dock)");
        m_toggle->setToolTip(tip);
        QFont bold = m_toggle->font();
        bold.setBold(true);
        m_toggle->setFont(bold);
        m_exclude = new QCheckBox(FilterPanel::tr("Exclude"), this);
        m_exclude->setToolTip(FilterPanel::tr("Show what has none of the checked values"));
        header->addWidget(m_toggle);
        header->addStretch();
        header->addWidget(m_exclude);
        layout->addLayout(header);

        m_body = new QWidget(this);
        auto *body = new QVBoxLayout(m_body);
        body->setContentsMargins(12, 0, 0, 4);
        body->setSpacing(2);
        if (facet.values.size() > 10) {
            m_search = new QLineEdit(m_body);
            m_search->setPlaceholderText(FilterPanel::tr("Search %1…").arg(facetTitle(facet).toLower()));
            m_search->setClearButtonEnabled(true);
            body->addWidget(m_search);
            connect(m_search, &QLineEdit::textChanged, this, [this] { applySearch(); });
        }
        m_list = new QTreeWidget(m_body);
        m_list->setColumnCount(2);
        m_list->setHeaderHidden(true);
        m_list->setRootIsDecorated(false);
        m_list->setUniformRowHeights(true);
        m_list->setAccessibleName(facetTitle(facet));
        m_list->header()->setStretchLastSection(false);
        m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        body->addWidget(m_list);
        layout->addWidget(m_body);

        std::vector<qsizetype> order(std::size_t(facet.values.size()));
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = qsizetype(i);
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return facet.totals[a] > facet.totals[b]; });
        m_items.resize(order.size());
        for (qsizetype v : order) {
            auto *item = new QTreeWidgetItem(m_list, {facet.values[v], QString()});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(0, Qt::Unchecked);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setData(0, Qt::UserRole, facet.values[v]);
            m_items[v] = item;
        }
        const int rows = std::min<int>(8, int(order.size()));
        const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
        m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);

        connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
            m_body->setVisible(open);
            m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        });
        connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int column) {
            if (column == 0 && !m_syncing)
                emitEdited();
        });
        connect(m_exclude, &QCheckBox::toggled, this, [this] {
            if (!m_syncing)
                emitEdited();
        });
    }

    const QString &name() const { return m_name; }
    QTreeWidget *list() const { return m_list; }
    bool isOpen() const { return m_toggle->isChecked(); }
    void setOpen(bool open) { m_toggle->setChecked(open); }
    QString searchText() const { return m_search ? m_search->text() : QString(); }
    void setSearchText(const QString &text)
    {
        if (m_search)
            m_search->setText(text);
    }

    // Shows the condition and the counts without emitting anything.
    void sync(const FacetCondition *condition, const std::vector<qsizetype> &counts)
    {
        m_syncing = true;
        const QColor dim = palette().color(QPalette::Disabled, QPalette::Text);
        const QColor normal = palette().color(QPalette::Text);
        for (std::size_t v = 0; v < m_items.size(); ++v) {
            QTreeWidgetItem *item = m_items[v];
            const QString value = item->data(0, Qt::UserRole).toString();
            const bool checked = condition && condition->values.contains(value);
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
            const qsizetype count = v < counts.size() ? counts[v] : 0;
            item->setText(1, QString::number(count));
            const QColor colour = count == 0 && !checked ? dim : normal;
            item->setForeground(0, colour);
            item->setForeground(1, colour);
        }
        m_exclude->setChecked(condition && condition->negated);
        const int selected = condition ? int(condition->values.size()) : 0;
        m_toggle->setText(selected ? FilterPanel::tr("%1 (%2 checked)").arg(m_title).arg(selected)
                                   : m_title);
        m_syncing = false;
    }

private:
    void emitEdited()
    {
        QStringList values;
        for (QTreeWidgetItem *item : m_items) {
            if (item->checkState(0) == Qt::Checked)
                values.append(item->data(0, Qt::UserRole).toString());
        }
        m_edited(m_name, values, m_exclude->isChecked());
    }

    void applySearch()
    {
        const QString needle = foldForSearch(m_search->text());
        for (QTreeWidgetItem *item : m_items)
            item->setHidden(!needle.isEmpty() && !foldForSearch(item->text(0)).contains(needle));
    }

    QString m_name;
    QString m_title;
    Edited m_edited;
    QToolButton *m_toggle = nullptr;
    QCheckBox *m_exclude = nullptr;
    QWidget *m_body = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
    std::vector<QTreeWidgetItem *> m_items;   // by value number
    bool m_syncing = false;
};

FilterPanel::FilterPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterExpression"));
    m_text->setAccessibleName(tr("Filter expression"));
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Filter: country:DE,FR -relation:supplier \"black forest\""));
    m_text->setToolTip(
        tr("<p>Type a filter; it applies as you type.</p>"
           "<p><b>facet:a,b</b> any of the values (facets: country, sector, kind, relation, "
           "the file's own such as a node's group or a relation's status, and community and "
           "component once the Analysis dock has computed them)<br><b>-facet:a</b> none of them<br>"
           "<b>since:2025-01-01 until:2025-12</b> or <b>date:2025</b> a date range<br>"
           "<b>degree:3..</b> or <b>degree:2..10</b> a degree range<br>"
           "words and <b>\"quoted phrases\"</b> search labels and ids, ignoring case and accents<br>"
           "<b>show:neighbours</b>, <b>hide:isolated</b> the options below</p>"));
    layout->addWidget(m_text);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);
    m_errorTimer = new QTimer(this);
    m_errorTimer->setSingleShot(true);
    m_errorTimer->setInterval(600);
    connect(m_errorTimer, &QTimer::timeout, this, &FilterPanel::showPendingError);

    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("filterSummary"));
    auto *clearButton = new QPushButton(tr("Clear all"), this);
    clearButton->setObjectName(QStringLiteral("clearFilter"));
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(clearButton);
    layout->addLayout(summaryRow);

    // Dates: a range slider over the histogram of relations per month or
    // year, the chosen range written beside the title.
    m_dateRow = new QWidget(this);
    auto *dates = new QVBoxLayout(m_dateRow);
    dates->setContentsMargins(0, 4, 0, 0);
    dates->setSpacing(0);
    auto *dateHeader = new QHBoxLayout;
    auto *dateTitle = new QLabel(tr("Dates"), m_dateRow);
    QFont bold = dateTitle->font();
    bold.setBold(true);
    dateTitle->setFont(bold);
    m_dateLabel = new QLabel(m_dateRow);
    m_dateLabel->setObjectName(QStringLiteral("dateRangeText"));
    m_dateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    dateHeader->addWidget(dateTitle);
    dateHeader->addStretch();
    dateHeader->addWidget(m_dateLabel);
    dates->addLayout(dateHeader);
    m_dates = new RangeSlider(m_dateRow);
    m_dates->setObjectName(QStringLiteral("dateRange"));
    m_dates->setAccessibleName(tr("Date range"));
    m_dates->setHandleNames(tr("From date"), tr("To date"));
    m_dates->setToolTip(tr("Relations dated in the range, and the entities they join or whose "
                           "own dates fall in it. Drag the handles or use the arrow keys."));
    m_dates->setValueText([this](int step) { return stepText(step); });
    dateTitle->setBuddy(m_dates);
    dates->addWidget(m_dates);
    layout->addWidget(m_dateRow);

    m_degreeRow = new QWidget(this);
    auto *degree = new QHBoxLayout(m_degreeRow);
    degree->setContentsMargins(0, 0, 0, 0);
    auto *degreeTitle = new QLabel(tr("Degree"), m_degreeRow);
    degreeTitle->setFont(bold);
    m_degreeMin = new QSpinBox(m_degreeRow);
    m_degreeMax = new QSpinBox(m_degreeRow);
    m_degreeMin->setObjectName(QStringLiteral("degreeMin"));
    m_degreeMax->setObjectName(QStringLiteral("degreeMax"));
    m_degreeMin->setAccessibleName(tr("Minimum degree"));
    m_degreeMax->setAccessibleName(tr("Maximum degree"));
    m_degreeMin->setToolTip(tr("Show nodes with at least this many relations"));
    m_degreeMax->setToolTip(tr("Show nodes with at most this many relations"));
    degreeTitle->setBuddy(m_degreeMin);
    degree->addWidget(degreeTitle);
    degree->addStretch();
    degree->addWidget(m_degreeMin);
    degree->addWidget(new QLabel(tr("to"), m_degreeRow));
    degree->addWidget(m_degreeMax);
    layout->addWidget(m_degreeRow);

    m_neighbours = new QCheckBox(tr("Keep neighbours of matches (faded)"), this);
    m_isolated = new QCheckBox(tr("Hide nodes left without edges"), this);
    m_dimBox = new QCheckBox(tr("Dim filtered-out nodes instead of hiding them"), this);
    m_neighbours->setObjectName(QStringLiteral("keepNeighbours"));
    m_isolated->setObjectName(QStringLiteral("hideIsolated"));
    m_dimBox->setObjectName(QStringLiteral("dimFilteredOut"));
    layout->addWidget(m_neighbours);
    layout->addWidget(m_isolated);
    layout->addWidget(m_dimBox);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Filter facets"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *sections = new QWidget(scroll);
    m_sectionLayout = new QVBoxLayout(sections);
    m_sectionLayout->setContentsMargins(0, 0, 0, 0);
    m_sectionLayout->addStretch();
    scroll->setWidget(sections);
    layout->addWidget(scroll, 1);

    connect(m_text, &QLineEdit::textEdited, this, &FilterPanel::onTextEdited);
    connect(clearButton, &QPushButton::clicked, this, &FilterPanel::clear);
    connect(m_neighbours, &QCheckBox::toggled, this, [this](bool on) {
        if (m_syncing)
            return;
        m_filter.keepNeighbours = on;
        apply(false);
    });
    connect(m_isolated, &QCheckBox::toggled, this, [this](bool on) {
        if (m_syncing)
            return;
        m_filter.hideIsolated = on;
        apply(false);
    });
    connect(m_dimBox, &QCheckBox::toggled, this, &FilterPanel::setDimsFilteredOut);
    connect(m_dates, &RangeSlider::valuesEdited, this,
            [this](int lower, int upper, RangeSlider::Handle moved) {
                onDatesEdited(lower, upper, int(moved));
            });
    connect(m_degreeMin, &QSpinBox::valueChanged, this, &FilterPanel::onDegreeEdited);
    connect(m_degreeMax, &QSpinBox::valueChanged, this, &FilterPanel::onDegreeEdited);

    setGraph(RelationshipGraph());
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::setGraph(const RelationshipGraph &graph)
{
    m_graph = graph;
    m_evaluator.setIndex(FilterIndex(graph));
    m_filter = Filter{};
    rebuildSections();
    apply(false);
}

const RelationshipGraph &FilterPanel::graph() const { return m_graph; }

void FilterPanel::setComputedFacet(const QString &name, const std::vector<quint32> &values,
                                   const QStringList &valueNames)
{
    const FilterIndex &index = m_evaluator.index();
    if (values.empty()) {
        const int f = index.facetIndex(name);
        if (f < 0 || !index.facets()[f].computed)
            return;
        m_evaluator.setIndex(index.withoutComputedFacet(name));
        m_filter.removeCondition(index.facets()[f].name);
    } else {
        m_evaluator.setIndex(index.withComputedFacet(name, values, valueNames));
    }
    rebuildSections();
    apply(false);
}

void FilterPanel::rebuildSections()
{
    // Sections folded or searched stay so when the facets change (a computed
    // facet added).
    QHash<QString, std::pair<bool, QString>> state;
    for (FacetSection *section : m_sections) {
        state.insert(section->name(), {section->isOpen(), section->searchText()});
        delete section;
    }
    m_sections.clear();
    const FilterIndex &index = m_evaluator.index();
    for (const Facet &facet : index.facets()) {
        if (facet.values.isEmpty())
            continue;
        auto *section = new FacetSection(
            facet,
            [this](const QString &name, const QStringList &values, bool negated) {
                onFacetEdited(name, values, negated);
            },
            m_sectionLayout->parentWidget());
        section->setObjectName(QStringLiteral("facet-") + facet.name);
        if (const auto it = state.constFind(facet.name); it != state.constEnd()) {
            section->setOpen(it->first);
            section->setSearchText(it->second);
        }
        m_sectionLayout->insertWidget(m_sectionLayout->count() - 1, section);
        m_sections.push_back(section);
    }
    m_syncing = true;
    setUpDateScale();
    m_degreeRow->setVisible(index.maxDegree() > 0);
    m_degreeMin->setRange(0, index.maxDegree());
    m_degreeMax->setRange(0, index.maxDegree());
    m_syncing = false;
}

// The slider's steps: days when the dates span a few months (a single day is
// shown within its month), else months; the histogram's bars group them.
void FilterPanel::setUpDateScale()
{
    const FilterIndex &index = m_evaluator.index();
    const QDate first = index.firstDate();
    const QDate last = index.lastDate();
    m_dateRow->setVisible(first.isValid());
    if (!first.isValid()) {
        m_dateSteps = 0;
        m_dates->setRange(0, 0);
        m_dates->setHistogram({});
        return;
    }
    const QDate monthStart(first.year(), first.month(), 1);
    const QDate lastMonthEnd = QDate(last.year(), last.month(), 1).addMonths(1).addDays(-1);
    m_dateByMonth = monthStart.daysTo(lastMonthEnd) > 150;
    m_dateOrigin = monthStart;
    m_dateSteps = m_dateByMonth ? (last.year() - first.year()) * 12 + last.month() - first.month() + 1
                                : int(monthStart.daysTo(lastMonthEnd)) + 1;
    m_dates->setRange(0, m_dateSteps - 1);
    m_dates->setPageStep(m_dateByMonth ? 12 : 7);

    // Bars wide enough to read: at most about 40, by calendar quarters,
    // halves or years when the months are more, by weeks when the days are.
    constexpr int maxBins = 40;
    std::vector<RangeSlider::Bin> bins;
    if (m_dateByMonth) {
        int months = 1;
        for (int k : {1, 3, 6, 12}) {
            months = k;
            if ((m_dateSteps + 2 * k - 2) / k <= maxBins)
                break;
        }
        int step = 0;
        while (step < m_dateSteps) {
            // Calendar-aligned: a quarter starts in January, April...
            const int month0 = (stepStart(step).month() - 1) % months;
            const int last = std::min(m_dateSteps - 1, step + months - 1 - month0);
            bins.push_back({step, last, index.edgesStarting(stepStart(step), stepEnd(last))});
            step = last + 1;
        }
    } else {
        const int days = m_dateSteps > maxBins ? 7 : 1;
        for (int step = 0; step < m_dateSteps; step += days) {
            const int last = std::min(m_dateSteps - 1, step + days - 1);
            bins.push_back({step, last, index.edgesStarting(stepStart(step), stepEnd(last))});
        }
    }
    m_dates->setHistogram(std::move(bins));
}

QDate FilterPanel::stepStart(int step) const
{
    return m_dateByMonth ? m_dateOrigin.addMonths(step) : m_dateOrigin.addDays(step);
}

QDate FilterPanel::stepEnd(int step) const
{
    return m_dateByMonth ? m_dateOrigin.addMonths(step + 1).addDays(-1) : m_dateOrigin.addDays(step);
}

int FilterPanel::stepOf(QDate date) const
{
    if (!date.isValid() || m_dateSteps == 0)
        return 0;
    const qint64 step = m_dateByMonth ? qint64(date.year() - m_dateOrigin.year()) * 12 + date.month()
                                            - m_dateOrigin.month()
                                      : m_dateOrigin.daysTo(date);
    return int(std::clamp<qint64>(step, 0, m_dateSteps - 1));
}

QString FilterPanel::stepText(int step) const
{
    return stepStart(step).toString(m_dateByMonth ? QStringLiteral("yyyy-MM")
                                                  : QStringLiteral("yyyy-MM-dd"));
}

QString FilterPanel::expression() const { return filterExpression(m_filter); }

bool FilterPanel::setExpression(const QString &text)
{
    m_text->setText(text);
    const FilterParseResult parsed = parseFilterExpression(text, &m_evaluator.index());
    if (!parsed.ok()) {
        m_pendingError = parsed.message;
        m_pendingColumn = parsed.column;
        showPendingError();
        return false;
    }
    m_filter = *parsed.filter;
    apply(true);
    return true;
}

void FilterPanel::setFilter(const Filter &filter)
{
    m_filter = filter;
    m_filter.normalize();
    apply(false);
}

void FilterPanel::clear()
{
    m_filter = Filter{};
    apply(false);
}

void FilterPanel::onTextEdited()
{
    const FilterParseResult parsed = parseFilterExpression(m_text->text(), &m_evaluator.index());
    if (!parsed.ok()) {
        // Half-typed expressions are normal: say what is wrong only once the
        // user pauses, and keep the last filter meanwhile.
        m_pendingError = parsed.message;
        m_pendingColumn = parsed.column;
        m_errorTimer->start();
        return;
    }
    m_errorTimer->stop();
    m_pendingError.clear();
    m_error->hide();
    if (*parsed.filter == m_filter)
        return;
    m_filter = *parsed.filter;
    apply(true);
}

void FilterPanel::showPendingError()
{
    if (m_pendingError.isEmpty()) {
        m_error->hide();
        return;
    }
    m_error->setText(tr("Column %1: %2").arg(m_pendingColumn).arg(m_pendingError));
    m_error->show();
}

QString FilterPanel::errorText() const
{
    return m_error->isVisible() || !m_pendingError.isEmpty() ? m_pendingError : QString();
}

// Only the bound of the handle moved changes, so that a date typed in the
// expression that falls inside a step stays as typed. A handle at its end of
// the slider sets no bound.
void FilterPanel::onDatesEdited(int lower, int upper, int moved)
{
    if (m_syncing || m_dateSteps == 0)
        return;
    if (moved == RangeSlider::Lower) {
        if (lower <= 0)
            m_filter.since.reset();
        else
            m_filter.since = stepStart(lower);
    } else {
        if (upper >= m_dateSteps - 1)
            m_filter.until.reset();
        else
            m_filter.until = stepEnd(upper);
    }
    if (m_filter.since && m_filter.until && *m_filter.since > *m_filter.until)
        std::swap(m_filter.since, m_filter.until);
    apply(false);
}

void FilterPanel::onDegreeEdited()
{
    if (m_syncing)
        return;
    const int top = m_evaluator.index().maxDegree();
    int min = m_degreeMin->value();
    int max = m_degreeMax->value();
    // The other box follows when one passes it.
    if (min > max) {
        m_syncing = true;
        if (sender() == m_degreeMin)
            m_degreeMax->setValue(max = min);
        else
            m_degreeMin->setValue(min = max);
        m_syncing = false;
    }
    const bool negated = m_filter.degree && m_filter.degree->negated;
    if (min <= 0 && max >= top && !negated) {
        m_filter.degree.reset();
    } else {
        DegreeCondition degree;
        degree.min = min;
        degree.max = max >= top ? std::numeric_limits<int>::max() : max;
        degree.negated = negated;
        m_filter.degree = degree;
    }
    apply(false);
}

void FilterPanel::syncDates()
{
    if (m_dateSteps == 0)
        return;
    const FilterIndex &index = m_evaluator.index();
    m_dates->setValues(m_filter.since ? stepOf(*m_filter.since) : 0,
                       m_filter.until ? stepOf(*m_filter.until) : m_dateSteps - 1);
    const auto iso = [](QDate d) { return d.toString(Qt::ISODate); };
    QString text;
    if (!m_filter.since && !m_filter.until) {
        text = index.firstDate() == index.lastDate()
                   ? tr("any (all on %1)").arg(iso(index.firstDate()))
                   : tr("any (%1 to %2)").arg(iso(index.firstDate()), iso(index.lastDate()));
    } else if (!m_filter.until) {
        text = tr("from %1").arg(iso(*m_filter.since));
    } else if (!m_filter.since) {
        text = tr("until %1").arg(iso(*m_filter.until));
    } else {
        text = tr("%1 to %2").arg(iso(*m_filter.since), iso(*m_filter.until));
    }
    m_dateLabel->setText(text);
    m_dates->setAccessibleDescription(text);
}

void FilterPanel::onFacetEdited(const QString &facet, const QStringList &values, bool negated)
{
    m_filter.setCondition({facet, values, negated});
    apply(false);
}

void FilterPanel::setDimsFilteredOut(bool dim)
{
    if (dim == m_dim)
        return;
    m_dim = dim;
    m_syncing = true;
    m_dimBox->setChecked(dim);
    m_syncing = false;
    emit filterChanged();
}

void FilterPanel::apply(bool fromText)
{
    m_result = m_evaluator.evaluate(m_filter, true);
    if (!fromText) {
        m_text->setText(expression());
        m_errorTimer->stop();
        m_pendingError.clear();
        m_error->hide();
    }
    syncWidgets();
    emit filterChanged();
}

void FilterPanel::syncWidgets()
{
    m_syncing = true;
    const FilterIndex &index = m_evaluator.index();
    for (FacetSection *section : m_sections) {
        const int f = index.facetIndex(section->name());
        static const std::vector<qsizetype> none;
        section->sync(m_filter.condition(section->name()),
                      f >= 0 && std::size_t(f) < m_result.counts.size() ? m_result.counts[f] : none);
    }
    m_neighbours->setChecked(m_filter.keepNeighbours);
    m_isolated->setChecked(m_filter.hideIsolated);
    syncDates();
    const int top = index.maxDegree();
    m_degreeMin->setValue(m_filter.degree ? std::min(m_filter.degree->min, top) : 0);
    m_degreeMax->setValue(m_filter.degree && !m_filter.degree->isOpenEnded()
                              ? std::min(m_filter.degree->max, top)
                              : top);
    m_summary->setText(summary());
    m_syncing = false;
}

QString FilterPanel::summary() const
{
    QString text = tr("%1 of %2 nodes, %3 of %4 edges")
                       .arg(m_result.shownNodes)
                       .arg(m_graph.nodeCount())
                       .arg(m_result.shownEdges)
                       .arg(m_graph.edgeCount());
    if (m_result.neighbourNodes > 0)
        text += tr(" (%n kept as neighbours)", nullptr, int(m_result.neighbourNodes));
    return text;
}

GraphDocument FilterPanel::filteredDocument(const GraphDocument &document) const
{
    return entente::filteredDocument(document, m_filter, m_evaluator.index());
}

std::vector<NodeState> FilterPanel::nodeStates() const
{
    if (m_filter.isEmpty())
        return {};
    std::vector<NodeState> states = m_result.nodeStates;
    if (m_dim) {
        for (NodeState &state : states) {
            if (state == NodeState::Hidden)
                state = NodeState::Dimmed;
        }
    }
    return states;
}

std::vector<quint8> FilterPanel::edgeVisibility() const
{
    if (m_filter.isEmpty())
        return {};
    // Dimming keeps every node drawn, so every edge that passes the edge
    // conditions (relation, dates) is drawn too, faded where an end is.
    return m_dim ? m_result.edgePassing : m_result.edgeVisible;
}

} // namespace entente
