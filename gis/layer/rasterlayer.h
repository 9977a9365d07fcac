#pragma once

#include "data/rastersource.h"
#include "maplayer.h"

#include <memory>

namespace gis {

// A raster layer of a map: a GDAL raster drawn warped into the map CRS.
class RasterLayer : public MapLayer
{
public:
    RasterLayer(const QString &id, std::shared_ptr<const RasterSource> source);

    std::shared_ptr<const RasterSource> source() const { return mSource; }
    // The raster's footprint in `crs`; nullopt when it cannot be transformed.
    std::optional<Box> extentIn(const Crs &crs) const;

private:
    std::shared_ptr<const RasterSource> mSource;
};

} // namespace gis
