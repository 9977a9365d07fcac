#pragma once

#include "geometry/geometry.h"

#include <QString>

#include <optional>
#include <vector>

namespace gis {

struct RasterSource;

// The value of every band of one raster cell, for identify.
struct RasterSample
{
    int column = 0;
    int row = 0;
    std::vector<std::optional<double>> bands; // nothing where the band says "no data"
};

// The cell of `source` under `point` (in the raster's own CRS); nothing outside the raster or
// when the file cannot be read. Opens its own GDAL handle, so any thread may call it.
std::optional<RasterSample> sampleRaster(const RasterSource &source, const Point &point);

} // namespace gis
