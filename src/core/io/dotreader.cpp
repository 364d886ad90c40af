#include "dotreader.h"

#include "flatfields_p.h"
#include "layout/graphviz_p.h"
#include "model/graphbuilder.h"
#include "model/numerus_p.h"

#include <QCoreApplication>

namespace entente {

namespace {

// Messages are translated in the context "entente::DotReader" (lupdate reads the
// Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::DotReader)
};

using namespace Qt::StringLiterals;

// The longest token (identifier, number, quoted or HTML string) passed to
// cgraph; its scanner has overflowed buffers on long tokens before.
constexpr qsizetype maxDotToken = 1 << 20;

Diagnostic problem(const QString &file, int line, int column, const QString &message)
{
    return {Diagnostic::Severity::Error, file, line, column, message};
}

// Scans the text as DOT's lexer would, without building anything: brace
// nesting, token lengths and NUL bytes. Returns the first problem found.
std::optional<Diagnostic> prescan(const QByteArray &data, const QString &file,
                                  const LoadLimits &limits)
{
    const char *p = data.constData();
    const qsizetype n = data.size();
    int line = 1;
    qsizetype lineStart = 0;
    int depth = 0;
    qsizetype edgeOperators = 0;
    const qsizetype tokenLimit = std::min<qsizetype>(maxDotToken, limits.maxStringBytes);
    auto column = [&](qsizetype i) { return int(i - lineStart) + 1; };
    auto tooLong = [&](qsizetype start, int startLine, qsizetype startLineStart) {
        return problem(file, startLine, int(start - startLineStart) + 1,
                       Tr::tr("a token is longer than %1 bytes").arg(tokenLimit));
    };
    bool atLineStart = true;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '\0')
            return problem(file, line, column(i), Tr::tr("the file contains a NUL byte"));
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
            atLineStart = true;
            continue;
        }
        const bool wasLineStart = atLineStart;
        if (c != ' ' && c != '\t' && c != '\r')
            atLineStart = false;
        if (c == '#' && wasLineStart) {   // preprocessor-style line: skipped
            while (i + 1 < n && p[i + 1] != '\n')
                ++i;
        } else if (c == '/' && i + 1 < n && p[i + 1] == '/') {
            while (i + 1 < n && p[i + 1] != '\n')
                ++i;
        } else if (c == '/' && i + 1 < n && p[i + 1] == '*') {
            i += 2;
            while (i < n && !(p[i] == '*' && i + 1 < n && p[i + 1] == '/')) {
                if (p[i] == '\0')
                    return problem(file, line, column(i), Tr::tr("the file contains a NUL byte"));
                if (p[i] == '\n') {
                    ++line;
                    lineStart = i + 1;
                }
                ++i;
            }
            ++i;
        } else if (c == '"') {
            const qsizetype start = i;
            const int startLine = line;
            const qsizetype startLineStart = lineStart;
            for (++i; i < n && p[i] != '"'; ++i) {
                if (p[i] == '\\' && i + 1 < n)
                    ++i;
                if (p[i] == '\0')
                    return problem(file, line, column(i), Tr::tr("the file contains a NUL byte"));
                if (p[i] == '\n') {
                    ++line;
                    lineStart = i + 1;
                }
                if (i - start > tokenLimit)
                    return tooLong(start, startLine, startLineStart);
            }
        } else if (c == '<') {
            // An HTML string: nested angle brackets up to the matching '>'.
            const qsizetype start = i;
            const int startLine = line;
            const qsizetype startLineStart = lineStart;
            int html = 1;
            for (++i; i < n && html > 0; ++i) {
                if (p[i] == '<' && ++html > limits.maxDepth)
                    return problem(file, line, column(i),
                                   Tr::tr("HTML label nested deeper than %n levels", nullptr, numerus(limits.maxDepth)));
                if (p[i] == '>')
                    --html;
                if (p[i] == '\0')
                    return problem(file, line, column(i), Tr::tr("the file contains a NUL byte"));
                if (p[i] == '\n') {
                    ++line;
                    lineStart = i + 1;
                }
                if (i - start > tokenLimit)
                    return tooLong(start, startLine, startLineStart);
            }
            --i;
        } else if (c == '{') {
            if (++depth > limits.maxDepth)
                return problem(file, line, column(i),
                               Tr::tr("subgraphs nested deeper than %n levels", nullptr, numerus(limits.maxDepth)));
        } else if (c == '}') {
            --depth;
        } else if (c == '-' && i + 1 < n && (p[i + 1] == '-' || p[i + 1] == '>')) {
            if (++edgeOperators > limits.maxEdges)
                return problem(file, line, column(i), Tr::tr("more than %n edges", nullptr, numerus(limits.maxEdges)));
            ++i;
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'
                   || static_cast<unsigned char>(c) >= 0x80) {
            const qsizetype start = i;
            while (i + 1 < n
                   && (std::isalnum(static_cast<unsigned char>(p[i + 1])) || p[i + 1] == '_'
                       || p[i + 1] == '.' || static_cast<unsigned char>(p[i + 1]) >= 0x80)) {
                ++i;
                if (i - start > tokenLimit)
                    return tooLong(start, line, lineStart);
            }
        }
    }
    return std::nullopt;
}

// "x,y" or "x,y!" (pinned), in points; Graphviz's y axis points up.
std::optional<std::pair<QPointF, bool>> parsePos(const QString &text)
{
    QString t = text.trimmed();
    bool pinned = false;
    if (t.endsWith(u'!')) {
        pinned = true;
        t.chop(1);
    }
    const QStringList parts = t.split(u',');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    const auto x = flat::parseNumber(parts[0]);
    const auto y = flat::parseNumber(parts[1]);
    if (!x || !y)
        return std::nullopt;
    return std::make_pair(QPointF(*x, -*y), pinned);
}

} // namespace

LoadResult readDot(const QByteArray &data, const QString &fileName, const LoadLimits &limits)
{
    LoadResult result;
    const qint64 cap = std::min(limits.maxFileBytes, maxDotBytes);
    if (data.size() > cap) {
        result.diagnostics.append(problem(fileName, 0, 0, Tr::tr("file is larger than %1 bytes").arg(cap)));
        return result;
    }
    if (auto refused = prescan(data, fileName, limits)) {
        result.diagnostics.append(*refused);
        return result;
    }

    Graphviz::ParseResult parsed = Graphviz::parseDot(data);
    for (const Graphviz::Message &message : parsed.messages) {
        result.diagnostics.append({message.error ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning,
                                   fileName, message.line, 0, message.text});
    }
    if (!parsed.graph) {
        if (!hasErrors(result.diagnostics))
            result.diagnostics.append(problem(fileName, 0, 0, Tr::tr("no graph in the file")));
        return result;
    }
    if (hasErrors(result.diagnostics))
        return result;
    Graphviz::DotGraph &dot = *parsed.graph;
    if (qint64(dot.nodes.size()) > limits.maxNodes) {
        result.diagnostics.append(problem(fileName, 0, 0, Tr::tr("more than %n nodes", nullptr, numerus(limits.maxNodes))));
        return result;
    }
    if (qint64(dot.edges.size()) > limits.maxEdges) {
        result.diagnostics.append(problem(fileName, 0, 0, Tr::tr("more than %n edges", nullptr, numerus(limits.maxEdges))));
        return result;
    }

    GraphBuilder builder;
    builder.reserve(qsizetype(dot.nodes.size()), qsizetype(dot.edges.size()));
    builder.setDirected(dot.directed);
    Attributes graphAttributes;
    for (const auto &[name, value] : dot.attributes) {
        if (name == u"label"_s)
            builder.setTitle(value);
        else
            graphAttributes.append({name, value});
    }
    builder.setAttributes(graphAttributes);

    NodePositions positions(qsizetype(dot.nodes.size()));
    // cgraph's node i becomes our node i: edges refer to nodes by that number.
    for (std::size_t i = 0; i < dot.nodes.size(); ++i) {
        Graphviz::DotNode &dotNode = dot.nodes[i];
        if (dotNode.attributes.size() > limits.maxAttributes) {
            result.diagnostics.append(problem(fileName, 0, 0,
                Tr::tr("node \"%1\" has more than %2 attributes").arg(dotNode.name).arg(limits.maxAttributes)));
            return result;
        }
        NodeData node;
        node.id = dotNode.name;
        for (auto &[name, value] : dotNode.attributes) {
            if (name == u"pos"_s) {
                if (const auto pos = parsePos(value)) {
                    positions.set(qsizetype(i), pos->first);
                    positions.pinned[i] = pos->second;
                    continue;
                }
                result.diagnostics.append({Diagnostic::Severity::Warning, fileName, 0, 0,
                    Tr::tr("node \"%1\": pos \"%2\" is not \"x,y\"; ignored").arg(dotNode.name, value)});
                continue;
            }
            // "\N" is Graphviz's default label: the node's name.
            if (name == u"label"_s && value == u"\\N"_s)
                continue;
            if (flat::assignNodeField(node, name, value))
                continue;
            node.attributes.append({name, value});
        }
        if (!dotNode.cluster.isEmpty())
            node.attributes.append({u"cluster"_s, dotNode.cluster});
        if (!builder.addNode(std::move(node))) {
            // cgraph compares names as bytes; two that are not valid UTF-8 can
            // decode to the same text ("a\xff" and "a\xfe" both to "a\uFFFD").
            result.diagnostics.append(problem(fileName, 0, 0,
                u"two nodes are named \"%1\" once read as UTF-8 (the file is not valid UTF-8)"_s
                    .arg(dotNode.name)));
            return result;
        }
    }
    for (Graphviz::DotEdge &dotEdge : dot.edges) {
        EdgeData edge;
        for (auto &[name, value] : dotEdge.attributes) {
            // Spline control points of an earlier layout: stale once we move nodes.
            if (name == u"pos"_s)
                continue;
            if (name == u"key"_s) {   // the edge's name in strict graphs and multi-edges
                edge.id = value;
                continue;
            }
            if (flat::assignEdgeField(edge, name, value))
                continue;
            edge.attributes.append({name, value});
        }
        builder.addEdge(dotEdge.tail, dotEdge.head, std::move(edge));
    }

    GraphDocument document;
    document.graph = builder.build();
    document.positions = std::move(positions);
    document.dialect = u"dot"_s;
    result.document = std::move(document);
    return result;
}

} // namespace entente
