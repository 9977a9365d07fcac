#pragma once

#include "canvas/mapoverlay.h"
#include "validationentry.h"

#include <vector>

namespace app {

// The validation problems on the map: overlaps and gaps hatched in red, an invalid zone
// outlined with a marker and Boost.Geometry's reason beside it.
class ValidationOverlay : public MapOverlay
{
    Q_OBJECT
public:
    using MapOverlay::MapOverlay;

    void setEntries(std::vector<ValidationEntry> entries) { mEntries = std::move(entries); }
    void paint(QPainter &painter, const MapCanvas &canvas) const override;

private:
    std::vector<ValidationEntry> mEntries;
};

} // namespace app
