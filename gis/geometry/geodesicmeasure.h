#pragma once

#include "crs/crs.h"
#include "geometry.h"

#include <memory>
#include <optional>

namespace gis {

class CoordinateTransform;

// Sizes on the WGS 84 ellipsoid, never in planar degrees.
struct GeodesicSize
{
    double areaSquareMetres = 0; // polygons only: outer rings less their holes
    double lengthMetres = 0;     // a line's length, or a polygon's perimeter (every ring)
};

// Geodesic area and length of geometries in any CRS, through PROJ's geodesic routines
// (Karney's algorithms, geodesic.h). Holds a transform, so one per thread.
class GeodesicMeasurer
{
public:
    explicit GeodesicMeasurer(const Crs &crs);
    ~GeodesicMeasurer();
    GeodesicMeasurer(const GeodesicMeasurer &) = delete;
    GeodesicMeasurer &operator=(const GeodesicMeasurer &) = delete;

    // Nothing when the coordinates cannot be brought to longitude/latitude.
    std::optional<GeodesicSize> measure(const Geometry &geometry) const;

private:
    std::unique_ptr<CoordinateTransform> mToLonLat;
};

// The same for coordinates already in longitude/latitude degrees.
GeodesicSize geodesicSizeOfLonLat(const Geometry &lonLat);

} // namespace gis
