#pragma once

#include <QLocale>
#include <QString>

namespace entente {

// The QSettings key of the interface language: "" = follow the system, else
// "en", "de" or "fr" (written by the window's Preferences dialog, read here so
// that the command line's --help speaks the same language).
inline constexpr char16_t languageSettingKey[] = u"ui/language";

// The stored language choice ("" = follow the system).
QString languageSetting();

// The locale the user interface uses: `setting`, else the system's.
QLocale uiLocale(const QString &setting);

// Loads Entente's catalogue (compiled in, ":/i18n/entente_<lang>.qm") and Qt's
// own (qtbase_<lang>.qm from the system) for `locale`, replacing any loaded
// earlier, and makes `locale` the default QLocale. Needs a QCoreApplication.
// Returns true when Entente's catalogue was found. For English (and the C
// locale) that is the small catalogue of plural forms (entente_en.ts).
bool installTranslations(const QLocale &locale);

} // namespace entente
