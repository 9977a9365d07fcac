#pragma once

#include "canvas/maptool.h"

#include "crs/coordinatetransform.h"
#include "editing/commands/vertexcommands.h"
#include "editing/snapper.h"
#include "geometry/geodesicmeasure.h"

#include <QPointer>
#include <QPolygonF>

#include <memory>
#include <optional>

namespace core {
class EditSession;
class PlanProject;
} // namespace core

namespace app {

class MapCanvas;

// Moves the vertices of the layer being edited: press on a vertex and drag it; a vertex the
// zone shares with its neighbours moves in all of them. While dragging, only a rubber band of
// the edges at the vertex is drawn (the map is not redrawn, so even the largest polygons follow
// the pointer at display rate) with the changed areas beside it; the pointer snaps to the
// vertices and edges of the snapping layers; releasing makes one undoable move. Delete removes
// the vertex last pressed.
class VertexTool : public MapTool
{
    Q_OBJECT
public:
    static constexpr double tolerancePixels = 8.0;

    VertexTool(MapCanvas *canvas, const core::PlanProject &project, core::EditSession *session,
               QStringList snapLayers, QObject *parent = nullptr);
    ~VertexTool() override;

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) const override;

    core::EditSession *session() const { return mSession; }
    // What the label beside the rubber band says: each changed zone's area and its change.
    QString liveAreaText() const { return mAreaText; }

signals:
    // A zone as it would be if the drag ended here (layer CRS), for live figures elsewhere.
    void tentativeGeometry(qint64 feature, const gis::Geometry &geometry);

private:
    struct Drag
    {
        QVector<core::FeatureVertex> vertices;
        gis::Point from;                    // layer CRS
        std::vector<gis::Point> neighbours; // layer CRS: the other ends of the moved edges
        std::optional<core::SnapResult> snap;
        gis::Point to; // layer CRS
        QPointF pointer;
    };

    std::optional<gis::Point> toLayer(const QPointF &pixel) const;
    QPointF toPixel(const gis::Point &layerPoint) const;
    double layerUnitsPerPixel(const QPointF &pixel) const;
    std::vector<gis::Point> neighboursOf(const QVector<core::FeatureVertex> &vertices) const;
    void updateArea();

    QPointer<MapCanvas> mCanvas;
    core::EditSession *mSession;
    gis::Crs mLayerCrs;
    gis::CoordinateTransform mMapToLayer;
    gis::CoordinateTransform mLayerToMap;
    // Built from the layers as they are when first needed after an edit (the map shows the
    // edits, so the snapshot would go stale).
    const core::Snapper &ownVertices();
    const core::Snapper &snapper();

    const core::PlanProject &mProject;
    QStringList mSnapLayers;
    std::unique_ptr<core::Snapper> mOwnVertices; // the edited layer alone: what a press picks
    std::unique_ptr<core::Snapper> mSnapper;     // the snapping layers: where a drag lands
    gis::GeodesicMeasurer mMeasurer;
    std::optional<Drag> mDrag;
    QVector<core::FeatureVertex> mPicked; // the vertex last pressed, for Delete
    QString mAreaText;
};

} // namespace app
