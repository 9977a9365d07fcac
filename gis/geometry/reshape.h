#pragma once

#include "geometry.h"

#include <QString>

#include <optional>

namespace gis {

// A zone with part of its boundary redrawn: `path` starts and ends on one ring of the zone
// (within `tolerance`, in the zone's units), and the stretch of that ring between the two
// ends is replaced by the path. Of the two rings this can make, the one that keeps more of
// the old ring's area wins (as in QGIS): a path outside the zone adds area, one inside takes
// it off. Nothing (and why) when the path does not start and end on the boundary or the
// result is not a valid polygon.
std::optional<MultiPolygon> reshape(const MultiPolygon &zone, const LineString &path,
                                    double tolerance, QString *error);

} // namespace gis
