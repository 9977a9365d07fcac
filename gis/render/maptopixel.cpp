#include "maptopixel.h"

#include <algorithm>

namespace gis {

MapToPixel::MapToPixel(const Box &visibleExtent, const QSize &size)
    : mMinX(visibleExtent.min_corner().x())
    , mMaxY(visibleExtent.max_corner().y())
    , mUnitsPerPixel(std::max((visibleExtent.max_corner().x() - visibleExtent.min_corner().x()) /
                                  std::max(1, size.width()),
                              1e-12))
{
}

Box fitExtentToSize(const Box &extent, const QSize &size)
{
    const double width = extent.max_corner().x() - extent.min_corner().x();
    const double height = extent.max_corner().y() - extent.min_corner().y();
    const double centerX = extent.min_corner().x() + width / 2;
    const double centerY = extent.min_corner().y() + height / 2;
    const double unitsPerPixel =
        std::max(width / std::max(1, size.width()), height / std::max(1, size.height()));
    const double halfWidth = unitsPerPixel * size.width() / 2;
    const double halfHeight = unitsPerPixel * size.height() / 2;
    return {Point(centerX - halfWidth, centerY - halfHeight),
            Point(centerX + halfWidth, centerY + halfHeight)};
}

} // namespace gis
