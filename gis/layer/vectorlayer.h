#pragma once

#include "data/featurecollection.h"
#include "layersource.h"
#include "maplayer.h"
#include "projectedlayer.h"
#include "render/featuresymbology.h"
#include "render/layerstyle.h"

#include <QString>

#include <map>
#include <memory>
#include <mutex>

namespace gis {

class ExtentFeatureSource;

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

    // The single symbol, and the base of a thematic style's symbols.
    const Symbol &symbol() const { return mStyle.symbol; }
    void setSymbol(const Symbol &symbol) { mStyle.symbol = symbol; }
    const LayerStyle &style() const { return mStyle; }
    // The style with its values read from its field.
    void setStyle(const LayerStyle &style);
    // The style with values supplied per feature (an indicator joined from elsewhere).
    void setStyle(const LayerStyle &style, std::span<const std::optional<double>> values);
    // Null for a single symbol.
    std::shared_ptr<const FeatureSymbology> symbology() const { return mSymbology; }
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
    // the old ones. For a layer drawn from an extent source, the first call brings the full
    // collection awaited (see below), and frames keep to the source; any later call is an
    // edit, and frames draw these features from then on.
    void setFeatures(std::shared_ptr<const FeatureCollection> features);
    std::shared_ptr<ProjectionCache> projectionCache() const { return mCache; }

    // A layer too large to download before it shows (a database table): frames fetch the
    // features in their extent from `source`, while features() holds only the schema until
    // the full collection is read in the background and handed to setFeatures().
    void setExtentSource(std::shared_ptr<ExtentFeatureSource> source);
    // Null once an edit has replaced the features (or for a layer read whole).
    const std::shared_ptr<ExtentFeatureSource> &extentSource() const { return mExtentSource; }
    // True until the full collection has been handed over: features() is the schema only.
    bool isAwaitingFeatures() const { return mAwaitingFeatures; }

private:
    LayerStyle mStyle;
    std::shared_ptr<const FeatureSymbology> mSymbology;
    LabelSettings mLabels;
    std::shared_ptr<const std::vector<QString>> mLabelValues;
    LayerSource mSource;
    std::shared_ptr<ProjectionCache> mCache;
    std::shared_ptr<ExtentFeatureSource> mExtentSource;
    bool mAwaitingFeatures = false;
};

} // namespace gis
