#include "xmlguard_p.h"

#include "model/numerus_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace entente::xmlguard {

// Messages are translated in the context "entente::XmlReader" (lupdate reads the
// Q_DECLARE_TR_FUNCTIONS argument); untranslated they stay English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(entente::XmlReader)
};

void configure(QXmlStreamReader &xml)
{
    xml.setNamespaceProcessing(true);
    xml.setEntityExpansionLimit(1024);
}

QString refuseDtd(const QXmlStreamReader &xml)
{
    if (!xml.entityDeclarations().isEmpty())
        return Tr::tr("DOCTYPE declares entities; entity expansion is refused");
    if (xml.text().contains(QLatin1StringView("<!ENTITY")))
        return Tr::tr("DOCTYPE declares entities; entity expansion is refused");
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
    return Tr::tr("XML error: %1").arg(xml.errorString());
}

XmlReaderBase::XmlReaderBase(const QByteArray &data, const QString &fileName,
                             const LoadLimits &limits)
    : m_xml(data), m_file(fileName), m_limits(limits)
{
    configure(m_xml);
}

void XmlReaderBase::report(Diagnostic d)
{
    const bool isError = d.isError();
    m_diagnostics.append(std::move(d));
    if (isError && ++m_errors >= m_limits.maxErrors)
        m_stop = true;
}

bool XmlReaderBase::next()
{
    if (m_stop)
        return false;
    m_xml.readNext();
    switch (m_xml.tokenType()) {
    case QXmlStreamReader::StartElement:
        if (++m_depth > m_limits.maxDepth) {
            stop(Tr::tr("elements nested deeper than %n levels", nullptr, numerus(m_limits.maxDepth)));
            return false;
        }
        return true;
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    case QXmlStreamReader::DTD: {
        const QString refused = refuseDtd(m_xml);
        if (!refused.isEmpty()) {
            stop(refused);
            return false;
        }
        return true;
    }
    case QXmlStreamReader::Invalid:
        stop(xmlErrorMessage(m_xml));
        return false;
    case QXmlStreamReader::EndDocument:
        return false;
    default:
        return true;
    }
}

void XmlReaderBase::skipElement()
{
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            return;
    }
}

bool XmlReaderBase::checkText(const QString &text)
{
    if (text.size() * 2 > m_limits.maxStringBytes) {
        stop(Tr::tr("text longer than %1 bytes").arg(m_limits.maxStringBytes));
        return false;
    }
    return true;
}

} // namespace entente::xmlguard
