#pragma once

#include "canvas/maptool.h"
#include "layercoordinates.h"

#include "editing/snapper.h"

#include <QPointer>
#include <QPolygonF>
#include <QVector>

#include <memory>
#include <optional>

namespace core {
class EditSession;
class PlanProject;
} // namespace core

namespace app {

class MapCanvas;

// Moves whole features of the layer being edited: press on a selected feature (or on another
// one, which becomes the selection) and drag. Only the outlines of the moving features follow
// the pointer (the map is not redrawn during the drag); the grabbed point, a vertex when the
// press was on one, snaps to the vertices and edges of the snapping layers; releasing makes
// one undoable move by the offset in the layer's CRS; Esc during the drag leaves the features
// where they were.
class MoveFeatureTool : public MapTool
{
    Q_OBJECT
public:
    // The snapping tolerance the project sets, in pixels.
    double snapTolerance() const;

    MoveFeatureTool(MapCanvas *canvas, core::PlanProject &project, core::EditSession *session,
                    QStringList snapLayers, QObject *parent = nullptr);
    ~MoveFeatureTool() override;

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override; // Esc drops the drag
    void paint(QPainter &painter) const override;

private:
    struct Drag
    {
        QVector<qint64> features;
        gis::Point from; // layer CRS: the grabbed point
        gis::Point to;   // layer CRS: where it is now
        std::optional<core::SnapResult> snap;
        QVector<QPolygonF> outlines; // pixels, as the features were when grabbed
    };

    std::optional<std::size_t> featureAt(const QPointF &pixel) const;
    QVector<qint64> grab(std::size_t index);
    gis::Point grabbedPoint(const QPointF &pixel, const gis::Point &pointer);
    QVector<QPolygonF> outlinesOf(const QVector<qint64> &features) const;
    const core::Snapper &snapper();
    const core::Snapper &ownVertices();

    QPointer<MapCanvas> mCanvas;
    core::PlanProject &mProject;
    core::EditSession *mSession;
    QStringList mSnapLayers;
    LayerCoordinates mCoordinates;
    // Built when first needed after an edit, since the map shows the edits.
    std::unique_ptr<core::Snapper> mSnapper;
    std::unique_ptr<core::Snapper> mOwnVertices;
    std::optional<Drag> mDrag;
};

} // namespace app
