#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Installed for the life of the application; replaced when the language changes.
std::unique_ptr<QTranslator> &slot(int which)
{
    static std::unique_ptr<QTranslator> translators[2];
    return translators[which];
}

} // namespace

QString languageSetting()
{
    return QSettings().value(QString::fromUtf16(languageSettingKey)).toString();
}

QLocale uiLocale(const QString &setting)
{
    return setting.isEmpty() ? QLocale::system() : QLocale(setting);
}

bool installTranslations(const QLocale &locale)
{
    for (int which : {0, 1}) {
        if (slot(which)) {
            QCoreApplication::removeTranslator(slot(which).get());
            slot(which).reset();
        }
    }
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // The source texts are English, but a message with a count says
        // "%n node(s)" there: the English catalogue holds only those messages'
        // singular and plural forms ("1 node", "2 nodes").
        auto plurals = std::make_unique<QTranslator>();
        if (!plurals->load(u"entente_en"_s, u":/i18n"_s))
            return false;
        QCoreApplication::installTranslator(plurals.get());
        slot(0) = std::move(plurals);
        return true;
    }

    bool found = false;
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, u"entente"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own.get());
        slot(0) = std::move(own);
        found = true;
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        slot(1) = std::move(qt);
    }
    return found;
}

} // namespace entente
