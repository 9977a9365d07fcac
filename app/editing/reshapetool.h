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

// Redraws part of a zone's boundary: draw a path from one point of the boundary to another;
// the boundary between them follows the path instead (outside the zone it adds area, inside
// it takes area off). When the boundary is shared, the path is taken for the zone it cuts
// into. If the new outline overlaps a neighbour, or gives up area along an edge a neighbour
// shares, the planner first sees the zone fitted to its neighbours (overlap clipped, the
// freed area handed to the neighbour) and chooses. One undo step, neighbours included.
class ReshapeTool : public MapTool
{
    Q_OBJECT
public:
    ReshapeTool(MapCanvas *canvas, const core::PlanProject &project, core::EditSession *session,
                QStringList snapLayers, QObject *parent = nullptr);
    ~ReshapeTool() override;

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) const override;

    NeighbourFitPreview *preview() const { return mPreview; }
    PathDigitizer *digitizer() const { return mDigitizer; }

private:
    void reshape(const gis::LineString &path);
    void decide(NeighbourFitPreview::Choice choice);

    QPointer<MapCanvas> mCanvas;
    core::EditSession *mSession;
    gis::GeodesicMeasurer mMeasurer;
    PathDigitizer *mDigitizer;
    QPointer<NeighbourFitPreview> mPreview;
    qint64 mZone = 0; // the zone the preview is for
};

} // namespace app
