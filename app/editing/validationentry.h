#pragma once

#include "geometry/partitioncheck.h"

#include <QString>

#include <optional>

namespace app {

// A problem of an edited layer as the map and the Validation dock show it: the problem in the
// layer's CRS (its area is measured there), and where it is in the map CRS.
struct ValidationEntry
{
    QString layerId;
    QString layerTitle;
    gis::PartitionProblem problem;
    gis::MultiPolygon mapWhere; // the overlap, the gap or the invalid zone, map CRS
    gis::Box mapBox;
    // Where Boost.Geometry found the fault (a self-intersection, a spike's apex), map CRS.
    std::optional<gis::Point> mapMarker;
    std::optional<double> areaSquareMetres; // geodesic; none for an invalid zone
    bool allowed = false; // the planner allowed saving this invalid feature as it is
};

} // namespace app
