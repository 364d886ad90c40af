#pragma once

// Private to entente_core: a small JSON validator that tracks positions. The
// fast reader (simdjson) finds that a document is broken, but not always the
// exact place; this one runs only then and names the first problem precisely.

#include <QString>
#include <optional>
#include <string_view>

namespace entente {

struct JsonSyntaxError
{
    qint64 offset = 0;   // byte offset of the problem
    QString message;
};

// The first syntax error of `text`, or nullopt when it is valid JSON (RFC 8259)
// with at most `maxDepth` nested arrays/objects and strings of at most
// `maxStringBytes` bytes.
std::optional<JsonSyntaxError> findJsonSyntaxError(std::string_view text, int maxDepth,
                                                   qint64 maxStringBytes);

// How a diagnostic shows the character at `offset`: 'x', U+00E9, or "end of file".
QString describeCharacterAt(std::string_view text, qint64 offset);

} // namespace entente
