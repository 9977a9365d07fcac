#pragma once

#include "geometry/geometry.h"

#include <optional>
#include <vector>

namespace core {

class PlanProject;

// The selected features' geometries in the project's map CRS, for highlighting.
std::vector<gis::Geometry> selectedGeometries(const PlanProject &project);

// The box around every selected feature in the map CRS; nothing when none is selected.
std::optional<gis::Box> selectionExtent(const PlanProject &project);

} // namespace core
