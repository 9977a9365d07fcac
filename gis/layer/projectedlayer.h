#pragma once

#include "crs/crs.h"
#include "data/featurecollection.h"
#include "geometry/geometrystore.h"
#include "index/spatialindex.h"

#include <memory>
#include <mutex>
#include <vector>

namespace gis {

class LevelOfDetail;

// A layer's features in one map CRS, with what every frame needs ready: envelopes and an
// R-tree. Geometry is held compactly (GeometryStore); when the map CRS is the layer's own and
// the layer was read compact, the source's store is used as is, not copied.
class ProjectedLayer
{
public:
    static std::shared_ptr<const ProjectedLayer>
    build(std::shared_ptr<const FeatureCollection> source, const Crs &crs, QString *error);
    ~ProjectedLayer();

    const Crs &crs() const { return mCrs; }
    const FeatureCollection &source() const { return *mSource; }
    std::size_t size() const { return mEnvelopes.size(); }
    // One feature decoded into Boost.Geometry models, for picking, highlighting, labels.
    Geometry geometry(std::size_t index) const { return mStore->geometry(index); }
    GeometryKind kind(std::size_t index) const { return mStore->kind(index); }
    const GeometryStore &geometries() const { return *mStore; }
    const Box &envelope(std::size_t index) const { return mEnvelopes[index]; }
    const SpatialIndex &index() const { return mIndex; }
    const Box &extent() const { return mExtent; }

    // A point inside each feature for its label; computed on first use, since most large
    // layers are never labelled.
    const Point &labelAnchor(std::size_t index) const;

    // The geometry reduced for drawing at `unitsPerPixel`, built on first use per level and
    // kept (see LevelOfDetail); only the last few levels used are kept, and a frame holds its
    // level for as long as it draws.
    std::shared_ptr<const LevelOfDetail> levelOfDetail(double unitsPerPixel) const;

private:
    ProjectedLayer() = default;

    Crs mCrs;
    std::shared_ptr<const FeatureCollection> mSource; // attributes stay there, not copied
    GeometryStore mOwnStore;                          // empty when the source's store is used
    const GeometryStore *mStore = nullptr;
    std::vector<Box> mEnvelopes;
    SpatialIndex mIndex;
    Box mExtent;
    mutable std::once_flag mAnchorsOnce;
    mutable std::vector<Point> mLabelAnchors;
    mutable std::mutex mLevelsMutex;
    mutable std::vector<std::shared_ptr<const LevelOfDetail>> mLevels; // most recent last
};

} // namespace gis
