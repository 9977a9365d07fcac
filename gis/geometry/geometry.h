#pragma once

#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/linestring.hpp>
#include <boost/geometry/geometries/multi_linestring.hpp>
#include <boost/geometry/geometries/multi_point.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/geometries/ring.hpp>

#include <variant>

namespace gis {

// Boost.Geometry models, oriented as OGC and GeoJSON expect: exterior rings counter-clockwise,
// rings closed. Every geometry is held in its multi form so that renderers and algorithms
// see one shape per dimension.
using Point = boost::geometry::model::d2::point_xy<double>;
using Box = boost::geometry::model::box<Point>;
using LineString = boost::geometry::model::linestring<Point>;
using Ring = boost::geometry::model::ring<Point, false, true>;
using Polygon = boost::geometry::model::polygon<Point, false, true>;
using MultiPoint = boost::geometry::model::multi_point<Point>;
using MultiLineString = boost::geometry::model::multi_linestring<LineString>;
using MultiPolygon = boost::geometry::model::multi_polygon<Polygon>;

using Geometry = std::variant<std::monostate, MultiPoint, MultiLineString, MultiPolygon>;

enum class GeometryKind { None, Point, Line, Polygon };

GeometryKind geometryKind(const Geometry &geometry);
bool isEmpty(const Geometry &geometry);
Box envelope(const Geometry &geometry);
std::size_t vertexCount(const Geometry &geometry);

} // namespace gis
