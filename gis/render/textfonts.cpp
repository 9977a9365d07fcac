#include "textfonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>

#include <mutex>

namespace gis {

namespace {

// Next to the executable when installed, the build tree's copy otherwise.
QStringList fontFolders()
{
    QStringList folders;
    if (QCoreApplication::instance())
        folders << QDir(QCoreApplication::applicationDirPath())
                       .filePath(QStringLiteral("../share/planmap/fonts"));
    folders << QStringLiteral(PLANMAP_FONT_DIR);
    return folders;
}

bool registerFrom(const QString &folder)
{
    const QStringList files =
        QDir(folder).entryList({QStringLiteral("PlanmapSansCJKsc-*.otf")}, QDir::Files);
    bool registered = false;
    for (const QString &file : files)
        registered |= QFontDatabase::addApplicationFont(QDir(folder).filePath(file)) >= 0;
    return registered;
}

} // namespace

bool TextFonts::registerDerived()
{
    static std::once_flag once;
    static bool registered = false;
    std::call_once(once, [] {
        for (const QString &folder : fontFolders()) {
            if (registerFrom(folder)) {
                registered = true;
                return;
            }
        }
    });
    return registered;
}

QStringList TextFonts::familiesFor(const QString &family)
{
    return familiesFor(QStringList{family});
}

QStringList TextFonts::familiesFor(const QStringList &families)
{
    const auto noto = families.indexOf(QLatin1String(notoFamily));
    if (noto < 0 || !registerDerived())
        return families;
    QStringList ordered = families;
    ordered.insert(noto, QLatin1String(derivedFamily));
    return ordered;
}

} // namespace gis
