#include "pixelclip.h"

#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/algorithms/intersection.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/linestring.hpp>
#include <boost/geometry/geometries/multi_linestring.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace gis {

namespace {

namespace bg = boost::geometry;
using PixelPoint = bg::model::d2::point_xy<double>;
using PixelPolygon = bg::model::polygon<PixelPoint>;
using PixelLine = bg::model::linestring<PixelPoint>;

bg::model::box<PixelPoint> boxOf(const QRectF &rect)
{
    return {PixelPoint(rect.left(), rect.top()), PixelPoint(rect.right(), rect.bottom())};
}

template <typename Points> QPolygonF toQt(const Points &points)
{
    QPolygonF polygon;
    polygon.reserve(qsizetype(points.size()));
    for (const PixelPoint &point : points)
        polygon.push_back(QPointF(point.x(), point.y()));
    return polygon;
}

} // namespace

std::vector<QPolygonF> PixelClip::ring(const std::vector<QPointF> &points) const
{
    PixelPolygon polygon;
    for (const QPointF &point : points)
        polygon.outer().emplace_back(point.x(), point.y());
    bg::correct(polygon); // closes it and winds it the way the algorithm expects
    bg::model::multi_polygon<PixelPolygon> inside;
    try {
        bg::intersection(boxOf(mKeep), polygon, inside);
    } catch (const std::exception &) {
        return {QPolygonF(QList<QPointF>(points.begin(), points.end()))};
    }
    std::vector<QPolygonF> pieces;
    for (const PixelPolygon &piece : inside) {
        pieces.push_back(toQt(piece.outer()));
        for (const auto &hole : piece.inners()) // a ring clipped alone has none; kept if any
            pieces.push_back(toQt(hole));
    }
    return pieces;
}

std::vector<QPolygonF> PixelClip::line(const std::vector<QPointF> &points) const
{
    PixelLine line;
    for (const QPointF &point : points)
        line.emplace_back(point.x(), point.y());
    bg::model::multi_linestring<PixelLine> inside;
    try {
        bg::intersection(boxOf(mKeep), line, inside);
    } catch (const std::exception &) {
        return {QPolygonF(QList<QPointF>(points.begin(), points.end()))};
    }
    std::vector<QPolygonF> pieces;
    for (const PixelLine &piece : inside)
        pieces.push_back(toQt(piece));
    return pieces;
}

} // namespace gis
