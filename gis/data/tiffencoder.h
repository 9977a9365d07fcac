#pragma once

#include "crs/crs.h"
#include "geometry/geometry.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace gis {

// An image as an RGB TIFF (LZW, its dpi in the resolution tags), encoded by GDAL in memory:
// Qt's own TIFF plugin is optional, GDAL is always there, and the georeferenced GeoTIFF of a
// map frame will take the same road.
std::optional<QByteArray> encodeTiff(const QImage &image, double dpi, QString *error);

// Where an image lies on the map: its extent (the outer edges of its pixels) in `crs`.
struct Georeference
{
    Box extent;
    Crs crs;
};

// The same, as a GeoTIFF that GIS software places on the map: the geotransform maps the
// image's pixels onto `georeference.extent`, and the CRS is written as WKT.
std::optional<QByteArray> encodeGeoTiff(const QImage &image, double dpi,
                                        const Georeference &georeference, QString *error);

} // namespace gis
