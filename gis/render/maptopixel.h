#pragma once

#include "geometry/geometry.h"

#include <QPointF>
#include <QSize>

namespace gis {

// The affine map from map units to device pixels of one frame (north up).
class MapToPixel
{
public:
    MapToPixel() = default;
    MapToPixel(const Box &visibleExtent, const QSize &size);

    QPointF toPixel(const Point &point) const
    {
        return {(point.x() - mMinX) / mUnitsPerPixel, (mMaxY - point.y()) / mUnitsPerPixel};
    }
    Point toMap(const QPointF &pixel) const
    {
        return {mMinX + pixel.x() * mUnitsPerPixel, mMaxY - pixel.y() * mUnitsPerPixel};
    }
    double unitsPerPixel() const { return mUnitsPerPixel; }
    // The same map for the rows of the frame from `top` down, as a band drawn on its own
    // image sees them: a painter then needs no translation, which costs Qt a transform of
    // every vertex.
    MapToPixel belowRow(int top) const
    {
        MapToPixel band = *this;
        band.mMaxY -= top * mUnitsPerPixel;
        return band;
    }

private:
    double mMinX = 0.0;
    double mMaxY = 0.0;
    double mUnitsPerPixel = 1.0;
};

// Grows `extent` around its centre to the aspect ratio of `size`, so that a map unit is as
// long across as it is up (the rule the bench peers share).
Box fitExtentToSize(const Box &extent, const QSize &size);

} // namespace gis
