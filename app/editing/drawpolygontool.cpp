#include "drawpolygontool.h"

#include "canvas/mapcanvas.h"
#include "pathdigitizer.h"

#include "editing/commands/featurecommands.h"
#include "editing/editsession.h"
#include "geometry/validity.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace app {

namespace {

gis::MultiPolygon zoneOf(const std::vector<gis::Point> &corners)
{
    gis::Polygon polygon;
    polygon.outer().assign(corners.begin(), corners.end());
    polygon.outer().push_back(corners.front());
    boost::geometry::correct(polygon);
    return gis::MultiPolygon{polygon};
}

} // namespace

DrawPolygonTool::DrawPolygonTool(MapCanvas *canvas, const core::PlanProject &project,
                                 core::EditSession *session, QStringList snapLayers,
                                 QObject *parent)
    : MapTool(parent)
    , mCanvas(canvas)
    , mSession(session)
    , mMeasurer(session->base().crs)
    , mDigitizer(new PathDigitizer(canvas, project, session, std::move(snapLayers), this))
{
    mDigitizer->setClosed(true);
    mDigitizer->setMinimumPoints(3);
    connect(mDigitizer, &PathDigitizer::changed, this, &DrawPolygonTool::updateSize);
    connect(mDigitizer, &PathDigitizer::finished, this, &DrawPolygonTool::drawn);
}

DrawPolygonTool::~DrawPolygonTool()
{
    delete mPreview; // a choice not made is no edit
}

bool DrawPolygonTool::mousePress(QMouseEvent *event)
{
    return !mPreview && mDigitizer->mousePress(event);
}

bool DrawPolygonTool::mouseMove(QMouseEvent *event)
{
    return !mPreview && mDigitizer->mouseMove(event);
}

bool DrawPolygonTool::mouseRelease(QMouseEvent *event)
{
    return !mPreview && mDigitizer->mouseRelease(event);
}

bool DrawPolygonTool::keyPress(QKeyEvent *event)
{
    return mPreview ? mPreview->keyPress(event->key()) : mDigitizer->keyPress(event);
}

// The outline closed at the pointer, measured on the ellipsoid in the layer's CRS.
void DrawPolygonTool::updateSize()
{
    mSizeText.clear();
    std::vector<gis::Point> corners = mDigitizer->points();
    if (mDigitizer->pointer() && !corners.empty())
        corners.push_back(*mDigitizer->pointer());
    if (corners.size() < 3)
        return;
    const auto size = mMeasurer.measure(gis::Geometry{zoneOf(corners)});
    if (!size)
        return;
    mSizeText = tr("Area %1 km²\nPerimeter %2 km")
                    .arg(QLocale().toString(size->areaSquareMetres / 1e6, 'f', 3),
                         QLocale().toString(size->lengthMetres / 1e3, 'f', 3));
}

void DrawPolygonTool::drawn(const gis::LineString &outline)
{
    const gis::MultiPolygon zone = zoneOf(std::vector<gis::Point>(outline.begin(), outline.end()));
    const gis::Validity validity = gis::checkValidity(zone);
    if (!validity.valid) {
        mDigitizer->showMessage(tr("The zone was not added: %1").arg(validity.reason));
        return;
    }
    core::NeighbourFit fit = core::fitToNeighbours(*mSession, zone, std::nullopt);
    if (!fit.changesAnything()) {
        add(zone);
        return;
    }
    mPreview = new NeighbourFitPreview(std::move(fit), mMeasurer, mCanvas);
    connect(mPreview, &NeighbourFitPreview::chosen, this, &DrawPolygonTool::decide);
    mCanvas->update();
}

void DrawPolygonTool::decide(NeighbourFitPreview::Choice choice)
{
    const core::NeighbourFit fit = mPreview->fit();
    mPreview->deleteLater();
    mPreview = nullptr;
    if (choice == NeighbourFitPreview::Choice::Fit)
        add(fit.fitted);
    else if (choice == NeighbourFitPreview::Choice::Keep)
        add(fit.drawn);
    mCanvas->update();
}

void DrawPolygonTool::add(const gis::MultiPolygon &zone)
{
    gis::Feature feature{0, QVariantList(mSession->base().fields.size()), zone};
    auto *command = new core::AddFeatureCommand(mSession, std::move(feature));
    command->setText(tr("Draw zone"));
    mSession->undoStack()->push(command);
    emit featureDrawn(command->featureId());
}

void DrawPolygonTool::paint(QPainter &painter) const
{
    if (!mCanvas)
        return;
    if (mPreview) {
        mPreview->paintOnMap(
            painter, [this](const gis::Point &point) { return mDigitizer->toPixel(point); });
        return;
    }
    mDigitizer->paint(painter);
    if (mSizeText.isEmpty() || !mDigitizer->isDrawing())
        return;
    painter.save();
    const QRectF box = painter.fontMetrics()
                           .boundingRect(QRect(0, 0, 400, 200), Qt::AlignLeft, mSizeText)
                           .adjusted(-4, -2, 4, 2)
                           .translated((mDigitizer->pointerPixel() + QPointF(14, 14)).toPoint());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRect(box);
    painter.setPen(Qt::black);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, mSizeText);
    painter.restore();
}

} // namespace app
