#pragma once

#include <QImage>
#include <QString>

namespace gis {

// An SVG icon (Qt resource or file) rendered to a square image `sizePx` across, cached per
// thread since a layer draws the same icon at every point. Null when the SVG cannot be read.
QImage svgMarkerImage(const QString &path, double sizePx);

// The bundled marker icons, as Qt resource paths.
QStringList bundledMarkerIcons();

} // namespace gis
