#pragma once

#include "data/featurecollection.h"

#include <initializer_list>
#include <utility>

namespace core {

// Starts an empty layer in EPSG:4326 with the given fields (name, type).
gis::FeatureCollection
makeCollection(const QString &name, gis::GeometryKind kind,
               std::initializer_list<std::pair<const char *, QMetaType::Type>> fields);

void appendFeature(gis::FeatureCollection &collection, QVariantList attributes,
                   gis::Geometry geometry = {});

} // namespace core
