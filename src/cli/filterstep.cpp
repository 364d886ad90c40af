// --filter EXPR: reduces the loaded document to what the filter shows before
// any output step (--info, --export...) sees it.
#include "commandline.h"

#include <QCoreApplication>

#include "analysis/communities.h"
#include "filter/filterexpression.h"
#include "filter/filterindex.h"
#include "filter/subgraph.h"

namespace entente {

using namespace Qt::StringLiterals;

namespace {

// "--filter:1:COLUMN: message", then the expression with a caret under the
// problem, as compilers show it.
QString describeProblem(const FilterParseResult &parsed, const QString &expression)
{
    QString caret(qsizetype(std::max(0, parsed.column - 1)), u' ');
    // Tabs keep their width in the caret line.
    for (qsizetype i = 0, col = 0; i < expression.size() && col < caret.size(); ++i) {
        if (expression[i].isLowSurrogate())
            continue;
        if (expression[i] == u'\t')
            caret[col] = u'\t';
        ++col;
    }
    return parsed.diagnostic(u"--filter"_s).toString() + u"\n  "_s + expression + u"\n  "_s
           + caret + u'^';
}

// The graph's index, with the computed facets the expression names:
// community (Louvain with the default seed, as --metrics and the Analysis
// dock number them) and component (connected components). They are computed
// only when named, since Louvain takes seconds on a large graph.
FilterIndex indexFor(const RelationshipGraph &graph, const QString &expression)
{
    FilterIndex index(graph);
    const FilterParseResult syntax = parseFilterExpression(expression);
    if (!syntax.ok())
        return index;
    bool community = false, component = false;
    for (const FacetCondition &condition : syntax.filter->facets) {
        community = community || condition.facet.compare(u"community", Qt::CaseInsensitive) == 0;
        component = component || condition.facet.compare(u"component", Qt::CaseInsensitive) == 0;
    }
    if (community)
        index = index.withComputedFacet(u"community"_s, louvainCommunities(graph).membership);
    if (component)
        index = index.withComputedFacet(u"component"_s, graph.components());
    return index;
}

class FilterStep final : public CliStep
{
public:
    Phase phase() const override { return Phase::Transform; }

    void addOptions(QCommandLineParser &parser) override { parser.addOption(m_option); }

    // A filter alone asks for no output: it is then left to the window. The
    // other steps are asked afresh (isSet goes by option name), skipping the
    // transforms so that this does not recurse.
    bool isRequested(const QCommandLineParser &parser) const override
    {
        if (!parser.isSet(m_option))
            return false;
        for (const auto &step : createCliSteps()) {
            if (step->phase() == Phase::Output && step->isRequested(parser))
                return true;
        }
        return false;
    }

    // Syntax is checked before loading; facet names and values need the graph
    // and are checked in run().
    QString checkUsage(const QCommandLineParser &parser) const override
    {
        if (!parser.isSet(m_option))
            return {};
        const QString expression = parser.value(m_option);
        const FilterParseResult parsed = parseFilterExpression(expression);
        return parsed.ok() ? QString() : describeProblem(parsed, expression);
    }

    int run(CliSession &session) override
    {
        const QString expression = session.parser.value(m_option);
        const FilterIndex index = indexFor(session.document.graph, expression);
        const FilterParseResult parsed = parseFilterExpression(expression, &index);
        if (!parsed.ok()) {
            session.printError(u"entente: "_s + describeProblem(parsed, expression));
            return ExitUsage;
        }
        session.document = filteredDocument(session.document, *parsed.filter, index);
        return ExitOk;
    }

private:
    const QCommandLineOption m_option{
        u"filter"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Keep only what the filter expression EXPR shows, for --info and the exports, e.g. "
            "'country:DE,FR -relation:supplier since:2025-01-01 \"black forest\"'. Facets: country, "
            "sector, kind, relation, the file's own, community (Louvain, default seed) and component; "
            "-facet:v negates; since:/until:/date: dates; "
            "degree:N..M; words search labels and ids; show:neighbours, hide:isolated."),
        u"EXPR"_s};
};

} // namespace

std::unique_ptr<CliStep> makeFilterStep()
{
    return std::make_unique<FilterStep>();
}

} // namespace entente
