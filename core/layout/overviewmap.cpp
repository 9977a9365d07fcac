#include "overviewmap.h"

#include "project/planproject.h"

#include "crs/coordinatetransform.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

// Steps per edge of the frame's outline: enough that a projected edge looks curved, not
// broken, at the overview's size.
constexpr int kStepsPerEdge = 32;
// Space around the plan area, as a share of its size, so that its edge shows.
constexpr double kMargin = 0.04;

gis::Box withMargin(gis::Box box)
{
    const double dx = (box.max_corner().x() - box.min_corner().x()) * kMargin;
    const double dy = (box.max_corner().y() - box.min_corner().y()) * kMargin;
    return {gis::Point(box.min_corner().x() - dx, box.min_corner().y() - dy),
            gis::Point(box.max_corner().x() + dx, box.max_corner().y() + dy)};
}

std::vector<gis::Point> densified(const gis::Box &box)
{
    const double x0 = box.min_corner().x(), y0 = box.min_corner().y();
    const double x1 = box.max_corner().x(), y1 = box.max_corner().y();
    const gis::Point corners[] = {{x0, y1}, {x1, y1}, {x1, y0}, {x0, y0}};
    std::vector<gis::Point> points;
    for (int edge = 0; edge < 4; ++edge) {
        const gis::Point &a = corners[edge], &b = corners[(edge + 1) % 4];
        for (int step = 0; step < kStepsPerEdge; ++step) {
            const double t = double(step) / kStepsPerEdge;
            points.emplace_back(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
        }
    }
    points.push_back(corners[0]);
    return points;
}

bool isPolygonLayer(const gis::LayerSnapshot &layer)
{
    return layer.kind == gis::LayerKind::Vector && layer.data &&
           layer.data->source()->kind == gis::GeometryKind::Polygon;
}

} // namespace

QPolygonF OverviewMap::outlineIn(const gis::Box &extent, const gis::Crs &from, const gis::Crs &to)
{
    std::vector<gis::Point> points = densified(extent);
    const gis::CoordinateTransform transform(from, to);
    if (!transform.isValid())
        return {};
    transform.transformPoints(points.data(), points.size());
    QPolygonF outline;
    for (const gis::Point &point : points) {
        if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
            return {};
        outline.push_back(QPointF(point.x(), point.y()));
    }
    return outline;
}

OverviewMap OverviewMap::fromProject(const PlanProject &project, const gis::MapSettings &frame)
{
    OverviewMap overview;
    overview.map.crs = project.crs();
    overview.map.labelsEnabled = false;
    overview.map.background = frame.background;
    for (const gis::LayerSnapshot &layer : project.visibleLayerSnapshots()) {
        if (isPolygonLayer(layer))
            overview.map.layers.push_back(layer);
    }
    overview.frameOutline = outlineIn(frame.visibleExtent(), frame.crs, overview.map.crs);
    gis::Box extent = project.fullExtent();
    if (!overview.frameOutline.isEmpty()) {
        const QRectF outline = overview.frameOutline.boundingRect();
        boost::geometry::expand(extent, gis::Box(gis::Point(outline.left(), outline.top()),
                                                 gis::Point(outline.right(), outline.bottom())));
    }
    overview.map.extent = withMargin(extent);
    return overview;
}

} // namespace core
