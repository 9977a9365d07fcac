#pragma once

#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace gis {

// Cuts drawn shapes to a rectangle around the output, with Boost.Geometry: a vector output
// (PDF, SVG) keeps every vertex it is given, even those the frame never shows, so a zone
// seen at street scale would carry the whole country's outline into the file. Rasters need
// none of it: the painter's clip is cheaper there.
class PixelClip
{
public:
    explicit PixelClip(const QRectF &keep)
        : mKeep(keep)
    {
    }

    bool contains(const QRectF &bounds) const { return mKeep.contains(bounds); }
    // A ring (first vertex repeated or not) as the closed pieces of it inside the rectangle;
    // the ring itself when clipping fails (a ring crossing itself).
    std::vector<QPolygonF> ring(const std::vector<QPointF> &points) const;
    // A line as the pieces of it inside the rectangle.
    std::vector<QPolygonF> line(const std::vector<QPointF> &points) const;

private:
    QRectF mKeep;
};

} // namespace gis
