#include "featurepicker.h"

#include "projectedlayer.h"

#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/distance.hpp>
#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/algorithms/intersects.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace gis {

namespace bg = boost::geometry;

namespace {

bool hits(const Geometry &geometry, const Point &point, double tolerance)
{
    if (const auto *polygons = std::get_if<MultiPolygon>(&geometry))
        return bg::covered_by(point, *polygons) || bg::distance(point, *polygons) <= tolerance;
    if (const auto *lines = std::get_if<MultiLineString>(&geometry))
        return bg::distance(point, *lines) <= tolerance;
    if (const auto *points = std::get_if<MultiPoint>(&geometry))
        return bg::distance(point, *points) <= tolerance;
    return false;
}

bool intersects(const Geometry &geometry, const Polygon &area)
{
    return std::visit(
        [&](const auto &shape) {
            if constexpr (std::is_same_v<std::decay_t<decltype(shape)>, std::monostate>)
                return false;
            else
                return bg::intersects(shape, area);
        },
        geometry);
}

} // namespace

std::vector<std::size_t> pickFeatures(const ProjectedLayer &layer, const Point &point,
                                      double tolerance)
{
    const Box around(Point(point.x() - tolerance, point.y() - tolerance),
                     Point(point.x() + tolerance, point.y() + tolerance));
    std::vector<std::size_t> picked;
    for (std::size_t index : layer.index().query(around)) {
        if (hits(layer.geometry(index), point, tolerance))
            picked.push_back(index);
    }
    std::sort(picked.begin(), picked.end());
    return picked;
}

std::vector<std::size_t> pickFeatures(const ProjectedLayer &layer, const Polygon &area)
{
    std::vector<std::size_t> picked;
    if (area.outer().size() < 4)
        return picked;
    for (std::size_t index : layer.index().query(bg::return_envelope<Box>(area))) {
        if (intersects(layer.geometry(index), area))
            picked.push_back(index);
    }
    std::sort(picked.begin(), picked.end());
    return picked;
}

} // namespace gis
