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

} // namespace entente::xmlguard
