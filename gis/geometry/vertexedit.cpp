#include "vertexedit.h"

#include <type_traits>

namespace gis {

namespace {

// The vertices a VertexId addresses, with whether they form a closed ring; null when absent.
template <typename Geom> auto *pointsOf(Geom &geometry, const VertexId &id, bool *closed)
{
    using Multi = std::remove_const_t<Geom>;
    using Points =
        std::conditional_t<std::is_const_v<Geom>, const std::vector<Point>, std::vector<Point>>;
    Points *points = nullptr;
    *closed = false;
    if (id.part < 0 || id.ring < 0 || id.part >= int(geometry.size()))
        return points;
    if constexpr (std::is_same_v<Multi, MultiPoint>) {
        if (id.ring == 0)
            points = &geometry; // a multipoint is one list of points
    } else if constexpr (std::is_same_v<Multi, MultiLineString>) {
        if (id.ring == 0)
            points = &geometry[id.part];
    } else {
        auto &polygon = geometry[id.part];
        *closed = true;
        if (id.ring == 0)
            points = &polygon.outer();
        else if (id.ring <= int(polygon.inners().size()))
            points = &polygon.inners()[id.ring - 1];
    }
    return points;
}

// The index of the vertex in a multipoint is its part.
int indexIn(const VertexId &id, bool multipoint)
{
    return multipoint ? id.part : id.vertex;
}

int minimumVertices(bool closed)
{
    return closed ? 4 : 2; // a ring: three distinct vertices and the closing one
}

template <typename Edit> bool editPoints(Geometry &geometry, const VertexId &id, Edit &&edit)
{
    return std::visit(
        [&](auto &multi) -> bool {
            using Multi = std::decay_t<decltype(multi)>;
            if constexpr (std::is_same_v<Multi, std::monostate>) {
                return false;
            } else {
                bool closed = false;
                std::vector<Point> *points = pointsOf(multi, id, &closed);
                if (!points)
                    return false;
                return edit(*points, indexIn(id, std::is_same_v<Multi, MultiPoint>), closed);
            }
        },
        geometry);
}

} // namespace

std::optional<Point> vertexAt(const Geometry &geometry, const VertexId &id)
{
    return std::visit(
        [&](const auto &multi) -> std::optional<Point> {
            using Multi = std::decay_t<decltype(multi)>;
            if constexpr (std::is_same_v<Multi, std::monostate>) {
                return std::nullopt;
            } else {
                bool closed = false;
                const std::vector<Point> *points = pointsOf(multi, id, &closed);
                const int index = indexIn(id, std::is_same_v<Multi, MultiPoint>);
                if (!points || index < 0 || index >= int(points->size()))
                    return std::nullopt;
                return (*points)[index];
            }
        },
        geometry);
}

bool moveVertex(Geometry &geometry, const VertexId &id, const Point &to)
{
    return editPoints(geometry, id, [&](std::vector<Point> &points, int index, bool closed) {
        const int last = int(points.size()) - 1;
        if (index < 0 || index > last || (closed && index == last))
            return false; // a ring's closing vertex is moved through vertex 0
        points[index] = to;
        if (closed && index == 0)
            points[last] = to;
        return true;
    });
}

bool insertVertex(Geometry &geometry, const VertexId &id, const Point &point)
{
    if (std::holds_alternative<MultiPoint>(geometry))
        return false; // a new point is a new part, not a vertex
    return editPoints(geometry, id, [&](std::vector<Point> &points, int index, bool closed) {
        const int count = int(points.size());
        // In a ring, index 0 and the closing place are the same spot: insert before the close.
        if (index < 0 || index > count || (closed && (index == 0 || index > count - 1)))
            return false;
        points.insert(points.begin() + index, point);
        return true;
    });
}

bool deleteVertex(Geometry &geometry, const VertexId &id)
{
    if (std::holds_alternative<MultiPoint>(geometry))
        return false;
    return editPoints(geometry, id, [&](std::vector<Point> &points, int index, bool closed) {
        const int last = int(points.size()) - 1;
        if (index < 0 || index > last || (closed && index == last))
            return false;
        if (int(points.size()) - 1 < minimumVertices(closed))
            return false;
        points.erase(points.begin() + index);
        if (closed && index == 0)
            points.back() = points.front();
        return true;
    });
}

void translate(Geometry &geometry, double dx, double dy)
{
    const auto shift = [dx, dy](Point &point) {
        point.x(point.x() + dx);
        point.y(point.y() + dy);
    };
    std::visit(
        [&](auto &multi) {
            using Multi = std::decay_t<decltype(multi)>;
            if constexpr (std::is_same_v<Multi, MultiPoint>) {
                for (Point &point : multi)
                    shift(point);
            } else if constexpr (std::is_same_v<Multi, MultiLineString>) {
                for (auto &line : multi)
                    for (Point &point : line)
                        shift(point);
            } else if constexpr (std::is_same_v<Multi, MultiPolygon>) {
                for (auto &polygon : multi) {
                    for (Point &point : polygon.outer())
                        shift(point);
                    for (auto &inner : polygon.inners())
                        for (Point &point : inner)
                            shift(point);
                }
            }
        },
        geometry);
}

} // namespace gis
