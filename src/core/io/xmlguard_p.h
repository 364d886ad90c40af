#pragma once

// Private to entente_core: what the XML readers (GraphML, GEXF) share to stay
// safe on files from strangers.

#include "io/graphdocument.h"

#include <QXmlStreamReader>

namespace entente::xmlguard {

// Prepares a reader: a tiny entity expansion limit as a second line of defence.
void configure(QXmlStreamReader &xml);

// For a DTD token: the message refusing it, or empty when it may pass.
// QXmlStreamReader never fetches external entities, but it does expand the
// internal ones a DOCTYPE declares (the billion-laughs attack), so any DTD
// that declares an entity is refused before the root element is read.
QString refuseDtd(const QXmlStreamReader &xml);

// Position of the reader for a Diagnostic (1-based line and column).
Diagnostic at(const QXmlStreamReader &xml, const QString &file, const QString &message,
              Diagnostic::Severity severity = Diagnostic::Severity::Error);

// Error text of a malformed document, e.g. "XML error: Opening and ending tag mismatch."
QString xmlErrorMessage(const QXmlStreamReader &xml);

// What both XML readers share: the stream, the place for diagnostics, the
// error count and the depth limit. Every token is read through next(), so no
// element escapes the depth check and no DTD escapes refuseDtd().
class XmlReaderBase
{
protected:
    XmlReaderBase(const QByteArray &data, const QString &fileName, const LoadLimits &limits);

    // Reads the next token, counting depth against the limit. False at the
    // end of the document or on a fatal problem (then m_stop is set).
    bool next();
    // Skips the current element and its content, which the reader does not use.
    void skipElement();
    // False (and stops) when a text is longer than the limit.
    bool checkText(const QString &text);

    void error(const QString &message) { report(at(m_xml, m_file, message)); }
    void warning(const QString &message)
    {
        report(at(m_xml, m_file, message, Diagnostic::Severity::Warning));
    }
    // Records a diagnostic; enough errors stop the reader.
    void report(Diagnostic d);
    void stop(const QString &message)
    {
        error(message);
        m_stop = true;
    }
    int line() const { return int(m_xml.lineNumber()); }
    int column() const { return int(m_xml.columnNumber()) + 1; }

    QXmlStreamReader m_xml;
    QString m_file;
    LoadLimits m_limits;
    Diagnostics m_diagnostics;
    int m_errors = 0;
    bool m_stop = false;
    int m_depth = 0;
};

} // namespace entente::xmlguard
