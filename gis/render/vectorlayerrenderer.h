#pragma once

#include "mapsettings.h"
#include "maptopixel.h"
#include "pixelclip.h"

#include <QPen>
#include <QPointF>
#include <QRectF>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QPainterPath;

namespace gis {

class LabelEngine;
class LevelOfDetail;
class ProjectedLayer;

// Draws the features of one layer that intersect the frame, and hands its labels to the
// label engine. Geometry is reduced to what the pixels can show: at coarse scales it is drawn
// from the layer's level of detail for the scale (vertices snapped to a sub-pixel grid), else
// vertices closer than a fraction of a pixel to the last drawn one are skipped; features, parts
// and holes a pixel or two across become one small rectangle. Under an opaque solid outline at
// least about a pixel wide the fill is drawn without antialiasing: the outline's antialiased
// edge covers the fill's, and an aliased fill costs Qt half as much. One renderer serves one
// thread.
class VectorLayerRenderer
{
public:
    VectorLayerRenderer(const LayerSnapshot &layer, const ProjectedLayer &data,
                        const MapSettings &settings, const MapToPixel &mapToPixel);

    void render(QPainter &painter, const std::atomic_bool &cancel, LabelEngine *labels,
                int layerOrder) const;
    // Draws the features that meet `region` (map units); no labels. False when cancelled.
    bool draw(QPainter &painter, const std::atomic_bool &cancel, const Box &region) const;
    void collectLabels(LabelEngine &labels, int layerOrder) const;

private:
    // Every feature with the layer's one symbol: the common case, kept lean.
    bool drawSingle(QPainter &painter, const std::atomic_bool &cancel, const Box &region) const;
    // Features grouped by their symbol, so that the pen and brush change once per class.
    bool drawBySymbol(QPainter &painter, const std::atomic_bool &cancel, const Box &region) const;
    void applySymbol(QPainter &painter, const Symbol &symbol) const;
    void drawFeature(QPainter &painter, std::size_t index) const;
    void drawPolygonPart(QPainter &painter, std::size_t part) const;
    void fillAndOutline(QPainter &painter, const QPointF *points, int count) const;
    void fillAndOutline(QPainter &painter, const QPainterPath &path) const;
    void drawLinePart(QPainter &painter, std::size_t part) const;
    QRectF ringToPixels(std::size_t ring, bool closed) const; // into mPixels; their bounds
    QRectF pixelBounds(std::size_t ring) const;
    bool isSubPixel(const QRectF &bounds) const;
    void addBlob(const QRectF &bounds) const;
    void drawDots(QPainter &painter) const;
    void drawMarkers(QPainter &painter, const MultiPoint &points, double radius) const;
    void addLabel(LabelEngine &labels, std::size_t index, int layerOrder) const;
    double markerRadiusPx(std::size_t index) const;

    const LayerSnapshot &mLayer;
    const ProjectedLayer &mData;
    const MapSettings &mSettings;
    const MapToPixel &mMapToPixel;
    int mLabelField = -1;
    std::shared_ptr<const LevelOfDetail> mLevel; // null: draw the full geometry
    QPointF mLevelOffset;                        // pixel of the level's grid origin
    double mLevelScale = 1.0;                    // pixels per grid cell
    double mScale;                               // pixels per map unit
    double mOffsetX;                             // pixel x of map x = 0
    double mOffsetY;                             // pixel y of map y = 0
    double mBlobPixels;                   // shapes narrower than this are drawn as one rectangle
    mutable bool mAliasedFill = false;    // fill without antialiasing, under an outline that hides
                                          // its edge
    mutable QPen mPen;                    // the outline of the symbol being drawn with
    mutable std::vector<QPointF> mPixels; // reused for every ring
    std::optional<PixelClip> mClip;       // vector outputs only (MapSettings::clipToOutput)
    mutable std::vector<QRectF> mDots;    // sub-pixel parts, drawn together
    mutable const Symbol *mSymbol;        // the symbol being drawn with
};

} // namespace gis
