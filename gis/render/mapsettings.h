#pragma once

#include "crs/crs.h"
#include "data/rastersource.h"
#include "geometry/geometry.h"
#include "layer/rasterlayer.h"
#include "layer/vectorlayer.h"
#include "render/symbol.h"

#include <QColor>
#include <QSize>

#include <algorithm>
#include <memory>
#include <vector>

namespace gis {

// What one layer contributes to a frame, copied from the layer on the GUI thread so that the
// render thread never touches a layer the user may be editing.
struct LayerSnapshot
{
    QString id;
    std::shared_ptr<ProjectionCache> data; // vector layers
    Symbol symbol;
    std::shared_ptr<const FeatureSymbology> symbology; // null: every feature has `symbol`
    LabelSettings labels;
    LayerKind kind = LayerKind::Vector;
    double opacity = 1.0; // of the layer as a whole, applied once its features are drawn
    ScaleRange scaleRange;
    std::shared_ptr<const RasterSource> raster; // raster layers
    // Per feature, text written after the label field's (labels.valueKey); may be null.
    std::shared_ptr<const std::vector<QString>> labelValues;
    // When set, the frame draws the features this source fetches for its extent instead of
    // `data`, with the values of `extentFields` (what labels read).
    std::shared_ptr<ExtentFeatureSource> extentSource;
    QStringList extentFields;

    // How far a feature's drawing reaches beyond its geometry (outline and marker), in mm.
    double reachMm() const;
};

// A value snapshot of everything a frame depends on. Layers are listed bottom first.
struct MapSettings
{
    Box extent;
    QSize outputSize{800, 600};
    double dpi = 96.0;
    Crs crs = Crs::wgs84();
    QColor background = Qt::white;
    std::vector<LayerSnapshot> layers;
    bool labelsEnabled = true;
    // Draw only the detail the pixels can show (levels of detail, sub-pixel vertices and
    // features reduced); off draws every vertex, for checks against the exact drawing.
    bool reduceDetail = true;
    // With reduceDetail, how much detail a printed map may also give up, in mm on the output:
    // vertices nearer than this merge. 0 keeps only what the pixels cannot show; export
    // quality presets (screen, print) set it to keep files small.
    double simplifyMm = 0.0;
    // Cut every shape to (a margin around) the output before it is drawn: for vector outputs
    // (PDF, SVG, print), which would otherwise keep all of a shape the frame shows a corner of.
    bool clipToOutput = false;

    Box visibleExtent() const; // extent grown to the output's aspect ratio
    double pixelsPerMm() const { return dpi / 25.4; }
    // The distance, in output pixels, below which vertices merge.
    double simplifyPixels(double subPixel) const
    {
        return std::max(subPixel, simplifyMm * pixelsPerMm());
    }
};

LayerSnapshot snapshotOf(const VectorLayer &layer);
LayerSnapshot snapshotOf(const RasterLayer &layer);

} // namespace gis
