#pragma once

#include <QList>
#include <QString>

namespace entente {

// A problem found in an input, naming its place. Line and column are 1-based;
// 0 means unknown (e.g. a file that cannot be opened at all).
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "FILE:LINE:COLUMN: message" (or "warning: message"), as compilers print.
    QString toString() const;
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
QString formatDiagnostics(const Diagnostics &diagnostics);

} // namespace entente
