#pragma once

#include "canvas/maptool.h"

#include "geometry/geometry.h"

#include <QPointer>

namespace core {
class EditSession;
class PlanProject;
} // namespace core

namespace app {

class MapCanvas;
class PathDigitizer;

// Splits zones of the edited layer along a drawn line: every zone it cuts right across is cut
// (SplitFeatureCommand), all in one undo step; a line that cuts nothing says why.
class SplitTool : public MapTool
{
    Q_OBJECT
public:
    SplitTool(MapCanvas *canvas, const core::PlanProject &project, core::EditSession *session,
              QStringList snapLayers, QObject *parent = nullptr);

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) const override;

    PathDigitizer *digitizer() const { return mDigitizer; }

private:
    void split(const gis::LineString &line);

    core::EditSession *mSession;
    PathDigitizer *mDigitizer;
};

} // namespace app
