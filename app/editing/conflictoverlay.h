#pragma once

#include "canvas/mapoverlay.h"

#include "geometry/geometry.h"

#include <optional>

namespace app {

// The two versions of a feature a save refused, over the map: theirs (what the database holds
// now) hatched in orange with a dashed outline, mine (the session's edit) outlined in blue, each
// labelled, so the planner sees what choosing one or the other means. Geometries are in the
// map's CRS; a side that deleted the feature has none.
class ConflictOverlay : public MapOverlay
{
    Q_OBJECT
public:
    using MapOverlay::MapOverlay;

    void setVersions(std::optional<gis::Geometry> theirs, std::optional<gis::Geometry> mine);
    void clear() { setVersions(std::nullopt, std::nullopt); }
    bool isEmpty() const { return !mTheirs && !mMine; }
    void paint(QPainter &painter, const MapCanvas &canvas) const override;

private:
    std::optional<gis::Geometry> mTheirs;
    std::optional<gis::Geometry> mMine;
};

} // namespace app
