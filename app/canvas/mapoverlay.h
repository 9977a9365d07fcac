#pragma once

#include <QObject>

class QPainter;

namespace app {

class MapCanvas;

// Something drawn over the map whatever the tool (validation problems), without redrawing the
// map: the canvas paints its overlays after each frame, below the tool's rubber bands.
class MapOverlay : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void paint(QPainter &painter, const MapCanvas &canvas) const = 0;
};

} // namespace app
