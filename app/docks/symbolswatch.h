#pragma once

#include "geometry/geometry.h"
#include "render/symbol.h"

#include <QIcon>

namespace app {

// A small picture of how `symbol` draws a feature of `kind`: a rectangle for areas, a stroke
// for lines, the marker for points, 18 × 14 px. For a proportional symbol's legend,
// `markerMm` draws the marker that large, on a square frame for `frameMm` (the largest
// marker of the legend) so that the swatches keep their proportions when a view scales them.
QIcon symbolSwatch(const gis::Symbol &symbol, gis::GeometryKind kind, double markerMm = 0.0,
                   double frameMm = 0.0);

} // namespace app
