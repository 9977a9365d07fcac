#include "sharedvertices.h"

#include "editing/editsession.h"
#include "index/spatialindex.h"

namespace core {

namespace {

bool near(const gis::Point &a, const gis::Point &b, double tolerance)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

// The vertices of one ring or line near the point; a closed ring's last vertex is its first.
void collect(const std::vector<gis::Point> &points, bool closed, qint64 feature, int part, int ring,
             const gis::Point &point, double tolerance, QVector<FeatureVertex> &found)
{
    const int count = int(points.size()) - (closed ? 1 : 0);
    for (int i = 0; i < count; ++i) {
        if (near(points[std::size_t(i)], point, tolerance))
            found.push_back({feature, {part, ring, i}});
    }
}

void collectFeature(const gis::Geometry &geometry, qint64 feature, const gis::Point &point,
                    double tolerance, QVector<FeatureVertex> &found)
{
    if (const auto *polygons = std::get_if<gis::MultiPolygon>(&geometry)) {
        for (int part = 0; part < int(polygons->size()); ++part) {
            const gis::Polygon &polygon = (*polygons)[std::size_t(part)];
            collect(polygon.outer(), true, feature, part, 0, point, tolerance, found);
            for (int ring = 0; ring < int(polygon.inners().size()); ++ring)
                collect(polygon.inners()[std::size_t(ring)], true, feature, part, ring + 1, point,
                        tolerance, found);
        }
    } else if (const auto *lines = std::get_if<gis::MultiLineString>(&geometry)) {
        for (int part = 0; part < int(lines->size()); ++part)
            collect((*lines)[std::size_t(part)], false, feature, part, 0, point, tolerance, found);
    } else if (const auto *points = std::get_if<gis::MultiPoint>(&geometry)) {
        for (int part = 0; part < int(points->size()); ++part) {
            if (near((*points)[std::size_t(part)], point, tolerance))
                found.push_back({feature, {part, 0, 0}});
        }
    }
}

} // namespace

QVector<FeatureVertex> SharedVertices::at(const EditSession &session, const gis::Point &point,
                                          double tolerance)
{
    const auto features = session.editedFeatures();
    std::vector<gis::Box> envelopes;
    envelopes.reserve(features->features.size());
    for (std::size_t i = 0; i < features->features.size(); ++i)
        envelopes.push_back(features->envelope(i));
    const gis::SpatialIndex index(envelopes);
    const gis::Box around(gis::Point(point.x() - tolerance, point.y() - tolerance),
                          gis::Point(point.x() + tolerance, point.y() + tolerance));
    std::vector<std::size_t> candidates = index.query(around);
    std::sort(candidates.begin(), candidates.end());
    QVector<FeatureVertex> found;
    for (std::size_t i : candidates)
        collectFeature(features->geometry(i), features->features[i].id, point, tolerance, found);
    return found;
}

} // namespace core
