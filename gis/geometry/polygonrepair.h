#pragma once

#include "geometry.h"

#include <QString>

namespace gis {

// What repairPolygons() changed, so that an import log can say it.
struct PolygonRepairReport
{
    int removedDuplicateVertices = 0;
    int removedSpikes = 0;
    int insertedTouchingVertices = 0; // existing coordinates written into the segment they touch
    int splitRings = 0;        // rings that touched themselves and were cut at the touching vertex
    int droppedDegenerate = 0; // loops with no area (spikes, slivers of two points)
    bool validAfter = false;
    QString remainingProblem;
};

// Repairs polygons whose rings repeat vertices, spike out and back, or touch themselves, without
// moving a vertex or creating a coordinate: spike apexes (which bound no area) are dropped, every
// loop a ring makes between two visits of the same vertex becomes a ring of its own, and loops are
// nested by the odd-even rule that renderers apply to such data. Because no coordinate changes,
// boundaries shared exactly with neighbours stay shared.
MultiPolygon repairPolygons(const MultiPolygon &input, PolygonRepairReport *report = nullptr);

} // namespace gis
