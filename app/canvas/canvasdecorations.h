#pragma once

#include <QPointF>
#include <QRectF>

class QPainter;

namespace app {

// Draws a scale bar of a round length (1, 2 or 5 × 10ⁿ m) in the lower left of `area`.
void drawScaleBar(QPainter &painter, const QRectF &area, double metresPerPixel);

// Draws a north arrow at `centre` pointing `angleDegrees` clockwise from the top.
void drawNorthArrow(QPainter &painter, const QPointF &centre, double angleDegrees);

// The round length, in metres, a scale bar of at most `maximumPixels` shows.
double roundScaleBarLength(double metresPerPixel, double maximumPixels);

} // namespace app
