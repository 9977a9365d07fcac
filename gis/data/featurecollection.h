#pragma once

#include "crs/crs.h"
#include "feature.h"
#include "geometry/geometrystore.h"

#include <optional>
#include <vector>

namespace gis {

// The features of one layer held in memory, with their schema and CRS. Shared read-only
// between the GUI and render threads once built.
struct FeatureCollection
{
    QString name;
    Fields fields;
    std::vector<Feature> features;
    // Layers read for display keep every geometry here, compactly, and leave
    // Feature::geometry empty; collections built in code keep Feature::geometry and leave
    // this empty. geometry() and envelope() answer for either.
    GeometryStore geometries;
    Crs crs;
    GeometryKind kind = GeometryKind::None;
    // The extent the data source states without reading every vertex (a GeoPackage's
    // metadata, a shapefile's header); nothing when it would have to compute it.
    std::optional<Box> statedExtent;

    int fieldIndex(const QString &fieldName) const;
    QVariant value(const Feature &feature, const QString &fieldName) const;
    bool isCompact() const { return !geometries.empty(); }
    Geometry geometry(std::size_t index) const;
    Box envelope(std::size_t index) const;
    Box extent() const;
    // The field's value of every feature as a number; nothing where it is empty or not a
    // number (nor for every feature when the field does not exist).
    std::vector<std::optional<double>> numericValues(const QString &fieldName) const;
    std::optional<std::size_t> indexOfValue(const QString &fieldName, const QVariant &value) const;
    const Feature *findByValue(const QString &fieldName, const QVariant &value) const;
};

} // namespace gis
