#pragma once

#include "crs/crs.h"
#include "data/featurecollection.h"
#include "index/spatialindex.h"

#include <memory>
#include <mutex>
#include <vector>

namespace gis {

// A layer's features in one map CRS, with what every frame needs ready: envelopes and an
// R-tree. When the map CRS is the layer's own the source geometry is used as is, not copied.
class ProjectedLayer
{
public:
    static std::shared_ptr<const ProjectedLayer>
    build(std::shared_ptr<const FeatureCollection> source, const Crs &crs, QString *error);

    const Crs &crs() const { return mCrs; }
    const FeatureCollection &source() const { return *mSource; }
    std::size_t size() const { return mEnvelopes.size(); }
    const Geometry &geometry(std::size_t index) const
    {
        return mTransformed.empty() ? mSource->features[index].geometry : mTransformed[index];
    }
    const Box &envelope(std::size_t index) const { return mEnvelopes[index]; }
    const SpatialIndex &index() const { return mIndex; }
    const Box &extent() const { return mExtent; }

    // A point inside each feature for its label; computed on first use, since most large
    // layers are never labelled.
    const Point &labelAnchor(std::size_t index) const;

private:
    ProjectedLayer() = default;

    Crs mCrs;
    std::shared_ptr<const FeatureCollection> mSource; // attributes stay there, not copied
    std::vector<Geometry> mTransformed;               // empty when the CRS is the source's
    std::vector<Box> mEnvelopes;
    SpatialIndex mIndex;
    Box mExtent;
    mutable std::once_flag mAnchorsOnce;
    mutable std::vector<Point> mLabelAnchors;
};

} // namespace gis
