#include "validationoverlay.h"

#include "canvas/mapcanvas.h"

#include <QPainter>
#include <QPainterPath>

namespace app {

namespace {

const QColor kProblemRed(0xd0, 0x20, 0x20);

QPainterPath pathOf(const gis::MultiPolygon &polygons, const MapCanvas &canvas)
{
    const auto pixels = [&canvas](const gis::Ring &ring) {
        QPolygonF polygon;
        for (const gis::Point &point : ring)
            polygon << canvas.toPixel(point);
        return polygon;
    };
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const gis::Polygon &polygon : polygons) {
        path.addPolygon(pixels(polygon.outer()));
        for (const gis::Ring &inner : polygon.inners())
            path.addPolygon(pixels(inner));
    }
    return path;
}

// Boost's reasons go on with segment ids after their first sentence: the map shows that one.
QString firstSentence(const QString &reason)
{
    const qsizetype end = reason.indexOf(QStringLiteral(". "));
    return end < 0 ? reason : reason.left(end + 1);
}

void drawArea(QPainter &painter, const QPainterPath &path)
{
    painter.setPen(QPen(kProblemRed, 2));
    painter.setBrush(QColor(kProblemRed.red(), kProblemRed.green(), kProblemRed.blue(), 50));
    painter.drawPath(path);
    painter.setBrush(QBrush(kProblemRed, Qt::BDiagPattern));
    painter.drawPath(path);
}

// A small or thin problem would vanish at a county scale: a ring around it keeps it in sight.
void drawMarker(QPainter &painter, const QPointF &at, const QString &reason)
{
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(kProblemRed);
    painter.drawEllipse(at, 7, 7);
    painter.setPen(QPen(Qt::white, 2));
    painter.drawLine(at + QPointF(0, -4), at + QPointF(0, 1));
    painter.drawPoint(at + QPointF(0, 4));
    if (reason.isEmpty())
        return;
    const QRectF box = painter.fontMetrics()
                           .boundingRect(QRect(0, 0, 360, 120), Qt::TextWordWrap, reason)
                           .adjusted(-4, -2, 4, 2)
                           .translated((at + QPointF(12, -8)).toPoint());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRect(box);
    painter.setPen(kProblemRed);
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, reason);
}

} // namespace

void ValidationOverlay::paint(QPainter &painter, const MapCanvas &canvas) const
{
    if (mEntries.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const ValidationEntry &entry : mEntries) {
        const QPainterPath path = pathOf(entry.mapWhere, canvas);
        const QPointF centre = canvas.toPixel(entry.mapMarker.value_or(
            gis::Point((entry.mapBox.min_corner().x() + entry.mapBox.max_corner().x()) / 2,
                       (entry.mapBox.min_corner().y() + entry.mapBox.max_corner().y()) / 2)));
        if (entry.problem.kind == gis::PartitionProblemKind::Invalid) {
            painter.setPen(QPen(kProblemRed, 2, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            drawMarker(painter, centre,
                       entry.allowed ? QString() : firstSentence(entry.problem.reason));
        } else {
            drawArea(painter, path);
            if (path.boundingRect().width() < 12 && path.boundingRect().height() < 12)
                drawMarker(painter, centre, {});
        }
    }
    painter.restore();
}

} // namespace app
