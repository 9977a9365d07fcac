#pragma once

#include "crs/crs.h"
#include "geometry.h"

#include <memory>
#include <optional>
#include <vector>

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
//
// A measurer told to remember recent polygons measures a polygon that differs from one of them
// in a few vertices by the change alone: a polygon's geodesic area and perimeter add up edge by
// edge, so only the edges at the moved vertices are measured again. A drag on a county of
// thousands of vertices then costs a few geodesics per frame instead of thousands.
class GeodesicMeasurer
{
public:
    explicit GeodesicMeasurer(const Crs &crs);
    ~GeodesicMeasurer();
    GeodesicMeasurer(const GeodesicMeasurer &) = delete;
    GeodesicMeasurer &operator=(const GeodesicMeasurer &) = delete;

    // Keeps the last `count` polygons measured (copies of them) to measure their edits by the
    // change; 0 (the default) keeps none.
    void rememberRecent(int count);

    // Nothing when the coordinates cannot be brought to longitude/latitude.
    std::optional<GeodesicSize> measure(const Geometry &geometry) const;

private:
    struct Remembered
    {
        MultiPolygon polygons; // as given
        MultiPolygon lonLat;
        std::vector<double> signedAreas; // per ring, counter-clockwise positive
        GeodesicSize size;
    };
    std::optional<GeodesicSize> measureChange(const MultiPolygon &polygons) const;
    std::optional<GeodesicSize> measureAndRemember(const MultiPolygon &polygons) const;

    std::unique_ptr<CoordinateTransform> mToLonLat;
    std::size_t mRecentLimit = 0;
    mutable std::vector<Remembered> mRecent; // the latest last
};

// The same for coordinates already in longitude/latitude degrees.
GeodesicSize geodesicSizeOfLonLat(const Geometry &lonLat);

} // namespace gis
