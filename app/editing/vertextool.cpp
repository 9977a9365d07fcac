#include "vertextool.h"

#include "canvas/mapcanvas.h"

#include "editing/editsession.h"
#include "editing/sharedvertices.h"
#include "project/planproject.h"

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

} // namespace

VertexTool::VertexTool(MapCanvas *canvas, const core::PlanProject &project,
                       core::EditSession *session, QStringList snapLayers, QObject *parent)
    : MapTool(parent)
    , mCanvas(canvas)
    , mSession(session)
    , mLayerCrs(session->base().crs)
    , mMapToLayer(project.crs(), mLayerCrs)
    , mLayerToMap(mLayerCrs, project.crs())
    , mProject(project)
    , mSnapLayers(std::move(snapLayers))
    , mMeasurer(mLayerCrs)
{
    const auto stale = [this] {
        mOwnVertices.reset();
        mSnapper.reset();
    };
    for (auto signal : {&core::EditSession::geometryChanged, &core::EditSession::featureAdded,
                        &core::EditSession::featureRemoved})
        connect(session, signal, this, stale);
    connect(session, &core::EditSession::editsReplaced, this, stale);
}

const core::Snapper &VertexTool::ownVertices()
{
    if (!mOwnVertices)
        mOwnVertices = std::make_unique<core::Snapper>(mProject, QStringList{mSession->layerId()});
    return *mOwnVertices;
}

const core::Snapper &VertexTool::snapper()
{
    if (!mSnapper)
        mSnapper = std::make_unique<core::Snapper>(mProject, mSnapLayers);
    return *mSnapper;
}

VertexTool::~VertexTool() = default;

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

bool VertexTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mCanvas)
        return false;
    const auto picked = ownVertices().snap(mCanvas->toMap(event->position()),
                                           mCanvas->unitsPerPixel(), tolerancePixels);
    if (!picked || picked->kind != core::SnapKind::Vertex)
        return false; // not on a vertex: the map pans
    // Every vertex on that point, in every zone: shared edges move together.
    const double exact = layerUnitsPerPixel(event->position()) * 1e-6;
    mPicked = core::SharedVertices::at(*mSession, picked->layerPoint, exact);
    if (mPicked.isEmpty())
        return false;
    mDrag = Drag{mPicked,      picked->layerPoint, neighboursOf(mPicked),
                 std::nullopt, picked->layerPoint, event->position()};
    updateArea();
    mCanvas->update();
    return true;
}

bool VertexTool::mouseMove(QMouseEvent *event)
{
    if (!mDrag)
        return false;
    mDrag->pointer = event->position();
    mDrag->snap = snapper().snap(mCanvas->toMap(event->position()), mCanvas->unitsPerPixel(),
                                 tolerancePixels);
    // The vertex's own first place is no target: dragging away from it must move it.
    if (mDrag->snap && mDrag->snap->layerId == mSession->layerId() &&
        samePoint(mDrag->snap->layerPoint, mDrag->from))
        mDrag->snap.reset();
    const auto pointer = toLayer(event->position());
    const auto snapped = mDrag->snap ? mDrag->snap->in(mLayerCrs) : std::nullopt;
    if (snapped)
        mDrag->to = *snapped;
    else if (pointer)
        mDrag->to = *pointer;
    updateArea();
    mCanvas->update();
    return true;
}

bool VertexTool::mouseRelease(QMouseEvent *event)
{
    if (!mDrag || event->button() != Qt::LeftButton)
        return false;
    const Drag drag = std::move(*mDrag);
    mDrag.reset();
    mAreaText.clear();
    const bool moved = !samePoint(drag.to, drag.from);
    if (moved) {
        if (auto command = core::MoveVertexCommand::create(mSession, drag.vertices, drag.to))
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

// The zones' areas with the vertex where the pointer is, against their areas now: the live
// figure QGIS lacks while digitizing.
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
        const auto before = mMeasurer.measure(*geometry);
        for (const core::FeatureVertex &vertex : mDrag->vertices) {
            if (vertex.feature == feature)
                gis::moveVertex(*geometry, vertex.vertex, mDrag->to);
        }
        emit tentativeGeometry(feature, *geometry);
        const auto after = mMeasurer.measure(*geometry);
        if (!before || !after)
            continue;
        const double change = after->areaSquareMetres - before->areaSquareMetres;
        lines << tr("%1 km² (%2%3 km²)")
                     .arg(areaText(after->areaSquareMetres),
                          change >= 0 ? QStringLiteral("+") : QString(), areaText(change));
    }
    mAreaText = lines.join(u'\n');
}

void VertexTool::paint(QPainter &painter) const
{
    if (!mDrag || !mCanvas)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPointF target = toPixel(mDrag->to);
    painter.setPen(QPen(QColor(0xd0, 0x30, 0x30), 1.5, Qt::DashLine));
    for (const gis::Point &neighbour : mDrag->neighbours)
        painter.drawLine(toPixel(neighbour), target);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(mDrag->snap ? QColor(0xe6, 0x9f, 0x00) : QColor(0xd0, 0x30, 0x30));
    // A square marks a snap, a circle a free position.
    if (mDrag->snap)
        painter.drawRect(QRectF(target - QPointF(5, 5), QSizeF(10, 10)));
    else
        painter.drawEllipse(target, 4.5, 4.5);
    if (!mAreaText.isEmpty()) {
        const QRectF box = painter.fontMetrics()
                               .boundingRect(QRect(0, 0, 400, 200), Qt::AlignLeft, mAreaText)
                               .adjusted(-4, -2, 4, 2)
                               .translated((mDrag->pointer + QPointF(14, 14)).toPoint());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawRect(box);
        painter.setPen(Qt::black);
        painter.drawText(box, Qt::AlignCenter, mAreaText);
    }
    painter.restore();
}

} // namespace app
