#pragma once

#include "geometry.h"

namespace gis {

// GEOS's MakeValid through OGR (linework method: keeps every input vertex and adds nodes where
// edges cross), for the few polygons whose rings truly cross, which no vertex-preserving
// repair can mend. Returns the polygonal part of the result.
MultiPolygon makeValidWithGeos(const MultiPolygon &polygons);

} // namespace gis
