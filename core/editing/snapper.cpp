#include "snapper.h"

#include "project/planproject.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace core {

namespace {

// Every ring, line or point list of a geometry with the part and ring a VertexId names it by.
template <typename Visit> void forEachPath(const gis::Geometry &geometry, Visit &&visit)
{
    if (const auto *polygons = std::get_if<gis::MultiPolygon>(&geometry)) {
        for (int part = 0; part < int(polygons->size()); ++part) {
            const gis::Polygon &polygon = (*polygons)[std::size_t(part)];
            visit(polygon.outer(), part, 0);
            for (int ring = 0; ring < int(polygon.inners().size()); ++ring)
                visit(polygon.inners()[std::size_t(ring)], part, ring + 1);
        }
    } else if (const auto *lines = std::get_if<gis::MultiLineString>(&geometry)) {
        for (int part = 0; part < int(lines->size()); ++part)
            visit((*lines)[std::size_t(part)], part, 0);
    } else if (const auto *points = std::get_if<gis::MultiPoint>(&geometry)) {
        for (int part = 0; part < int(points->size()); ++part)
            visit(std::vector<gis::Point>{(*points)[std::size_t(part)]}, part, 0);
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

bool isEmptyBox(const gis::Box &box)
{
    return !(box.min_corner().x() <= box.max_corner().x());
}

template <typename List>
auto findLayer(List &targets, const QString &layerId) -> decltype(&targets.front())
{
    const auto found = std::find_if(targets.begin(), targets.end(),
                                    [&](const auto &target) { return target.layerId == layerId; });
    return found == targets.end() ? nullptr : &*found;
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

gis::Geometry Snapper::Target::geometry(std::size_t slot) const
{
    if (const auto found = edited.find(slot); found != edited.end())
        return found->second;
    return features->geometry(slot);
}

Snapper::Snapper(const PlanProject &project, const QStringList &layerIds, SnapTargets targets)
    : mMapCrs(project.crs())
    , mKinds(targets)
{
    for (const QString &id : layerIds) {
        const gis::VectorLayer *layer = project.layer(id);
        if (!layer)
            continue;
        Target target;
        target.layerId = id;
        target.features = layer->projectionCache()->source();
        target.crs = target.features->crs;
        target.toLayer = std::make_unique<gis::CoordinateTransform>(mMapCrs, target.crs);
        target.toMap = std::make_unique<gis::CoordinateTransform>(target.crs, mMapCrs);
        if (!target.toLayer->isValid() || !target.toMap->isValid())
            continue;
        const std::size_t count = target.features->features.size();
        target.ids.reserve(count);
        target.boxes.reserve(count);
        target.slotOf.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            target.ids.push_back(target.features->features[i].id);
            target.boxes.push_back(target.features->envelope(i));
            target.slotOf.emplace(target.ids.back(), i);
        }
        target.index = gis::SpatialIndex(target.boxes);
        mTargets.push_back(std::move(target));
    }
}

Snapper::~Snapper() = default;

const Snapper::Target *Snapper::target(const QString &layerId) const
{
    return findLayer(mTargets, layerId);
}

void Snapper::update(const QString &layerId, qint64 feature,
                     const std::optional<gis::Geometry> &geometry)
{
    Target *changed = findLayer(mTargets, layerId);
    if (!changed)
        return;
    auto slot = changed->slotOf.find(feature);
    if (slot == changed->slotOf.end()) {
        if (!geometry)
            return;
        slot = changed->slotOf.emplace(feature, changed->ids.size()).first;
        changed->ids.push_back(feature);
        changed->boxes.emplace_back();
        boost::geometry::assign_inverse(changed->boxes.back());
    }
    gis::Box &box = changed->boxes[slot->second];
    if (!isEmptyBox(box))
        changed->index.remove(box, slot->second);
    boost::geometry::assign_inverse(box);
    if (!geometry) {
        changed->edited.erase(slot->second);
        return;
    }
    box = gis::envelope(*geometry);
    changed->edited[slot->second] = *geometry;
    changed->index.insert(box, slot->second);
}

std::vector<qint64> Snapper::featuresIn(const QString &layerId, const gis::Box &layerBox) const
{
    std::vector<qint64> found;
    if (const Target *layer = target(layerId)) {
        for (std::size_t slot : layer->index.query(layerBox))
            found.push_back(layer->ids[slot]);
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::optional<SnapResult> Snapper::snap(const gis::Point &mapPoint, double mapUnitsPerPixel,
                                        double tolerancePixels) const
{
    const double radius = mapUnitsPerPixel * tolerancePixels;
    for (SnapKind kind : {SnapKind::Vertex, SnapKind::Segment}) {
        if ((kind == SnapKind::Vertex && !mKinds.vertices) ||
            (kind == SnapKind::Segment && !mKinds.segments))
            continue;
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
    const gis::Box aroundMap(gis::Point(mapPoint.x() - radiusMap, mapPoint.y() - radiusMap),
                             gis::Point(mapPoint.x() + radiusMap, mapPoint.y() + radiusMap));
    const gis::Box around = target.toLayer->transformBox(aroundMap);
    const gis::Point pointer = target.toLayer->transform(mapPoint);
    std::optional<SnapResult> best;
    double bestDistance = std::numeric_limits<double>::max();
    const auto consider = [&](const gis::Point &candidate, qint64 feature, gis::VertexId vertex) {
        const double d = distance(candidate, pointer);
        if (d < bestDistance) {
            bestDistance = d;
            best = SnapResult{kind, target.layerId, feature, vertex, candidate, target.crs, {}};
        }
    };
    std::vector<std::size_t> hits = target.index.query(around);
    std::sort(hits.begin(), hits.end()); // the features' order decides between equals
    for (std::size_t slot : hits) {
        const qint64 feature = target.ids[slot];
        forEachPath(target.geometry(slot), [&](const auto &points, int part, int ring) {
            for (std::size_t v = 0; v < points.size(); ++v) {
                const gis::VertexId id{part, ring, int(v)};
                if (kind == SnapKind::Vertex)
                    consider(points[v], feature, id);
                else if (v + 1 < points.size())
                    consider(nearestOnSegment(pointer, points[v], points[v + 1]), feature, id);
            }
        });
    }
    if (best)
        best->mapPoint = target.toMap->transform(best->layerPoint);
    return best;
}

} // namespace core
