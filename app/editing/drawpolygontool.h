#pragma once

#include "canvas/maptool.h"

#include "geometry/geodesicmeasure.h"
#include "neighbourfitpreview.h"

#include <QPointer>

namespace core {
class EditSession;
class PlanProject;
} // namespace core

namespace app {

class MapCanvas;
class PathDigitizer;

// Draws a new zone in the edited layer: click its corners (snapping to neighbours), finish
// with a double click, Enter or a right click. While drawing, the area and perimeter of the
// outline closed at the pointer follow it (QGIS shows neither, qgis#50789). A zone that
// overlaps its neighbours is not added until the planner has seen the clipped result and
// chosen: clip, keep as drawn, or cancel. One undo step.
class DrawPolygonTool : public MapTool
{
    Q_OBJECT
public:
    DrawPolygonTool(MapCanvas *canvas, const core::PlanProject &project, core::EditSession *session,
                    QStringList snapLayers, QObject *parent = nullptr);
    ~DrawPolygonTool() override;

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) const override;

    // The geodesic area and perimeter of the outline closed at the pointer, as shown.
    QString liveSizeText() const { return mSizeText; }
    // Open while the planner decides how a drawn zone meets its neighbours.
    NeighbourFitPreview *preview() const { return mPreview; }
    PathDigitizer *digitizer() const { return mDigitizer; }

signals:
    // A zone was added (its id in the session): where its attributes are asked for.
    void featureDrawn(qint64 feature);

private:
    void updateSize();
    void drawn(const gis::LineString &outline);
    void decide(NeighbourFitPreview::Choice choice);
    void add(const gis::MultiPolygon &zone);

    QPointer<MapCanvas> mCanvas;
    core::EditSession *mSession;
    gis::GeodesicMeasurer mMeasurer;
    PathDigitizer *mDigitizer;
    QPointer<NeighbourFitPreview> mPreview;
    QString mSizeText;
};

} // namespace app
