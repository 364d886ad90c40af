#pragma once

// Private to entente_core: what the readers share with loadGraphFile.

#include "io/graphio.h"

#include <QtGlobal>

namespace entente {

// Spare bytes loadGraphFile reserves after a file's contents so that the JSON
// reader (simdjson reads up to 64 bytes past the end) can use the buffer as is.
constexpr qsizetype jsonReadPadding = 64;

// Whether readGraphJson adds the edges on a second thread. Auto: for files of
// a megabyte and more. The results are the same either way; tests compare them.
enum class JsonEdgeWorker { Auto, Never, Always };
LoadResult readGraphJson(const QByteArray &data, const QString &fileName, const LoadLimits &limits,
                         JsonEdgeWorker worker);

// readGraphJson over a buffer that the caller keeps alive: `capacity` bytes
// from `data` are readable, at least jsonReadPadding more than `size`.
// `mapping`: the buffer is a private read-only mapping of an unchanging file,
// whose pages the reader may drop once read (they read back from the file).
LoadResult readGraphJsonBuffer(const char *data, qsizetype size, qsizetype capacity,
                               const QString &fileName, const LoadLimits &limits, bool mapping);

} // namespace entente
