#pragma once

#include "geometry.h"

#include <QString>

#include <optional>
#include <vector>

namespace gis {

// A zone cut in pieces by a drawn line: the zone's boundary is noded with the line and
// polygonized (GEOS through OGR), and the pieces inside the zone kept, largest first. Nothing
// (and why) when the line does not cut the zone in two or more.
std::optional<std::vector<MultiPolygon>> splitByLine(const MultiPolygon &zone,
                                                     const LineString &line, QString *error);

} // namespace gis
