#include "vectorlayerrenderer.h"

#include "labelengine.h"
#include "layer/projectedlayer.h"
#include "svgmarker.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace gis {

namespace {

// Vertices nearer than this to the last kept one add nothing a pixel grid can show.
constexpr double minimumStepPx = 0.4;

template <typename Range>
QPolygonF toPixels(const Range &points, const MapToPixel &mapToPixel, bool closed)
{
    QPolygonF pixels;
    pixels.reserve(static_cast<int>(points.size()));
    for (const Point &point : points) {
        const QPointF pixel = mapToPixel.toPixel(point);
        if (!pixels.isEmpty()) {
            const QPointF step = pixel - pixels.back();
            if (std::abs(step.x()) < minimumStepPx && std::abs(step.y()) < minimumStepPx)
                continue;
        }
        pixels.push_back(pixel);
    }
    if (closed && !pixels.isEmpty() && !points.empty())
        pixels.push_back(mapToPixel.toPixel(points.back()));
    return pixels;
}

QPolygonF markerShape(MarkerShape shape, double radius)
{
    QPolygonF polygon;
    switch (shape) {
    case MarkerShape::Square:
        return QPolygonF(QRectF(-radius, -radius, 2 * radius, 2 * radius));
    case MarkerShape::Diamond:
        return QPolygonF({{0, -radius}, {radius, 0}, {0, radius}, {-radius, 0}, {0, -radius}});
    case MarkerShape::Triangle:
        return QPolygonF({{0, -radius},
                          {radius * 0.87, radius * 0.5},
                          {-radius * 0.87, radius * 0.5},
                          {0, -radius}});
    case MarkerShape::Star:
        for (int i = 0; i <= 10; ++i) {
            const double r = i % 2 == 0 ? radius : radius * 0.45;
            const double angle = -M_PI / 2 + i * M_PI / 5;
            polygon.push_back({r * std::cos(angle), r * std::sin(angle)});
        }
        return polygon;
    case MarkerShape::Circle:
        break;
    }
    for (int i = 0; i <= 24; ++i)
        polygon.push_back({radius * std::cos(i * M_PI / 12), radius * std::sin(i * M_PI / 12)});
    return polygon;
}

} // namespace

VectorLayerRenderer::VectorLayerRenderer(const LayerSnapshot &layer, const ProjectedLayer &data,
                                         const MapSettings &settings, const MapToPixel &mapToPixel)
    : mLayer(layer)
    , mData(data)
    , mSettings(settings)
    , mMapToPixel(mapToPixel)
    , mLabelField(layer.labels.enabled ? data.source().fieldIndex(layer.labels.field) : -1)
{
}

double VectorLayerRenderer::markerRadiusPx() const
{
    return mLayer.symbol.markerSizeMm * mSettings.pixelsPerMm() / 2;
}

void VectorLayerRenderer::render(QPainter &painter, const std::atomic_bool &cancel,
                                 LabelEngine *labels, int layerOrder) const
{
    const Symbol &symbol = mLayer.symbol;
    painter.save();
    painter.setOpacity(symbol.opacity);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(symbol.strokeColor, symbol.strokeWidthMm * mSettings.pixelsPerMm(), symbol.strokeStyle,
             Qt::FlatCap, Qt::BevelJoin);
    painter.setPen(symbol.strokeWidthMm > 0 && symbol.strokeColor.alpha() > 0 ? pen
                                                                              : QPen(Qt::NoPen));
    painter.setBrush(symbol.fillColor.alpha() > 0 ? QBrush(symbol.fillColor) : QBrush(Qt::NoBrush));

    const std::vector<std::size_t> visible = mData.index().query(mSettings.visibleExtent());
    std::size_t drawn = 0;
    for (std::size_t index : visible) {
        if ((++drawn & 255) == 0 && cancel.load(std::memory_order_relaxed))
            break;
        drawFeature(painter, index);
        if (labels && mLabelField >= 0)
            addLabel(*labels, index, layerOrder);
    }
    painter.restore();
}

void VectorLayerRenderer::drawFeature(QPainter &painter, std::size_t index) const
{
    const Box &box = mData.envelope(index);
    const double upp = mMapToPixel.unitsPerPixel();
    const Geometry &geometry = mData.geometry(index);
    const bool subPixel = (box.max_corner().x() - box.min_corner().x()) < upp &&
                          (box.max_corner().y() - box.min_corner().y()) < upp;
    if (subPixel && geometryKind(geometry) != GeometryKind::Point) {
        const QPointF at = mMapToPixel.toPixel(box.min_corner());
        painter.fillRect(QRectF(at.x(), at.y() - 1, 1, 1), painter.pen().color());
        return;
    }
    if (const auto *polygons = std::get_if<MultiPolygon>(&geometry))
        drawPolygons(painter, *polygons);
    else if (const auto *lines = std::get_if<MultiLineString>(&geometry))
        drawLines(painter, *lines);
    else if (const auto *points = std::get_if<MultiPoint>(&geometry))
        drawMarkers(painter, *points);
}

void VectorLayerRenderer::drawPolygons(QPainter &painter, const MultiPolygon &polygons) const
{
    for (const Polygon &polygon : polygons) {
        if (polygon.inners().empty()) {
            painter.drawPolygon(toPixels(polygon.outer(), mMapToPixel, true), Qt::OddEvenFill);
            continue;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        path.addPolygon(toPixels(polygon.outer(), mMapToPixel, true));
        for (const Ring &inner : polygon.inners())
            path.addPolygon(toPixels(inner, mMapToPixel, true));
        painter.drawPath(path);
    }
}

void VectorLayerRenderer::drawLines(QPainter &painter, const MultiLineString &lines) const
{
    for (const LineString &line : lines)
        painter.drawPolyline(toPixels(line, mMapToPixel, false));
}

void VectorLayerRenderer::drawMarkers(QPainter &painter, const MultiPoint &points) const
{
    if (!mLayer.symbol.markerSvg.isEmpty()) {
        const QImage icon = svgMarkerImage(mLayer.symbol.markerSvg, 2 * markerRadiusPx());
        if (!icon.isNull()) {
            const QPointF half(icon.width() / 2.0, icon.height() / 2.0);
            for (const Point &point : points)
                painter.drawImage(mMapToPixel.toPixel(point) - half, icon);
            return;
        }
    }
    const QPolygonF shape = markerShape(mLayer.symbol.marker, markerRadiusPx());
    for (const Point &point : points)
        painter.drawPolygon(shape.translated(mMapToPixel.toPixel(point)));
}

void VectorLayerRenderer::addLabel(LabelEngine &labels, std::size_t index, int layerOrder) const
{
    const Feature &feature = mData.source().features[index];
    LabelCandidate candidate;
    candidate.text = feature.attributes.value(mLabelField).toString();
    candidate.anchor = mMapToPixel.toPixel(mData.labelAnchor(index));
    const GeometryKind kind = geometryKind(mData.geometry(index));
    candidate.placement =
        kind == GeometryKind::Point ? LabelPlacement::AroundPoint : LabelPlacement::Centered;
    candidate.clearancePx = kind == GeometryKind::Point ? markerRadiusPx() : 0.0;
    candidate.settings = mLayer.labels;
    candidate.order = layerOrder;
    labels.add(std::move(candidate));
}

} // namespace gis
