#include "reshape.h"

#include "validity.h"

#include <QCoreApplication>

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/algorithms/distance.hpp>
#include <boost/geometry/algorithms/intersection.hpp>
#include <boost/geometry/algorithms/is_valid.hpp>
#include <boost/geometry/geometries/segment.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gis {

namespace {

using Segment = boost::geometry::model::segment<Point>;

// A place on a closed ring: `along` is the index of the segment it lies on plus how far
// along that segment (0 to 1), `point` the place itself.
struct RingPosition
{
    double along = 0;
    Point point;
    double distance = std::numeric_limits<double>::max();
};

RingPosition nearestOnRing(const Ring &ring, const Point &p)
{
    RingPosition best;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const Point &a = ring[i], &b = ring[i + 1];
        const double distance = boost::geometry::distance(p, Segment(a, b));
        if (distance >= best.distance)
            continue;
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        const double length2 = dx * dx + dy * dy;
        const double t =
            length2 > 0
                ? std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2, 0.0, 1.0)
                : 0.0;
        // Ends of a segment are its vertices exactly, so a path snapped to a vertex meets it.
        const Point on = t == 0.0 ? a : t == 1.0 ? b : Point(a.x() + t * dx, a.y() + t * dy);
        best = {double(i) + t, on, distance};
    }
    return best;
}

bool samePoint(const Point &a, const Point &b)
{
    return a.x() == b.x() && a.y() == b.y();
}

void append(std::vector<Point> &points, const Point &p)
{
    if (points.empty() || !samePoint(points.back(), p))
        points.push_back(p);
}

// The ring's vertices met walking forward from one place to another (both included).
std::vector<Point> forwardStretch(const Ring &ring, const RingPosition &from,
                                  const RingPosition &to)
{
    const double segments = double(ring.size() - 1);
    double length = to.along - from.along;
    if (length <= 0)
        length += segments;
    std::vector<Point> points{from.point};
    for (double vertex = std::floor(from.along) + 1; vertex - from.along < length; ++vertex)
        append(points, ring[std::size_t(std::fmod(vertex, segments))]);
    append(points, to.point);
    return points;
}

Ring closedRing(const std::vector<Point> &path, std::vector<Point> back)
{
    Ring ring(path.begin(), path.end());
    for (std::size_t i = 1; i < back.size(); ++i)
        ring.push_back(back[i]);
    if (!samePoint(ring.front(), ring.back()))
        ring.push_back(ring.front());
    return ring;
}

double overlapArea(const Ring &candidate, const Ring &original)
{
    Polygon a, b;
    a.outer() = candidate;
    b.outer() = original;
    boost::geometry::correct(a);
    boost::geometry::correct(b);
    // A path that crosses the boundary elsewhere makes a candidate cross itself, on which
    // Boost's overlay may throw: such a candidate shares nothing and is not chosen.
    if (!boost::geometry::is_valid(a))
        return 0;
    MultiPolygon shared;
    try {
        boost::geometry::intersection(a, b, shared);
    } catch (const boost::geometry::exception &) {
        return 0;
    }
    return boost::geometry::area(shared);
}

struct RingChoice
{
    std::size_t part = 0;
    int ring = -1; // -1: the outer ring, else the hole's index
    RingPosition start, end;
};

// The ring both ends of the path lie on, nearest first.
std::optional<RingChoice> ringOfPath(const MultiPolygon &zone, const Point &first,
                                     const Point &last, double tolerance)
{
    std::optional<RingChoice> best;
    double bestDistance = std::numeric_limits<double>::max();
    const auto consider = [&](std::size_t part, int ringIndex, const Ring &ring) {
        const RingPosition start = nearestOnRing(ring, first), end = nearestOnRing(ring, last);
        const double distance = start.distance + end.distance;
        if (start.distance <= tolerance && end.distance <= tolerance && distance < bestDistance) {
            bestDistance = distance;
            best = RingChoice{part, ringIndex, start, end};
        }
    };
    for (std::size_t part = 0; part < zone.size(); ++part) {
        consider(part, -1, zone[part].outer());
        for (std::size_t hole = 0; hole < zone[part].inners().size(); ++hole)
            consider(part, int(hole), zone[part].inners()[hole]);
    }
    return best;
}

} // namespace

std::optional<MultiPolygon> reshape(const MultiPolygon &zone, const LineString &path,
                                    double tolerance, QString *error)
{
    if (path.size() < 2) {
        *error = QCoreApplication::translate("Reshape", "draw a path of two points or more");
        return std::nullopt;
    }
    const auto choice = ringOfPath(zone, path.front(), path.back(), tolerance);
    if (!choice) {
        *error = QCoreApplication::translate("Reshape",
                                             "the path must start and end on the zone's boundary");
        return std::nullopt;
    }
    if (samePoint(choice->start.point, choice->end.point)) {
        *error = QCoreApplication::translate(
            "Reshape", "the path must end on another point of the boundary than where it starts");
        return std::nullopt;
    }
    const Ring &original =
        choice->ring < 0 ? zone[choice->part].outer() : zone[choice->part].inners()[choice->ring];
    std::vector<Point> newStretch{choice->start.point};
    for (std::size_t i = 1; i + 1 < path.size(); ++i)
        append(newStretch, path[i]);
    append(newStretch, choice->end.point);
    // Back from the path's end to its start, forwards or backwards round the old ring.
    const Ring onward =
        closedRing(newStretch, forwardStretch(original, choice->end, choice->start));
    std::vector<Point> backward = forwardStretch(original, choice->start, choice->end);
    std::reverse(backward.begin(), backward.end());
    const Ring returning = closedRing(newStretch, backward);
    Ring chosen =
        overlapArea(onward, original) >= overlapArea(returning, original) ? onward : returning;

    MultiPolygon reshaped = zone;
    Ring &target = choice->ring < 0 ? reshaped[choice->part].outer()
                                    : reshaped[choice->part].inners()[choice->ring];
    target = std::move(chosen);
    boost::geometry::correct(reshaped);
    const Validity validity = checkValidity(reshaped);
    if (!validity.valid) {
        *error = QCoreApplication::translate("Reshape", "the new boundary is not a valid zone: %1")
                     .arg(validity.reason);
        return std::nullopt;
    }
    return reshaped;
}

} // namespace gis
