#include "selecttool.h"

#include "canvas/mapcanvas.h"

#include "editing/editsession.h"
#include "layer/featurepicker.h"
#include "project/planproject.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>

#include <boost/geometry/algorithms/correct.hpp>

#include <algorithm>
#include <iterator>

namespace app {

namespace {

constexpr int dragThreshold = 4; // pixels a press travels before it is a rectangle

// Pixel edges are curves in the layer's CRS when it is not the map's: points along each edge
// keep the rectangle's shape.
constexpr int pointsPerEdge = 8;

bool isDoubleClick(const QMouseEvent *event)
{
    return event->type() == QEvent::MouseButtonDblClick;
}

} // namespace

SelectTool::SelectTool(MapCanvas *canvas, core::PlanProject &project, core::EditSession *session,
                       Shape shape, QObject *parent)
    : MapTool(parent)
    , mCanvas(canvas)
    , mProject(project)
    , mSession(session)
    , mShape(shape)
    , mCoordinates(canvas, project.crs(), session->base().crs)
{
}

SelectTool::Combine SelectTool::combineFor(Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::ControlModifier)
        return Combine::Toggle;
    if (modifiers & Qt::ShiftModifier)
        return Combine::Add;
    return Combine::Replace;
}

bool SelectTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mCanvas)
        return false;
    const QPointF pixel = event->position();
    if (mShape == Shape::Polygon) {
        const auto point = mCoordinates.toLayer(pixel);
        // A double-click's first press placed its corner already (QTest sends the double-click
        // alone).
        const bool placed =
            !mLasso.empty() && (mCoordinates.toPixel(mLasso.back()) - pixel).manhattanLength() < 3;
        if (point && !(isDoubleClick(event) && placed))
            mLasso.push_back(*point);
        mPointer = pixel;
        if (isDoubleClick(event))
            closeLasso(event->modifiers());
        mCanvas->update();
        return true;
    }
    if (isDoubleClick(event)) {
        selectAt(pixel, Combine::Replace);
        mPressed.reset();
        if (!mProject.selection()->selected(mSession->layerId()).empty())
            emit attributesRequested();
        return true;
    }
    mPressed = pixel;
    mPointer = pixel;
    mDragging = false;
    return true;
}

bool SelectTool::mouseMove(QMouseEvent *event)
{
    if (mShape == Shape::Polygon && !mLasso.empty()) {
        mPointer = event->position();
        mCanvas->update();
        return true;
    }
    if (!mPressed)
        return false;
    mPointer = event->position();
    if ((mPointer - *mPressed).manhattanLength() >= dragThreshold)
        mDragging = true;
    mCanvas->update();
    return true;
}

bool SelectTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    if (mShape == Shape::Polygon)
        return true;
    if (!mPressed)
        return false;
    const QPointF from = *std::exchange(mPressed, std::nullopt);
    const Combine combine = combineFor(event->modifiers());
    if (mDragging)
        selectTouching(rectangleInLayer(QRectF(from, event->position()).normalized()), combine);
    else
        selectAt(from, combine);
    mDragging = false;
    mCanvas->update();
    return true;
}

bool SelectTool::keyPress(QKeyEvent *event)
{
    if (mShape != Shape::Polygon || mLasso.empty())
        return false;
    switch (event->key()) {
    case Qt::Key_Escape:
        mLasso.clear();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        closeLasso(event->modifiers());
        break;
    case Qt::Key_Backspace:
        mLasso.pop_back();
        break;
    default:
        return false;
    }
    mCanvas->update();
    return true;
}

void SelectTool::closeLasso(Qt::KeyboardModifiers modifiers)
{
    gis::Polygon area;
    area.outer().assign(mLasso.begin(), mLasso.end());
    mLasso.clear();
    if (area.outer().size() < 3)
        return;
    area.outer().push_back(area.outer().front());
    selectTouching(std::move(area), combineFor(modifiers));
}

void SelectTool::selectAt(const QPointF &pixel, Combine combine)
{
    const auto point = mCoordinates.toLayer(pixel);
    const gis::VectorLayer *layer = mProject.layer(mSession->layerId());
    if (!point || !layer)
        return;
    QString error;
    const auto projected = layer->projectionCache()->projected(mCoordinates.layerCrs(), &error);
    if (!projected)
        return;
    const auto picked =
        gis::pickFeatures(*projected, *point, tolerancePixels * mCoordinates.unitsPerPixel(pixel));
    // The last one is drawn on top: the one the planner sees.
    apply(picked.empty() ? picked : std::vector<std::size_t>{picked.back()}, combine);
}

void SelectTool::selectTouching(gis::Polygon area, Combine combine)
{
    const gis::VectorLayer *layer = mProject.layer(mSession->layerId());
    if (!layer)
        return;
    boost::geometry::correct(area); // a lasso drawn clockwise
    QString error;
    const auto projected = layer->projectionCache()->projected(mCoordinates.layerCrs(), &error);
    if (projected)
        apply(gis::pickFeatures(*projected, area), combine);
}

void SelectTool::apply(const std::vector<std::size_t> &picked, Combine combine)
{
    core::FeatureSelection *selection = mProject.selection();
    const QString &layerId = mSession->layerId();
    const auto &current = selection->selected(layerId);
    std::vector<std::size_t> result;
    switch (combine) {
    case Combine::Replace:
        selection->selectOnly(layerId, picked);
        return;
    case Combine::Add:
        std::set_union(current.begin(), current.end(), picked.begin(), picked.end(),
                       std::back_inserter(result));
        break;
    case Combine::Toggle:
        std::set_symmetric_difference(current.begin(), current.end(), picked.begin(), picked.end(),
                                      std::back_inserter(result));
        break;
    }
    selection->setSelected(layerId, std::move(result));
}

gis::Polygon SelectTool::rectangleInLayer(const QRectF &pixels) const
{
    const QPointF corners[] = {pixels.bottomLeft(), pixels.bottomRight(), pixels.topRight(),
                               pixels.topLeft()};
    gis::Polygon area;
    for (int edge = 0; edge < 4; ++edge) {
        const QPointF from = corners[edge], to = corners[(edge + 1) % 4];
        for (int step = 0; step < pointsPerEdge; ++step) {
            if (const auto point =
                    mCoordinates.toLayer(from + (to - from) * (double(step) / pointsPerEdge)))
                area.outer().push_back(*point);
        }
    }
    if (!area.outer().empty())
        area.outer().push_back(area.outer().front());
    return area;
}

void SelectTool::paint(QPainter &painter) const
{
    if (!mCanvas)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0xd0, 0x30, 0x30), 1.5, Qt::DashLine));
    painter.setBrush(QColor(0xd0, 0x30, 0x30, 40));
    if (mShape == Shape::Rectangle && mPressed && mDragging) {
        painter.drawRect(QRectF(*mPressed, mPointer).normalized());
    } else if (mShape == Shape::Polygon && !mLasso.empty()) {
        QPolygonF lasso;
        for (const gis::Point &point : mLasso)
            lasso << mCoordinates.toPixel(point);
        lasso << mPointer;
        painter.drawPolygon(lasso);
    }
    painter.restore();
}

} // namespace app
