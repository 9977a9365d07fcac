#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace app {

// Where the page sits in the preview widget: millimetres on the page to widget pixels and back.
class PreviewTransform
{
public:
    PreviewTransform() = default;
    PreviewTransform(QPointF originPx, double pixelsPerMm)
        : mOrigin(originPx)
        , mScale(pixelsPerMm)
    {
    }

    double pixelsPerMm() const { return mScale; }
    QPointF toWidget(QPointF mm) const { return mOrigin + mm * mScale; }
    QRectF toWidget(const QRectF &mm) const { return {toWidget(mm.topLeft()), mm.size() * mScale}; }
    QPointF toMm(QPointF px) const { return (px - mOrigin) / mScale; }
    double toMm(double px) const { return px / mScale; }

private:
    QPointF mOrigin;
    double mScale = 1;
};

} // namespace app
