#include "diagnostic.h"

#include <QCoreApplication>
#include <QStringList>

namespace entente {

QString Diagnostic::toString() const
{
    QString place = file;
    if (line > 0) {
        place += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            place += QLatin1Char(':') + QString::number(column);
    }
    const QString prefix = severity == Severity::Warning ? QCoreApplication::translate("entente::Diagnostic", "warning: ") : QString();
    return place.isEmpty() ? prefix + message : place + QStringLiteral(": ") + prefix + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}

QString formatDiagnostics(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace entente
