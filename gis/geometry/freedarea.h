#pragma once

#include "data/featurecollection.h"

#include <set>
#include <vector>

namespace gis {

// Area a reshaped zone gave up that one of its neighbours takes, so that no gap opens.
struct Handover
{
    qint64 neighbour = 0;
    MultiPolygon area;
};

// The parts of `before` that `after` no longer covers (parts smaller than `minimumArea`, in
// layer units squared, are rounding), each handed to the feature of `layer` whose boundary it
// follows longest (R-tree candidates, `except` left out; an edge counts as followed when its
// middle lies within `tolerance` of that feature). A part that follows no neighbour was on the
// edge of the plan and is given to none.
std::vector<Handover> handOverFreedArea(const MultiPolygon &before, const MultiPolygon &after,
                                        const FeatureCollection &layer,
                                        const std::set<qint64> &except, double minimumArea,
                                        double tolerance);

} // namespace gis
