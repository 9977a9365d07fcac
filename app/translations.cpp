#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace app {

void installTranslations(QCoreApplication &application)
{
    const QString override = qEnvironmentVariable("PLANMAP_LANG");
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&application);
    if (translator->load(locale, QStringLiteral("planmap"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace app
