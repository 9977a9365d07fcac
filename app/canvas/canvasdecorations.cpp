#include "canvasdecorations.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace app {

double roundScaleBarLength(double metresPerPixel, double maximumPixels)
{
    const double maximumMetres = metresPerPixel * maximumPixels;
    if (!(maximumMetres > 0) || !std::isfinite(maximumMetres))
        return 0.0;
    const double power = std::pow(10.0, std::floor(std::log10(maximumMetres)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * power <= maximumMetres)
            return step * power;
    }
    return power;
}

void drawScaleBar(QPainter &painter, const QRectF &area, double metresPerPixel)
{
    const double metres = roundScaleBarLength(metresPerPixel, 160.0);
    if (metres <= 0)
        return;
    const double pixels = metres / metresPerPixel;
    const QLocale locale;
    const QString label = metres >= 1000 ? QCoreApplication::translate("CanvasDecorations", "%1 km")
                                               .arg(locale.toString(metres / 1000, 'g', 6))
                                         : QCoreApplication::translate("CanvasDecorations", "%1 m")
                                               .arg(locale.toString(metres, 'g', 6));
    const QPointF origin(area.left() + 16, area.bottom() - 16);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(QRectF(origin.x() - 8, origin.y() - 30, pixels + 16, 38), 4, 4);
    const QRectF bar(origin.x(), origin.y() - 6, pixels, 6);
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(Qt::white);
    painter.drawRect(bar);
    painter.setBrush(Qt::black);
    painter.drawRect(QRectF(bar.left(), bar.top(), pixels / 2, bar.height()));
    painter.drawText(QRectF(origin.x(), origin.y() - 28, pixels, 20), Qt::AlignCenter, label);
    painter.restore();
}

void drawNorthArrow(QPainter &painter, const QPointF &centre, double angleDegrees)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.translate(centre);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawEllipse(QPointF(0, 0), 24, 24);
    painter.rotate(angleDegrees);
    QPainterPath left, right;
    left.moveTo(0, -18);
    left.lineTo(-8, 10);
    left.lineTo(0, 4);
    left.closeSubpath();
    right.moveTo(0, -18);
    right.lineTo(8, 10);
    right.lineTo(0, 4);
    right.closeSubpath();
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(Qt::black);
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    painter.setPen(Qt::black);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(-10, -34, 20, 14), Qt::AlignCenter,
                     QCoreApplication::translate("CanvasDecorations", "N"));
    painter.restore();
}

} // namespace app
