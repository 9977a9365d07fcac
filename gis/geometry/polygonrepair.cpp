#include "polygonrepair.h"

#include "validity.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/within.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/geometry/strategies/strategies.hpp>
#include <boost/iterator/function_output_iterator.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace gis {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace {

bool sameXY(const Point &a, const Point &b)
{
    return a.x() == b.x() && a.y() == b.y();
}

struct PointLess
{
    bool operator()(const Point &a, const Point &b) const
    {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    }
};

// A spike: the boundary runs out to a vertex and straight back along the same line, enclosing
// nothing. Its apex bounds no area, so dropping it changes no shape.
bool isSpikeApex(const Point &before, const Point &apex, const Point &after)
{
    const double ux = apex.x() - before.x(), uy = apex.y() - before.y();
    const double vx = after.x() - apex.x(), vy = after.y() - apex.y();
    return ux * vy - uy * vx == 0.0 && ux * vx + uy * vy < 0.0;
}

// Drops repeated consecutive vertices and spike apexes until none is left; the ring is open
// (no closing vertex) on return.
std::vector<Point> cleaned(std::vector<Point> points, PolygonRepairReport &report)
{
    if (points.size() > 1 && sameXY(points.front(), points.back()))
        points.pop_back();
    for (bool changed = true; changed && points.size() >= 3;) {
        changed = false;
        std::vector<Point> kept;
        kept.reserve(points.size());
        const std::size_t n = points.size();
        for (std::size_t i = 0; i < n; ++i) {
            const Point &before = kept.empty() ? points[(i + n - 1) % n] : kept.back();
            const Point &after = points[(i + 1) % n];
            if (sameXY(points[i], before)) {
                ++report.removedDuplicateVertices;
                changed = true;
            } else if (isSpikeApex(before, points[i], after)) {
                ++report.removedSpikes;
                changed = true;
            } else {
                kept.push_back(points[i]);
            }
        }
        if (kept.size() > 1 && sameXY(kept.front(), kept.back())) {
            kept.pop_back();
            ++report.removedDuplicateVertices;
            changed = true;
        }
        points = std::move(kept);
    }
    return points;
}

// A vertex that lies exactly inside another segment of the same ring is a touching point the
// stack walk below cannot see; writing it into that segment too (same coordinate, nothing
// moves) makes it a repeated vertex the walk cuts at.
std::vector<Point> withTouchingVerticesInserted(const std::vector<Point> &points, int &inserted)
{
    const std::size_t n = points.size();
    if (n < 4)
        return points;
    using Entry = std::pair<Box, std::size_t>;
    std::vector<Entry> segments;
    segments.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        Box box(points[i], points[i]);
        bg::expand(box, points[(i + 1) % n]);
        segments.emplace_back(box, i);
    }
    const bgi::rtree<Entry, bgi::rstar<16>> index(segments.begin(), segments.end());
    std::map<std::size_t, std::vector<std::pair<double, Point>>> additions;
    for (std::size_t v = 0; v < n; ++v) {
        const Point &p = points[v];
        index.query(bgi::intersects(p),
                    boost::make_function_output_iterator([&](const Entry &entry) {
                        const std::size_t s = entry.second;
                        const Point &a = points[s], &b = points[(s + 1) % n];
                        if (sameXY(p, a) || sameXY(p, b))
                            return;
                        const double dx = b.x() - a.x(), dy = b.y() - a.y();
                        if (dx * (p.y() - a.y()) - dy * (p.x() - a.x()) != 0.0)
                            return;
                        const double t =
                            ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / (dx * dx + dy * dy);
                        if (t > 0.0 && t < 1.0)
                            additions[s].emplace_back(t, p);
                    }));
    }
    if (additions.empty())
        return points;
    std::vector<Point> result;
    result.reserve(n + additions.size());
    for (std::size_t i = 0; i < n; ++i) {
        result.push_back(points[i]);
        auto found = additions.find(i);
        if (found == additions.end())
            continue;
        std::sort(found->second.begin(), found->second.end(),
                  [](const auto &l, const auto &r) { return l.first < r.first; });
        for (const auto &[t, point] : found->second) {
            if (!sameXY(result.back(), point)) {
                result.push_back(point);
                ++inserted;
            }
        }
    }
    return result;
}

// Walks the ring with a stack; when a vertex comes round again the loop since its first visit
// is cut off as a ring of its own.
std::vector<Ring> splitAtRepeatedVertices(const std::vector<Point> &points, int &splits)
{
    std::vector<Ring> loops;
    std::vector<Point> stack;
    std::map<Point, std::size_t, PointLess> positionInStack;
    for (const Point &p : points) {
        auto found = positionInStack.find(p);
        if (found == positionInStack.end()) {
            positionInStack.emplace(p, stack.size());
            stack.push_back(p);
            continue;
        }
        Ring loop(stack.begin() + static_cast<std::ptrdiff_t>(found->second), stack.end());
        for (auto it = stack.begin() + static_cast<std::ptrdiff_t>(found->second) + 1;
             it != stack.end(); ++it)
            positionInStack.erase(*it);
        stack.resize(found->second + 1);
        loop.push_back(loop.front());
        loops.push_back(std::move(loop));
        ++splits;
    }
    if (!stack.empty()) {
        Ring last(stack.begin(), stack.end());
        last.push_back(last.front());
        loops.push_back(std::move(last));
    }
    return loops;
}

// Whether loop `inner` lies inside loop `outer`; loops may share vertices but do not cross.
bool liesInside(const Ring &inner, const Ring &outer)
{
    for (const Point &p : inner) {
        if (bg::within(p, outer))
            return true;
        if (!bg::covered_by(p, outer))
            return false;
    }
    return false;
}

struct Loop
{
    Ring ring;
    double area = 0.0;
    int depth = 0;
    int parent = -1;
};

MultiPolygon assemble(std::vector<Loop> &loops)
{
    std::sort(loops.begin(), loops.end(),
              [](const Loop &a, const Loop &b) { return a.area > b.area; });
    for (std::size_t i = 0; i < loops.size(); ++i) {
        for (std::size_t j = i; j-- > 0;) { // smallest container first
            if (liesInside(loops[i].ring, loops[j].ring)) {
                loops[i].depth = loops[j].depth + 1;
                loops[i].parent = static_cast<int>(j);
                break;
            }
        }
    }
    MultiPolygon result;
    std::vector<int> polygonOfLoop(loops.size(), -1);
    for (std::size_t i = 0; i < loops.size(); ++i) {
        if (loops[i].depth % 2 == 0) {
            polygonOfLoop[i] = static_cast<int>(result.size());
            result.emplace_back();
            result.back().outer() = loops[i].ring;
        } else if (loops[i].parent >= 0 && polygonOfLoop[loops[i].parent] >= 0) {
            result[polygonOfLoop[loops[i].parent]].inners().push_back(loops[i].ring);
        }
    }
    bg::correct(result);
    return result;
}

} // namespace

MultiPolygon repairPolygons(const MultiPolygon &input, PolygonRepairReport *report)
{
    PolygonRepairReport local;
    PolygonRepairReport &r = report ? *report : local;
    MultiPolygon result;
    for (const Polygon &polygon : input) {
        std::vector<Loop> loops;
        auto addRing = [&](const Ring &ring) {
            int splits = 0;
            const std::vector<Point> points(ring.begin(), ring.end());
            for (Ring &split : splitAtRepeatedVertices(
                     withTouchingVerticesInserted(cleaned(points, r), r.insertedTouchingVertices),
                     splits)) {
                const std::vector<Point> open = cleaned({split.begin(), split.end()}, r);
                Ring loop(open.begin(), open.end());
                if (!loop.empty())
                    loop.push_back(loop.front());
                const double area = std::abs(bg::area(loop));
                if (loop.size() < 4 || area == 0.0) {
                    ++r.droppedDegenerate;
                    continue;
                }
                loops.push_back({std::move(loop), area});
            }
            r.splitRings += splits > 0 ? 1 : 0;
        };
        addRing(polygon.outer());
        for (const Ring &inner : polygon.inners())
            addRing(inner);
        for (Polygon &part : assemble(loops))
            result.push_back(std::move(part));
    }
    const Validity after = checkValidity(result);
    r.validAfter = after.valid;
    r.remainingProblem = after.reason;
    return result;
}

} // namespace gis
