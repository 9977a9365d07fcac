#include "itemhandles.h"

#include <algorithm>

namespace app {

QVector<QRectF> ItemHandles::squares(const QRectF &itemPx)
{
    const QPointF points[] = {itemPx.topLeft(),     {itemPx.center().x(), itemPx.top()},
                              itemPx.topRight(),    {itemPx.right(), itemPx.center().y()},
                              itemPx.bottomRight(), {itemPx.center().x(), itemPx.bottom()},
                              itemPx.bottomLeft(),  {itemPx.left(), itemPx.center().y()}};
    QVector<QRectF> result;
    for (QPointF point : points)
        result.push_back(QRectF(point - QPointF(sizePx / 2, sizePx / 2), QSizeF(sizePx, sizePx)));
    return result;
}

ItemHandles::Handle ItemHandles::at(const QRectF &itemPx, QPointF px)
{
    const QVector<QRectF> all = squares(itemPx);
    for (int i = 0; i < all.size(); ++i) {
        // A pixel more than drawn, so the thin squares are easy to hit.
        if (all[i].adjusted(-1, -1, 1, 1).contains(px))
            return Handle(TopLeft + i);
    }
    return None;
}

QRectF ItemHandles::resized(const QRectF &rectMm, Handle handle, QPointF deltaMm, double minimumMm)
{
    double left = rectMm.left(), right = rectMm.right();
    double top = rectMm.top(), bottom = rectMm.bottom();
    if (movesLeft(handle))
        left = std::min(left + deltaMm.x(), right - minimumMm);
    if (movesRight(handle))
        right = std::max(right + deltaMm.x(), left + minimumMm);
    if (movesTop(handle))
        top = std::min(top + deltaMm.y(), bottom - minimumMm);
    if (movesBottom(handle))
        bottom = std::max(bottom + deltaMm.y(), top + minimumMm);
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

Qt::CursorShape ItemHandles::cursor(Handle handle)
{
    switch (handle) {
    case TopLeft:
    case BottomRight:
        return Qt::SizeFDiagCursor;
    case TopRight:
    case BottomLeft:
        return Qt::SizeBDiagCursor;
    case Top:
    case Bottom:
        return Qt::SizeVerCursor;
    case Left:
    case Right:
        return Qt::SizeHorCursor;
    case None:
        break;
    }
    return Qt::ArrowCursor;
}

bool ItemHandles::movesLeft(Handle handle)
{
    return handle == TopLeft || handle == Left || handle == BottomLeft;
}

bool ItemHandles::movesRight(Handle handle)
{
    return handle == TopRight || handle == Right || handle == BottomRight;
}

bool ItemHandles::movesTop(Handle handle)
{
    return handle == TopLeft || handle == Top || handle == TopRight;
}

bool ItemHandles::movesBottom(Handle handle)
{
    return handle == BottomLeft || handle == Bottom || handle == BottomRight;
}

} // namespace app
