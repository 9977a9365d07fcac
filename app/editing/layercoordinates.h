#pragma once

#include "crs/coordinatetransform.h"

#include <QPointF>
#include <QPointer>

#include <optional>

namespace app {

class MapCanvas;

// Between the canvas's pixels and the coordinates of the layer being edited, through the map
// CRS with PROJ both ways: tools pick and edit in the layer's own CRS, whatever the map shows.
class LayerCoordinates
{
public:
    LayerCoordinates(MapCanvas *canvas, const gis::Crs &mapCrs, const gis::Crs &layerCrs);

    const gis::Crs &layerCrs() const { return mLayerCrs; }
    std::optional<gis::Point> toLayer(const QPointF &pixel) const;
    QPointF toPixel(const gis::Point &layerPoint) const;
    // How many layer units one pixel spans near `pixel` (the larger of the two axes).
    double unitsPerPixel(const QPointF &pixel) const;

private:
    QPointer<MapCanvas> mCanvas;
    gis::Crs mLayerCrs;
    gis::CoordinateTransform mMapToLayer;
    gis::CoordinateTransform mLayerToMap;
};

} // namespace app
