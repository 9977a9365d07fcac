#pragma once

#include <QRectF>
#include <QVector>
#include <Qt>

namespace app {

// The eight resize handles of the selected item: which one the mouse is on, and the rectangle
// a drag of that handle gives.
class ItemHandles
{
public:
    enum Handle { None, TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left };
    static constexpr double sizePx = 8;

    // The handles' squares around `itemPx` (widget pixels), in the order of Handle from TopLeft.
    static QVector<QRectF> squares(const QRectF &itemPx);
    static Handle at(const QRectF &itemPx, QPointF px);
    // `rectMm` with the edges that `handle` moves shifted by `deltaMm`, kept at least
    // `minimumMm` wide and high (the opposite edges stay put).
    static QRectF resized(const QRectF &rectMm, Handle handle, QPointF deltaMm, double minimumMm);
    static Qt::CursorShape cursor(Handle handle);
    static bool movesLeft(Handle handle);
    static bool movesRight(Handle handle);
    static bool movesTop(Handle handle);
    static bool movesBottom(Handle handle);
};

} // namespace app
