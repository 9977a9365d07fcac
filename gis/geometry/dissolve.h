#pragma once

#include "geometry.h"

#include <vector>

namespace gis {

// The union of polygonal parts (Boost.Geometry union_), merged pairwise so that each step
// joins outlines of similar size. Inputs must be valid; shared vertices stay where they are.
MultiPolygon dissolve(const std::vector<MultiPolygon> &parts);

} // namespace gis
