#include "conflictoverlay.h"

#include "canvas/mapcanvas.h"

#include <QPainter>
#include <QPainterPath>

namespace app {

namespace {

const QColor kTheirs(0xe0, 0x70, 0x10); // orange: the database's version
const QColor kMine(0x1f, 0x5f, 0xd0);   // blue: the planner's own edit

QPainterPath pathOf(const gis::Geometry &geometry, const MapCanvas &canvas)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const auto line = [&canvas](const auto &points, bool closed) {
        QPolygonF pixels;
        for (const gis::Point &point : points)
            pixels << canvas.toPixel(point);
        if (closed && !pixels.isEmpty())
            pixels << pixels.front();
        return pixels;
    };
    if (const auto *polygons = std::get_if<gis::MultiPolygon>(&geometry)) {
        for (const gis::Polygon &polygon : *polygons) {
            path.addPolygon(line(polygon.outer(), true));
            for (const gis::Ring &inner : polygon.inners())
                path.addPolygon(line(inner, true));
        }
    } else if (const auto *lines = std::get_if<gis::MultiLineString>(&geometry)) {
        for (const gis::LineString &part : *lines)
            path.addPolygon(line(part, false));
    } else if (const auto *points = std::get_if<gis::MultiPoint>(&geometry)) {
        for (const gis::Point &point : *points)
            path.addEllipse(canvas.toPixel(point), 6, 6);
    }
    return path;
}

void drawLabel(QPainter &painter, const QPointF &at, const QString &text, const QColor &colour)
{
    const QRectF box =
        painter.fontMetrics().boundingRect(text).adjusted(-5, -3, 5, 3).translated(at.toPoint());
    painter.setPen(QPen(colour, 1.5));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(colour);
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace

void ConflictOverlay::setVersions(std::optional<gis::Geometry> theirs,
                                  std::optional<gis::Geometry> mine)
{
    mTheirs = std::move(theirs);
    mMine = std::move(mine);
}

void ConflictOverlay::paint(QPainter &painter, const MapCanvas &canvas) const
{
    if (isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath theirs, mine;
    if (mTheirs) {
        theirs = pathOf(*mTheirs, canvas);
        painter.setPen(QPen(kTheirs, 3, Qt::DashLine));
        painter.setBrush(QBrush(kTheirs, Qt::FDiagPattern));
        painter.drawPath(theirs);
    }
    if (mMine) {
        // A white halo keeps my outline apart from the layer's own drawing of the same shape.
        mine = pathOf(*mMine, canvas);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 6));
        painter.drawPath(mine);
        painter.setPen(QPen(kMine, 3));
        painter.setBrush(QColor(kMine.red(), kMine.green(), kMine.blue(), 45));
        painter.drawPath(mine);
    }
    // Labels at opposite corners, so they stay apart when the shapes are nearly the same.
    if (mTheirs)
        drawLabel(painter, theirs.boundingRect().topRight() + QPointF(6, -18),
                  tr("Theirs (in the database)"), kTheirs);
    if (mMine)
        drawLabel(painter, mine.boundingRect().bottomLeft() + QPointF(-6, 6),
                  tr("Mine (your edit)"), kMine);
    painter.restore();
}

} // namespace app
