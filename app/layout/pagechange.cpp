#include "pagechange.h"

#include "itemgeometry.h"

namespace app {

core::PrintLayout PageChange::toPage(const core::PrintLayout &layout, core::PaperSize paper,
                                     core::PageOrientation orientation, QSizeF customSizeMm)
{
    // Onto the new paper first in the old orientation, so that a custom size is the new one
    // when the page is then turned.
    core::PrintLayout moved = layout.onPage(paper, layout.orientation, customSizeMm);
    if (orientation != layout.orientation)
        moved = turned(layout, moved.onPage(paper, orientation, customSizeMm), orientation);
    keepItemsOnPage(moved);
    return moved;
}

core::PrintLayout PageChange::turned(const core::PrintLayout &layout,
                                     const core::PrintLayout &scaled,
                                     core::PageOrientation orientation)
{
    const core::PrintLayout arranged =
        layout.onPage(scaled.paper, layout.orientation, scaled.customSizeMm)
            .withPage(scaled.paper, orientation);
    // The layout's own items in its own order: placed by the arrangement where it knows the
    // kind, else where the proportional move put them.
    core::PrintLayout result = arranged;
    result.items = scaled.items;
    for (core::LayoutItem &item : result.items) {
        if (const core::LayoutItem *placed = arranged.item(item.kind))
            item.rectMm = placed->rectMm;
    }
    return result;
}

void PageChange::keepItemsOnPage(core::PrintLayout &layout)
{
    const QSizeF page = layout.pageSizeMm();
    for (core::LayoutItem &item : layout.items)
        item.rectMm = ItemGeometry::movedOntoPage(item.rectMm, page);
}

} // namespace app
