#pragma once

#include "translations.h"

#include <QString>
#include <QStringList>

namespace entente {

// The keys the Settings dialog writes (QSettings, organisation "Entente",
// application "entente": ~/.config/Entente/entente.conf on Linux). Readers
// elsewhere (the window, the export dialog) use the same strings.
namespace SettingsKeys {
inline constexpr const char16_t *language = languageSettingKey;   // "" = system, "en", "de", "fr"
inline constexpr char16_t palette[] = u"ui/palette";            // "system", "light", "dark"
inline constexpr char16_t labelScale[] = u"view/labelScale";    // double, 1.0 = normal
inline constexpr char16_t animated[] = u"view/animated";        // bool
inline constexpr char16_t layoutEngine[] = u"layout/defaultEngine";   // a layoutEngineNames() entry
inline constexpr char16_t autosaveMinutes[] = u"document/autosaveMinutes";   // int, 0 = off
inline constexpr int defaultAutosaveMinutes = 2;
// "white", "transparent", "window" (the view's palette), "custom" (export/backgroundColour)
inline constexpr char16_t exportBackground[] = u"export/background";
inline constexpr char16_t exportBackgroundColour[] = u"export/backgroundColour";   // "#rrggbb"
inline constexpr char16_t exportLegend[] = u"export/legend";    // bool
inline constexpr char16_t exportCaption[] = u"export/caption";  // bool
inline constexpr char16_t exportScale[] = u"export/scale";      // double: PNG scale, 0.25 to 8
// The Export Image dialog's last choices (the Preferences dialog does not show them).
inline constexpr char16_t exportFormat[] = u"export/format";    // "png", "svg", "pdf"
inline constexpr char16_t exportArea[] = u"export/area";        // "graph", "viewport"
inline constexpr char16_t exportWidth[] = u"export/width";      // pixels (PNG, SVG)
inline constexpr char16_t exportHeight[] = u"export/height";
inline constexpr char16_t exportKeepAspect[] = u"export/keepAspect";   // bool
inline constexpr char16_t exportPageSize[] = u"export/pageSize";       // a pdfPageSizeNames() entry
inline constexpr char16_t exportOrientation[] = u"export/orientation"; // "landscape", "portrait"
inline constexpr char16_t exportDirectory[] = u"export/directory";     // the last folder exported to
} // namespace SettingsKeys

// The languages the program is translated to (besides English).
QStringList translatedLanguages();

// Applies the palette choice to the running application: "system" restores the
// palette the application started with.
void applyPaletteSetting(const QString &mode);

} // namespace entente
