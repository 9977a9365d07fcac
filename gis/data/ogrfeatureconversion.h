#pragma once

#include "crs/crs.h"
#include "feature.h"

class OGRFeature;
class OGRFeatureDefn;
class OGRSpatialReference;

namespace gis::detail {

Fields fieldsFrom(const OGRFeatureDefn &definition);
Feature featureFrom(const OGRFeature &source, const Fields &fields);
Feature attributesFrom(const OGRFeature &source, const Fields &fields); // no geometry
Crs crsFrom(const OGRSpatialReference *srs);
// The kind of a layer of that OGR geometry type (curves as their linear forms).
GeometryKind kindOf(int ogrGeometryType);

} // namespace gis::detail
