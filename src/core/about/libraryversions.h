#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace entente {

// The libraries Entente uses, with their versions at run time where the library
// can tell (Qt: qVersion(); Graphviz: gvcVersion()) and else the version it was
// built with (Boost, simdjson: header-only). Pairs of {name, version}, for the
// About dialog and --version style reports.
QList<QPair<QString, QString>> libraryVersions();

} // namespace entente
