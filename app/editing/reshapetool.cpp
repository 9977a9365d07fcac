#include "reshapetool.h"

#include "canvas/mapcanvas.h"
#include "pathdigitizer.h"

#include "editing/commands/reshapecommand.h"
#include "editing/editsession.h"
#include "geometry/reshape.h"

#include <QKeyEvent>
#include <QUndoStack>

#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace app {

namespace {

// How much of the path (its inner vertices and the middles of its segments) lies in the zone.
int pointsInside(const gis::LineString &path, const gis::MultiPolygon &zone)
{
    int inside = 0;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        const gis::Point middle((path[i].x() + path[i + 1].x()) / 2,
                                (path[i].y() + path[i + 1].y()) / 2);
        inside += boost::geometry::covered_by(middle, zone);
        if (i > 0)
            inside += boost::geometry::covered_by(path[i], zone);
    }
    return inside;
}

bool covers(const gis::Box &box, const gis::Point &point, double tolerance)
{
    return point.x() >= box.min_corner().x() - tolerance &&
           point.x() <= box.max_corner().x() + tolerance &&
           point.y() >= box.min_corner().y() - tolerance &&
           point.y() <= box.max_corner().y() + tolerance;
}

} // namespace

ReshapeTool::ReshapeTool(MapCanvas *canvas, const core::PlanProject &project,
                         core::EditSession *session, QStringList snapLayers, QObject *parent)
    : MapTool(parent)
    , mCanvas(canvas)
    , mSession(session)
    , mMeasurer(session->base().crs)
    , mDigitizer(new PathDigitizer(canvas, project, session, std::move(snapLayers), this))
{
    mDigitizer->setMinimumPoints(2);
    connect(mDigitizer, &PathDigitizer::finished, this, &ReshapeTool::reshape);
}

ReshapeTool::~ReshapeTool()
{
    delete mPreview;
}

bool ReshapeTool::mousePress(QMouseEvent *event)
{
    return !mPreview && mDigitizer->mousePress(event);
}

bool ReshapeTool::mouseMove(QMouseEvent *event)
{
    return !mPreview && mDigitizer->mouseMove(event);
}

bool ReshapeTool::mouseRelease(QMouseEvent *event)
{
    return !mPreview && mDigitizer->mouseRelease(event);
}

bool ReshapeTool::keyPress(QKeyEvent *event)
{
    return mPreview ? mPreview->keyPress(event->key()) : mDigitizer->keyPress(event);
}

void ReshapeTool::paint(QPainter &painter) const
{
    if (mPreview)
        mPreview->paintOnMap(
            painter, [this](const gis::Point &point) { return mDigitizer->toPixel(point); });
    else
        mDigitizer->paint(painter);
}

// Every zone whose boundary the path starts and ends on could take it; the one it runs
// through is meant (a path along a shared edge into a neighbour cuts into the neighbour).
void ReshapeTool::reshape(const gis::LineString &path)
{
    const double tolerance = mDigitizer->layerUnitsPerPixel() * mDigitizer->snapTolerance();
    const auto zones = mSession->editedFeatures();
    std::optional<gis::MultiPolygon> best;
    qint64 bestZone = 0;
    int bestInside = -1;
    QString why;
    for (std::size_t index = 0; index < zones->features.size(); ++index) {
        const gis::Feature &zone = zones->features[index];
        const auto *polygons = std::get_if<gis::MultiPolygon>(&zone.geometry);
        if (!polygons)
            continue;
        QString error;
        auto reshaped = gis::reshape(*polygons, path, tolerance, &error);
        if (!reshaped) {
            // A zone the path's ends are near says more about what went wrong than the rest.
            if (why.isEmpty() || (covers(zones->envelope(index), path.front(), tolerance) &&
                                  covers(zones->envelope(index), path.back(), tolerance)))
                why = error;
            continue;
        }
        const int inside = pointsInside(path, *polygons);
        if (inside > bestInside) {
            best = std::move(reshaped);
            bestZone = zone.id;
            bestInside = inside;
        }
    }
    if (!best) {
        mDigitizer->showMessage(tr("Nothing was reshaped: %1").arg(why));
        return;
    }
    core::NeighbourFit fit = core::fitToNeighbours(*mSession, *best, bestZone);
    if (!fit.changesAnything()) {
        mSession->undoStack()->push(new core::ReshapeCommand(mSession, bestZone, *best));
        return;
    }
    mZone = bestZone;
    mPreview = new NeighbourFitPreview(std::move(fit), mMeasurer, mCanvas);
    connect(mPreview, &NeighbourFitPreview::chosen, this, &ReshapeTool::decide);
    mCanvas->update();
}

void ReshapeTool::decide(NeighbourFitPreview::Choice choice)
{
    const core::NeighbourFit fit = mPreview->fit();
    mPreview->deleteLater();
    mPreview = nullptr;
    if (choice == NeighbourFitPreview::Choice::Fit)
        mSession->undoStack()->push(
            new core::ReshapeCommand(mSession, mZone, fit.fitted, fit.neighbourChanges));
    else if (choice == NeighbourFitPreview::Choice::Keep)
        mSession->undoStack()->push(new core::ReshapeCommand(mSession, mZone, fit.drawn));
    mCanvas->update();
}

} // namespace app
