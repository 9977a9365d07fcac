#include "mapcanvas.h"

#include "canvasdecorations.h"
#include "mapoverlay.h"
#include "maptool.h"
#include "remotefeatureloader.h"

#include "crs/coordinatetransform.h"
#include "layer/projectedlayer.h"
#include "project/planproject.h"
#include "render/maprenderjob.h"
#include "render/mapscale.h"
#include "render/maptopixel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>

namespace app {

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Coalesces bursts of wheel and resize events into one render; short, since a render that
    // a later input makes stale is cancelled anyway (bench_panzoom assumes this delay).
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(refreshDelayMs);
    connect(&mRefreshTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    mExtent = gis::Box(gis::Point(-1, -1), gis::Point(1, 1));
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setProject(core::PlanProject *project)
{
    mProject = project;
    mHistory.clear();
    mFrame = QImage();
    if (project) {
        connect(project, &core::PlanProject::appearanceChanged, this, &MapCanvas::refresh);
        connect(project, &core::PlanProject::mapContentChanged, this, &MapCanvas::refresh);
        connect(project, &core::PlanProject::layerDataChanged, this, &MapCanvas::refresh);
        // Layers drawn from an extent source get their full features once the map shows them,
        // so that the read never delays a frame.
        auto *loader = project->findChild<RemoteFeatureLoader *>();
        if (!loader)
            loader = new RemoteFeatureLoader(project);
        connect(this, &MapCanvas::frameRendered, loader, &RemoteFeatureLoader::loadAwaited,
                Qt::UniqueConnection);
        connect(loader, &RemoteFeatureLoader::failed, this,
                [this](const QString &error) { emit renderErrors({error}); });
        setExtent(project->viewExtent());
    }
    refresh();
}

void MapCanvas::setExtent(const gis::Box &extent)
{
    showExtent(extent, true);
}

void MapCanvas::showExtent(const gis::Box &extent, bool record)
{
    mExtent = extent;
    if (record)
        mHistory.record(extent);
    updateViewMetrics();
    emit extentChanged();
    update();
    refresh();
}

double MapCanvas::dpi() const
{
    return logicalDpiX();
}

// Scale and true north change only with the view, so they are measured here, not per paint.
void MapCanvas::updateViewMetrics()
{
    if (!mProject)
        return;
    const gis::Box box = visibleExtent();
    mMetresPerPixel = gis::groundMetresPerPixel(box, size(), mProject->crs()).value_or(0.0);
    mScaleDenominator = mMetresPerPixel * dpi() / 0.0254;
    const gis::Point centre((box.min_corner().x() + box.max_corner().x()) / 2,
                            (box.min_corner().y() + box.max_corner().y()) / 2);
    mNorthAngle = gis::trueNorthAngle(centre, mProject->crs()).value_or(0.0);
}

void MapCanvas::zoomToScale(double denominator)
{
    if (!mProject)
        return;
    const gis::Box box = visibleExtent();
    const gis::Point centre((box.min_corner().x() + box.max_corner().x()) / 2,
                            (box.min_corner().y() + box.max_corner().y()) / 2);
    if (const auto extent =
            gis::extentForScale(centre, denominator, size(), dpi(), mProject->crs()))
        setExtent(*extent);
}

void MapCanvas::zoomToLonLat(const gis::Box &lonLatExtent)
{
    if (!mProject)
        return;
    const gis::CoordinateTransform transform(gis::Crs::wgs84(), mProject->crs());
    if (transform.isValid())
        setExtent(transform.transformBox(lonLatExtent));
}

void MapCanvas::zoomToLayer(const QString &layerId)
{
    if (!mProject)
        return;
    gis::Box extent;
    if (const gis::RasterLayer *raster = mProject->rasterLayer(layerId)) {
        const auto footprint = raster->extentIn(mProject->crs());
        if (!footprint)
            return;
        extent = *footprint;
    } else if (const gis::VectorLayer *layer = mProject->layer(layerId)) {
        const auto projected = layer->projectionCache()->projected(mProject->crs(), nullptr);
        const std::optional<gis::Box> stated = layer->features().statedExtent;
        if (projected && projected->size() > 0) {
            extent = projected->extent();
        } else if (layer->isAwaitingFeatures() && stated) {
            // A database layer still being read: the extent its source states.
            const gis::Crs &crs = layer->features().crs;
            const gis::CoordinateTransform toMap(crs.isValid() ? crs : gis::Crs::wgs84(),
                                                 mProject->crs());
            if (!toMap.isValid())
                return;
            extent = toMap.transformBox(*stated);
        } else {
            return;
        }
    } else {
        return;
    }
    zoomToBox(extent);
}

void MapCanvas::zoomToBox(const gis::Box &box)
{
    const double width = box.max_corner().x() - box.min_corner().x();
    const double height = box.max_corner().y() - box.min_corner().y();
    if (!(width >= 0 && height >= 0))
        return;
    const gis::Point centre((box.min_corner().x() + box.max_corner().x()) / 2,
                            (box.min_corner().y() + box.max_corner().y()) / 2);
    // Zooming to a point or a small feature stops at a street scale instead of filling the
    // window with it.
    constexpr double closestScale = 25000.0;
    const auto street =
        mProject ? gis::extentForScale(centre, closestScale, size(), dpi(), mProject->crs())
                 : std::nullopt;
    if (street && width <= street->max_corner().x() - street->min_corner().x() &&
        height <= street->max_corner().y() - street->min_corner().y()) {
        setExtent(*street);
        return;
    }
    const double dx = std::max(width * 0.05, 1e-6), dy = std::max(height * 0.05, 1e-6);
    setExtent(gis::Box(gis::Point(box.min_corner().x() - dx, box.min_corner().y() - dy),
                       gis::Point(box.max_corner().x() + dx, box.max_corner().y() + dy)));
}

void MapCanvas::setCrs(const gis::Crs &crs)
{
    if (!mProject || !crs.isValid() || crs.isEquivalentTo(mProject->crs()))
        return;
    const gis::Box box = visibleExtent();
    const gis::Point centre((box.min_corner().x() + box.max_corner().x()) / 2,
                            (box.min_corner().y() + box.max_corner().y()) / 2);
    const double scale = mScaleDenominator;
    const gis::CoordinateTransform transform(mProject->crs(), crs);
    if (!transform.isValid())
        return;
    const gis::Point newCentre = transform.transform(centre);
    // The old frame cannot preview a view in another projection.
    mFrame = QImage();
    mHistory.clear();
    mProject->setCrs(crs);
    const auto extent = gis::extentForScale(newCentre, scale, size(), dpi(), crs);
    setExtent(extent ? *extent : transform.transformBox(box));
}

void MapCanvas::setHighlight(std::vector<gis::Geometry> geometries)
{
    mHighlight = std::move(geometries);
    update();
}

double MapCanvas::unitsPerPixel() const
{
    return gis::MapToPixel(visibleExtent(), size()).unitsPerPixel();
}

void MapCanvas::drawHighlight(QPainter &painter) const
{
    if (mHighlight.empty())
        return;
    const gis::MapToPixel mapToPixel(visibleExtent(), size());
    const auto pixels = [&mapToPixel](const auto &points) {
        QPolygonF polygon;
        for (const gis::Point &point : points)
            polygon << mapToPixel.toPixel(point);
        return polygon;
    };
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const gis::Geometry &geometry : mHighlight) {
        if (const auto *polygons = std::get_if<gis::MultiPolygon>(&geometry)) {
            for (const gis::Polygon &polygon : *polygons) {
                path.addPolygon(pixels(polygon.outer()));
                for (const gis::Ring &inner : polygon.inners())
                    path.addPolygon(pixels(inner));
            }
        } else if (const auto *lines = std::get_if<gis::MultiLineString>(&geometry)) {
            for (const gis::LineString &line : *lines) {
                const QPolygonF polyline = pixels(line);
                path.moveTo(polyline.value(0));
                for (const QPointF &point : polyline)
                    path.lineTo(point);
            }
        } else if (const auto *points = std::get_if<gis::MultiPoint>(&geometry)) {
            for (const gis::Point &point : *points)
                path.addEllipse(mapToPixel.toPixel(point), 7, 7);
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(255, 200, 0), 3));
    painter.setBrush(QColor(255, 230, 0, 60));
    painter.drawPath(path);
    painter.restore();
}

void MapCanvas::goBack()
{
    if (mHistory.canGoBack())
        showExtent(mHistory.back(), false);
}

void MapCanvas::goForward()
{
    if (mHistory.canGoForward())
        showExtent(mHistory.forward(), false);
}

gis::Box MapCanvas::visibleExtent() const
{
    return gis::fitExtentToSize(mExtent, size());
}

gis::Point MapCanvas::toMap(const QPointF &pixel) const
{
    return gis::MapToPixel(visibleExtent(), size()).toMap(pixel);
}

QPointF MapCanvas::toPixel(const gis::Point &mapPoint) const
{
    return gis::MapToPixel(visibleExtent(), size()).toPixel(mapPoint);
}

void MapCanvas::addOverlay(MapOverlay *overlay)
{
    std::erase_if(mOverlays, [](const QPointer<MapOverlay> &gone) { return !gone; });
    mOverlays.emplace_back(overlay);
    connect(overlay, &QObject::destroyed, this, qOverload<>(&QWidget::update));
    update();
}

MapTool *MapCanvas::mapTool() const
{
    return mTool;
}

void MapCanvas::setMapTool(MapTool *tool)
{
    mTool = tool;
    unsetCursor();
    update();
}

void MapCanvas::zoomBy(double factor, const QPointF &fixedPixel)
{
    const gis::Box box = visibleExtent();
    const gis::Point fixed = toMap(fixedPixel);
    const auto scaled = [&](double value, double anchor) {
        return anchor + (value - anchor) * factor;
    };
    setExtent(gis::Box(gis::Point(scaled(box.min_corner().x(), fixed.x()),
                                  scaled(box.min_corner().y(), fixed.y())),
                       gis::Point(scaled(box.max_corner().x(), fixed.x()),
                                  scaled(box.max_corner().y(), fixed.y()))));
}

void MapCanvas::zoomToFull()
{
    if (mProject)
        setExtent(mProject->fullExtent());
}

bool MapCanvas::isRendering() const
{
    return mRefreshTimer.isActive() || (mJob && mJob->isActive());
}

void MapCanvas::refresh()
{
    mRefreshTimer.start();
}

gis::MapSettings MapCanvas::currentSettings() const
{
    gis::MapSettings settings;
    const qreal ratio = devicePixelRatioF();
    settings.extent = mExtent;
    settings.outputSize = (QSizeF(size()) * ratio).toSize();
    settings.dpi = logicalDpiX() * ratio;
    settings.crs = mProject ? mProject->crs() : gis::Crs::wgs84();
    settings.background = QColor(0xd6, 0xe6, 0xf2); // sea
    if (mProject)
        settings.layers = mProject->visibleLayerSnapshots();
    return settings;
}

void MapCanvas::startRender()
{
    if (!mProject || width() <= 0 || height() <= 0)
        return;
    if (mJob) {
        mJob->cancel();
        // The old job finishes in the background and is dropped; its result is never shown.
        mJob.release()->deleteLater();
    }
    mJob = std::make_unique<gis::MapRenderJob>(currentSettings());
    connect(mJob.get(), &gis::MapRenderJob::finished, this, &MapCanvas::onRenderFinished);
    mJob->start();
}

void MapCanvas::onRenderFinished()
{
    if (!mJob || sender() != mJob.get())
        return;
    gis::RenderResult result = mJob->result();
    if (result.cancelled)
        return;
    mFrame = result.image;
    mFrame.setDevicePixelRatio(devicePixelRatioF());
    mFrameExtent = mJob->settings().visibleExtent();
    mFrameLabels = std::move(result.labels);
    if (!result.errors.isEmpty())
        emit renderErrors(result.errors);
    update();
    emit frameRendered();
}

QRectF MapCanvas::frameTargetRect() const
{
    // Where the last frame's extent lies in the current view: the preview while rendering.
    const gis::MapToPixel mapToPixel(visibleExtent(), size());
    const QPointF topLeft = mapToPixel.toPixel(
        gis::Point(mFrameExtent.min_corner().x(), mFrameExtent.max_corner().y()));
    const QPointF bottomRight = mapToPixel.toPixel(
        gis::Point(mFrameExtent.max_corner().x(), mFrameExtent.min_corner().y()));
    return QRectF(topLeft, bottomRight);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xd6, 0xe6, 0xf2));
    if (!mFrame.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(frameTargetRect(), mFrame);
    }
    if (!mProject) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter, tr("Loading the planning project…"));
        return;
    }
    drawHighlight(painter);
    for (const QPointer<MapOverlay> &overlay : mOverlays) {
        if (overlay)
            overlay->paint(painter, *this);
    }
    if (mTool)
        mTool->paint(painter);
    drawScaleBar(painter, QRectF(rect()), mMetresPerPixel);
    drawNorthArrow(painter, QPointF(width() - 40, 48), mNorthAngle);
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    updateViewMetrics();
    emit extentChanged();
    refresh();
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(0.8, steps), event->position());
    event->accept();
}

// The middle button always pans, as in other desktop GIS, so that a tool that takes every
// left press (drawing a zone) still lets the planner move the map; the left button pans when
// no tool takes the press.
void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::MiddleButton && mTool && mTool->mousePress(event))
        return;
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        mDragging = true;
        mPanButton = event->button();
        mDragStart = event->pos();
        mDragStartExtent = mExtent;
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    emit cursorMoved(toMap(event->position()));
    if (!mDragging && mTool && mTool->mouseMove(event))
        return;
    if (!mDragging)
        return;
    const double unitsPerPixel = gis::MapToPixel(visibleExtent(), size()).unitsPerPixel();
    const QPoint delta = event->pos() - mDragStart;
    const double dx = -delta.x() * unitsPerPixel, dy = delta.y() * unitsPerPixel;
    mExtent = gis::Box(
        gis::Point(mDragStartExtent.min_corner().x() + dx, mDragStartExtent.min_corner().y() + dy),
        gis::Point(mDragStartExtent.max_corner().x() + dx, mDragStartExtent.max_corner().y() + dy));
    update(); // preview only; the frame is rendered when the drag ends
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!mDragging && mTool && mTool->mouseRelease(event))
        return;
    if (!mDragging || event->button() != mPanButton)
        return;
    mDragging = false;
    unsetCursor();
    if (mPanButton == Qt::MiddleButton) {
        setExtent(mExtent);
        return;
    }
    // A press and release in (nearly) the same place is a click, not a pan.
    if ((event->pos() - mDragStart).manhattanLength() < 4) {
        mExtent = mDragStartExtent;
        update();
        emit clicked(toMap(event->position()), event->modifiers());
        return;
    }
    setExtent(mExtent);
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    if (mTool && mTool->keyPress(event))
        return;
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double step = 0.25;
    const gis::Box box = visibleExtent();
    const double w = (box.max_corner().x() - box.min_corner().x()) * step;
    const double h = (box.max_corner().y() - box.min_corner().y()) * step;
    const auto shifted = [&](double dx, double dy) {
        return gis::Box(gis::Point(mExtent.min_corner().x() + dx, mExtent.min_corner().y() + dy),
                        gis::Point(mExtent.max_corner().x() + dx, mExtent.max_corner().y() + dy));
    };
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(2.0, centre);
        break;
    case Qt::Key_Left:
        setExtent(shifted(-w, 0));
        break;
    case Qt::Key_Right:
        setExtent(shifted(w, 0));
        break;
    case Qt::Key_Up:
        setExtent(shifted(0, h));
        break;
    case Qt::Key_Down:
        setExtent(shifted(0, -h));
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace app
