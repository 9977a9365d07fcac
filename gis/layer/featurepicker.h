#pragma once

#include "geometry/geometry.h"

#include <vector>

namespace gis {

class ProjectedLayer;

// The features of a layer under a map point: polygons that contain it, lines and points within
// `tolerance` map units of it. Candidates come from the R-tree; the exact test is Boost.Geometry's.
std::vector<std::size_t> pickFeatures(const ProjectedLayer &layer, const Point &point,
                                      double tolerance);

// The features of a layer that a polygon (a drawn rectangle or lasso, in the layer's
// coordinates) touches or contains, in feature order.
std::vector<std::size_t> pickFeatures(const ProjectedLayer &layer, const Polygon &area);

} // namespace gis
