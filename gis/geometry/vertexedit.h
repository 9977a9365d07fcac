#pragma once

#include "geometry.h"

#include <optional>

namespace gis {

// Where a vertex sits in a multi-geometry: the part (point, line or polygon), the ring of a
// polygon (0: exterior, then the holes; 0 for lines and points) and its place in the ring or
// line. A ring's closing vertex is its first: editing vertex 0 of a ring edits both.
struct VertexId
{
    int part = 0;
    int ring = 0;
    int vertex = 0;

    friend bool operator==(const VertexId &, const VertexId &) = default;
};

// Free functions over the Boost.Geometry models, each a plain value change: they return false
// and leave the geometry as it was where the vertex does not exist or the change would leave a
// shape that is not one (a ring under three distinct vertices, a line under two).
std::optional<Point> vertexAt(const Geometry &geometry, const VertexId &id);
bool moveVertex(Geometry &geometry, const VertexId &id, const Point &to);
// Inserts `point` before the vertex `id` (so that it becomes `id`); id.vertex may be the
// count of a line's vertices (appending), and a ring's closing place.
bool insertVertex(Geometry &geometry, const VertexId &id, const Point &point);
bool deleteVertex(Geometry &geometry, const VertexId &id);
// Every vertex moved by (dx, dy).
void translate(Geometry &geometry, double dx, double dy);

} // namespace gis
