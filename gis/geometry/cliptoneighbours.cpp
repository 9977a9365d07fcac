#include "cliptoneighbours.h"

#include "index/spatialindex.h"
#include "ogrgeometryconverter.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/algorithms/intersection.hpp>
#include <boost/geometry/algorithms/intersects.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <ogr_geometry.h>

#include <memory>

namespace gis {

namespace {

MultiPolygon partsAtLeast(const MultiPolygon &shape, double minimumArea)
{
    MultiPolygon large;
    for (const Polygon &part : shape) {
        if (std::abs(boost::geometry::area(part)) >= minimumArea)
            large.push_back(part);
    }
    return large;
}

MultiPolygon polygonsOf(const std::unique_ptr<OGRGeometry> &geometry)
{
    Geometry converted = geometry ? fromOgr(geometry.get()) : Geometry{};
    auto *polygons = std::get_if<MultiPolygon>(&converted);
    if (!polygons)
        return {};
    boost::geometry::correct(*polygons);
    return std::move(*polygons);
}

SpatialIndex indexOf(const FeatureCollection &layer)
{
    std::vector<Box> envelopes;
    envelopes.reserve(layer.features.size());
    for (std::size_t i = 0; i < layer.features.size(); ++i)
        envelopes.push_back(layer.envelope(i));
    return SpatialIndex(envelopes);
}

} // namespace

NeighbourClip clipToNeighbours(const MultiPolygon &zone, const FeatureCollection &layer,
                               const std::set<qint64> &except, double minimumArea)
{
    NeighbourClip clip;
    std::vector<MultiPolygon> overlapping;
    Box box;
    boost::geometry::envelope(zone, box);
    for (std::size_t i : indexOf(layer).query(box)) {
        if (except.count(layer.features[i].id))
            continue;
        const Geometry geometry = layer.geometry(i);
        const auto *neighbour = std::get_if<MultiPolygon>(&geometry);
        if (!neighbour || !boost::geometry::intersects(zone, *neighbour))
            continue;
        MultiPolygon shared;
        boost::geometry::intersection(zone, *neighbour, shared);
        if (partsAtLeast(shared, minimumArea).empty())
            continue; // they only touch
        clip.neighbours.push_back(layer.features[i].id);
        overlapping.push_back(*neighbour);
    }
    if (overlapping.empty()) {
        clip.clipped = zone;
        return clip;
    }
    // GEOS (through OGR) computes the new corners in full double precision, so the clipped
    // zone meets its neighbours without a sliver; Boost 1.74's overlay rounds them to its grid.
    const std::unique_ptr<OGRGeometry> drawn = toOgr(Geometry{zone});
    std::unique_ptr<OGRGeometry> taken = toOgr(Geometry{overlapping.front()});
    for (std::size_t i = 1; i < overlapping.size() && taken; ++i)
        taken.reset(taken->Union(toOgr(Geometry{overlapping[i]}).get()));
    if (!drawn || !taken)
        return clip;
    clip.clipped = partsAtLeast(
        polygonsOf(std::unique_ptr<OGRGeometry>(drawn->Difference(taken.get()))), minimumArea);
    clip.removed = partsAtLeast(
        polygonsOf(std::unique_ptr<OGRGeometry>(drawn->Intersection(taken.get()))), minimumArea);
    return clip;
}

} // namespace gis
