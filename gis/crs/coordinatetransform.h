#pragma once

#include "crs.h"
#include "geometry/geometry.h"

#include <QString>

#include <memory>

namespace gis {

// A PROJ transformation between two CRSs, always in longitude/latitude (x/y) axis order
// whatever the CRS definitions say. Not shareable between threads: create one per thread.
class CoordinateTransform
{
public:
    CoordinateTransform(const Crs &source, const Crs &destination);
    ~CoordinateTransform();
    CoordinateTransform(const CoordinateTransform &) = delete;
    CoordinateTransform &operator=(const CoordinateTransform &) = delete;

    bool isValid() const;
    bool isIdentity() const { return mIdentity; }
    QString error() const { return mError; }

    Point transform(const Point &point) const;
    bool transformInPlace(Geometry &geometry) const;
    Box transformBox(const Box &box) const; // densified edges, so curved results are covered
    void transformPoints(Point *points, std::size_t count) const;

private:
    struct Handle;
    std::unique_ptr<Handle> mHandle;
    bool mIdentity = false;
    QString mError;
};

} // namespace gis
