#include "svgmarker.h"

#include <QDir>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

namespace gis {

QImage svgMarkerImage(const QString &path, double sizePx)
{
    const int size = std::max(1, static_cast<int>(std::lround(sizePx)));
    const QString key = path + u'@' + QString::number(size);
    // QSvgRenderer and the cache are used by one render thread each, never shared.
    thread_local QHash<QString, QImage> cache;
    const auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return *found;
    QImage image;
    QSvgRenderer renderer(path);
    if (renderer.isValid()) {
        image = QImage(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
    }
    if (cache.size() > 64)
        cache.clear();
    cache.insert(key, image);
    return image;
}

QStringList bundledMarkerIcons()
{
    QStringList icons;
    const QDir folder(QStringLiteral(":/planmap/markers"));
    for (const QString &name : folder.entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name))
        icons.push_back(folder.filePath(name));
    return icons;
}

} // namespace gis
