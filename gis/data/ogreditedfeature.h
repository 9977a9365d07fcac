#pragma once

#include "feature.h"
#include "featurecollection.h"

class OGRFeature;
class OGRLayer;

namespace gis {

// Writes an edited feature's values and, when `withGeometry`, its geometry (in the shape the
// layer stores: a Polygon layer takes no MultiPolygon) into an OGR feature of `layer`. Fields
// are matched by name, so the OGR feature may have more fields than planmap read.
void fillOgrFeature(OGRFeature &feature, OGRLayer &layer, const Fields &fields,
                    const Feature &edited, bool withGeometry);

} // namespace gis
