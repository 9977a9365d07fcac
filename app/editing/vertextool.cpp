#include "vertextool.h"

#include "canvas/mapcanvas.h"

#include "editing/editsession.h"
#include "editing/sharedvertices.h"
#include "project/planproject.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QUndoStack>

#include <set>

namespace app {

namespace {

// The vertices before and after a vertex in its ring or line (a ring wraps around).
void addNeighbours(const gis::Geometry &geometry, const gis::VertexId &id,
                   std::vector<gis::Point> &out)
{
    const auto at = [&](int index) {
        return gis::vertexAt(geometry, {id.part, id.ring, index});
    };
    const bool ring = std::holds_alternative<gis::MultiPolygon>(geometry);
    int count = 0;
    while (at(count))
        ++count;
    const int last = ring ? count - 1 : count; // a ring's closing vertex repeats the first
    const int before = id.vertex > 0 ? id.vertex - 1 : (ring ? last - 1 : -1);
    const int after = id.vertex + 1 < last ? id.vertex + 1 : (ring ? 0 : -1);
    for (int index : {before, after}) {
        if (index >= 0 && index != id.vertex)
            if (const auto point = at(index))
                out.push_back(*point);
    }
}

bool samePoint(const gis::Point &a, const gis::Point &b)
{
    return a.x() == b.x() && a.y() == b.y();
}

QString areaText(double squareMetres)
{
    return QLocale().toString(squareMetres / 1e6, 'f', 3);
}

gis::Box around(const gis::Point &point, double tolerance)
{
    return {gis::Point(point.x() - tolerance, point.y() - tolerance),
            gis::Point(point.x() + tolerance, point.y() + tolerance)};
}

const QColor kSnapColour(0xe6, 0x9f, 0x00);
const QColor kFreeColour(0xd0, 0x30, 0x30);

} // namespace

VertexTool::VertexTool(MapCanvas *canvas, const core::PlanProject &project,
                       core::EditSession *session, QStringList snapLayers,
                       const core::SnappingSettings &snapping, QObject *parent)
    : MapTool(parent)
    , mCanvas(canvas)
    , mSession(session)
    , mLayerCrs(session->base().crs)
    , mMapToLayer(project.crs(), mLayerCrs)
    , mLayerToMap(mLayerCrs, project.crs())
    , mProject(project)
    , mSnapLayers(std::move(snapLayers))
    , mSettings(snapping)
    , mMeasurer(mLayerCrs)
{
    mMeasurer.rememberRecent(8); // a drag's frames measured by their change
    for (auto signal : {&core::EditSession::geometryChanged, &core::EditSession::featureAdded,
                        &core::EditSession::featureRemoved})
        connect(session, signal, this, &VertexTool::featureChanged);
    connect(session, &core::EditSession::editsReplaced, this, [this] {
        mOwnVertices.reset();
        mSnapper.reset();
        mHover.reset();
    });
    // Another layer to snap to changed (edited in its own session): its snapshot is stale.
    connect(&project, &core::PlanProject::layerDataChanged, this, [this](const QString &id) {
        if (id != mSession->layerId() && mSnapLayers.contains(id))
            mSnapper.reset();
    });
}

VertexTool::~VertexTool() = default;

void VertexTool::featureChanged(qint64 feature)
{
    const auto geometry = mSession->geometry(feature);
    for (core::Snapper *index : {mOwnVertices.get(), mSnapper.get()}) {
        if (index)
            index->update(mSession->layerId(), feature, geometry);
    }
    mHover.reset(); // it may point at a vertex that moved
}

core::Snapper &VertexTool::ownVertices()
{
    if (!mOwnVertices)
        mOwnVertices = std::make_unique<core::Snapper>(mProject, QStringList{mSession->layerId()});
    return *mOwnVertices;
}

core::Snapper &VertexTool::snapper()
{
    if (!mSnapper)
        mSnapper = std::make_unique<core::Snapper>(
            mProject, mSnapLayers, core::SnapTargets{mSettings.vertices, mSettings.segments});
    return *mSnapper;
}

std::optional<core::SnapResult> VertexTool::dragSnap() const
{
    return mDrag ? mDrag->snap : std::nullopt;
}

std::optional<gis::Point> VertexTool::toLayer(const QPointF &pixel) const
{
    if (!mCanvas || !mMapToLayer.isValid())
        return std::nullopt;
    return mMapToLayer.transform(mCanvas->toMap(pixel));
}

QPointF VertexTool::toPixel(const gis::Point &layerPoint) const
{
    return mCanvas->toPixel(mLayerToMap.transform(layerPoint));
}

double VertexTool::layerUnitsPerPixel(const QPointF &pixel) const
{
    const auto a = toLayer(pixel), b = toLayer(pixel + QPointF(1, 1));
    return a && b ? std::max(std::abs(b->x() - a->x()), std::abs(b->y() - a->y())) : 0.0;
}

std::vector<qint64> VertexTool::candidatesNear(const gis::Point &point, double tolerance)
{
    return ownVertices().featuresIn(mSession->layerId(), around(point, tolerance));
}

std::optional<std::pair<gis::Point, gis::Point>>
VertexTool::segmentEnds(const core::SnapResult &at) const
{
    const auto geometry = mSession->geometry(at.feature);
    if (!geometry)
        return std::nullopt;
    const auto a = gis::vertexAt(*geometry, at.vertex);
    const auto b = gis::vertexAt(*geometry, {at.vertex.part, at.vertex.ring, at.vertex.vertex + 1});
    if (!a || !b)
        return std::nullopt;
    return std::pair{*a, *b};
}

bool VertexTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mCanvas)
        return false;
    const auto picked = ownVertices().snap(mCanvas->toMap(event->position()),
                                           mCanvas->unitsPerPixel(), mSettings.tolerancePixels);
    if (!picked)
        return false; // not on the layer's outlines: the map pans
    mHover.reset();
    if (event->type() == QEvent::MouseButtonDblClick) {
        mDrag.reset(); // the press before it moved nothing
        if (picked->kind == core::SnapKind::Segment)
            insertVertex(*picked, event->position());
        return true;
    }
    if (picked->kind == core::SnapKind::Vertex)
        pressOnVertex(*picked, event->position());
    else
        pressOnSegment(*picked, event->position());
    if (!mDrag)
        return false;
    updateArea();
    mCanvas->update();
    return true;
}

void VertexTool::pressOnVertex(const core::SnapResult &picked, const QPointF &pixel)
{
    // Every vertex on that point, in every zone: shared edges move together.
    const double exact = layerUnitsPerPixel(pixel) * 1e-6;
    mPicked = core::SharedVertices::at(*mSession, picked.layerPoint, exact,
                                       candidatesNear(picked.layerPoint, exact));
    if (mPicked.isEmpty())
        return;
    Drag drag{core::SnapKind::Vertex,
              mPicked,
              picked.layerPoint,
              {picked.layerPoint},
              {},
              std::nullopt,
              picked.layerPoint,
              pixel,
              pixel,
              false,
              {}};
    for (const gis::Point &neighbour : neighboursOf(mPicked))
        drag.edges.push_back({neighbour, 0});
    mDrag = std::move(drag);
}

void VertexTool::pressOnSegment(const core::SnapResult &picked, const QPointF &pixel)
{
    mPicked.clear();
    const auto ends = segmentEnds(picked);
    if (!ends)
        return;
    const auto [a, b] = *ends;
    const double exact = layerUnitsPerPixel(pixel) * 1e-6;
    const auto atA = core::SharedVertices::at(*mSession, a, exact, candidatesNear(a, exact));
    const auto atB = core::SharedVertices::at(*mSession, b, exact, candidatesNear(b, exact));
    if (atA.isEmpty() || atB.isEmpty())
        return;
    // The segment keeps its place under the pointer: it moves as far as the pointer does.
    const gis::Point grab = toLayer(pixel).value_or(picked.layerPoint);
    Drag drag{core::SnapKind::Segment,
              atA + atB,
              grab,
              {a, b},
              {},
              std::nullopt,
              grab,
              pixel,
              pixel,
              false,
              {}};
    // The other edges at each end stretch; the segment itself moves whole.
    for (int end = 0; end < 2; ++end) {
        const gis::Point &other = end == 0 ? b : a;
        for (const gis::Point &neighbour : neighboursOf(end == 0 ? atA : atB)) {
            if (!samePoint(neighbour, other))
                drag.edges.push_back({neighbour, end});
        }
    }
    mDrag = std::move(drag);
}

void VertexTool::insertVertex(const core::SnapResult &picked, const QPointF &pixel)
{
    const auto ends = segmentEnds(picked);
    if (!ends)
        return;
    const double exact = layerUnitsPerPixel(pixel) * 1e-6;
    const auto &[a, b] = *ends;
    const auto candidates = ownVertices().featuresIn(
        mSession->layerId(),
        gis::Box(gis::Point(std::min(a.x(), b.x()) - exact, std::min(a.y(), b.y()) - exact),
                 gis::Point(std::max(a.x(), b.x()) + exact, std::max(a.y(), b.y()) + exact)));
    const auto at = core::SharedVertices::segment(*mSession, a, b, exact, candidates);
    if (auto command = core::AddVertexCommand::create(mSession, at, picked.layerPoint))
        mSession->undoStack()->push(command.release());
    mPicked.clear();
    mCanvas->update();
}

bool VertexTool::mouseMove(QMouseEvent *event)
{
    if (!mDrag) {
        updateHover(event->position());
        return false; // the canvas still reports where the pointer is
    }
    dragTo(event->position());
    updateArea();
    mCanvas->update();
    return true;
}

void VertexTool::updateHover(const QPointF &pixel)
{
    if (!mCanvas)
        return;
    auto hover = ownVertices().snap(mCanvas->toMap(pixel), mCanvas->unitsPerPixel(),
                                    mSettings.tolerancePixels);
    const bool changed =
        hover.has_value() != mHover.has_value() ||
        (hover && (hover->kind != mHover->kind || !samePoint(hover->mapPoint, mHover->mapPoint)));
    mHover = std::move(hover);
    mHoverSegment.reset();
    if (mHover && mHover->kind == core::SnapKind::Segment)
        mHoverSegment = segmentEnds(*mHover);
    if (changed)
        mCanvas->update();
}

void VertexTool::dragTo(const QPointF &pixel)
{
    Drag &drag = *mDrag;
    drag.pointer = pixel;
    drag.started = drag.started ||
                   (pixel - drag.pressed).manhattanLength() >= QApplication::startDragDistance();
    drag.snap.reset();
    if (!drag.started)
        return;
    const auto pointer = toLayer(pixel);
    if (drag.kind == core::SnapKind::Segment) {
        if (pointer)
            drag.to = *pointer; // a segment follows the pointer, offset and all
        return;
    }
    drag.snap =
        snapper().snap(mCanvas->toMap(pixel), mCanvas->unitsPerPixel(), mSettings.tolerancePixels);
    // The vertex's own first place is no target: dragging away from it must move it.
    if (drag.snap && drag.snap->layerId == mSession->layerId() &&
        samePoint(drag.snap->layerPoint, drag.from))
        drag.snap.reset();
    const auto snapped = drag.snap ? drag.snap->in(mLayerCrs) : std::nullopt;
    if (snapped)
        drag.to = *snapped;
    else if (pointer)
        drag.to = *pointer;
}

gis::Point VertexTool::movedEnd(const Drag &drag, int end) const
{
    if (drag.kind == core::SnapKind::Vertex)
        return drag.to; // exactly the target, not the vertex plus an offset
    const gis::Point &start = drag.ends[std::size_t(end)];
    return {start.x() + drag.to.x() - drag.from.x(), start.y() + drag.to.y() - drag.from.y()};
}

void VertexTool::setLiveNote(const QString &note)
{
    if (!mDrag || note == mLiveNote)
        return;
    mLiveNote = note;
    if (mCanvas)
        mCanvas->update();
}

bool VertexTool::mouseRelease(QMouseEvent *event)
{
    if (!mDrag || event->button() != Qt::LeftButton)
        return false;
    const Drag drag = std::move(*mDrag);
    mDrag.reset();
    mAreaText.clear();
    mLiveNote.clear();
    emit dragFinished();
    if (drag.started && !samePoint(drag.to, drag.from)) {
        std::unique_ptr<QUndoCommand> command;
        if (drag.kind == core::SnapKind::Vertex)
            command = core::MoveVertexCommand::create(mSession, drag.vertices, drag.to);
        else
            command = core::MoveSegmentCommand::create(
                mSession, drag.vertices, drag.to.x() - drag.from.x(), drag.to.y() - drag.from.y());
        if (command)
            mSession->undoStack()->push(command.release());
        mPicked.clear(); // its place changed; pick it again to delete it
    }
    mCanvas->update();
    return true;
}

bool VertexTool::keyPress(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Delete || mPicked.isEmpty())
        return false;
    if (auto command = core::DeleteVertexCommand::create(mSession, mPicked))
        mSession->undoStack()->push(command.release());
    mPicked.clear();
    mCanvas->update();
    return true;
}

std::vector<gis::Point> VertexTool::neighboursOf(const QVector<core::FeatureVertex> &vertices) const
{
    std::vector<gis::Point> neighbours;
    for (const core::FeatureVertex &vertex : vertices) {
        if (const auto geometry = mSession->geometry(vertex.feature))
            addNeighbours(*geometry, vertex.vertex, neighbours);
    }
    return neighbours;
}

// The zones' areas with the vertices where the pointer puts them, against their areas now:
// the live figure QGIS lacks while digitizing.
void VertexTool::updateArea()
{
    mAreaText.clear();
    if (!mDrag)
        return;
    std::set<qint64> features;
    for (const core::FeatureVertex &vertex : mDrag->vertices)
        features.insert(vertex.feature);
    QStringList lines;
    for (qint64 feature : features) {
        auto geometry = mSession->geometry(feature);
        if (!geometry || !std::holds_alternative<gis::MultiPolygon>(*geometry))
            continue;
        auto known = mDrag->areasBefore.find(feature);
        if (known == mDrag->areasBefore.end()) {
            const auto size = mMeasurer.measure(*geometry);
            known =
                mDrag->areasBefore
                    .emplace(feature, size ? std::optional(size->areaSquareMetres) : std::nullopt)
                    .first;
        }
        const std::optional<double> before = known->second;
        for (const core::FeatureVertex &vertex : mDrag->vertices) {
            if (vertex.feature != feature)
                continue;
            const auto start = gis::vertexAt(*geometry, vertex.vertex);
            if (mDrag->kind == core::SnapKind::Vertex)
                gis::moveVertex(*geometry, vertex.vertex, mDrag->to);
            else if (start)
                gis::moveVertex(*geometry, vertex.vertex,
                                {start->x() + mDrag->to.x() - mDrag->from.x(),
                                 start->y() + mDrag->to.y() - mDrag->from.y()});
        }
        emit tentativeGeometry(feature, *geometry);
        const auto after = mMeasurer.measure(*geometry);
        if (!before || !after)
            continue;
        const double change = after->areaSquareMetres - *before;
        lines << tr("%1 km² (%2%3 km²)")
                     .arg(areaText(after->areaSquareMetres),
                          change >= 0 ? QStringLiteral("+") : QString(), areaText(change));
    }
    mAreaText = lines.join(u'\n');
}

void VertexTool::paintHover(QPainter &painter) const
{
    const QPointF at = mCanvas->toPixel(mHover->mapPoint);
    painter.setBrush(Qt::NoBrush);
    if (mHover->kind == core::SnapKind::Vertex) {
        painter.setPen(QPen(kSnapColour, 2));
        painter.drawRect(QRectF(at - QPointF(5, 5), QSizeF(10, 10)));
        return;
    }
    // A segment: the segment drawn over, and a diamond where a press lands on it.
    if (mHoverSegment) {
        painter.setPen(QPen(kSnapColour, 3));
        painter.drawLine(toPixel(mHoverSegment->first), toPixel(mHoverSegment->second));
    }
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(kSnapColour);
    painter.drawPolygon(QPolygonF{at + QPointF(0, -6), at + QPointF(6, 0), at + QPointF(0, 6),
                                  at + QPointF(-6, 0)});
}

void VertexTool::paint(QPainter &painter) const
{
    if (!mCanvas || (!mDrag && !mHover))
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (!mDrag) {
        paintHover(painter);
        painter.restore();
        return;
    }
    std::vector<QPointF> ends;
    for (int end = 0; end < int(mDrag->ends.size()); ++end)
        ends.push_back(toPixel(movedEnd(*mDrag, end)));
    painter.setPen(QPen(kFreeColour, 1.5, Qt::DashLine));
    for (const Edge &edge : mDrag->edges)
        painter.drawLine(toPixel(edge.fixed), ends[std::size_t(edge.end)]);
    if (ends.size() == 2) {
        painter.setPen(QPen(kFreeColour, 2.5));
        painter.drawLine(ends[0], ends[1]);
    }
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(mDrag->snap ? kSnapColour : kFreeColour);
    // A square marks a snap, a circle a free position.
    for (const QPointF &end : ends) {
        if (mDrag->snap)
            painter.drawRect(QRectF(end - QPointF(5, 5), QSizeF(10, 10)));
        else
            painter.drawEllipse(end, 4.5, 4.5);
    }
    const QString label =
        mLiveNote.isEmpty() ? mAreaText : mAreaText + QLatin1Char('\n') + mLiveNote;
    if (!mAreaText.isEmpty()) {
        const QRectF box = painter.fontMetrics()
                               .boundingRect(QRect(0, 0, 600, 300), Qt::AlignLeft, label)
                               .adjusted(-4, -2, 4, 2)
                               .translated((mDrag->pointer + QPointF(14, 14)).toPoint());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawRect(box);
        painter.setPen(Qt::black);
        painter.drawText(box, Qt::AlignCenter, label);
    }
    painter.restore();
}

} // namespace app
