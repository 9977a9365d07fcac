#include "vectorlayerrenderer.h"

#include "labelengine.h"
#include "layer/levelofdetail.h"
#include "layer/projectedlayer.h"
#include "svgmarker.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <boost/geometry/algorithms/assign.hpp>
#include <boost/geometry/algorithms/expand.hpp>

#include <limits>

namespace gis {

namespace {

// Vertices nearer than this to the last kept one add nothing a pixel grid can show.
constexpr double minimumStepPx = 0.4;
// Shapes narrower than this are drawn as one rectangle of the outline colour: their outline,
// half of it inside the shape, leaves at most two pixels of fill, which its antialiased edges
// blur anyway. About 3 px at 96 dpi and 5 px at 300 dpi for the default 0.26 mm outline; the
// image stays closer to the full drawing than QGIS's own simplification (docs/performance.md).
double blobPixels(double strokePx)
{
    return std::max(2.0, 2.0 + strokePx);
}

// An outline this wide (pixels) covers the half pixel either side of a polygon's edge where an
// aliased fill differs from an antialiased one.
constexpr double kOutlineHidingFillEdgePx = 0.9;

bool outlineHidesFillEdge(const Symbol &symbol, double strokePx)
{
    return strokePx >= kOutlineHidingFillEdgePx && symbol.strokeStyle == Qt::SolidLine &&
           symbol.strokeColor.alpha() == 255 && symbol.fillColor.alpha() > 0 &&
           symbol.opacity >= 1.0;
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
    , mScale(1.0 / mapToPixel.unitsPerPixel())
    , mOffsetX(-mapToPixel.toMap(QPointF(0, 0)).x() * mScale)
    , mOffsetY(mapToPixel.toMap(QPointF(0, 0)).y() * mScale)
    , mBlobPixels(blobPixels(layer.symbol.strokeWidthMm * settings.pixelsPerMm()))
    , mSymbol(&layer.symbol)
{
    if (settings.clipToOutput) {
        // Far enough out that the cut edges and their outline stay off the output.
        const double margin = 8.0 + 2.0 * layer.symbol.strokeWidthMm * settings.pixelsPerMm();
        mClip.emplace(QRectF(QPointF(), QSizeF(settings.outputSize))
                          .adjusted(-margin, -margin, margin, margin));
    }
    if (!settings.reduceDetail)
        return;
    // A coarser level for a coarser tolerance: its cells stay under the tolerance.
    const double coarsening =
        settings.simplifyPixels(LevelOfDetail::kCellPixels) / LevelOfDetail::kCellPixels;
    std::shared_ptr<const LevelOfDetail> level =
        data.levelOfDetail(mapToPixel.unitsPerPixel() * coarsening);
    if (level->isUseful()) {
        mLevelOffset = mapToPixel.toPixel(Point(level->originX(), level->originY()));
        mLevelScale = level->cellSize() / mapToPixel.unitsPerPixel();
        mLevel = std::move(level);
    }
}

double VectorLayerRenderer::markerRadiusPx(std::size_t index) const
{
    const double sizeMm = mLayer.symbology && mLayer.symbology->hasSizes()
                              ? mLayer.symbology->markerSizeMm(index)
                              : mSymbol->markerSizeMm;
    return sizeMm * mSettings.pixelsPerMm() / 2;
}

void VectorLayerRenderer::render(QPainter &painter, const std::atomic_bool &cancel,
                                 LabelEngine *labels, int layerOrder) const
{
    if (draw(painter, cancel, mSettings.visibleExtent()) && labels && mLabelField >= 0)
        collectLabels(*labels, layerOrder);
}

bool VectorLayerRenderer::draw(QPainter &painter, const std::atomic_bool &cancel,
                               const Box &region) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const bool finished = mLayer.symbology ? drawBySymbol(painter, cancel, region)
                                           : drawSingle(painter, cancel, region);
    painter.restore();
    mSymbol = &mLayer.symbol;
    return finished;
}

void VectorLayerRenderer::applySymbol(QPainter &painter, const Symbol &symbol) const
{
    mSymbol = &symbol;
    mAliasedFill = mSettings.reduceDetail &&
                   outlineHidesFillEdge(symbol, symbol.strokeWidthMm * mSettings.pixelsPerMm());
    painter.setOpacity(symbol.opacity);
    QPen pen(symbol.strokeColor, symbol.strokeWidthMm * mSettings.pixelsPerMm(), symbol.strokeStyle,
             Qt::FlatCap, Qt::BevelJoin);
    mPen = symbol.strokeWidthMm > 0 && symbol.strokeColor.alpha() > 0 ? pen : QPen(Qt::NoPen);
    painter.setPen(mPen);
    painter.setBrush(symbol.fillColor.alpha() > 0 ? QBrush(symbol.fillColor) : QBrush(Qt::NoBrush));
}

bool VectorLayerRenderer::drawSingle(QPainter &painter, const std::atomic_bool &cancel,
                                     const Box &region) const
{
    applySymbol(painter, mLayer.symbol);
    bool finished = true;
    std::size_t drawn = 0;
    for (std::size_t index : mData.index().query(region)) {
        if ((++drawn & 255) == 0 && cancel.load(std::memory_order_relaxed)) {
            finished = false;
            break;
        }
        drawFeature(painter, index);
    }
    drawDots(painter);
    return finished;
}

bool VectorLayerRenderer::drawBySymbol(QPainter &painter, const std::atomic_bool &cancel,
                                       const Box &region) const
{
    const FeatureSymbology &symbology = *mLayer.symbology;
    const std::vector<std::size_t> found = mData.index().query(region);
    // A counting sort of the features by symbol: one pass, no comparisons.
    const std::size_t symbols = symbology.symbols().size();
    std::vector<std::size_t> start(symbols + 1, 0);
    for (std::size_t index : found)
        ++start[std::size_t(symbology.symbolOf(index)) + 1];
    for (std::size_t i = 1; i <= symbols; ++i)
        start[i] += start[i - 1];
    std::vector<std::size_t> ordered(found.size());
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (std::size_t index : found)
        ordered[next[std::size_t(symbology.symbolOf(index))]++] = index;
    std::size_t drawn = 0;
    for (std::size_t symbol = 0; symbol < symbols; ++symbol) {
        const auto first = ordered.begin() + std::ptrdiff_t(start[symbol]);
        const auto last = ordered.begin() + std::ptrdiff_t(start[symbol + 1]);
        if (first == last)
            continue;
        // Large proportional markers first, so that the small ones stay visible on top.
        if (symbology.hasSizes())
            std::stable_sort(first, last, [&symbology](std::size_t a, std::size_t b) {
                return symbology.markerSizeMm(a) > symbology.markerSizeMm(b);
            });
        applySymbol(painter, symbology.symbols()[symbol]);
        for (auto it = first; it != last; ++it) {
            if ((++drawn & 255) == 0 && cancel.load(std::memory_order_relaxed))
                return false;
            drawFeature(painter, *it);
        }
        drawDots(painter);
    }
    return true;
}

void VectorLayerRenderer::collectLabels(LabelEngine &labels, int layerOrder) const
{
    if (mLabelField < 0)
        return;
    for (std::size_t index : mData.index().query(mSettings.visibleExtent()))
        addLabel(labels, index, layerOrder);
}

void VectorLayerRenderer::drawFeature(QPainter &painter, std::size_t index) const
{
    const Box &box = mData.envelope(index);
    const double upp = mMapToPixel.unitsPerPixel();
    const GeometryKind kind = mData.kind(index);
    const bool tiny = (box.max_corner().x() - box.min_corner().x()) < mBlobPixels * upp &&
                      (box.max_corner().y() - box.min_corner().y()) < mBlobPixels * upp;
    if (tiny && kind != GeometryKind::Point && mSettings.reduceDetail) {
        const QPointF a = mMapToPixel.toPixel(box.min_corner());
        const QPointF b = mMapToPixel.toPixel(box.max_corner());
        addBlob(QRectF(QPointF(a.x(), b.y()), QPointF(b.x(), a.y())));
        return;
    }
    const GeometryStore &store = mData.geometries();
    if (kind == GeometryKind::Polygon) {
        for (std::size_t part = store.firstPart(index); part < store.endPart(index); ++part)
            drawPolygonPart(painter, part);
    } else if (kind == GeometryKind::Line) {
        for (std::size_t part = store.firstPart(index); part < store.endPart(index); ++part)
            drawLinePart(painter, part);
    } else if (kind == GeometryKind::Point) {
        drawMarkers(painter, std::get<MultiPoint>(mData.geometry(index)), markerRadiusPx(index));
    }
}

QRectF VectorLayerRenderer::ringToPixels(std::size_t ring, bool closed) const
{
    mPixels.clear();
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    const auto keep = [&](double x, double y) {
        mPixels.emplace_back(x, y);
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    };
    if (mLevel) {
        const std::size_t first = mLevel->firstVertex(ring), end = mLevel->endVertex(ring);
        for (std::size_t i = first; i < end; ++i) {
            const LevelOfDetail::Vertex &v = mLevel->vertex(i);
            keep(mLevelOffset.x() + v.x * mLevelScale, mLevelOffset.y() - v.y * mLevelScale);
        }
    } else {
        const double skip = mSettings.reduceDetail ? mSettings.simplifyPixels(minimumStepPx) : 0.0;
        double lastX = 0.0, lastY = 0.0, keptX = 0.0, keptY = 0.0;
        mData.geometries().forEachVertex(ring, [&](double x, double y) {
            lastX = x * mScale + mOffsetX;
            lastY = mOffsetY - y * mScale;
            if (!mPixels.empty() && std::abs(lastX - keptX) < skip &&
                std::abs(lastY - keptY) < skip)
                return;
            keptX = lastX;
            keptY = lastY;
            keep(lastX, lastY);
        });
        if (closed && !mPixels.empty() && (lastX != keptX || lastY != keptY))
            keep(lastX, lastY);
    }
    return mPixels.empty() ? QRectF() : QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

bool VectorLayerRenderer::isSubPixel(const QRectF &bounds) const
{
    return mSettings.reduceDetail && bounds.width() < 1.0 && bounds.height() < 1.0;
}

void VectorLayerRenderer::addBlob(const QRectF &bounds) const
{
    // At least a pixel, centred where the shape is, so that it keeps its weight.
    mDots.push_back(QRectF(bounds.center() - QPointF(0.5, 0.5), QSizeF(1, 1)).united(bounds));
}

void VectorLayerRenderer::drawDots(QPainter &painter) const
{
    // Parts, holes and features a pixel or two across show as a dot of the outline colour, as
    // their outline alone would cover them; one call draws them all.
    if (mDots.empty())
        return;
    const bool outlined = painter.pen().style() != Qt::NoPen;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(outlined ? mSymbol->strokeColor : mSymbol->fillColor);
    painter.drawRects(mDots.data(), static_cast<int>(mDots.size()));
    painter.restore();
    mDots.clear();
}

void VectorLayerRenderer::drawPolygonPart(QPainter &painter, std::size_t part) const
{
    const GeometryStore &store = mData.geometries();
    const std::size_t first = store.firstRing(part), end = store.endRing(part);
    const QRectF outer = ringToPixels(first, true);
    if (mSettings.reduceDetail && outer.width() < mBlobPixels && outer.height() < mBlobPixels) {
        addBlob(outer);
        return;
    }
    // Holes smaller than a pixel are dots too; a part left without holes is one polygon.
    std::size_t holes = 0;
    for (std::size_t ring = first + 1; ring < end; ++ring) {
        const QRectF bounds =
            store.endVertex(ring) - store.firstVertex(ring) > 0 ? pixelBounds(ring) : QRectF();
        if (isSubPixel(bounds))
            addBlob(bounds);
        else
            ++holes;
    }
    if (holes == 0) {
        const QRectF bounds = end - first > 1 ? ringToPixels(first, true) : outer;
        if (!mClip || mClip->contains(bounds)) {
            fillAndOutline(painter, mPixels.data(), static_cast<int>(mPixels.size()));
            return;
        }
    }
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (std::size_t ring = first; ring < end; ++ring) {
        const QRectF bounds = ringToPixels(ring, true);
        if (ring != first && isSubPixel(bounds))
            continue;
        if (!mClip || mClip->contains(bounds)) {
            path.addPolygon(QPolygonF(QList<QPointF>(mPixels.begin(), mPixels.end())));
            continue;
        }
        for (const QPolygonF &piece : mClip->ring(mPixels))
            path.addPolygon(piece);
    }
    fillAndOutline(painter, path);
}

void VectorLayerRenderer::fillAndOutline(QPainter &painter, const QPointF *points, int count) const
{
    if (!mAliasedFill) {
        painter.drawPolygon(points, count, Qt::OddEvenFill);
        return;
    }
    // A polyline never fills, so the brush stays: only the pen and antialiasing change,
    // each change costing Qt a state update per polygon.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.drawPolygon(points, count, Qt::OddEvenFill);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(mPen);
    painter.drawPolyline(points, count);
    if (count > 2 && points[0] != points[count - 1])
        painter.drawLine(points[count - 1], points[0]);
}

void VectorLayerRenderer::fillAndOutline(QPainter &painter, const QPainterPath &path) const
{
    if (!mAliasedFill) {
        painter.drawPath(path);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillPath(path, painter.brush());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.strokePath(path, painter.pen());
}

QRectF VectorLayerRenderer::pixelBounds(std::size_t ring) const
{
    const Box box = [&] {
        Box b;
        boost::geometry::assign_inverse(b);
        mData.geometries().forEachVertex(
            ring, [&b](double x, double y) { boost::geometry::expand(b, Point(x, y)); });
        return b;
    }();
    const QPointF a = mMapToPixel.toPixel(box.min_corner());
    const QPointF c = mMapToPixel.toPixel(box.max_corner());
    return QRectF(QPointF(a.x(), c.y()), QPointF(c.x(), a.y()));
}

void VectorLayerRenderer::drawLinePart(QPainter &painter, std::size_t part) const
{
    const QRectF bounds = ringToPixels(mData.geometries().firstRing(part), false);
    if (!mClip || mClip->contains(bounds)) {
        painter.drawPolyline(mPixels.data(), static_cast<int>(mPixels.size()));
        return;
    }
    for (const QPolygonF &piece : mClip->line(mPixels))
        painter.drawPolyline(piece);
}

void VectorLayerRenderer::drawMarkers(QPainter &painter, const MultiPoint &points,
                                      double radius) const
{
    if (radius <= 0)
        return;
    if (!mSymbol->markerSvg.isEmpty()) {
        const QImage icon = svgMarkerImage(mSymbol->markerSvg, 2 * radius);
        if (!icon.isNull()) {
            const QPointF half(icon.width() / 2.0, icon.height() / 2.0);
            for (const Point &point : points)
                painter.drawImage(mMapToPixel.toPixel(point) - half, icon);
            return;
        }
    }
    const QPolygonF shape = markerShape(mSymbol->marker, radius);
    for (const Point &point : points)
        painter.drawPolygon(shape.translated(mMapToPixel.toPixel(point)));
}

void VectorLayerRenderer::addLabel(LabelEngine &labels, std::size_t index, int layerOrder) const
{
    const Feature &feature = mData.source().features[index];
    LabelCandidate candidate;
    candidate.text = feature.attributes.value(mLabelField).toString();
    if (mLayer.labelValues && index < mLayer.labelValues->size()) {
        const QString &value = (*mLayer.labelValues)[index];
        if (!value.isEmpty())
            candidate.text = candidate.text.isEmpty() ? value : candidate.text + u' ' + value;
    }
    candidate.anchor = mMapToPixel.toPixel(mData.labelAnchor(index));
    const GeometryKind kind = mData.kind(index);
    candidate.placement =
        kind == GeometryKind::Point ? LabelPlacement::AroundPoint : LabelPlacement::Centered;
    candidate.clearancePx = kind == GeometryKind::Point ? markerRadiusPx(index) : 0.0;
    candidate.settings = mLayer.labels;
    candidate.order = layerOrder;
    labels.add(std::move(candidate));
}

} // namespace gis
