#include "itemgeometry.h"

#include <algorithm>

namespace app {

QRectF ItemGeometry::movedOntoPage(const QRectF &rect, const QSizeF &page)
{
    const double width = std::min(rect.width(), page.width());
    const double height = std::min(rect.height(), page.height());
    const double x = std::clamp(rect.x(), 0.0, page.width() - width);
    const double y = std::clamp(rect.y(), 0.0, page.height() - height);
    return {x, y, width, height};
}

QRectF ItemGeometry::clippedToPage(const QRectF &rect, const QSizeF &page)
{
    const double left = std::clamp(rect.left(), 0.0, page.width() - minimumSizeMm);
    const double top = std::clamp(rect.top(), 0.0, page.height() - minimumSizeMm);
    const double right = std::clamp(rect.right(), left + minimumSizeMm, page.width());
    const double bottom = std::clamp(rect.bottom(), top + minimumSizeMm, page.height());
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace app
