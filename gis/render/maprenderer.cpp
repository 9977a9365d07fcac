#include "maprenderer.h"

#include "framebuffer.h"
#include "layer/projectedlayer.h"
#include "maptopixel.h"
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
    LabelEngine labels(mSettings.dpi, QRectF(QPointF(0, 0), QSizeF(mSettings.outputSize)));
    int order = 0;
    for (const LayerSnapshot &layer : mSettings.layers) {
        if (cancel.load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return;
        }
        QString error;
        std::shared_ptr<const ProjectedLayer> data = layer.data->projected(mSettings.crs, &error);
        if (!data) {
            result.errors.push_back(error);
            continue;
        }
        VectorLayerRenderer(layer, *data, mSettings, mapToPixel)
            .render(painter, cancel, mSettings.labelsEnabled ? &labels : nullptr, order++);
    }
    if (cancel.load(std::memory_order_relaxed)) {
        result.cancelled = true;
        return;
    }
    result.labels = labels.place();
    LabelEngine::draw(painter, result.labels, mSettings.dpi);
}

} // namespace gis
