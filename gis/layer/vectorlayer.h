#pragma once

#include "data/featurecollection.h"
#include "layersource.h"
#include "maplayer.h"
#include "projectedlayer.h"
#include "render/symbol.h"

#include <QString>

#include <map>
#include <memory>
#include <mutex>

namespace gis {

// Projections of one layer's features, built once per map CRS and shared by every frame and
// every thread that asks for them.
class ProjectionCache
{
public:
    explicit ProjectionCache(std::shared_ptr<const FeatureCollection> source);
    std::shared_ptr<const ProjectedLayer> projected(const Crs &crs, QString *error);
    std::shared_ptr<const FeatureCollection> source() const { return mSource; }

private:
    std::shared_ptr<const FeatureCollection> mSource;
    std::mutex mMutex;
    std::map<QString, std::shared_ptr<const ProjectedLayer>> mByCrs;
};

// A vector layer of a map: its data and how it is drawn.
class VectorLayer : public MapLayer
{
public:
    VectorLayer(const QString &id, std::shared_ptr<const FeatureCollection> features);

    const Symbol &symbol() const { return mSymbol; }
    void setSymbol(const Symbol &symbol) { mSymbol = symbol; }
    const LabelSettings &labels() const { return mLabels; }
    void setLabels(const LabelSettings &labels) { mLabels = labels; }
    // Text per feature (in the features' order) written after each label; null for none.
    const std::shared_ptr<const std::vector<QString>> &labelValues() const { return mLabelValues; }
    void setLabelValues(std::shared_ptr<const std::vector<QString>> values)
    {
        mLabelValues = std::move(values);
    }
    const LayerSource &source() const { return mSource; }
    void setSource(const LayerSource &source) { mSource = source; }

    const FeatureCollection &features() const { return *mCache->source(); }
    // New features (an edit): projections are made afresh, frames already under way keep
    // the old ones.
    void setFeatures(std::shared_ptr<const FeatureCollection> features);
    std::shared_ptr<ProjectionCache> projectionCache() const { return mCache; }

private:
    Symbol mSymbol;
    LabelSettings mLabels;
    std::shared_ptr<const std::vector<QString>> mLabelValues;
    LayerSource mSource;
    std::shared_ptr<ProjectionCache> mCache;
};

} // namespace gis
