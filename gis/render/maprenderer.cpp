#include "maprenderer.h"

#include "crs/coordinatetransform.h"
#include "framebuffer.h"
#include "layer/extentfeaturesource.h"
#include "layer/projectedlayer.h"
#include "mapscale.h"
#include "maptopixel.h"
#include "rasterlayerrenderer.h"
#include "vectorlayerrenderer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace gis {

namespace {

// Frames smaller than this are drawn in one piece: splitting costs more than it saves.
constexpr qint64 kMinimumBandedPixels = 512 * 512;
// More bands than threads, so that a band dense with features does not hold up the frame.
constexpr int kBandsPerThread = 3;

QThreadPool &bandPool()
{
    // Its own pool: render jobs already run on the global one, and a job waiting for bands
    // queued behind other jobs there could wait for ever.
    static QThreadPool pool;
    return pool;
}

} // namespace

struct MapRenderer::ResolvedLayer
{
    const LayerSnapshot *snapshot;
    std::shared_ptr<const ProjectedLayer> data; // null for a raster layer

    bool isRaster() const { return snapshot->kind == LayerKind::Raster; }
    bool isOpaqueVector() const { return !isRaster() && snapshot->opacity >= 1.0; }
};

MapRenderer::MapRenderer(MapSettings settings)
    : mSettings(std::move(settings))
{
}

std::vector<MapRenderer::ResolvedLayer> MapRenderer::resolveLayers(const std::atomic_bool &cancel,
                                                                   RenderResult &result) const
{
    const double scale = scaleDenominator(mSettings.visibleExtent(), mSettings.outputSize,
                                          mSettings.dpi, mSettings.crs)
                             .value_or(0.0);
    std::vector<ResolvedLayer> layers;
    for (const LayerSnapshot &layer : mSettings.layers) {
        if (layer.opacity <= 0.0 || (scale > 0 && !layer.scaleRange.contains(scale)))
            continue;
        if (layer.kind == LayerKind::Raster) {
            layers.push_back({&layer, nullptr});
            continue;
        }
        QString error;
        std::shared_ptr<const ProjectedLayer> data =
            layer.extentSource ? fetchForFrame(layer, cancel, &error)
                               : layer.data->projected(mSettings.crs, &error);
        if (data)
            layers.push_back({&layer, std::move(data)});
        else if (!cancel.load(std::memory_order_relaxed))
            result.errors.push_back(error);
    }
    return layers;
}

std::shared_ptr<const ProjectedLayer> MapRenderer::fetchForFrame(const LayerSnapshot &layer,
                                                                 const std::atomic_bool &cancel,
                                                                 QString *error) const
{
    // Features just outside the frame still reach into it with their outline or marker.
    const MapToPixel mapToPixel(mSettings.visibleExtent(), mSettings.outputSize);
    const double margin = 2.0 + layer.reachMm() * mSettings.pixelsPerMm();
    const Point topLeft = mapToPixel.toMap(QPointF(-margin, -margin));
    const Point bottomRight = mapToPixel.toMap(
        QPointF(mSettings.outputSize.width() + margin, mSettings.outputSize.height() + margin));
    const Box frame(Point(topLeft.x(), bottomRight.y()), Point(bottomRight.x(), topLeft.y()));
    const Crs &layerCrs = layer.extentSource->schema()->crs;
    const CoordinateTransform toLayer(mSettings.crs, layerCrs.isValid() ? layerCrs : Crs::wgs84());
    if (!toLayer.isValid()) {
        *error = QCoreApplication::translate("gis::MapRenderer", "%1, layer %2: %3")
                     .arg(layer.extentSource->datasetName(), layer.extentSource->layerName(),
                          toLayer.error());
        return nullptr;
    }
    // A box the transform cannot bound comes back not finite; the source then reads it all.
    const Box box = toLayer.isIdentity() ? frame : toLayer.transformBox(frame);
    const std::shared_ptr<ProjectionCache> features =
        layer.extentSource->features(box, layer.extentFields, &cancel, error);
    return features ? features->projected(mSettings.crs, error) : nullptr;
}

RenderResult MapRenderer::renderImage(const std::atomic_bool &cancel) const
{
    RenderResult result;
    // An opaque map needs no alpha: Qt blends into RGB32 a little faster, and export can write
    // the frame as it is.
    const bool opaque = mSettings.background.alpha() == 255;
    result.image = allocateFrame(
        mSettings.outputSize, opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    result.image.setDotsPerMeterX(qRound(mSettings.dpi / 0.0254));
    result.image.setDotsPerMeterY(qRound(mSettings.dpi / 0.0254));
    const std::vector<ResolvedLayer> layers = resolveLayers(cancel, result);
    // Rasters are warped for the whole frame and translucent layers composited over it, so
    // frames holding them are drawn in one piece; bands serve the common all-vector case.
    if (std::all_of(layers.begin(), layers.end(),
                    [](const ResolvedLayer &layer) { return layer.isOpaqueVector(); })) {
        drawBands(result.image, layers, cancel);
    } else {
        result.image.fill(mSettings.background);
        QPainter painter(&result.image);
        drawLayers(painter, layers, cancel, result);
    }
    if (cancel.load(std::memory_order_relaxed)) {
        result.cancelled = true;
        return result;
    }
    QPainter painter(&result.image);
    drawLabels(painter, layers, result);
    return result;
}

void MapRenderer::drawBands(QImage &image, const std::vector<ResolvedLayer> &layers,
                            const std::atomic_bool &cancel) const
{
    const int threads = std::max(1, QThread::idealThreadCount());
    const qint64 pixels = qint64(image.width()) * image.height();
    if (threads == 1 || pixels < kMinimumBandedPixels || layers.empty()) {
        drawBand(image, 0, image.height(), layers, cancel);
        return;
    }
    const int bands = std::min(threads * kBandsPerThread, image.height());
    const int bandHeight = (image.height() + bands - 1) / bands;
    std::atomic_int next = 0;
    const auto work = [&] {
        for (int band = next++; band < bands; band = next++) {
            const int top = band * bandHeight;
            drawBand(image, top, std::min(bandHeight, image.height() - top), layers, cancel);
        }
    };
    bandPool().setMaxThreadCount(threads - 1);
    std::vector<QFuture<void>> helpers;
    for (int i = 1; i < threads; ++i)
        helpers.push_back(QtConcurrent::run(&bandPool(), work));
    work();
    for (QFuture<void> &helper : helpers)
        helper.waitForFinished();
}

void MapRenderer::drawBand(QImage &image, int top, int height,
                           const std::vector<ResolvedLayer> &layers,
                           const std::atomic_bool &cancel) const
{
    if (height <= 0)
        return;
    // The band shares the frame's memory.
    QImage band(image.bits() + qsizetype(top) * image.bytesPerLine(), image.width(), height,
                image.bytesPerLine(), image.format());
    // Each band clears its own rows: a print-size frame's first touch (page faults and all)
    // is then shared by the cores too.
    band.fill(mSettings.background);
    QPainter painter(&band);
    const MapToPixel frame(mSettings.visibleExtent(), mSettings.outputSize);
    const MapToPixel mapToPixel = frame.belowRow(top);
    for (const ResolvedLayer &layer : layers) {
        // Features just outside the band still reach into it with their outline or marker.
        const double margin = 2.0 + layer.snapshot->reachMm() * mSettings.pixelsPerMm();
        const Point topLeft = mapToPixel.toMap(QPointF(-margin, -margin));
        const Point bottomRight =
            mapToPixel.toMap(QPointF(image.width() + margin, height + margin));
        const Box region(Point(topLeft.x(), bottomRight.y()), Point(bottomRight.x(), topLeft.y()));
        if (!VectorLayerRenderer(*layer.snapshot, *layer.data, mSettings, mapToPixel)
                 .draw(painter, cancel, region))
            return;
    }
}

void MapRenderer::drawLabels(QPainter &painter, const std::vector<ResolvedLayer> &layers,
                             RenderResult &result) const
{
    if (!mSettings.labelsEnabled)
        return;
    const MapToPixel mapToPixel(mSettings.visibleExtent(), mSettings.outputSize);
    LabelEngine labels(mSettings.dpi, QRectF(QPointF(0, 0), QSizeF(mSettings.outputSize)));
    int order = 0;
    for (const ResolvedLayer &layer : layers) {
        if (!layer.isRaster())
            VectorLayerRenderer(*layer.snapshot, *layer.data, mSettings, mapToPixel)
                .collectLabels(labels, order++);
    }
    result.labels = labels.place();
    LabelEngine::draw(painter, result.labels, mSettings.dpi);
}

bool MapRenderer::drawLayers(QPainter &painter, const std::vector<ResolvedLayer> &layers,
                             const std::atomic_bool &cancel, RenderResult &result) const
{
    const MapToPixel mapToPixel(mSettings.visibleExtent(), mSettings.outputSize);
    for (const ResolvedLayer &layer : layers) {
        if (cancel.load(std::memory_order_relaxed))
            return false;
        if (layer.isRaster()) {
            QString error;
            if (!RasterLayerRenderer(*layer.snapshot, mSettings).render(painter, cancel, &error))
                result.errors.push_back(error);
            continue;
        }
        const VectorLayerRenderer renderer(*layer.snapshot, *layer.data, mSettings, mapToPixel);
        if (layer.isOpaqueVector()) {
            if (!renderer.draw(painter, cancel, mSettings.visibleExtent()))
                return false;
            continue;
        }
        // A translucent layer is drawn apart and laid on at once, so that its own overlapping
        // features do not darken each other.
        QImage layerImage(painter.device()->width(), painter.device()->height(),
                          QImage::Format_ARGB32_Premultiplied);
        layerImage.fill(Qt::transparent);
        QPainter layerPainter(&layerImage);
        layerPainter.setTransform(painter.transform());
        const bool drawn = renderer.draw(layerPainter, cancel, mSettings.visibleExtent());
        layerPainter.end();
        if (!drawn)
            return false;
        painter.save();
        painter.resetTransform();
        painter.setOpacity(painter.opacity() * layer.snapshot->opacity);
        painter.drawImage(0, 0, layerImage);
        painter.restore();
    }
    return true;
}

void MapRenderer::render(QPainter &painter, const std::atomic_bool &cancel,
                         RenderResult &result) const
{
    const std::vector<ResolvedLayer> layers = resolveLayers(cancel, result);
    if (!drawLayers(painter, layers, cancel, result) || cancel.load(std::memory_order_relaxed)) {
        result.cancelled = true;
        return;
    }
    drawLabels(painter, layers, result);
}

} // namespace gis
