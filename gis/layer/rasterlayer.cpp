#include "rasterlayer.h"

#include "crs/coordinatetransform.h"

#include <QFileInfo>

namespace gis {

RasterLayer::RasterLayer(const QString &id, std::shared_ptr<const RasterSource> source)
    : MapLayer(LayerKind::Raster, id, QFileInfo(source->path).completeBaseName())
    , mSource(std::move(source))
{
}

std::optional<Box> RasterLayer::extentIn(const Crs &crs) const
{
    const CoordinateTransform transform(mSource->crs, crs);
    if (!transform.isValid())
        return std::nullopt;
    return transform.transformBox(mSource->extent);
}

} // namespace gis
