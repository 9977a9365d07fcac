#pragma once

#include "data/featurecollection.h"

#include <set>
#include <vector>

namespace gis {

// A zone cut back to the area its neighbours leave free, with what the cut takes off: what a
// planner is shown before choosing to clip a new or reshaped zone.
struct NeighbourClip
{
    MultiPolygon clipped;           // the zone less every neighbour it overlaps
    MultiPolygon removed;           // the overlaps the clip takes off
    std::vector<qint64> neighbours; // the features it overlaps, by id
};

// Clips `zone` to the features of `layer` it overlaps (found through the R-tree, `except`
// left out: the zone itself while it is reshaped), by the difference with their union (GEOS
// through OGR, for exact new corners). Overlaps and leftover parts smaller than `minimumArea`
// (layer units squared) are rounding, not planning: they neither count nor stay.
NeighbourClip clipToNeighbours(const MultiPolygon &zone, const FeatureCollection &layer,
                               const std::set<qint64> &except, double minimumArea);

} // namespace gis
