#pragma once

#include "crs/crs.h"
#include "data/featurecollection.h"
#include "index/spatialindex.h"

#include <memory>
#include <vector>

namespace gis {

// A layer's features transformed once into one map CRS, with what every frame needs ready:
// envelopes, an R-tree, and a label anchor inside each feature.
struct ProjectedLayer
{
    Crs crs;
    std::shared_ptr<const FeatureCollection> source; // attributes stay there, not copied
    std::vector<Geometry> geometries;                // same order as source->features
    std::vector<Box> envelopes;
    std::vector<Point> labelAnchors;
    SpatialIndex index;
    Box extent;

    static std::shared_ptr<const ProjectedLayer>
    build(std::shared_ptr<const FeatureCollection> source, const Crs &crs, QString *error);
};

} // namespace gis
