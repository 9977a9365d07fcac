#include "geometry.h"

#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/algorithms/is_empty.hpp>
#include <boost/geometry/algorithms/num_points.hpp>

namespace gis {

namespace bg = boost::geometry;

GeometryKind geometryKind(const Geometry &geometry)
{
    switch (geometry.index()) {
    case 1:
        return GeometryKind::Point;
    case 2:
        return GeometryKind::Line;
    case 3:
        return GeometryKind::Polygon;
    default:
        return GeometryKind::None;
    }
}

bool isEmpty(const Geometry &geometry)
{
    return std::visit(
        [](const auto &g) {
            if constexpr (std::is_same_v<std::decay_t<decltype(g)>, std::monostate>)
                return true;
            else
                return bg::is_empty(g);
        },
        geometry);
}

Box envelope(const Geometry &geometry)
{
    Box box;
    bg::assign_inverse(box);
    std::visit(
        [&box](const auto &g) {
            if constexpr (!std::is_same_v<std::decay_t<decltype(g)>, std::monostate>) {
                if (!bg::is_empty(g))
                    bg::envelope(g, box);
            }
        },
        geometry);
    return box;
}

std::size_t vertexCount(const Geometry &geometry)
{
    return std::visit(
        [](const auto &g) -> std::size_t {
            if constexpr (std::is_same_v<std::decay_t<decltype(g)>, std::monostate>)
                return 0;
            else
                return bg::num_points(g);
        },
        geometry);
}

} // namespace gis
