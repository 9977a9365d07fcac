#pragma once

#include "geometry.h"

#include <QString>

namespace gis {

// OGC validity as Boost.Geometry judges it, with its reason in words when invalid
// (self-intersection, spike, wrong orientation, too few points, ...).
struct Validity
{
    bool valid = true;
    QString reason;
};

Validity checkValidity(const Geometry &geometry);
Validity checkValidity(const MultiPolygon &polygons);

} // namespace gis
