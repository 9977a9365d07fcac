#pragma once

#include "labelengine.h"
#include "mapsettings.h"

#include <QImage>
#include <QStringList>

#include <atomic>

class QPainter;

namespace gis {

struct RenderResult
{
    QImage image;
    std::vector<PlacedLabel> labels;
    QStringList errors; // one per layer that could not be drawn; the others still are
    bool cancelled = false;
};

// Renders a MapSettings snapshot onto any paint device: the one code path behind the canvas,
// image export and (later) print. Safe to run on a worker thread. renderImage() draws the
// frame in horizontal bands on all cores (integer offsets, so antialiasing is the same as in
// one piece), then places and draws the labels over the whole frame.
class MapRenderer
{
public:
    explicit MapRenderer(MapSettings settings);

    RenderResult renderImage(const std::atomic_bool &cancel) const;
    void render(QPainter &painter, const std::atomic_bool &cancel, RenderResult &result) const;

    const MapSettings &settings() const { return mSettings; }

private:
    struct ResolvedLayer;
    std::vector<ResolvedLayer> resolveLayers(const std::atomic_bool &cancel,
                                             RenderResult &result) const;
    // The features an extent source fetches for this frame, in the map CRS.
    std::shared_ptr<const ProjectedLayer>
    fetchForFrame(const LayerSnapshot &layer, const std::atomic_bool &cancel, QString *error) const;
    void drawBands(QImage &image, const std::vector<ResolvedLayer> &layers,
                   const std::atomic_bool &cancel) const;
    void drawBand(QImage &image, int top, int height, const std::vector<ResolvedLayer> &layers,
                  const std::atomic_bool &cancel) const;
    // Every layer in one pass, rasters and translucent layers included; false when cancelled.
    bool drawLayers(QPainter &painter, const std::vector<ResolvedLayer> &layers,
                    const std::atomic_bool &cancel, RenderResult &result) const;
    void drawLabels(QPainter &painter, const std::vector<ResolvedLayer> &layers,
                    RenderResult &result) const;

    MapSettings mSettings;
};

} // namespace gis
