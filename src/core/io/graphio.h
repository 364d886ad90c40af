#pragma once

#include "io/exportprogress.h"
#include "io/graphdocument.h"

#include <QByteArray>
#include <QStringList>

namespace entente {

// Loads a graph file of any supported format; the format is told by the
// extension and, for JSON, the dialect by the document's shape. Never throws:
// every problem comes back as a Diagnostic naming file, line and column.
LoadResult loadGraphFile(const QString &path, const LoadLimits &limits = {});

// Filters for a file dialog, from loadGraphFile's table of formats: "Graph
// files (*.json ...)" first, then one per format, then "All files (*)".
QStringList openFileFilters();

// Reads JSON of any supported dialect from memory. `fileName` is only used to
// name the place in diagnostics.
LoadResult readGraphJson(const QByteArray &data, const QString &fileName,
                         const LoadLimits &limits = {});

// The native format (*.entente.json), with positions. Empty when `progress`
// cancelled it.
QByteArray writeGraphJson(const GraphDocument &document, const ExportProgress &progress = {});

// Writes the native format atomically (QSaveFile) and keeps the previous file
// as FILE~. On failure the old file is untouched and the error is returned.
std::optional<Diagnostic> saveGraphFile(const GraphDocument &document, const QString &path);

} // namespace entente
