#include "symbolswatch.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace app {

QIcon symbolSwatch(const gis::Symbol &symbol, gis::GeometryKind kind, double markerMm)
{
    // A proportional marker at 2 px per mm keeps a 10 mm marker legible in a tree row.
    const double diameter = markerMm > 0 ? std::max(2.0, markerMm * 2.0) : 9.0;
    const int side = std::max(14, int(std::ceil(diameter)) + 2);
    QPixmap pixmap(std::max(18, side), side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(symbol.strokeColor, 1.6, symbol.strokeStyle);
    painter.setPen(symbol.strokeWidthMm > 0 ? pen : QPen(Qt::NoPen));
    const QPointF centre(pixmap.width() / 2.0, pixmap.height() / 2.0);
    switch (kind) {
    case gis::GeometryKind::Point:
        if (!symbol.markerSvg.isEmpty() && markerMm <= 0)
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
