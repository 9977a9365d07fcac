#pragma once

#include "crs/crs.h"
#include "geometry/geometry.h"
#include "index/spatialindex.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace core {

class PlanProject;

enum class SnapKind { Vertex, Segment };

// Where a pointer snapped: on a vertex, or the nearest point of a segment, of a layer, in that
// layer's own coordinates, so that an edit takes the target exactly (a copy, not a round trip
// through the map's CRS).
struct SnapResult
{
    SnapKind kind = SnapKind::Vertex;
    QString layerId;
    gis::Point layerPoint; // in the target layer's CRS
    gis::Crs layerCrs;
    gis::Point mapPoint; // for the snap marker

    // The target in the CRS of the layer being edited: the same numbers when it is the same
    // CRS, else one PROJ transformation from the target's CRS (never through the map's).
    std::optional<gis::Point> in(const gis::Crs &crs) const;
};

// Snapping to the vertices and segments of chosen layers within a tolerance in pixels. Layers
// may be in any CRS: the pointer is carried into each layer's CRS, and the search runs there
// on the layer's own coordinates through an R-tree. Vertices win over segments.
class Snapper
{
public:
    Snapper(const PlanProject &project, const QStringList &layerIds);

    // `mapUnitsPerPixel` and `tolerancePixels` make the search radius on the map.
    std::optional<SnapResult> snap(const gis::Point &mapPoint, double mapUnitsPerPixel,
                                   double tolerancePixels) const;

private:
    struct Target
    {
        QString layerId;
        gis::Crs crs;
        std::vector<gis::Geometry> geometries;
        gis::SpatialIndex index;
    };
    std::optional<SnapResult> snapIn(const Target &target, const gis::Point &mapPoint,
                                     double radiusMap, SnapKind kind) const;

    gis::Crs mMapCrs;
    std::vector<Target> mTargets;
};

} // namespace core
