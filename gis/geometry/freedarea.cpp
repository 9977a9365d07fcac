#include "freedarea.h"

#include "dissolve.h"
#include "index/spatialindex.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/difference.hpp>
#include <boost/geometry/algorithms/distance.hpp>
#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <map>

namespace gis {

namespace {

// How far the outline of `part` runs along `neighbour`.
double sharedLength(const Polygon &part, const MultiPolygon &neighbour, double tolerance)
{
    double length = 0;
    const Ring &ring = part.outer();
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const Point &a = ring[i], &b = ring[i + 1];
        const Point middle((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
        if (boost::geometry::distance(middle, neighbour) <= tolerance)
            length += boost::geometry::distance(a, b);
    }
    return length;
}

} // namespace

std::vector<Handover> handOverFreedArea(const MultiPolygon &before, const MultiPolygon &after,
                                        const FeatureCollection &layer,
                                        const std::set<qint64> &except, double minimumArea,
                                        double tolerance)
{
    MultiPolygon freed;
    boost::geometry::difference(before, after, freed);
    std::vector<Box> envelopes;
    for (std::size_t i = 0; i < layer.features.size(); ++i)
        envelopes.push_back(layer.envelope(i));
    const SpatialIndex index(envelopes);
    std::map<qint64, std::vector<MultiPolygon>> taken;
    for (const Polygon &part : freed) {
        if (std::abs(boost::geometry::area(part)) < minimumArea)
            continue;
        Box box;
        boost::geometry::envelope(part, box);
        box.min_corner() =
            Point(box.min_corner().x() - tolerance, box.min_corner().y() - tolerance);
        box.max_corner() =
            Point(box.max_corner().x() + tolerance, box.max_corner().y() + tolerance);
        qint64 best = 0;
        double longest = 0;
        for (std::size_t i : index.query(box)) {
            if (except.count(layer.features[i].id))
                continue;
            const Geometry geometry = layer.geometry(i);
            const auto *neighbour = std::get_if<MultiPolygon>(&geometry);
            const double length = neighbour ? sharedLength(part, *neighbour, tolerance) : 0.0;
            if (length > longest) {
                longest = length;
                best = layer.features[i].id;
            }
        }
        if (longest > 0)
            taken[best].push_back(MultiPolygon{part});
    }
    std::vector<Handover> handovers;
    for (auto &[neighbour, parts] : taken)
        handovers.push_back({neighbour, dissolve(parts)});
    return handovers;
}

} // namespace gis
