#include "mapsettings.h"

#include "maptopixel.h"

namespace gis {

Box MapSettings::visibleExtent() const
{
    return fitExtentToSize(extent, outputSize);
}

LayerSnapshot snapshotOf(const VectorLayer &layer)
{
    return {layer.id(), layer.projectionCache(), layer.symbol(), layer.labels()};
}

} // namespace gis
