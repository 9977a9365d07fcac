#pragma once

#include "crs/crs.h"
#include "geometry/geometry.h"

#include <QSize>
#include <QString>

#include <memory>

namespace gis {

// How a raster's bands become colours.
enum class RasterBandLayout { Grey, Paletted, Rgb, Rgba };

// What planmap knows of a raster dataset GDAL can read (GeoTIFF and the rest), read once on
// opening. It holds no GDAL handle: every render thread opens the file itself, since a GDAL
// dataset must not be shared between threads.
struct RasterSource
{
    QString path;
    Crs crs;
    Box extent; // in the raster's own CRS
    QSize size;
    int bandCount = 0;
    RasterBandLayout layout = RasterBandLayout::Grey;
    double stretchMin = 0.0; // grey rasters: the value range mapped onto black to white
    double stretchMax = 255.0;

    // nullptr and a message naming the file when GDAL cannot read it as a georeferenced raster.
    static std::shared_ptr<const RasterSource> open(const QString &path, QString *error);
};

} // namespace gis
