#include "projectedlayer.h"

#include "crs/coordinatetransform.h"
#include "levelofdetail.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/algorithms/expand.hpp>
#include <boost/geometry/algorithms/point_on_surface.hpp>
#include <boost/geometry/algorithms/within.hpp>

#include <algorithm>
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

GeometryStore transformedStore(const FeatureCollection &source,
                               const CoordinateTransform &transform)
{
    GeometryStore target;
    std::vector<Point> ring;
    const auto appendRing = [&](std::size_t index, const GeometryStore &store) {
        ring.clear();
        store.forEachVertex(index, [&ring](double x, double y) { ring.emplace_back(x, y); });
        transform.transformPoints(ring.data(), ring.size());
        target.beginRing();
        for (const Point &point : ring)
            target.addVertex(point.x(), point.y());
    };
    GeometryStore fromFeatures; // a collection built in code: pack it first
    if (!source.isCompact()) {
        for (const Feature &feature : source.features)
            fromFeatures.append(feature.geometry);
    }
    const GeometryStore &store = source.isCompact() ? source.geometries : fromFeatures;
    target.reserve(store.size(), store.vertexCount());
    for (std::size_t feature = 0; feature < store.size(); ++feature) {
        target.beginFeature(store.kind(feature));
        for (std::size_t part = store.firstPart(feature); part < store.endPart(feature); ++part) {
            target.beginPart();
            for (std::size_t index = store.firstRing(part); index < store.endRing(part); ++index)
                appendRing(index, store);
        }
    }
    target.shrinkToFit();
    return target;
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
    std::shared_ptr<ProjectedLayer> layer(new ProjectedLayer);
    layer->mCrs = crs;
    if (transform.isIdentity() && source->isCompact()) {
        layer->mStore = &source->geometries;
    } else {
        layer->mOwnStore = transformedStore(*source, transform);
        layer->mStore = &layer->mOwnStore;
    }
    layer->mSource = std::move(source);
    const std::size_t count = layer->mStore->size();
    layer->mEnvelopes.reserve(count);
    bg::assign_inverse(layer->mExtent);
    for (std::size_t i = 0; i < count; ++i) {
        const Box box = layer->mStore->envelope(i);
        if (std::isfinite(box.min_corner().x()) && box.min_corner().x() <= box.max_corner().x())
            bg::expand(layer->mExtent, box);
        layer->mEnvelopes.push_back(box);
    }
    layer->mIndex = SpatialIndex(layer->mEnvelopes);
    return layer;
}

ProjectedLayer::~ProjectedLayer() = default;

const Point &ProjectedLayer::labelAnchor(std::size_t index) const
{
    std::call_once(mAnchorsOnce, [this] {
        mLabelAnchors.reserve(size());
        for (std::size_t i = 0; i < size(); ++i)
            mLabelAnchors.push_back(labelAnchorOf(geometry(i), mEnvelopes[i]));
    });
    return mLabelAnchors[index];
}

std::shared_ptr<const LevelOfDetail> ProjectedLayer::levelOfDetail(double unitsPerPixel) const
{
    // Zooming through many scales must not keep a level for each of them.
    constexpr std::size_t kLevelsKept = 4;
    const int exponent = LevelOfDetail::exponentFor(unitsPerPixel);
    std::lock_guard lock(mLevelsMutex);
    auto found = std::find_if(mLevels.begin(), mLevels.end(), [exponent](const auto &level) {
        return level->exponent() == exponent;
    });
    std::shared_ptr<const LevelOfDetail> level;
    if (found != mLevels.end()) {
        level = *found;
        mLevels.erase(found);
    } else {
        level = std::make_shared<const LevelOfDetail>(*mStore, mExtent, exponent);
    }
    mLevels.push_back(level);
    if (mLevels.size() > kLevelsKept)
        mLevels.erase(mLevels.begin());
    return level;
}

} // namespace gis
