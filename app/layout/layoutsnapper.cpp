#include "layoutsnapper.h"

#include <cmath>

namespace app {

LayoutSnapper::LayoutSnapper(const core::PrintLayout &layout, int movingIndex)
{
    const QRectF page(QPointF(), layout.pageSizeMm());
    const QRectF printable = layout.printableRectMm();
    mXs = {page.left(), page.right(), printable.left(), printable.right()};
    mYs = {page.top(), page.bottom(), printable.top(), printable.bottom()};
    for (int i = 0; i < layout.items.size(); ++i) {
        const core::LayoutItem &item = layout.items[i];
        if (i == movingIndex || !item.visible)
            continue;
        mXs << item.rectMm.left() << item.rectMm.right();
        mYs << item.rectMm.top() << item.rectMm.bottom();
    }
}

QRectF LayoutSnapper::snapMove(const QRectF &rectMm, double toleranceMm) const
{
    const double dx = shift({rectMm.left(), rectMm.right()}, mXs, toleranceMm).value_or(0);
    const double dy = shift({rectMm.top(), rectMm.bottom()}, mYs, toleranceMm).value_or(0);
    return rectMm.translated(dx, dy);
}

QRectF LayoutSnapper::snapResize(const QRectF &rectMm, ItemHandles::Handle handle,
                                 double toleranceMm) const
{
    QRectF result = rectMm;
    if (ItemHandles::movesLeft(handle))
        result.setLeft(snapped(rectMm.left(), mXs, toleranceMm));
    if (ItemHandles::movesRight(handle))
        result.setRight(snapped(rectMm.right(), mXs, toleranceMm));
    if (ItemHandles::movesTop(handle))
        result.setTop(snapped(rectMm.top(), mYs, toleranceMm));
    if (ItemHandles::movesBottom(handle))
        result.setBottom(snapped(rectMm.bottom(), mYs, toleranceMm));
    // A snap must not turn the item inside out; then it keeps the unsnapped size.
    return result.width() > 0 && result.height() > 0 ? result : rectMm;
}

std::optional<double> LayoutSnapper::shift(std::initializer_list<double> edges,
                                           const QVector<double> &guides, double toleranceMm)
{
    std::optional<double> best;
    for (double edge : edges) {
        for (double guide : guides) {
            const double d = guide - edge;
            if (std::abs(d) <= toleranceMm && (!best || std::abs(d) < std::abs(*best)))
                best = d;
        }
    }
    return best;
}

double LayoutSnapper::snapped(double edge, const QVector<double> &guides, double toleranceMm)
{
    return edge + shift({edge}, guides, toleranceMm).value_or(0);
}

} // namespace app
