#include "geodesicmeasure.h"

#include "crs/coordinatetransform.h"

#include <geodesic.h>

#include <cmath>

namespace gis {

namespace {

const geod_geodesic &wgs84Ellipsoid()
{
    static const geod_geodesic ellipsoid = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1 / 298.257223563);
        return g;
    }();
    return ellipsoid;
}

// The closing vertex repeats the first; geod_polygonarea closes rings itself.
GeodesicSize measureRing(const Ring &ring)
{
    geod_polygon polygon;
    geod_polygon_init(&polygon, 0);
    const std::size_t count = ring.size() > 1 && ring.front().x() == ring.back().x() &&
                                      ring.front().y() == ring.back().y()
                                  ? ring.size() - 1
                                  : ring.size();
    for (std::size_t i = 0; i < count; ++i)
        geod_polygon_addpoint(&wgs84Ellipsoid(), &polygon, ring[i].y(), ring[i].x());
    double area = 0;
    double perimeter = 0;
    geod_polygon_compute(&wgs84Ellipsoid(), &polygon, 0, 1, &area, &perimeter);
    return {std::abs(area), perimeter};
}

double lineLength(const LineString &line)
{
    double length = 0;
    for (std::size_t i = 1; i < line.size(); ++i) {
        double distance = 0;
        geod_inverse(&wgs84Ellipsoid(), line[i - 1].y(), line[i - 1].x(), line[i].y(), line[i].x(),
                     &distance, nullptr, nullptr);
        length += distance;
    }
    return length;
}

GeodesicSize sizeOf(const MultiPolygon &polygons)
{
    GeodesicSize size;
    for (const Polygon &polygon : polygons) {
        const GeodesicSize outer = measureRing(polygon.outer());
        size.areaSquareMetres += outer.areaSquareMetres;
        size.lengthMetres += outer.lengthMetres;
        for (const Ring &hole : polygon.inners()) {
            const GeodesicSize inner = measureRing(hole);
            size.areaSquareMetres -= inner.areaSquareMetres;
            size.lengthMetres += inner.lengthMetres;
        }
    }
    return size;
}

GeodesicSize sizeOf(const MultiLineString &lines)
{
    GeodesicSize size;
    for (const LineString &line : lines)
        size.lengthMetres += lineLength(line);
    return size;
}

GeodesicSize sizeOf(const MultiPoint &)
{
    return {};
}
GeodesicSize sizeOf(const std::monostate &)
{
    return {};
}

} // namespace

GeodesicSize geodesicSizeOfLonLat(const Geometry &lonLat)
{
    return std::visit([](const auto &geometry) { return sizeOf(geometry); }, lonLat);
}

GeodesicMeasurer::GeodesicMeasurer(const Crs &crs)
    : mToLonLat(std::make_unique<CoordinateTransform>(crs, Crs::wgs84()))
{
}

GeodesicMeasurer::~GeodesicMeasurer() = default;

std::optional<GeodesicSize> GeodesicMeasurer::measure(const Geometry &geometry) const
{
    if (mToLonLat->isIdentity())
        return geodesicSizeOfLonLat(geometry);
    if (!mToLonLat->isValid())
        return std::nullopt;
    Geometry lonLat = geometry;
    if (!mToLonLat->transformInPlace(lonLat))
        return std::nullopt;
    return geodesicSizeOfLonLat(lonLat);
}

} // namespace gis
