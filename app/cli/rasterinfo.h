#pragma once

#include <QTextStream>

namespace gis {
struct RasterSource;
}

namespace app {

// What `planmap info` says of a raster: size, bands and how they are drawn, CRS, extent and
// cell size, as text or JSON.
void printRasterInfo(QTextStream &out, const gis::RasterSource &raster, bool json);

} // namespace app
