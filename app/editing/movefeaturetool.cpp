#include "movefeaturetool.h"

#include "canvas/mapcanvas.h"

#include "editing/commands/movefeaturescommand.h"
#include "editing/editsession.h"
#include "editing/selectedfeatures.h"
#include "layer/featurepicker.h"
#include "project/planproject.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QUndoStack>

namespace app {

namespace {

bool samePoint(const gis::Point &a, const gis::Point &b)
{
    return a.x() == b.x() && a.y() == b.y();
}

template <typename Ring> QPolygonF toPixels(const Ring &ring, const LayerCoordinates &coordinates)
{
    QPolygonF pixels;
    pixels.reserve(qsizetype(ring.size()));
    for (const gis::Point &point : ring)
        pixels << coordinates.toPixel(point);
    return pixels;
}

} // namespace

MoveFeatureTool::MoveFeatureTool(MapCanvas *canvas, core::PlanProject &project,
                                 core::EditSession *session, QStringList snapLayers,
                                 QObject *parent)
    : MapTool(parent)
    , mCanvas(canvas)
    , mProject(project)
    , mSession(session)
    , mSnapLayers(std::move(snapLayers))
    , mCoordinates(canvas, project.crs(), session->base().crs)
{
    const auto stale = [this] {
        mSnapper.reset();
        mOwnVertices.reset();
    };
    for (auto signal : {&core::EditSession::geometryChanged, &core::EditSession::featureAdded,
                        &core::EditSession::featureRemoved})
        connect(session, signal, this, stale);
    connect(session, &core::EditSession::editsReplaced, this, stale);
}

MoveFeatureTool::~MoveFeatureTool() = default;

double MoveFeatureTool::snapTolerance() const
{
    return mProject.snappingSettings().tolerancePixels;
}

const core::Snapper &MoveFeatureTool::snapper()
{
    if (!mSnapper) {
        const core::SnappingSettings settings = mProject.snappingSettings();
        mSnapper = std::make_unique<core::Snapper>(
            mProject, mSnapLayers, core::SnapTargets{settings.vertices, settings.segments});
    }
    return *mSnapper;
}

const core::Snapper &MoveFeatureTool::ownVertices()
{
    if (!mOwnVertices)
        mOwnVertices = std::make_unique<core::Snapper>(mProject, QStringList{mSession->layerId()});
    return *mOwnVertices;
}

bool MoveFeatureTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mCanvas)
        return false;
    const QPointF pixel = event->position();
    const auto pointer = mCoordinates.toLayer(pixel);
    const auto index = featureAt(pixel);
    if (!pointer || !index)
        return false; // not on a feature: the map pans
    QVector<qint64> features = grab(*index);
    if (features.isEmpty())
        return false;
    const gis::Point from = grabbedPoint(pixel, *pointer);
    mDrag = Drag{features, from, from, std::nullopt, outlinesOf(features)};
    mCanvas->update();
    return true;
}

bool MoveFeatureTool::mouseMove(QMouseEvent *event)
{
    if (!mDrag)
        return false;
    const QPointF pixel = event->position();
    mDrag->snap = snapper().snap(mCanvas->toMap(pixel), mCanvas->unitsPerPixel(), snapTolerance());
    // The grabbed point's own place is no target: leaving it must move the features.
    if (mDrag->snap && mDrag->snap->layerId == mSession->layerId() &&
        samePoint(mDrag->snap->layerPoint, mDrag->from))
        mDrag->snap.reset();
    const auto snapped = mDrag->snap ? mDrag->snap->in(mCoordinates.layerCrs()) : std::nullopt;
    if (snapped)
        mDrag->to = *snapped;
    else if (const auto pointer = mCoordinates.toLayer(pixel))
        mDrag->to = *pointer;
    mCanvas->update(); // the outlines only; the map is drawn again after the move
    return true;
}

bool MoveFeatureTool::mouseRelease(QMouseEvent *event)
{
    if (!mDrag || event->button() != Qt::LeftButton)
        return false;
    const Drag drag = std::move(*mDrag);
    mDrag.reset();
    if (!samePoint(drag.to, drag.from)) {
        const double dx = drag.to.x() - drag.from.x(), dy = drag.to.y() - drag.from.y();
        if (auto command = core::MoveFeaturesCommand::create(mSession, drag.features, dx, dy))
            mSession->undoStack()->push(command.release());
    }
    mCanvas->update();
    return true;
}

bool MoveFeatureTool::keyPress(QKeyEvent *event)
{
    if (!mDrag || event->key() != Qt::Key_Escape)
        return false;
    mDrag.reset();
    mCanvas->update();
    return true;
}

std::optional<std::size_t> MoveFeatureTool::featureAt(const QPointF &pixel) const
{
    const auto point = mCoordinates.toLayer(pixel);
    const gis::VectorLayer *layer = mProject.layer(mSession->layerId());
    if (!point || !layer)
        return std::nullopt;
    QString error;
    const auto projected = layer->projectionCache()->projected(mCoordinates.layerCrs(), &error);
    if (!projected)
        return std::nullopt;
    const auto picked =
        gis::pickFeatures(*projected, *point, 4 * mCoordinates.unitsPerPixel(pixel));
    if (picked.empty())
        return std::nullopt;
    return picked.back(); // drawn on top
}

// The selection moves when the press is on one of its features; another feature becomes the
// selection and moves alone.
QVector<qint64> MoveFeatureTool::grab(std::size_t index)
{
    core::FeatureSelection *selection = mProject.selection();
    if (!selection->isSelected(mSession->layerId(), index))
        selection->selectOnly(mSession->layerId(), {index});
    return core::selectedFeatureIds(mProject, mSession->layerId());
}

// A press on a vertex grabs that vertex exactly, so it can land exactly on a snap target.
gis::Point MoveFeatureTool::grabbedPoint(const QPointF &pixel, const gis::Point &pointer)
{
    const auto vertex =
        ownVertices().snap(mCanvas->toMap(pixel), mCanvas->unitsPerPixel(), snapTolerance());
    if (vertex && vertex->kind == core::SnapKind::Vertex)
        return vertex->layerPoint;
    return pointer;
}

QVector<QPolygonF> MoveFeatureTool::outlinesOf(const QVector<qint64> &features) const
{
    QVector<QPolygonF> outlines;
    for (qint64 feature : features) {
        const auto geometry = mSession->geometry(feature);
        if (!geometry)
            continue;
        if (const auto *polygons = std::get_if<gis::MultiPolygon>(&*geometry)) {
            for (const gis::Polygon &polygon : *polygons) {
                outlines << toPixels(polygon.outer(), mCoordinates);
                for (const gis::Ring &hole : polygon.inners())
                    outlines << toPixels(hole, mCoordinates);
            }
        } else if (const auto *lines = std::get_if<gis::MultiLineString>(&*geometry)) {
            for (const gis::LineString &line : *lines)
                outlines << toPixels(line, mCoordinates);
        } else if (const auto *points = std::get_if<gis::MultiPoint>(&*geometry)) {
            outlines << toPixels(*points, mCoordinates);
        }
    }
    return outlines;
}

void MoveFeatureTool::paint(QPainter &painter) const
{
    if (!mDrag || !mCanvas)
        return;
    const QPointF grabbed = mCoordinates.toPixel(mDrag->from);
    const QPointF target = mCoordinates.toPixel(mDrag->to);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.translate(target - grabbed);
    painter.setPen(QPen(QColor(0xd0, 0x30, 0x30), 1.5, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    for (const QPolygonF &outline : mDrag->outlines)
        painter.drawPolyline(outline);
    painter.restore();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(mDrag->snap ? QColor(0xe6, 0x9f, 0x00) : QColor(0xd0, 0x30, 0x30));
    // A square marks a snap, a circle a free position.
    if (mDrag->snap)
        painter.drawRect(QRectF(target - QPointF(5, 5), QSizeF(10, 10)));
    else
        painter.drawEllipse(target, 4.5, 4.5);
    painter.restore();
}

} // namespace app
