#include "symbolswatch.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace app {

QIcon symbolSwatch(const gis::Symbol &symbol, gis::GeometryKind kind, double markerMm,
                   double frameMm)
{
    // Proportional markers at 3 px per mm: the frame of the largest is scaled down to the row,
    // and every smaller one with it.
    const bool proportional = markerMm > 0;
    const double diameter = proportional ? std::max(1.5, markerMm * 3.0) : 9.0;
    const int side = proportional ? int(std::ceil(std::max(frameMm, markerMm) * 3.0)) + 3 : 14;
    QPixmap pixmap(proportional ? side : 18, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(symbol.strokeColor, 1.6, symbol.strokeStyle);
    painter.setPen(symbol.strokeWidthMm > 0 ? pen : QPen(Qt::NoPen));
    const QPointF centre(pixmap.width() / 2.0, pixmap.height() / 2.0);
    switch (kind) {
    case gis::GeometryKind::Point:
        if (!symbol.markerSvg.isEmpty() && !proportional)
            return QIcon(symbol.markerSvg);
        painter.setBrush(symbol.fillColor);
        painter.drawEllipse(centre, diameter / 2, diameter / 2);
        break;
    case gis::GeometryKind::Line:
        painter.setPen(pen);
        painter.drawLine(QPointF(1, pixmap.height() - 3), QPointF(pixmap.width() - 1, 3));
        break;
    default:
        painter.setBrush(symbol.fillColor.alpha() > 0 ? QBrush(symbol.fillColor) : Qt::NoBrush);
        painter.drawRect(QRectF(1.5, 1.5, pixmap.width() - 3, pixmap.height() - 3));
        break;
    }
    return QIcon(pixmap);
}

} // namespace app
