#pragma once

#include "geometry/geometry.h"
#include "render/symbol.h"

#include <QIcon>

namespace app {

// A small picture of how `symbol` draws a feature of `kind`: a rectangle for areas, a stroke
// for lines, the marker for points. `markerMm`, when given, draws the marker that large in
// proportion (a proportional symbol's legend); 18 × 14 px unless the marker needs more.
QIcon symbolSwatch(const gis::Symbol &symbol, gis::GeometryKind kind, double markerMm = 0.0);

} // namespace app
