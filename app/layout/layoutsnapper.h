#pragma once

#include "itemhandles.h"

#include "layout/printlayout.h"

#include <QVector>

#include <optional>

namespace app {

// Snaps a dragged item to the page's edges, its margins and the edges of the other visible
// items when an edge comes within a tolerance, so items line up without pixel hunting.
class LayoutSnapper
{
public:
    // Guides of `layout` for moving the item at `movingIndex` (which snaps to no edge of its own).
    LayoutSnapper(const core::PrintLayout &layout, int movingIndex);

    // A moved rectangle shifted so that its edge nearest to a guide lies on it.
    QRectF snapMove(const QRectF &rectMm, double toleranceMm) const;
    // A resized rectangle with each edge the handle moves put on a guide near it.
    QRectF snapResize(const QRectF &rectMm, ItemHandles::Handle handle, double toleranceMm) const;

private:
    // The shift that puts the nearest of `edges` on a guide, when one is within tolerance.
    static std::optional<double> shift(std::initializer_list<double> edges,
                                       const QVector<double> &guides, double toleranceMm);
    static double snapped(double edge, const QVector<double> &guides, double toleranceMm);

    QVector<double> mXs;
    QVector<double> mYs;
};

} // namespace app
