#include "mapsettings.h"

#include "maptopixel.h"

#include <algorithm>

namespace gis {

Box MapSettings::visibleExtent() const
{
    return fitExtentToSize(extent, outputSize);
}

double LayerSnapshot::reachMm() const
{
    const double own = symbol.strokeWidthMm + symbol.markerSizeMm;
    return symbology ? std::max(own, symbology->reachMm()) : own;
}

LayerSnapshot snapshotOf(const VectorLayer &layer)
{
    LayerSnapshot snapshot;
    snapshot.id = layer.id();
    snapshot.data = layer.projectionCache();
    snapshot.symbol = layer.symbol();
    snapshot.symbology = layer.symbology();
    snapshot.labels = layer.labels();
    snapshot.labelValues = layer.labelValues();
    snapshot.opacity = layer.opacity();
    snapshot.scaleRange = layer.scaleRange();
    // Thematic symbols and label figures are per feature of the full collection, by position:
    // such a layer draws from its features in memory (features fetched per frame have other
    // positions).
    if (layer.extentSource() && !layer.symbology() && !layer.labelValues()) {
        snapshot.extentSource = layer.extentSource();
        if (layer.labels().enabled && !layer.labels().field.isEmpty())
            snapshot.extentFields.push_back(layer.labels().field);
    }
    return snapshot;
}

LayerSnapshot snapshotOf(const RasterLayer &layer)
{
    LayerSnapshot snapshot;
    snapshot.id = layer.id();
    snapshot.kind = LayerKind::Raster;
    snapshot.opacity = layer.opacity();
    snapshot.scaleRange = layer.scaleRange();
    snapshot.raster = layer.source();
    return snapshot;
}

} // namespace gis
