#include "partitioncheck.h"

#include "dissolve.h"
#include "index/spatialindex.h"
#include "validity.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/difference.hpp>
#include <boost/geometry/algorithms/intersection.hpp>
#include <boost/geometry/algorithms/intersects.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <QCoreApplication>

#include <set>

namespace gis {

namespace {

const MultiPolygon *polygonsOf(const Geometry &geometry)
{
    return std::get_if<MultiPolygon>(&geometry);
}

// The parts of `shape` at least `minimumArea` large.
MultiPolygon largeParts(const MultiPolygon &shape, double minimumArea)
{
    MultiPolygon large;
    for (const Polygon &part : shape) {
        if (std::abs(boost::geometry::area(part)) >= minimumArea)
            large.push_back(part);
    }
    return large;
}

struct Zones
{
    std::vector<Geometry> geometries;
    std::vector<bool> valid;
    SpatialIndex index;
};

Zones prepared(const FeatureCollection &zones, std::vector<PartitionProblem> &problems,
               const std::set<std::size_t> &changed)
{
    Zones prepared;
    std::vector<Box> envelopes;
    for (std::size_t i = 0; i < zones.features.size(); ++i) {
        prepared.geometries.push_back(zones.geometry(i));
        const MultiPolygon *polygons = polygonsOf(prepared.geometries.back());
        const Validity validity =
            polygons
                ? checkValidity(*polygons)
                : Validity{false, QCoreApplication::translate("PartitionCheck", "not a polygon")};
        prepared.valid.push_back(validity.valid);
        if (!validity.valid && changed.count(i))
            problems.push_back({PartitionProblemKind::Invalid,
                                {zones.features[i].id},
                                validity.reason,
                                polygons ? *polygons : MultiPolygon{}});
        envelopes.push_back(zones.envelope(i));
    }
    prepared.index = SpatialIndex(envelopes);
    return prepared;
}

void findOverlaps(const FeatureCollection &zones, const Zones &prepared, std::size_t i,
                  double minimumArea, std::set<std::pair<std::size_t, std::size_t>> &seen,
                  std::vector<PartitionProblem> &problems)
{
    if (!prepared.valid[i])
        return; // intersections of invalid shapes are undefined; its problem is reported
    const MultiPolygon &shape = *polygonsOf(prepared.geometries[i]);
    for (std::size_t j : prepared.index.query(zones.envelope(i))) {
        const auto pair = std::minmax(i, j);
        if (j == i || !prepared.valid[j] || !seen.insert(pair).second)
            continue;
        const MultiPolygon &other = *polygonsOf(prepared.geometries[j]);
        if (!boost::geometry::intersects(shape, other))
            continue;
        MultiPolygon shared;
        boost::geometry::intersection(shape, other, shared);
        MultiPolygon overlap = largeParts(shared, minimumArea);
        if (!overlap.empty())
            problems.push_back({PartitionProblemKind::Overlap,
                                {zones.features[pair.first].id, zones.features[pair.second].id},
                                {},
                                std::move(overlap)});
    }
}

void findGaps(const Zones &prepared, const MultiPolygon &planArea, double minimumArea,
              std::vector<PartitionProblem> &problems)
{
    std::vector<MultiPolygon> parts;
    for (std::size_t i = 0; i < prepared.geometries.size(); ++i) {
        if (prepared.valid[i])
            parts.push_back(*polygonsOf(prepared.geometries[i]));
    }
    MultiPolygon uncovered;
    boost::geometry::difference(planArea, dissolve(parts), uncovered);
    for (Polygon &gap : largeParts(uncovered, minimumArea))
        problems.push_back({PartitionProblemKind::Gap, {}, {}, MultiPolygon{std::move(gap)}});
}

} // namespace

std::vector<PartitionProblem> checkPartition(const FeatureCollection &zones,
                                             const std::vector<std::size_t> &changed,
                                             const std::optional<MultiPolygon> &planArea,
                                             double minimumArea)
{
    std::vector<PartitionProblem> problems;
    const std::set<std::size_t> changedSet(changed.begin(), changed.end());
    const Zones ready = prepared(zones, problems, changedSet);
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (std::size_t i : changedSet) {
        if (i < zones.features.size())
            findOverlaps(zones, ready, i, minimumArea, seen, problems);
    }
    if (planArea)
        findGaps(ready, *planArea, minimumArea, problems);
    return problems;
}

} // namespace gis
