#include "vectorlayer.h"

#include "extentfeaturesource.h"

namespace gis {

ProjectionCache::ProjectionCache(std::shared_ptr<const FeatureCollection> source)
    : mSource(std::move(source))
{
}

std::shared_ptr<const ProjectedLayer> ProjectionCache::projected(const Crs &crs, QString *error)
{
    const QString key = crs.authId().isEmpty() ? crs.wkt() : crs.authId();
    std::lock_guard lock(mMutex);
    auto found = mByCrs.find(key);
    if (found != mByCrs.end())
        return found->second;
    auto layer = ProjectedLayer::build(mSource, crs, error);
    if (layer)
        mByCrs.emplace(key, layer);
    return layer;
}

VectorLayer::VectorLayer(const QString &id, std::shared_ptr<const FeatureCollection> features)
    : MapLayer(LayerKind::Vector, id, features->name)
    , mCache(std::make_shared<ProjectionCache>(std::move(features)))
{
}

void VectorLayer::setFeatures(std::shared_ptr<const FeatureCollection> features)
{
    mCache = std::make_shared<ProjectionCache>(std::move(features));
    // The awaited full collection is the source's own data; anything later is an edit, which
    // the source (the saved state) does not show.
    if (mAwaitingFeatures)
        mAwaitingFeatures = false;
    else
        mExtentSource.reset();
}

void VectorLayer::setExtentSource(std::shared_ptr<ExtentFeatureSource> source)
{
    mExtentSource = std::move(source);
    mAwaitingFeatures = mExtentSource != nullptr;
}

void VectorLayer::setStyle(const LayerStyle &style)
{
    mStyle = style;
    mSymbology = FeatureSymbology::fromField(mStyle, features());
}

void VectorLayer::setStyle(const LayerStyle &style, std::span<const std::optional<double>> values)
{
    mStyle = style;
    mSymbology = FeatureSymbology::fromValues(mStyle, values);
}

} // namespace gis
