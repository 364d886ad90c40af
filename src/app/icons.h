#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace entente {

// The icon `themeName` of the desktop's icon theme when there is one, else
// our own line icon :/icons/<file>.svg drawn in `color` (the palette's text
// colour, so that it reads on light and dark toolbars alike).
QIcon themedIcon(const QString &themeName, const QString &file, const QColor &color);

} // namespace entente
