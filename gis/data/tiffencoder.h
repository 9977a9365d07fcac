#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace gis {

// An image as an RGB TIFF (LZW, its dpi in the resolution tags), encoded by GDAL in memory:
// Qt's own TIFF plugin is optional, GDAL is always there, and the georeferenced GeoTIFF of a
// map frame will take the same road.
std::optional<QByteArray> encodeTiff(const QImage &image, double dpi, QString *error);

} // namespace gis
