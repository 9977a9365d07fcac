#pragma once

#include "geometry/geometry.h"

#include <QString>

#include <optional>

namespace app {

// "xmin,ymin,xmax,ymax" as given to --extent; nothing unless four numbers with min < max.
std::optional<gis::Box> parseExtent(const QString &text);

} // namespace app
