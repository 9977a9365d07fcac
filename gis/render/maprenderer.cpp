#include "maprenderer.h"

#include "framebuffer.h"
#include "layer/projectedlayer.h"
#include "mapscale.h"
#include "maptopixel.h"
#include "rasterlayerrenderer.h"
#include "vectorlayerrenderer.h"

#include <QPainter>

namespace gis {

MapRenderer::MapRenderer(MapSettings settings)
    : mSettings(std::move(settings))
{
}

RenderResult MapRenderer::renderImage(const std::atomic_bool &cancel) const
{
    RenderResult result;
    result.image = allocateFrame(mSettings.outputSize, QImage::Format_ARGB32_Premultiplied);
    result.image.setDotsPerMeterX(qRound(mSettings.dpi / 0.0254));
    result.image.setDotsPerMeterY(qRound(mSettings.dpi / 0.0254));
    result.image.fill(mSettings.background);
    QPainter painter(&result.image);
    render(painter, cancel, result);
    return result;
}

void MapRenderer::render(QPainter &painter, const std::atomic_bool &cancel,
                         RenderResult &result) const
{
    const MapToPixel mapToPixel(mSettings.visibleExtent(), mSettings.outputSize);
    const double scale = scaleDenominator(mSettings.visibleExtent(), mSettings.outputSize,
                                          mSettings.dpi, mSettings.crs)
                             .value_or(0.0);
    LabelEngine labels(mSettings.dpi, QRectF(QPointF(0, 0), QSizeF(mSettings.outputSize)));
    int order = 0;
    for (const LayerSnapshot &layer : mSettings.layers) {
        if (cancel.load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return;
        }
        if (layer.opacity <= 0.0 || (scale > 0 && !layer.scaleRange.contains(scale)))
            continue;
        QString error;
        if (layer.kind == LayerKind::Raster) {
            if (!RasterLayerRenderer(layer, mSettings).render(painter, cancel, &error))
                result.errors.push_back(error);
            continue;
        }
        std::shared_ptr<const ProjectedLayer> data = layer.data->projected(mSettings.crs, &error);
        if (!data) {
            result.errors.push_back(error);
            continue;
        }
        LabelEngine *layerLabels = mSettings.labelsEnabled ? &labels : nullptr;
        if (layer.opacity >= 1.0) {
            VectorLayerRenderer(layer, *data, mSettings, mapToPixel)
                .render(painter, cancel, layerLabels, order++);
            continue;
        }
        // A translucent layer is drawn apart and laid on at once, so that its own overlapping
        // features do not darken each other.
        QImage layerImage(painter.device()->width(), painter.device()->height(),
                          QImage::Format_ARGB32_Premultiplied);
        layerImage.fill(Qt::transparent);
        QPainter layerPainter(&layerImage);
        layerPainter.setTransform(painter.transform());
        VectorLayerRenderer(layer, *data, mSettings, mapToPixel)
            .render(layerPainter, cancel, layerLabels, order++);
        layerPainter.end();
        painter.save();
        painter.resetTransform();
        painter.setOpacity(painter.opacity() * layer.opacity);
        painter.drawImage(0, 0, layerImage);
        painter.restore();
    }
    if (cancel.load(std::memory_order_relaxed)) {
        result.cancelled = true;
        return;
    }
    result.labels = labels.place();
    LabelEngine::draw(painter, result.labels, mSettings.dpi);
}

} // namespace gis
