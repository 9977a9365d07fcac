#pragma once

#include "mapsettings.h"
#include "maptopixel.h"

#include <atomic>

class QPainter;

namespace gis {

class LabelEngine;
class ProjectedLayer;

// Draws the features of one layer that intersect the frame, and hands its labels to the
// label engine. Geometry is reduced to what the pixels can show: vertices closer than a
// fraction of a pixel to the last drawn one are skipped, and features smaller than a pixel
// become a single dot.
class VectorLayerRenderer
{
public:
    VectorLayerRenderer(const LayerSnapshot &layer, const ProjectedLayer &data,
                        const MapSettings &settings, const MapToPixel &mapToPixel);

    void render(QPainter &painter, const std::atomic_bool &cancel, LabelEngine *labels,
                int layerOrder) const;

private:
    void drawFeature(QPainter &painter, std::size_t index) const;
    void drawPolygons(QPainter &painter, const MultiPolygon &polygons) const;
    void drawLines(QPainter &painter, const MultiLineString &lines) const;
    void drawMarkers(QPainter &painter, const MultiPoint &points) const;
    void addLabel(LabelEngine &labels, std::size_t index, int layerOrder) const;
    double markerRadiusPx() const;

    const LayerSnapshot &mLayer;
    const ProjectedLayer &mData;
    const MapSettings &mSettings;
    const MapToPixel &mMapToPixel;
    int mLabelField = -1;
};

} // namespace gis
