#pragma once

#include "render/mapsettings.h"

#include <QPolygonF>

namespace core {

class PlanProject;

// What a layout's overview (inset) map shows, copied so that rendering needs no project: the
// whole plan area (the project's full extent, its home view, grown to take in the main frame
// wherever it looks) with the polygon layers only and no labels, and the main frame's outline
// on it. A frame in another CRS has its outline carried over through PROJ, each edge in many
// steps, so that it bends as the frame's straight edges do in the overview's CRS.
struct OverviewMap
{
    gis::MapSettings map;   // in the project's CRS; outputSize and dpi are the renderer's
    QPolygonF frameOutline; // the main frame's visible extent, in map.crs units

    // `frame`: the main frame's settings as drawn (extent grown to the frame's shape).
    static OverviewMap fromProject(const PlanProject &project, const gis::MapSettings &frame);
    // The outline of `extent` in `from`, densified and carried to `to`; empty when PROJ has
    // no transformation between them.
    static QPolygonF outlineIn(const gis::Box &extent, const gis::Crs &from, const gis::Crs &to);
};

} // namespace core
