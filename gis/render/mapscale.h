#pragma once

#include "crs/crs.h"
#include "geometry/geometry.h"

#include <QSize>

#include <optional>

namespace gis {

// Ground distance covered by one pixel across the centre of a view, measured on the WGS 84
// ellipsoid (Boost.Geometry, Vincenty), so the scale is true for any map CRS.
std::optional<double> groundMetresPerPixel(const Box &visibleExtent, const QSize &size,
                                           const Crs &crs);

// The scale denominator of a view shown at `dpi` (1:N).
std::optional<double> scaleDenominator(const Box &visibleExtent, const QSize &size, double dpi,
                                       const Crs &crs);

// The extent around `centre` (map CRS) at which a view of `size` pixels at `dpi` shows
// 1:denominator.
std::optional<Box> extentForScale(const Point &centre, double denominator, const QSize &size,
                                  double dpi, const Crs &crs);

// Direction of true north at `point`, in degrees clockwise from the top of a north-up map of
// that CRS: 0 for Web Mercator and geographic CRSs, the meridian convergence for Gauss–Krüger.
std::optional<double> trueNorthAngle(const Point &point, const Crs &crs);

} // namespace gis
