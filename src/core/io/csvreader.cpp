#include "csvreader.h"

#include "flatfields_p.h"
#include "model/graphbuilder.h"
#include "model/numerus_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace entente {

namespace {

// Messages are translated in the context "entente::CsvReader" (lupdate reads the
// Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::CsvReader)
};

using namespace Qt::StringLiterals;

// One record of a CSV file: its fields (views into the text or into the
// parser's buffer of unescaped fields), the line it starts on and each
// field's column. Valid until the next call to CsvParser::next().
struct Record
{
    QList<QStringView> fields;
    QList<int> columns;
    int line = 0;
    int row = 0;   // 1-based, the header being row 1, as a spreadsheet counts
};

class CsvParser
{
public:
    CsvParser(const QString &text, const QString &fileName, const LoadLimits &limits)
        : m_text(text), m_file(fileName), m_limits(limits)
    {
    }

    QChar delimiter() const { return m_delimiter; }

    // Skips comment lines ('#') and blank lines, then picks the delimiter
    // from the first row. Call once before next().
    void start()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u'#' || c == u'\n' || c == u'\r') {
                skipLine();
                continue;
            }
            break;
        }
        m_dataStart = m_pos;
        m_dataLine = m_line;
        // The most frequent candidate outside quotes in the first row wins;
        // ties go to the order , tab ; |.
        const QChar candidates[] = {u',', u'\t', u';', u'|'};
        int counts[4] = {0, 0, 0, 0};
        bool quoted = false;
        for (qsizetype i = m_pos; i < m_text.size(); ++i) {
            const QChar c = m_text[i];
            if (c == u'"') {
                quoted = !quoted;
            } else if (!quoted && (c == u'\n' || c == u'\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < 4; ++k)
                    counts[k] += c == candidates[k];
            }
        }
        int best = 0;
        for (int k = 1; k < 4; ++k) {
            if (counts[k] > counts[best])
                best = k;
        }
        m_delimiter = candidates[best];
    }

    // Back to the first record, for a second pass.
    void rewind()
    {
        m_pos = m_dataStart;
        m_line = m_dataLine;
        m_row = 0;
    }

    // Reads the next record; false at the end or on an error (then error() is set).
    bool next(Record &record)
    {
        record.fields.clear();
        record.columns.clear();
        m_buffer.clear();
        m_spans.clear();
        // Blank lines between records are skipped.
        while (m_pos < m_text.size() && (m_text[m_pos] == u'\n' || m_text[m_pos] == u'\r'))
            skipNewline();
        if (m_pos >= m_text.size())
            return false;
        record.line = m_line;
        record.row = ++m_row;
        for (;;) {
            Span span;
            span.column = int(m_pos - m_lineStart) + 1;
            if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                const int openLine = m_line;
                const int openColumn = span.column;
                ++m_pos;
                span.owned = true;
                span.start = m_buffer.size();
                for (;;) {
                    if (m_pos >= m_text.size()) {
                        m_error = {Diagnostic::Severity::Error, m_file, openLine, openColumn,
                                   Tr::tr("row %1: the quoted field is not closed").arg(record.row)};
                        return false;
                    }
                    const QChar c = m_text[m_pos];
                    if (c == u'"') {
                        if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                            m_buffer.append(u'"');
                            m_pos += 2;
                            continue;
                        }
                        ++m_pos;
                        break;
                    }
                    if (c == u'\n') {
                        ++m_line;
                        m_lineStart = m_pos + 1;
                    }
                    m_buffer.append(c);
                    ++m_pos;
                    if (m_buffer.size() - span.start > m_limits.maxStringBytes / 2)
                        return tooLong(record, openLine, openColumn);
                }
                span.length = m_buffer.size() - span.start;
                if (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && m_text[m_pos] != u'\n'
                    && m_text[m_pos] != u'\r') {
                    m_error = {Diagnostic::Severity::Error, m_file, m_line, int(m_pos - m_lineStart) + 1,
                               Tr::tr("row %1: unexpected text after a closing quote").arg(record.row)};
                    return false;
                }
            } else {
                span.start = m_pos;
                while (m_pos < m_text.size()) {
                    const QChar c = m_text[m_pos];
                    if (c == m_delimiter || c == u'\n' || c == u'\r')
                        break;
                    ++m_pos;
                }
                span.length = m_pos - span.start;
                if (span.length > m_limits.maxStringBytes / 2)
                    return tooLong(record, m_line, span.column);
            }
            m_spans.append(span);
            if (m_spans.size() > m_limits.maxAttributes + 16) {
                m_error = {Diagnostic::Severity::Error, m_file, record.line, span.column,
                           Tr::tr("row %1 has more than %2 fields").arg(record.row).arg(m_limits.maxAttributes + 16)};
                return false;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            break;   // end of line or of text
        }
        if (m_pos < m_text.size())
            skipNewline();
        for (const Span &span : std::as_const(m_spans)) {
            record.fields.append(span.owned ? QStringView(m_buffer).mid(span.start, span.length)
                                            : QStringView(m_text).mid(span.start, span.length));
            record.columns.append(span.column);
        }
        return true;
    }

    const std::optional<Diagnostic> &error() const { return m_error; }

private:
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        int column = 0;
        bool owned = false;
    };

    bool tooLong(const Record &record, int line, int column)
    {
        m_error = {Diagnostic::Severity::Error, m_file, line, column,
                   Tr::tr("row %1: a field is longer than %2 bytes").arg(record.row).arg(m_limits.maxStringBytes)};
        return false;
    }
    void skipNewline()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }
    void skipLine()
    {
        while (m_pos < m_text.size() && m_text[m_pos] != u'\n' && m_text[m_pos] != u'\r')
            ++m_pos;
        if (m_pos < m_text.size())
            skipNewline();
    }

    const QString &m_text;
    QString m_file;
    LoadLimits m_limits;
    QChar m_delimiter = u',';
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    int m_row = 0;
    qsizetype m_dataStart = 0;
    int m_dataLine = 1;
    QString m_buffer;
    QList<Span> m_spans;
    std::optional<Diagnostic> m_error;
};

QString decode(const QByteArray &data)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    return QString::fromUtf8(bytes);
}

enum class Role { Ignore, Source, Target, Id, Label, Direction, Field, X, Y, Attribute };
enum class ValueType { Number, Boolean, Text };

struct Column
{
    QString name;
    Role role = Role::Attribute;
    ValueType type = ValueType::Number;   // narrowed by the first pass
    bool seen = false;                    // a non-empty value was seen
};

bool named(const QString &name, std::initializer_list<QLatin1StringView> names)
{
    for (QLatin1StringView n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<bool> parseBoolean(QStringView text)
{
    if (text.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QJsonValue typedValue(const Column &column, QStringView text)
{
    switch (column.type) {
    case ValueType::Number:
        return *flat::parseNumber(text);
    case ValueType::Boolean:
        return *parseBoolean(text.trimmed());
    case ValueType::Text:
        break;
    }
    return text.toString();
}

// Reads one file of the pair. The edges file and the nodes file differ in
// their key columns; everything else is shared.
class CsvFileReader
{
public:
    enum class Kind { Edges, Nodes };

    CsvFileReader(const CsvInput &input, const LoadLimits &limits, Diagnostics &diagnostics)
        : m_text(decode(input.data)), m_file(input.fileName), m_limits(limits),
          m_parser(m_text, input.fileName, limits), m_diagnostics(diagnostics)
    {
    }

    // Reads the header and tells the kind of file; false (with an error) when
    // it is neither. `headerless` allows a plain two-column edge list.
    bool readHeader(bool headerless);
    Kind kind() const { return m_kind; }
    // First pass over the values: the type of every attribute column.
    bool inferTypes();
    bool readNodes(GraphBuilder &builder, NodePositions &positions);
    bool readEdges(GraphBuilder &builder, NodePositions &positions, bool createNodes,
                   const QString &nodesFile, bool &directed);

private:
    void error(int line, int column, const QString &message)
    {
        m_diagnostics.append({Diagnostic::Severity::Error, m_file, line, column, message});
        ++m_errors;
    }
    bool tooManyErrors() const { return m_errors >= m_limits.maxErrors; }
    bool parserFailed()
    {
        if (m_parser.error()) {
            m_diagnostics.append(*m_parser.error());
            return true;
        }
        return false;
    }
    // Checks the field count of a record; false (with an error) when it differs.
    bool checkWidth(const Record &record);

    QString m_text;
    QString m_file;
    LoadLimits m_limits;
    CsvParser m_parser;
    Diagnostics &m_diagnostics;
    int m_errors = 0;
    Kind m_kind = Kind::Edges;
    QList<Column> m_columns;
    bool m_headerless = false;
};

bool CsvFileReader::readHeader(bool headerless)
{
    m_parser.start();
    Record header;
    if (!m_parser.next(header)) {
        if (!parserFailed())
            error(0, 0, Tr::tr("the file has no header row"));
        return false;
    }
    int source = -1, target = -1, id = -1;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toString();
        Column column;
        column.name = name;
        if (named(name, {"source"_L1, "from"_L1}) && source < 0)
            source = int(i);
        else if (named(name, {"target"_L1, "to"_L1}) && target < 0)
            target = int(i);
        else if (named(name, {"id"_L1}) && id < 0)
            id = int(i);
        m_columns.append(column);
    }
    if (source >= 0 && target >= 0) {
        m_kind = Kind::Edges;
        m_columns[source].role = Role::Source;
        m_columns[target].role = Role::Target;
        if (id >= 0)
            m_columns[id].role = Role::Id;
    } else if (id >= 0 && source < 0 && target < 0) {
        m_kind = Kind::Nodes;
        m_columns[id].role = Role::Id;
    } else if (headerless && header.fields.size() >= 2) {
        // A plain edge list: the first row is data.
        m_kind = Kind::Edges;
        m_headerless = true;
        m_columns.clear();
        for (qsizetype i = 0; i < header.fields.size(); ++i) {
            Column column;
            column.name = i == 0 ? u"source"_s : i == 1 ? u"target"_s
                : i == 2 ? u"weight"_s : u"column%1"_s.arg(i + 1);
            column.role = i == 0 ? Role::Source : i == 1 ? Role::Target : Role::Attribute;
            m_columns.append(column);
        }
        m_parser.rewind();
    } else {
        QStringList names;
        for (const Column &column : std::as_const(m_columns))
            names.append(u"\"%1\""_s.arg(column.name));
        error(header.line, 1,
              Tr::tr("the header names neither source and target columns (an edges file) nor an id column (a nodes file); it has %1")
                  .arg(names.join(u", "_s)));
        return false;
    }
    for (Column &column : m_columns) {
        if (column.role != Role::Attribute)
            continue;
        const QString &n = column.name;
        if (n.isEmpty())
            column.role = Role::Ignore;   // e.g. the index column pandas writes
        else if (named(n, {"label"_L1}))
            column.role = Role::Label;
        else if (m_kind == Kind::Edges && named(n, {"type"_L1}))
            column.role = Role::Direction;   // Gephi: Directed / Undirected
        else if (m_kind == Kind::Nodes && flat::coordinateKey(n) != flat::Coordinate::None)
            column.role = flat::coordinateKey(n) == flat::Coordinate::X ? Role::X : Role::Y;
        else {
            NodeData probeNode;
            EdgeData probeEdge;
            const bool isField = m_kind == Kind::Nodes
                ? flat::assignNodeField(probeNode, n, QJsonValue(u"1"_s))
                : flat::assignEdgeField(probeEdge, n, QJsonValue(u"1"_s));
            if (isField)
                column.role = Role::Field;
        }
    }
    if (m_columns.size() > m_limits.maxAttributes) {
        error(header.line, 1, Tr::tr("more than %n columns", nullptr, numerus(m_limits.maxAttributes)));
        return false;
    }
    return true;
}

bool CsvFileReader::checkWidth(const Record &record)
{
    if (record.fields.size() == m_columns.size())
        return true;
    // Point at the first extra field, or at the last one present.
    const qsizetype at = record.fields.size() > m_columns.size() ? m_columns.size()
                                                                 : record.fields.size() - 1;
    error(record.line, record.columns.value(at, 1),
          Tr::tr("row %1 has %2 fields, the header has %3").arg(record.row)
              .arg(record.fields.size()).arg(m_columns.size()));
    return false;
}

bool CsvFileReader::inferTypes()
{
    bool anyAttribute = false;
    for (Column &column : m_columns)
        anyAttribute = anyAttribute || column.role == Role::Attribute || column.role == Role::Field;
    if (!anyAttribute)
        return true;
    Record record;
    while (m_parser.next(record)) {
        if (record.fields.size() != m_columns.size())
            continue;   // reported by the second pass
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            Column &column = m_columns[i];
            const QStringView text = record.fields[i];
            if (text.trimmed().isEmpty() || column.type == ValueType::Text)
                continue;
            if (column.type == ValueType::Number && !flat::parseNumber(text))
                column.type = column.seen ? ValueType::Text : ValueType::Boolean;
            if (column.type == ValueType::Boolean && !parseBoolean(text.trimmed()))
                column.type = ValueType::Text;
            column.seen = true;
        }
    }
    if (parserFailed())
        return false;
    m_parser.rewind();
    Record header;
    if (!m_headerless)
        m_parser.next(header);
    return true;
}

bool CsvFileReader::readNodes(GraphBuilder &builder, NodePositions &positions)
{
    Record record;
    while (m_parser.next(record) && !tooManyErrors()) {
        if (!checkWidth(record))
            continue;
        NodeData node;
        std::optional<double> x, y;
        int idColumn = 1;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const Column &column = m_columns[i];
            const QStringView text = record.fields[i];
            switch (column.role) {
            case Role::Id:
                node.id = text.toString();
                idColumn = record.columns[i];
                break;
            case Role::Label:
                node.label = text.toString();
                break;
            case Role::X:
            case Role::Y:
                if (!text.trimmed().isEmpty()) {
                    const auto v = flat::parseNumber(text);
                    if (!v)
                        error(record.line, record.columns[i],
                              Tr::tr("row %1, column \"%2\": \"%3\" is not a number").arg(record.row).arg(column.name, text));
                    else
                        (column.role == Role::X ? x : y) = v;
                }
                break;
            case Role::Field:
            case Role::Attribute:
                if (text.isEmpty())
                    break;
                if (column.role == Role::Field && flat::assignNodeField(node, column.name, typedValue(column, text)))
                    break;
                node.attributes.append({column.name, typedValue(column, text)});
                break;
            default:
                break;
            }
        }
        if (node.id.isEmpty()) {
            error(record.line, idColumn, Tr::tr("row %1: the id is empty").arg(record.row));
            continue;
        }
        if (builder.nodeCount() >= m_limits.maxNodes) {
            error(record.line, 1, Tr::tr("more than %n nodes", nullptr, numerus(m_limits.maxNodes)));
            return false;
        }
        flat::normaliseGephiStyle(node.attributes);
        const QString id = node.id;
        if (!builder.addNode(std::move(node))) {
            error(record.line, idColumn, Tr::tr("row %1: node \"%2\" is listed twice").arg(record.row).arg(id));
            continue;
        }
        positions.resize(builder.nodeCount());
        if (x && y)
            positions.set(builder.nodeCount() - 1, QPointF(*x, *y));
    }
    return !parserFailed() && m_errors == 0;
}

bool CsvFileReader::readEdges(GraphBuilder &builder, NodePositions &positions, bool createNodes,
                              const QString &nodesFile, bool &directed)
{
    Record record;
    while (m_parser.next(record) && !tooManyErrors()) {
        if (!checkWidth(record))
            continue;
        EdgeData edge;
        std::optional<NodeIndex> ends[2];
        bool bad = false;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const Column &column = m_columns[i];
            const QStringView text = record.fields[i];
            switch (column.role) {
            case Role::Source:
            case Role::Target: {
                const int end = column.role == Role::Source ? 0 : 1;
                const QString id = text.toString();
                if (id.isEmpty()) {
                    error(record.line, record.columns[i],
                          (end == 0 ? Tr::tr("row %1, column \"%2\": the source is empty")
                                    : Tr::tr("row %1, column \"%2\": the target is empty"))
                              .arg(record.row).arg(column.name));
                    bad = true;
                    break;
                }
                ends[end] = builder.findNode(id);
                if (!ends[end] && createNodes) {
                    if (builder.nodeCount() >= m_limits.maxNodes) {
                        error(record.line, record.columns[i], Tr::tr("more than %n nodes", nullptr, numerus(m_limits.maxNodes)));
                        return false;
                    }
                    ends[end] = builder.addNode({.id = id});
                    positions.resize(builder.nodeCount());
                }
                if (!ends[end]) {
                    error(record.line, record.columns[i],
                          Tr::tr("row %1, column \"%2\": node \"%3\" is not in %4").arg(record.row)
                              .arg(column.name, id, nodesFile));
                    bad = true;
                }
                break;
            }
            case Role::Id:
                edge.id = text.toString();
                break;
            case Role::Label:
                edge.label = text.toString();
                break;
            case Role::Direction:
                if (text.compare(u"directed", Qt::CaseInsensitive) == 0)
                    directed = true;
                else if (!text.isEmpty() && text.compare(u"undirected", Qt::CaseInsensitive) != 0
                         && text.compare(u"mutual", Qt::CaseInsensitive) != 0)
                    edge.relation = text.toString();   // a "type" that is a relation
                break;
            case Role::Field:
            case Role::Attribute:
                if (text.isEmpty())
                    break;
                if (column.role == Role::Field && flat::assignEdgeField(edge, column.name, typedValue(column, text)))
                    break;
                edge.attributes.append({column.name, typedValue(column, text)});
                break;
            default:
                break;
            }
        }
        if (bad)
            continue;
        if (builder.edgeCount() >= m_limits.maxEdges) {
            error(record.line, 1, Tr::tr("more than %n edges", nullptr, numerus(m_limits.maxEdges)));
            return false;
        }
        builder.addEdge(*ends[0], *ends[1], std::move(edge));
    }
    return !parserFailed() && m_errors == 0;
}

bool headerlessAllowed(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == "tsv"_L1 || suffix == "txt"_L1 || suffix == "edges"_L1 || suffix == "edgelist"_L1;
}

LoadResult tooLarge(const QString &file, const LoadLimits &limits)
{
    return {std::nullopt,
            {{Diagnostic::Severity::Error, file, 0, 0,
              Tr::tr("file is larger than %1 bytes").arg(limits.maxFileBytes)}}};
}

} // namespace

LoadResult readCsv(const CsvInput &edges, const std::optional<CsvInput> &nodes,
                   const LoadLimits &limits)
{
    if (edges.data.size() > limits.maxFileBytes)
        return tooLarge(edges.fileName, limits);
    if (nodes && nodes->data.size() > limits.maxFileBytes)
        return tooLarge(nodes->fileName, limits);

    LoadResult result;
    GraphBuilder builder;
    NodePositions positions;
    bool directed = false;

    std::optional<CsvFileReader> nodeReader;
    if (nodes) {
        nodeReader.emplace(*nodes, limits, result.diagnostics);
        if (!nodeReader->readHeader(false))
            return result;
        if (nodeReader->kind() != CsvFileReader::Kind::Nodes) {
            result.diagnostics.append({Diagnostic::Severity::Error, nodes->fileName, 1, 1,
                                       Tr::tr("a nodes file needs an id column and no source or target")});
            return result;
        }
    }
    CsvFileReader edgeReader(edges, limits, result.diagnostics);
    if (!edgeReader.readHeader(headerlessAllowed(edges.fileName)))
        return result;

    if (edgeReader.kind() == CsvFileReader::Kind::Nodes) {
        // Only a nodes file: a graph without edges.
        if (nodes) {
            result.diagnostics.append({Diagnostic::Severity::Error, edges.fileName, 1, 1,
                                       Tr::tr("an edges file needs source and target columns")});
            return result;
        }
        if (!edgeReader.inferTypes() || !edgeReader.readNodes(builder, positions))
            return result;
    } else {
        if (nodeReader && (!nodeReader->inferTypes() || !nodeReader->readNodes(builder, positions)))
            return result;
        if (!edgeReader.inferTypes()
            || !edgeReader.readEdges(builder, positions, !nodes,
                                     nodes ? QFileInfo(nodes->fileName).fileName() : QString(), directed))
            return result;
    }
    builder.setDirected(directed);
    GraphDocument document;
    document.graph = builder.build();
    positions.resize(document.graph.nodeCount());
    document.positions = std::move(positions);
    document.dialect = u"csv"_s;
    result.document = std::move(document);
    return result;
}

namespace {

struct Partner
{
    QString path;
    bool openedIsNodes = false;
};

Partner partnerOf(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    static const QRegularExpression patterns[] = {
        QRegularExpression(u"^(.*[._-])(edges|nodes)(\\.[^.]+)$"_s, QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"^()(edges|nodes)(\\.[^.]+)$"_s, QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"^(.* \\[)(edges|nodes)(\\]\\.[^.]+)$"_s, QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression &pattern : patterns) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QString word = match.captured(2);
        const bool isEdges = word.compare("edges"_L1, Qt::CaseInsensitive) == 0;
        QString other = isEdges ? u"nodes"_s : u"edges"_s;
        // Keep the case of the original: Edges -> Nodes, EDGES -> NODES.
        if (word == word.toUpper())
            other = other.toUpper();
        else if (word[0].isUpper())
            other[0] = other[0].toUpper();
        return {info.dir().filePath(match.captured(1) + other + match.captured(3)), !isEdges};
    }
    return {};
}

} // namespace

QString csvPartnerPath(const QString &path)
{
    return partnerOf(path).path;
}

namespace {

std::optional<Diagnostic> readWholeFile(const QString &file, const LoadLimits &limits, CsvInput &input)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Diagnostic{Diagnostic::Severity::Error, file, 0, 0, Tr::tr("cannot open: %1").arg(f.errorString())};
    if (f.size() > limits.maxFileBytes)
        return Diagnostic{Diagnostic::Severity::Error, file, 0, 0,
                          Tr::tr("file is larger than %1 bytes").arg(limits.maxFileBytes)};
    input.data = f.readAll();
    input.fileName = file;
    return std::nullopt;
}

} // namespace

LoadResult readCsvFile(const QByteArray &data, const QString &path, const LoadLimits &limits)
{
    const CsvInput first{data, path};
    const Partner partner = partnerOf(path);
    if (partner.path.isEmpty() || !QFileInfo::exists(partner.path))
        return readCsv(first, std::nullopt, limits);
    CsvInput second;
    if (auto problem = readWholeFile(partner.path, limits, second))
        return {std::nullopt, {*problem}};
    return partner.openedIsNodes ? readCsv(second, first, limits) : readCsv(first, second, limits);
}

LoadResult loadCsvFile(const QString &path, const LoadLimits &limits)
{
    CsvInput first;
    if (auto problem = readWholeFile(path, limits, first))
        return {std::nullopt, {*problem}};
    return readCsvFile(first.data, path, limits);
}

} // namespace entente
