#pragma once

#include "data/vectordataset.h"
#include "geometry/geometry.h"
#include "testdata.h"

#include <QtGlobal>

#include <set>
#include <utility>

namespace testing {

using Vertex = std::pair<double, double>;
using VertexSet = std::set<Vertex>;

// Every vertex of the polygons (shells and holes), as exact coordinates.
inline VertexSet vertexSet(const gis::MultiPolygon &polygons)
{
    VertexSet vertices;
    for (const gis::Polygon &polygon : polygons) {
        for (const gis::Point &p : polygon.outer())
            vertices.emplace(p.x(), p.y());
        for (const gis::Ring &ring : polygon.inners())
            for (const gis::Point &p : ring)
                vertices.emplace(p.x(), p.y());
    }
    return vertices;
}

inline VertexSet vertexSet(const gis::Geometry &geometry)
{
    const auto *polygons = std::get_if<gis::MultiPolygon>(&geometry);
    return polygons ? vertexSet(*polygons) : VertexSet();
}

// A whole layer of any dataset (the first layer when `layer` is empty); aborts the test run
// with GDAL's message when it cannot be read.
inline gis::FeatureCollection readLayer(const QString &path, const QString &layer = {})
{
    QString error;
    auto dataset = gis::VectorDataset::open(path, &error);
    if (!dataset)
        qFatal("%s", qPrintable(error));
    auto features =
        dataset->readLayer(layer.isEmpty() ? dataset->layerNames().value(0) : layer, &error);
    if (!features)
        qFatal("%s", qPrintable(error));
    return std::move(*features);
}

inline gis::FeatureCollection readBundledLayer(const QString &layer)
{
    return readLayer(bundledGeoPackage(), layer);
}

} // namespace testing
