#include "projectedlayer.h"

#include "crs/coordinatetransform.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/algorithms/expand.hpp>
#include <boost/geometry/algorithms/point_on_surface.hpp>
#include <boost/geometry/algorithms/within.hpp>

#include <cmath>

namespace gis {

namespace bg = boost::geometry;

namespace {

const Polygon *largestPart(const MultiPolygon &polygons)
{
    const Polygon *largest = nullptr;
    double largestArea = -1.0;
    for (const Polygon &polygon : polygons) {
        const double area = std::abs(bg::area(polygon));
        if (area > largestArea) {
            largestArea = area;
            largest = &polygon;
        }
    }
    return largest;
}

// The centroid when it falls inside the polygon, which reads best; a point on the surface
// otherwise (crescents, rings).
Point polygonAnchor(const Polygon &polygon)
{
    Point centroid;
    bg::centroid(polygon, centroid);
    if (bg::within(centroid, polygon))
        return centroid;
    return bg::return_point_on_surface(polygon);
}

Point labelAnchorOf(const Geometry &geometry, const Box &envelope)
{
    if (const auto *polygons = std::get_if<MultiPolygon>(&geometry)) {
        if (const Polygon *largest = largestPart(*polygons))
            return polygonAnchor(*largest);
    } else if (const auto *lines = std::get_if<MultiLineString>(&geometry)) {
        if (!lines->empty() && !lines->front().empty())
            return lines->front()[lines->front().size() / 2];
    } else if (const auto *points = std::get_if<MultiPoint>(&geometry)) {
        if (!points->empty())
            return points->front();
    }
    bg::model::d2::point_xy<double> center;
    bg::centroid(envelope, center);
    return center;
}

} // namespace

std::shared_ptr<const ProjectedLayer>
ProjectedLayer::build(std::shared_ptr<const FeatureCollection> source, const Crs &crs,
                      QString *error)
{
    // A layer with no CRS is taken as longitude/latitude, as GDAL's drivers for GeoJSON and
    // CSV do; the layer tree says so.
    const Crs sourceCrs = source->crs.isValid() ? source->crs : Crs::wgs84();
    CoordinateTransform transform(sourceCrs, crs);
    if (!transform.isValid()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(source->name, transform.error());
        return nullptr;
    }
    auto layer = std::make_shared<ProjectedLayer>();
    layer->crs = crs;
    const std::size_t count = source->features.size();
    layer->geometries.reserve(count);
    layer->envelopes.reserve(count);
    layer->labelAnchors.reserve(count);
    bg::assign_inverse(layer->extent);
    for (const Feature &feature : source->features) {
        Geometry geometry = feature.geometry;
        transform.transformInPlace(geometry);
        const Box box = envelope(geometry);
        if (!isEmpty(geometry) && std::isfinite(box.min_corner().x()))
            bg::expand(layer->extent, box);
        layer->labelAnchors.push_back(labelAnchorOf(geometry, box));
        layer->envelopes.push_back(box);
        layer->geometries.push_back(std::move(geometry));
    }
    layer->index = SpatialIndex(layer->envelopes);
    layer->source = std::move(source);
    return layer;
}

} // namespace gis
