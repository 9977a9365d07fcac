#include "layercoordinates.h"

#include "canvas/mapcanvas.h"

#include <cmath>

namespace app {

LayerCoordinates::LayerCoordinates(MapCanvas *canvas, const gis::Crs &mapCrs,
                                   const gis::Crs &layerCrs)
    : mCanvas(canvas)
    , mLayerCrs(layerCrs)
    , mMapToLayer(mapCrs, layerCrs)
    , mLayerToMap(layerCrs, mapCrs)
{
}

std::optional<gis::Point> LayerCoordinates::toLayer(const QPointF &pixel) const
{
    if (!mCanvas || !mMapToLayer.isValid())
        return std::nullopt;
    return mMapToLayer.transform(mCanvas->toMap(pixel));
}

QPointF LayerCoordinates::toPixel(const gis::Point &layerPoint) const
{
    if (!mCanvas)
        return {};
    return mCanvas->toPixel(mLayerToMap.transform(layerPoint));
}

double LayerCoordinates::unitsPerPixel(const QPointF &pixel) const
{
    const auto a = toLayer(pixel), b = toLayer(pixel + QPointF(1, 1));
    return a && b ? std::max(std::abs(b->x() - a->x()), std::abs(b->y() - a->y())) : 0.0;
}

} // namespace app
