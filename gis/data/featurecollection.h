#pragma once

#include "crs/crs.h"
#include "feature.h"

#include <vector>

namespace gis {

// The features of one layer held in memory, with their schema and CRS. Shared read-only
// between the GUI and render threads once built.
struct FeatureCollection
{
    QString name;
    Fields fields;
    std::vector<Feature> features;
    Crs crs;
    GeometryKind kind = GeometryKind::None;

    int fieldIndex(const QString &fieldName) const;
    QVariant value(const Feature &feature, const QString &fieldName) const;
    Box extent() const;
    const Feature *findByValue(const QString &fieldName, const QVariant &value) const;
};

} // namespace gis
