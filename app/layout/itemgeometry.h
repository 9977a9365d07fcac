#pragma once

#include <QRectF>
#include <QSizeF>

namespace app {

// Keeps layout items on the page: the editor never lets a move, resize or page change put an
// item where the page does not print it.
class ItemGeometry
{
public:
    // Items are never smaller than this (millimetres), so they can still be grabbed.
    static constexpr double minimumSizeMm = 2.0;

    // `rect` shifted (not resized) back onto the page; shrunk first when larger than it.
    static QRectF movedOntoPage(const QRectF &rect, const QSizeF &page);
    // `rect` cut to the page, keeping at least the minimum size.
    static QRectF clippedToPage(const QRectF &rect, const QSizeF &page);
};

} // namespace app
