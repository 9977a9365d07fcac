#include "sharedvertices.h"

#include "editing/editsession.h"
#include "index/spatialindex.h"

#include <algorithm>

namespace core {

namespace {

bool near(const gis::Point &a, const gis::Point &b, double tolerance)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

// Calls visit(points, closed, part, ring) for each ring, line or point of a geometry.
template <typename Visit> void forEachPath(const gis::Geometry &geometry, Visit &&visit)
{
    if (const auto *polygons = std::get_if<gis::MultiPolygon>(&geometry)) {
        for (int part = 0; part < int(polygons->size()); ++part) {
            const gis::Polygon &polygon = (*polygons)[std::size_t(part)];
            visit(polygon.outer(), true, part, 0);
            for (int ring = 0; ring < int(polygon.inners().size()); ++ring)
                visit(polygon.inners()[std::size_t(ring)], true, part, ring + 1);
        }
    } else if (const auto *lines = std::get_if<gis::MultiLineString>(&geometry)) {
        for (int part = 0; part < int(lines->size()); ++part)
            visit((*lines)[std::size_t(part)], false, part, 0);
    } else if (const auto *points = std::get_if<gis::MultiPoint>(&geometry)) {
        for (int part = 0; part < int(points->size()); ++part)
            visit(std::vector<gis::Point>{(*points)[std::size_t(part)]}, false, part, 0);
    }
}

// The vertices of one feature near the point; a closed ring's last vertex is its first.
void collectVertices(const gis::Geometry &geometry, qint64 feature, const gis::Point &point,
                     double tolerance, QVector<FeatureVertex> &found)
{
    forEachPath(geometry, [&](const auto &points, bool closed, int part, int ring) {
        const int count = int(points.size()) - (closed ? 1 : 0);
        for (int i = 0; i < count; ++i) {
            if (near(points[std::size_t(i)], point, tolerance))
                found.push_back({feature, {part, ring, i}});
        }
    });
}

// The places of the segment a–b in one feature, last first within each ring.
void collectSegments(const gis::Geometry &geometry, qint64 feature, const gis::Point &a,
                     const gis::Point &b, double tolerance, QVector<FeatureVertex> &found)
{
    forEachPath(geometry, [&](const auto &points, bool, int part, int ring) {
        for (int i = int(points.size()) - 2; i >= 0; --i) {
            const gis::Point &from = points[std::size_t(i)], &to = points[std::size_t(i) + 1];
            if ((near(from, a, tolerance) && near(to, b, tolerance)) ||
                (near(from, b, tolerance) && near(to, a, tolerance)))
                found.push_back({feature, {part, ring, i + 1}});
        }
    });
}

gis::Box around(const gis::Point &point, double tolerance)
{
    return {gis::Point(point.x() - tolerance, point.y() - tolerance),
            gis::Point(point.x() + tolerance, point.y() + tolerance)};
}

} // namespace

std::vector<qint64> SharedVertices::featuresNear(const EditSession &session, const gis::Box &box)
{
    const auto features = session.editedFeatures();
    std::vector<gis::Box> envelopes;
    envelopes.reserve(features->features.size());
    for (std::size_t i = 0; i < features->features.size(); ++i)
        envelopes.push_back(features->envelope(i));
    std::vector<qint64> ids;
    for (std::size_t i : gis::SpatialIndex(envelopes).query(box))
        ids.push_back(features->features[i].id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QVector<FeatureVertex> SharedVertices::at(const EditSession &session, const gis::Point &point,
                                          double tolerance)
{
    return at(session, point, tolerance, featuresNear(session, around(point, tolerance)));
}

QVector<FeatureVertex> SharedVertices::at(const EditSession &session, const gis::Point &point,
                                          double tolerance, const std::vector<qint64> &candidates)
{
    QVector<FeatureVertex> found;
    for (qint64 feature : candidates) {
        if (const auto geometry = session.geometry(feature))
            collectVertices(*geometry, feature, point, tolerance, found);
    }
    return found;
}

QVector<FeatureVertex> SharedVertices::segment(const EditSession &session, const gis::Point &a,
                                               const gis::Point &b, double tolerance,
                                               const std::vector<qint64> &candidates)
{
    QVector<FeatureVertex> found;
    for (qint64 feature : candidates) {
        if (const auto geometry = session.geometry(feature))
            collectSegments(*geometry, feature, a, b, tolerance, found);
    }
    return found;
}

} // namespace core
