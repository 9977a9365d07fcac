#pragma once

#include "crs/crs.h"
#include "geometry/geometry.h"

#include <functional>

namespace app {

// What the map canvas shows: the layout editor's "Set from canvas" copies it into the map
// frame. The editor asks for it through a function, so it needs no main window or canvas.
struct CanvasView
{
    gis::Box extent;
    gis::Crs crs;
};

using CanvasViewSource = std::function<CanvasView()>;

} // namespace app
