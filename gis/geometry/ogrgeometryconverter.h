#pragma once

#include "geometry.h"
#include "geometrystore.h"

#include <memory>

class OGRGeometry;

namespace gis {

// Converts between OGR's geometry objects and planmap's Boost.Geometry models. Curves are
// linearised by OGR; collections keep only their parts of the leading dimension.
Geometry fromOgr(const OGRGeometry *geometry);
std::unique_ptr<OGRGeometry> toOgr(const Geometry &geometry);

// Appends one feature's geometry to a store, as fromOgr would convert it, without building
// the Boost models in between.
void appendOgr(GeometryStore &store, const OGRGeometry *geometry);

} // namespace gis
