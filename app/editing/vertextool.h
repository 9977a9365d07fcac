#pragma once

#include "canvas/maptool.h"

#include "crs/coordinatetransform.h"
#include "editing/commands/vertexcommands.h"
#include "editing/snapper.h"
#include "editing/snappingsettings.h"
#include "geometry/geodesicmeasure.h"

#include <QPointer>
#include <QPolygonF>

#include <map>
#include <memory>
#include <optional>

namespace core {
class EditSession;
class PlanProject;
} // namespace core

namespace app {

class MapCanvas;

// Edits the vertices of the layer being edited. Press on a vertex and drag it: a vertex the
// zone shares with its neighbours moves in all of them. Press on a segment (away from its
// vertices) and drag: both its ends move by the same offset, in every zone that shares them.
// Double-click on a segment: a vertex is inserted there, in every zone that has that segment.
// Hovering shows where a press would land (a square on a vertex, a diamond on a segment).
// While dragging, only a rubber band of the moved edges is drawn (the map is not redrawn, so
// even the largest polygons follow the pointer at display rate) with the changed areas beside
// it; a dragged vertex snaps to the layers and within the tolerance of the snapping settings;
// releasing makes one undoable edit. Delete removes the vertex last pressed.
//
// The indexes a press and a snap search are kept up to date edit by edit (Snapper::update),
// so that no edit makes the next press read the whole layer again.
class VertexTool : public MapTool
{
    Q_OBJECT
public:
    VertexTool(MapCanvas *canvas, const core::PlanProject &project, core::EditSession *session,
               QStringList snapLayers, const core::SnappingSettings &snapping = {},
               QObject *parent = nullptr);
    ~VertexTool() override;

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) const override;

    core::EditSession *session() const { return mSession; }
    const QStringList &snapLayers() const { return mSnapLayers; }
    const core::SnappingSettings &snappingSettings() const { return mSettings; }
    // What the label beside the rubber band says: each changed zone's area and its change.
    QString liveAreaText() const { return mAreaText; }
    // More the label says while a drag lasts: the dragged zones' figures against saved
    // ("+3.2 km², +2 projects"), which the live checks work out.
    void setLiveNote(const QString &note);
    QString liveNote() const { return mLiveNote; }
    // Where a press would land now (shown as the hover marker), if anywhere.
    const std::optional<core::SnapResult> &hovered() const { return mHover; }
    // Where the dragged vertex would land now, when it snapped.
    std::optional<core::SnapResult> dragSnap() const;

signals:
    // A zone as it would be if the drag ended here (layer CRS), for live figures elsewhere.
    void tentativeGeometry(qint64 feature, const gis::Geometry &geometry);
    // The drag ended, with an edit or without one (released where it started).
    void dragFinished();

private:
    // A rubber band edge: from a fixed point to one of the moved ends.
    struct Edge
    {
        gis::Point fixed; // layer CRS
        int end;
    };
    struct Drag
    {
        core::SnapKind kind;
        QVector<core::FeatureVertex> vertices; // every vertex moved, in every zone
        gis::Point from;                       // layer CRS: the vertex, or where the segment was
        std::vector<gis::Point> ends;          // layer CRS: the vertex, or the segment's two ends
        std::vector<Edge> edges;
        std::optional<core::SnapResult> snap;
        gis::Point to; // layer CRS
        QPointF pressed;
        QPointF pointer;
        bool started = false; // past the drag distance: a click moves nothing
        // Each changed zone's area when pressed, measured once: a big zone is measured
        // again only as it will be, once per pointer move.
        std::map<qint64, std::optional<double>> areasBefore;
    };

    void pressOnVertex(const core::SnapResult &picked, const QPointF &pixel);
    void pressOnSegment(const core::SnapResult &picked, const QPointF &pixel);
    void insertVertex(const core::SnapResult &picked, const QPointF &pixel);
    void updateHover(const QPointF &pixel);
    void dragTo(const QPointF &pixel);
    gis::Point movedEnd(const Drag &drag, int end) const;
    std::optional<std::pair<gis::Point, gis::Point>> segmentEnds(const core::SnapResult &at) const;
    std::vector<qint64> candidatesNear(const gis::Point &point, double tolerance);
    std::optional<gis::Point> toLayer(const QPointF &pixel) const;
    QPointF toPixel(const gis::Point &layerPoint) const;
    double layerUnitsPerPixel(const QPointF &pixel) const;
    std::vector<gis::Point> neighboursOf(const QVector<core::FeatureVertex> &vertices) const;
    void updateArea();
    void featureChanged(qint64 feature);
    void paintHover(QPainter &painter) const;

    QPointer<MapCanvas> mCanvas;
    core::EditSession *mSession;
    gis::Crs mLayerCrs;
    gis::CoordinateTransform mMapToLayer;
    gis::CoordinateTransform mLayerToMap;
    // Built from the layers when first needed, then kept current edit by edit.
    core::Snapper &ownVertices();
    core::Snapper &snapper();

    const core::PlanProject &mProject;
    QStringList mSnapLayers;
    core::SnappingSettings mSettings;
    std::unique_ptr<core::Snapper> mOwnVertices; // the edited layer alone: what a press picks
    std::unique_ptr<core::Snapper> mSnapper;     // the snapping layers: where a drag lands
    gis::GeodesicMeasurer mMeasurer;
    std::optional<Drag> mDrag;
    std::optional<core::SnapResult> mHover;
    std::optional<std::pair<gis::Point, gis::Point>> mHoverSegment; // layer CRS
    QVector<core::FeatureVertex> mPicked; // the vertex last pressed, for Delete
    QString mAreaText;
    QString mLiveNote;
};

} // namespace app
