#pragma once

#include "canvas/maptool.h"
#include "layercoordinates.h"

#include <QPointer>

#include <optional>
#include <vector>

namespace core {
class EditSession;
class PlanProject;
} // namespace core

namespace app {

class MapCanvas;

// Selects features of the layer being edited. A click selects the feature under the pointer,
// a drag selects what its rectangle touches; in polygon mode clicks place the corners of a
// lasso that a double-click or Enter closes (Esc drops it) and what it touches is selected.
// Shift adds to the selection, Ctrl toggles. Picking runs in the layer's own CRS on its
// R-tree. A double-click on a feature asks for its attribute form.
class SelectTool : public MapTool
{
    Q_OBJECT
public:
    enum class Shape { Rectangle, Polygon };
    static constexpr double tolerancePixels = 4.0;

    SelectTool(MapCanvas *canvas, core::PlanProject &project, core::EditSession *session,
               Shape shape, QObject *parent = nullptr);

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) const override;

    Shape shape() const { return mShape; }

signals:
    // A double-click on a feature (selected by then): its attributes are to be edited.
    void attributesRequested();

private:
    enum class Combine { Replace, Add, Toggle };
    static Combine combineFor(Qt::KeyboardModifiers modifiers);

    void selectAt(const QPointF &pixel, Combine combine);
    void selectTouching(gis::Polygon area, Combine combine);
    void apply(const std::vector<std::size_t> &picked, Combine combine);
    gis::Polygon rectangleInLayer(const QRectF &pixels) const;
    void closeLasso(Qt::KeyboardModifiers modifiers);

    QPointer<MapCanvas> mCanvas;
    core::PlanProject &mProject;
    core::EditSession *mSession;
    Shape mShape;
    LayerCoordinates mCoordinates;
    std::optional<QPointF> mPressed; // a click or the corner a rectangle starts from
    QPointF mPointer;
    bool mDragging = false;
    std::vector<gis::Point> mLasso; // layer CRS
};

} // namespace app
