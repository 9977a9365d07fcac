#include "splittool.h"

#include "pathdigitizer.h"

#include "editing/commands/splitmergecommands.h"
#include "editing/editsession.h"

#include <QUndoStack>

#include <boost/geometry/algorithms/intersects.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace app {

SplitTool::SplitTool(MapCanvas *canvas, const core::PlanProject &project,
                     core::EditSession *session, QStringList snapLayers, QObject *parent)
    : MapTool(parent)
    , mSession(session)
    , mDigitizer(new PathDigitizer(canvas, project, session, std::move(snapLayers), this))
{
    mDigitizer->setMinimumPoints(2);
    connect(mDigitizer, &PathDigitizer::finished, this, &SplitTool::split);
}

bool SplitTool::mousePress(QMouseEvent *event)
{
    return mDigitizer->mousePress(event);
}

bool SplitTool::mouseMove(QMouseEvent *event)
{
    return mDigitizer->mouseMove(event);
}

bool SplitTool::mouseRelease(QMouseEvent *event)
{
    return mDigitizer->mouseRelease(event);
}

bool SplitTool::keyPress(QKeyEvent *event)
{
    return mDigitizer->keyPress(event);
}

void SplitTool::paint(QPainter &painter) const
{
    mDigitizer->paint(painter);
}

void SplitTool::split(const gis::LineString &line)
{
    const auto zones = mSession->editedFeatures();
    std::vector<std::unique_ptr<QUndoCommand>> cuts;
    QString why;
    for (const gis::Feature &zone : zones->features) {
        const auto *polygons = std::get_if<gis::MultiPolygon>(&zone.geometry);
        if (!polygons || !boost::geometry::intersects(line, *polygons))
            continue;
        QString error;
        if (auto cut = core::SplitFeatureCommand::create(mSession, zone.id, line, &error))
            cuts.push_back(std::move(cut));
        else if (why.isEmpty())
            why = error;
    }
    if (cuts.empty()) {
        mDigitizer->showMessage(why.isEmpty() ? tr("Nothing was split: the line crosses no zone.")
                                              : tr("Nothing was split: %1").arg(why));
        return;
    }
    QUndoStack *stack = mSession->undoStack();
    if (cuts.size() == 1) {
        stack->push(cuts.front().release());
        return;
    }
    stack->beginMacro(tr("Split %1 zones").arg(cuts.size()));
    for (auto &cut : cuts)
        stack->push(cut.release());
    stack->endMacro();
}

} // namespace app
