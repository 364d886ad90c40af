#pragma once

// Writing a GraphDocument (the graph as shown: filter applied, with its
// positions) to the data formats other tools read. No widgets: the window's
// File > Export Data... and the command line's --export both call
// exportGraphFile().

#include "io/exportprogress.h"
#include "io/graphdocument.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace entente {

enum class DataFormat {
    NativeJson,      // .entente.json, .json: every field and position (writeGraphJson)
    CytoscapeJson,   // .cyjs
    GraphMl,         // .graphml
    Gexf,            // .gexf (1.3)
    Dot,             // .dot, .gv
    Csv,             // .csv: a nodes file and an edges file, see csvExportPaths()
    PositionsTsv,    // .tsv: id<TAB>x<TAB>y per node
};

// The format of an output path, told by its ending (case-insensitive);
// nullopt for an ending no writer claims (.png, .txt ...).
std::optional<DataFormat> dataFormatForPath(const QString &path);

// Filters for a save dialog, one per format in the enum's order, e.g.
// "GraphML (*.graphml)"; translated.
QStringList saveFileFilters();
// The format a filter of saveFileFilters() names (nullopt for anything else)
// and the ending a chosen file name gets when it has none (".graphml").
std::optional<DataFormat> dataFormatForFilter(const QString &filter);
QString dataFormatSuffix(DataFormat format);

// The files that exportGraphFile(document, path) writes: `path` itself, or
// for CSV the nodes file and the edges file (in that order). For a dialog's
// overwrite warning.
QStringList dataExportPaths(const QString &path);

// CSV output names, chosen so that opening either file reads both back
// (csvreader pairs foo.nodes.csv with foo.edges.csv): "out.csv" gives
// out.nodes.csv and out.edges.csv; a name that already says which file it is
// ("out.edges.csv", "out_nodes.csv", "edges.csv", "out [Edges].csv") keeps its
// name and its partner is named after it. Returns {nodes, edges}.
std::pair<QString, QString> csvExportPaths(const QString &path);

// Writes `document` in the format of `path`'s ending. Each file is written
// atomically (QSaveFile): on failure the file that was there is untouched and
// the error is returned, naming the file. `progress` hears how far the
// writer got and may cancel (see exportprogress.h): then no file is written
// and the Diagnostic's message is dataExportCancelledMessage(). (The flat
// formats first gather their columns in one pass that is not interrupted.)
std::optional<Diagnostic> exportGraphFile(const GraphDocument &document, const QString &path,
                                          const ExportProgress &progress = {});
QString dataExportCancelledMessage();

// The writers, to memory. Every attribute is written; how each format holds
// lists (country, sector, sources) and JSON arrays or objects is described at
// each function's definition and in README's command-line section. Each
// returns nothing when `progress` cancels it.
QByteArray writeCytoscapeJson(const GraphDocument &document, const ExportProgress &progress = {});
QByteArray writeGraphMl(const GraphDocument &document, const ExportProgress &progress = {});
QByteArray writeGexf(const GraphDocument &document, const ExportProgress &progress = {});
// Through cgraph; empty with `error` set if Graphviz fails.
QByteArray writeDot(const GraphDocument &document, QString *error = nullptr,
                    const ExportProgress &progress = {});
struct CsvFiles
{
    QByteArray nodes;
    QByteArray edges;
};
CsvFiles writeCsv(const GraphDocument &document, const ExportProgress &progress = {});
QByteArray writePositionsTsv(const GraphDocument &document, const ExportProgress &progress = {});

} // namespace entente
