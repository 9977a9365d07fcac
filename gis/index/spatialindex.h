#pragma once

#include "geometry/geometry.h"

#include <boost/geometry/index/rtree.hpp>

#include <vector>

namespace gis {

// An R-tree over the envelopes of a feature list; answers with positions in that list.
class SpatialIndex
{
public:
    SpatialIndex() = default;
    explicit SpatialIndex(const std::vector<Box> &envelopes); // bulk-loaded

    std::vector<std::size_t> query(const Box &box) const;
    std::vector<std::size_t> nearest(const Point &point, unsigned count) const;
    // Keeping an index current through an edit: cheaper than building it again.
    void insert(const Box &box, std::size_t position);
    bool remove(const Box &box, std::size_t position);
    std::size_t size() const { return mTree.size(); }

private:
    using Entry = std::pair<Box, std::size_t>;
    boost::geometry::index::rtree<Entry, boost::geometry::index::rstar<16>> mTree;
};

} // namespace gis
