#pragma once

#include "io/graphdocument.h"

#include <QByteArray>

namespace entente {

// One CSV file handed to readCsv: its bytes and the name used in diagnostics.
struct CsvInput
{
    QByteArray data;
    QString fileName;
};

// Reads a CSV/TSV edge list, with an optional nodes file.
//
// The edges file needs a header naming `source` and `target` (or `from`,
// `to`); other columns: id, label, relation (or kind), date, end_date,
// volume, and Gephi's `type` (Directed/Undirected) which sets the direction.
// The nodes file needs an `id` column; label, kind, country, sector, date,
// x, y ... fill the model, other columns become attributes (numbers and
// booleans when every value of the column is one). A .tsv or .txt edges file
// without such a header is read as a plain edge list (first column source,
// second target), as networkx and the bench write it; lines starting with '#'
// before the header are comments.
//
// The delimiter is detected among , ; tab and | from the first row; fields may
// be quoted with "" for a quote and line breaks inside; a UTF-8 BOM is
// skipped. Without a nodes file, nodes are the endpoints in order of first
// appearance; with one, an endpoint it does not list is an error naming the
// row and column.
LoadResult readCsv(const CsvInput &edges, const std::optional<CsvInput> &nodes = std::nullopt,
                   const LoadLimits &limits = {});

// Loads `path` (an edges file or a nodes file, told by its header) and, when
// one sits beside it, its partner: foo.edges.csv / foo.nodes.csv,
// foo_edges.csv / foo_nodes.csv, edges.csv / nodes.csv, and Gephi's
// "foo [Edges].csv" / "foo [Nodes].csv".
LoadResult loadCsvFile(const QString &path, const LoadLimits &limits = {});

// The same for a file already read into memory (as loadGraphFile does): `data`
// is the contents of `path`; its partner, if any, is read from disk.
LoadResult readCsvFile(const QByteArray &data, const QString &path, const LoadLimits &limits = {});

// The partner file name of `path` by the conventions above, or empty.
QString csvPartnerPath(const QString &path);

} // namespace entente
