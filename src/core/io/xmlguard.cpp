#include "xmlguard_p.h"

#include <algorithm>
#include <climits>

namespace entente::xmlguard {

void configure(QXmlStreamReader &xml)
{
    xml.setNamespaceProcessing(true);
    xml.setEntityExpansionLimit(1024);
}

QString refuseDtd(const QXmlStreamReader &xml)
{
    if (!xml.entityDeclarations().isEmpty())
        return QStringLiteral("DOCTYPE declares entities; entity expansion is refused");
    if (xml.text().contains(QLatin1StringView("<!ENTITY")))
        return QStringLiteral("DOCTYPE declares entities; entity expansion is refused");
    return {};
}

Diagnostic at(const QXmlStreamReader &xml, const QString &file, const QString &message,
              Diagnostic::Severity severity)
{
    Diagnostic d;
    d.severity = severity;
    d.file = file;
    d.line = int(std::clamp<qint64>(xml.lineNumber(), 0, INT_MAX));
    d.column = int(std::clamp<qint64>(xml.columnNumber() + 1, 0, INT_MAX));
    d.message = message;
    return d;
}

QString xmlErrorMessage(const QXmlStreamReader &xml)
{
    return QStringLiteral("XML error: ") + xml.errorString();
}

} // namespace entente::xmlguard
