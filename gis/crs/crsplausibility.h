#pragma once

#include "crs.h"

#include <QString>

#include <optional>

namespace gis {

// Why a layer's coordinates cannot be in the CRS it declares, or nothing when they can: a
// layer in metres labelled (or defaulted to) longitude/latitude, or one whose coordinates fall
// far from where its projected CRS is used. Such a layer would be drawn in the wrong place,
// so planmap says so instead of silently drawing it off the map.
std::optional<QString> implausibleCrsReason(const Box &extent, const Crs &crs);

} // namespace gis
