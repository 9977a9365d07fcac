#pragma once

#include "mapsettings.h"

#include <QImage>
#include <QRect>

#include <atomic>
#include <optional>

class QPainter;

namespace gis {

// Draws one raster layer: GDAL warps the part of the raster that the frame shows into the
// frame's CRS and pixel grid, and the result is laid on with the layer's opacity. It opens
// its own GDAL handle, so each render thread reads independently.
class RasterLayerRenderer
{
public:
    RasterLayerRenderer(const LayerSnapshot &layer, const MapSettings &settings);

    // False with a message naming the raster when it cannot be drawn; true when drawn or
    // outside the frame.
    bool render(QPainter &painter, const std::atomic_bool &cancel, QString *error) const;

private:
    std::optional<QRect> frameWindow(QString *error) const;
    QImage warp(const QRect &window, const std::atomic_bool &cancel, QString *error) const;

    const LayerSnapshot &mLayer;
    const RasterSource &mSource;
    const MapSettings &mSettings;
};

} // namespace gis
