#include "spatialindex.h"

#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/equals.hpp>
#include <boost/geometry/strategies/strategies.hpp>
#include <boost/iterator/function_output_iterator.hpp>

#include <cmath>

namespace gis {

namespace bgi = boost::geometry::index;

namespace {

bool isUsable(const Box &box)
{
    return std::isfinite(box.min_corner().x()) && std::isfinite(box.max_corner().x()) &&
           box.min_corner().x() <= box.max_corner().x() &&
           box.min_corner().y() <= box.max_corner().y();
}

} // namespace

SpatialIndex::SpatialIndex(const std::vector<Box> &envelopes)
{
    std::vector<Entry> entries;
    entries.reserve(envelopes.size());
    for (std::size_t i = 0; i < envelopes.size(); ++i) {
        if (isUsable(envelopes[i]))
            entries.emplace_back(envelopes[i], i);
    }
    mTree = decltype(mTree)(entries.begin(), entries.end());
}

std::vector<std::size_t> SpatialIndex::query(const Box &box) const
{
    std::vector<std::size_t> hits;
    if (!isUsable(box))
        return hits;
    mTree.query(bgi::intersects(box),
                boost::make_function_output_iterator(
                    [&hits](const Entry &entry) { hits.push_back(entry.second); }));
    return hits;
}

std::vector<std::size_t> SpatialIndex::nearest(const Point &point, unsigned count) const
{
    std::vector<std::size_t> hits;
    mTree.query(bgi::nearest(point, count),
                boost::make_function_output_iterator(
                    [&hits](const Entry &entry) { hits.push_back(entry.second); }));
    return hits;
}

void SpatialIndex::insert(const Box &box, std::size_t position)
{
    if (isUsable(box))
        mTree.insert(Entry(box, position));
}

bool SpatialIndex::remove(const Box &box, std::size_t position)
{
    return isUsable(box) && mTree.remove(Entry(box, position)) > 0;
}

} // namespace gis
