#pragma once

#include "crs/coordinatetransform.h"
#include "editing/snapper.h"

#include <QObject>
#include <QPointF>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace core {
class EditSession;
class PlanProject;
} // namespace core

namespace app {

class MapCanvas;

// The clicks that draw a path or outline on the map, for the drawing tools (new zone, split,
// reshape). Points are kept in the edited layer's own CRS: each click is snapped to the
// vertices and edges of the snapping layers (a snap takes the target's exact coordinates) or
// carried from the map by PROJ. A marker shows where the pointer would snap and a rubber band
// follows it. Backspace takes the last point back, Esc gives the path up; a double click,
// Enter or a right click finishes it.
class PathDigitizer : public QObject
{
    Q_OBJECT
public:
    // The snapping tolerance the project sets, in pixels.
    double snapTolerance() const;

    PathDigitizer(MapCanvas *canvas, const core::PlanProject &project, core::EditSession *session,
                  QStringList snapLayers, QObject *parent = nullptr);
    ~PathDigitizer() override;

    // An outline (the rubber band closes back to the first point) or an open path.
    void setClosed(bool closed) { mClosed = closed; }
    // Fewer points than this cannot be finished.
    void setMinimumPoints(int count) { mMinimumPoints = count; }

    // The canvas's events, as a MapTool gets them: true when taken.
    bool mousePress(QMouseEvent *event);
    bool mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    bool keyPress(QKeyEvent *event);
    void paint(QPainter &painter) const;

    bool isDrawing() const { return !mPoints.empty(); }
    const std::vector<gis::Point> &points() const { return mPoints; } // layer CRS
    // Where the pointer is (snapped), in the layer CRS: the point the next click would add.
    std::optional<gis::Point> pointer() const { return mPointer; }
    QPointF pointerPixel() const { return mPointerPixel; }
    void clear();

    const gis::Crs &layerCrs() const { return mLayerCrs; }
    QPointF toPixel(const gis::Point &layerPoint) const;
    // Layer units one pixel spans where the pointer is: what "near" means in the layer CRS.
    double layerUnitsPerPixel() const;
    // Tells the planner something (why an edit was refused): in the window's status bar and
    // on the map until the next click.
    void showMessage(const QString &text);
    QString message() const { return mMessage; }

signals:
    void changed();
    void finished(const gis::LineString &layerPath);

private:
    std::optional<gis::Point> toLayer(const QPointF &pixel) const;
    void track(const QPointF &pixel);
    void addPoint(const QPointF &pixel);
    void finish();
    const core::Snapper &snapper();

    QPointer<MapCanvas> mCanvas;
    const core::PlanProject &mProject;
    QStringList mSnapLayers;
    gis::Crs mLayerCrs;
    gis::CoordinateTransform mMapToLayer;
    gis::CoordinateTransform mLayerToMap;
    std::unique_ptr<core::Snapper> mSnapper; // built when first needed after an edit
    bool mClosed = false;
    int mMinimumPoints = 2;
    std::vector<gis::Point> mPoints;
    std::optional<gis::Point> mPointer;
    std::optional<core::SnapResult> mSnap;
    QPointF mPointerPixel;
    QString mMessage;
};

} // namespace app
