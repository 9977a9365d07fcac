#include "mapscale.h"

#include "crs/coordinatetransform.h"

#include <boost/geometry/algorithms/distance.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/strategies/geographic/distance_vincenty.hpp>

#include <cmath>

namespace gis {

namespace bg = boost::geometry;

namespace {

using GeographicPoint = bg::model::point<double, 2, bg::cs::geographic<bg::degree>>;

std::optional<double> geodesicMetres(const Point &a, const Point &b, const Crs &crs)
{
    const CoordinateTransform toLonLat(crs, Crs::wgs84());
    if (!toLonLat.isValid())
        return std::nullopt;
    const Point p = toLonLat.transform(a), q = toLonLat.transform(b);
    if (!std::isfinite(p.x()) || !std::isfinite(q.x()))
        return std::nullopt;
    const bg::strategy::distance::vincenty<> vincenty;
    return bg::distance(GeographicPoint(p.x(), p.y()), GeographicPoint(q.x(), q.y()), vincenty);
}

Point centreOf(const Box &box)
{
    return {(box.min_corner().x() + box.max_corner().x()) / 2,
            (box.min_corner().y() + box.max_corner().y()) / 2};
}

} // namespace

std::optional<double> groundMetresPerPixel(const Box &visibleExtent, const QSize &size,
                                           const Crs &crs)
{
    if (size.width() <= 0)
        return std::nullopt;
    // A horizontal run of 100 pixels through the centre: long enough to be precise, short
    // enough for the scale not to vary along it.
    const double unitsPerPixel =
        (visibleExtent.max_corner().x() - visibleExtent.min_corner().x()) / size.width();
    const Point centre = centreOf(visibleExtent);
    const double half = 50 * unitsPerPixel;
    const auto metres = geodesicMetres(Point(centre.x() - half, centre.y()),
                                       Point(centre.x() + half, centre.y()), crs);
    if (!metres || *metres <= 0)
        return std::nullopt;
    return *metres / 100.0;
}

std::optional<double> scaleDenominator(const Box &visibleExtent, const QSize &size, double dpi,
                                       const Crs &crs)
{
    const auto metresPerPixel = groundMetresPerPixel(visibleExtent, size, crs);
    if (!metresPerPixel)
        return std::nullopt;
    return *metresPerPixel * dpi / 0.0254;
}

std::optional<Box> extentForScale(const Point &centre, double denominator, const QSize &size,
                                  double dpi, const Crs &crs)
{
    if (denominator <= 0 || size.isEmpty())
        return std::nullopt;
    // Ground metres per pixel are proportional to map units per pixel near the centre, so one
    // measurement at any trial width gives the width that yields the wanted scale.
    const double trialUnitsPerPixel = crs.isGeographic() ? 1e-4 : 10.0;
    const auto box = [&](double unitsPerPixel) {
        const double hw = unitsPerPixel * size.width() / 2, hh = unitsPerPixel * size.height() / 2;
        return Box(Point(centre.x() - hw, centre.y() - hh),
                   Point(centre.x() + hw, centre.y() + hh));
    };
    const auto trial = scaleDenominator(box(trialUnitsPerPixel), size, dpi, crs);
    if (!trial)
        return std::nullopt;
    return box(trialUnitsPerPixel * denominator / *trial);
}

std::optional<double> trueNorthAngle(const Point &point, const Crs &crs)
{
    const CoordinateTransform toLonLat(crs, Crs::wgs84());
    const CoordinateTransform fromLonLat(Crs::wgs84(), crs);
    if (!toLonLat.isValid() || !fromLonLat.isValid())
        return std::nullopt;
    const Point lonLat = toLonLat.transform(point);
    const Point north = fromLonLat.transform(Point(lonLat.x(), std::min(lonLat.y() + 0.01, 89.99)));
    const double dx = north.x() - point.x(), dy = north.y() - point.y();
    if (!std::isfinite(dx) || !std::isfinite(dy) || (dx == 0 && dy == 0))
        return std::nullopt;
    return std::atan2(dx, dy) * 180.0 / M_PI;
}

} // namespace gis
