#pragma once

#include <QObject>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace app {

// Something the pointer does on the map besides panning (moving vertices, drawing zones). The
// canvas offers it every event first; an event it does not take (returns false) pans and
// clicks as usual. It paints its own overlay (rubber bands, markers) over the map.
class MapTool : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool mousePress(QMouseEvent *event) = 0;
    virtual bool mouseMove(QMouseEvent *event) = 0;
    virtual bool mouseRelease(QMouseEvent *event) = 0;
    virtual bool keyPress(QKeyEvent *) { return false; }
    virtual void paint(QPainter &painter) const = 0;
};

} // namespace app
