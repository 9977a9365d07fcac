#include "snapper.h"

#include "crs/coordinatetransform.h"
#include "project/planproject.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace core {

namespace {

// Every segment (or lone vertex) of a geometry, as point pairs.
template <typename Visit> void forEachPath(const gis::Geometry &geometry, Visit &&visit)
{
    if (const auto *polygons = std::get_if<gis::MultiPolygon>(&geometry)) {
        for (const gis::Polygon &polygon : *polygons) {
            visit(polygon.outer());
            for (const auto &inner : polygon.inners())
                visit(inner);
        }
    } else if (const auto *lines = std::get_if<gis::MultiLineString>(&geometry)) {
        for (const gis::LineString &line : *lines)
            visit(line);
    } else if (const auto *points = std::get_if<gis::MultiPoint>(&geometry)) {
        visit(*points);
    }
}

gis::Point nearestOnSegment(const gis::Point &p, const gis::Point &a, const gis::Point &b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length2 = dx * dx + dy * dy;
    const double t =
        length2 > 0 ? std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2, 0.0, 1.0)
                    : 0.0;
    return {a.x() + t * dx, a.y() + t * dy};
}

double distance(const gis::Point &a, const gis::Point &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

std::optional<gis::Point> SnapResult::in(const gis::Crs &crs) const
{
    if (crs.isEquivalentTo(layerCrs))
        return layerPoint;
    const gis::CoordinateTransform transform(layerCrs, crs);
    if (!transform.isValid())
        return std::nullopt;
    return transform.transform(layerPoint);
}

Snapper::Snapper(const PlanProject &project, const QStringList &layerIds)
    : mMapCrs(project.crs())
{
    for (const QString &id : layerIds) {
        const gis::VectorLayer *layer = project.layer(id);
        if (!layer)
            continue;
        const gis::FeatureCollection &features = layer->features();
        Target target{id, features.crs, {}, {}};
        std::vector<gis::Box> envelopes;
        for (std::size_t i = 0; i < features.features.size(); ++i) {
            target.geometries.push_back(features.geometry(i));
            envelopes.push_back(features.envelope(i));
        }
        target.index = gis::SpatialIndex(envelopes);
        mTargets.push_back(std::move(target));
    }
}

std::optional<SnapResult> Snapper::snap(const gis::Point &mapPoint, double mapUnitsPerPixel,
                                        double tolerancePixels) const
{
    const double radius = mapUnitsPerPixel * tolerancePixels;
    for (SnapKind kind : {SnapKind::Vertex, SnapKind::Segment}) {
        std::optional<SnapResult> best;
        double bestDistance = std::numeric_limits<double>::max();
        for (const Target &target : mTargets) {
            const auto found = snapIn(target, mapPoint, radius, kind);
            if (!found)
                continue;
            const double d = distance(found->mapPoint, mapPoint);
            if (d <= radius && d < bestDistance) {
                bestDistance = d;
                best = found;
            }
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

std::optional<SnapResult> Snapper::snapIn(const Target &target, const gis::Point &mapPoint,
                                          double radiusMap, SnapKind kind) const
{
    const gis::CoordinateTransform toLayer(mMapCrs, target.crs);
    const gis::CoordinateTransform toMap(target.crs, mMapCrs);
    if (!toLayer.isValid() || !toMap.isValid())
        return std::nullopt;
    const gis::Box aroundMap(gis::Point(mapPoint.x() - radiusMap, mapPoint.y() - radiusMap),
                             gis::Point(mapPoint.x() + radiusMap, mapPoint.y() + radiusMap));
    const gis::Box around = toLayer.transformBox(aroundMap);
    const gis::Point pointer = toLayer.transform(mapPoint);
    std::optional<gis::Point> best;
    double bestDistance = std::numeric_limits<double>::max();
    const auto consider = [&](const gis::Point &candidate) {
        const double d = distance(candidate, pointer);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    };
    for (std::size_t i : target.index.query(around)) {
        forEachPath(target.geometries[i], [&](const auto &points) {
            for (std::size_t v = 0; v < points.size(); ++v) {
                if (kind == SnapKind::Vertex)
                    consider(points[v]);
                else if (v + 1 < points.size())
                    consider(nearestOnSegment(pointer, points[v], points[v + 1]));
            }
        });
    }
    if (!best)
        return std::nullopt;
    return SnapResult{kind, target.layerId, *best, target.crs, toMap.transform(*best)};
}

} // namespace core
