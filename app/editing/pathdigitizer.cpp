#include "pathdigitizer.h"

#include "canvas/mapcanvas.h"

#include "editing/editsession.h"
#include "project/planproject.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMainWindow>
#include <QMouseEvent>
#include <QPainter>
#include <QStatusBar>

namespace app {

namespace {

// A second click this close to the last point is the same point (the press of a double click).
constexpr double samePointPixels = 3.0;
constexpr int messageMs = 8000;

} // namespace

PathDigitizer::PathDigitizer(MapCanvas *canvas, const core::PlanProject &project,
                             core::EditSession *session, QStringList snapLayers, QObject *parent)
    : QObject(parent)
    , mCanvas(canvas)
    , mProject(project)
    , mSnapLayers(std::move(snapLayers))
    , mLayerCrs(session->base().crs)
    , mMapToLayer(project.crs(), mLayerCrs)
    , mLayerToMap(mLayerCrs, project.crs())
{
    const auto stale = [this] {
        mSnapper.reset();
    };
    for (auto signal : {&core::EditSession::geometryChanged, &core::EditSession::featureAdded,
                        &core::EditSession::featureRemoved})
        connect(session, signal, this, stale);
    connect(session, &core::EditSession::editsReplaced, this, stale);
}

PathDigitizer::~PathDigitizer() = default;

double PathDigitizer::snapTolerance() const
{
    return mProject.snappingSettings().tolerancePixels;
}

const core::Snapper &PathDigitizer::snapper()
{
    if (!mSnapper) {
        const core::SnappingSettings settings = mProject.snappingSettings();
        mSnapper = std::make_unique<core::Snapper>(
            mProject, mSnapLayers, core::SnapTargets{settings.vertices, settings.segments});
    }
    return *mSnapper;
}

std::optional<gis::Point> PathDigitizer::toLayer(const QPointF &pixel) const
{
    if (!mCanvas || !mMapToLayer.isValid())
        return std::nullopt;
    return mMapToLayer.transform(mCanvas->toMap(pixel));
}

QPointF PathDigitizer::toPixel(const gis::Point &layerPoint) const
{
    return mCanvas ? mCanvas->toPixel(mLayerToMap.transform(layerPoint)) : QPointF();
}

double PathDigitizer::layerUnitsPerPixel() const
{
    const auto a = toLayer(mPointerPixel), b = toLayer(mPointerPixel + QPointF(1, 1));
    return a && b ? std::max(std::abs(b->x() - a->x()), std::abs(b->y() - a->y())) : 0.0;
}

void PathDigitizer::track(const QPointF &pixel)
{
    mPointerPixel = pixel;
    mSnap = mCanvas
                ? snapper().snap(mCanvas->toMap(pixel), mCanvas->unitsPerPixel(), snapTolerance())
                : std::nullopt;
    const auto snapped = mSnap ? mSnap->in(mLayerCrs) : std::nullopt;
    mPointer = snapped ? snapped : toLayer(pixel);
    if (!snapped)
        mSnap.reset();
}

void PathDigitizer::addPoint(const QPointF &pixel)
{
    if (!mPoints.empty() && QLineF(toPixel(mPoints.back()), pixel).length() < samePointPixels)
        return;
    track(pixel);
    // Two clicks that snap to one vertex are one point.
    if (mPointer && (mPoints.empty() || mPoints.back().x() != mPointer->x() ||
                     mPoints.back().y() != mPointer->y()))
        mPoints.push_back(*mPointer);
}

bool PathDigitizer::mousePress(QMouseEvent *event)
{
    if (!mCanvas)
        return false;
    mMessage.clear();
    if (event->type() == QEvent::MouseButtonDblClick && event->button() == Qt::LeftButton)
        addPoint(event->position()); // none when its press added it already
    if (event->button() == Qt::RightButton || event->type() == QEvent::MouseButtonDblClick) {
        finish();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    addPoint(event->position());
    emit changed();
    mCanvas->update();
    return true;
}

bool PathDigitizer::mouseMove(QMouseEvent *event)
{
    if (!mCanvas)
        return false;
    track(event->position());
    emit changed();
    mCanvas->update();
    return isDrawing();
}

bool PathDigitizer::mouseRelease(QMouseEvent *event)
{
    return isDrawing() || event->button() == Qt::RightButton;
}

bool PathDigitizer::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Backspace:
        if (mPoints.empty())
            return false;
        mPoints.pop_back();
        break;
    case Qt::Key_Escape:
        if (mPoints.empty())
            return false;
        mPoints.clear();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (mPoints.empty())
            return false;
        finish();
        return true;
    default:
        return false;
    }
    emit changed();
    if (mCanvas)
        mCanvas->update();
    return true;
}

void PathDigitizer::finish()
{
    if (int(mPoints.size()) < mMinimumPoints)
        return;
    const gis::LineString path(mPoints.begin(), mPoints.end());
    clear();
    emit finished(path);
}

void PathDigitizer::clear()
{
    mPoints.clear();
    emit changed();
    if (mCanvas)
        mCanvas->update();
}

void PathDigitizer::showMessage(const QString &text)
{
    mMessage = text;
    if (!mCanvas)
        return;
    if (auto *window = qobject_cast<QMainWindow *>(mCanvas->window()))
        window->statusBar()->showMessage(text, messageMs);
    mCanvas->update();
}

void PathDigitizer::paint(QPainter &painter) const
{
    if (!mCanvas)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor ink(0xd0, 0x30, 0x30);
    QPolygonF line;
    for (const gis::Point &point : mPoints)
        line << toPixel(point);
    painter.setPen(QPen(ink, 2));
    painter.drawPolyline(line);
    if (!line.isEmpty() && mPointer) {
        const QPointF at = toPixel(*mPointer);
        painter.setPen(QPen(ink, 1.5, Qt::DashLine));
        painter.drawLine(line.back(), at);
        if (mClosed && line.size() > 1)
            painter.drawLine(at, line.front());
    }
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(ink);
    for (const QPointF &vertex : line)
        painter.drawEllipse(vertex, 3.5, 3.5);
    if (mSnap && mPointer) {
        // A square marks where a click would snap.
        painter.setBrush(QColor(0xe6, 0x9f, 0x00));
        painter.drawRect(QRectF(toPixel(*mPointer) - QPointF(5, 5), QSizeF(10, 10)));
    }
    if (!mMessage.isEmpty()) {
        const QRectF box = painter.fontMetrics()
                               .boundingRect(QRect(0, 0, 600, 200), Qt::TextWordWrap, mMessage)
                               .adjusted(-6, -3, 6, 3)
                               .translated(12, mCanvas->height() - 70);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 244, 214, 235));
        painter.drawRect(box);
        painter.setPen(Qt::black);
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, mMessage);
    }
    painter.restore();
}

} // namespace app
