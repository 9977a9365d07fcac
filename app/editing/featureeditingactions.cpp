#include "featureeditingactions.h"

#include "attributeform.h"
#include "editingactions.h"
#include "movefeaturetool.h"
#include "selecttool.h"

#include "canvas/mapcanvas.h"
#include "editing/commands/featurecommands.h"
#include "editing/commands/splitmergecommands.h"
#include "editing/editsession.h"
#include "editing/layerediting.h"
#include "editing/selectedfeatures.h"
#include "project/planproject.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace app {

FeatureEditingActions::FeatureEditingActions(EditingActions *actions, QWidget *window)
    : QObject(actions)
    , mActions(actions)
    , mWindow(window)
{
    addTools();
    addActions();
}

void FeatureEditingActions::addTools()
{
    const auto selectTool = [this](SelectTool::Shape shape) {
        return [this, shape](const ToolContext &context, QObject *parent) -> MapTool * {
            auto *tool =
                new SelectTool(context.canvas, *context.project, context.session, shape, parent);
            connect(tool, &SelectTool::attributesRequested, this,
                    &FeatureEditingActions::editAttributes);
            return tool;
        };
    };
    mSelect = mActions->addTool(tr("Se&lect features"), QKeySequence(Qt::Key_S),
                                tr("Click a feature of the edited layer or drag a rectangle over "
                                   "features to select them; Shift adds, Ctrl toggles; "
                                   "double-click edits the attributes"),
                                selectTool(SelectTool::Shape::Rectangle));
    mSelectByPolygon = mActions->addTool(
        tr("Select by &polygon"), QKeySequence(Qt::SHIFT | Qt::Key_S),
        tr("Click the corners of a polygon; a double-click or Enter selects the features it "
           "touches, Esc drops it"),
        selectTool(SelectTool::Shape::Polygon));
    mMove = mActions->addTool(tr("Move &features"), QKeySequence(Qt::Key_M),
                              tr("Drag a feature of the edited layer, with the other selected "
                                 "features, to another place"),
                              [](const ToolContext &context, QObject *parent) -> MapTool * {
                                  return new MoveFeatureTool(context.canvas, *context.project,
                                                             context.session, context.snapLayers,
                                                             parent);
                              });
}

void FeatureEditingActions::addActions()
{
    QMenu *menu = mActions->menu();
    mDelete = menu->addAction(tr("Dele&te selected features"), this,
                              &FeatureEditingActions::deleteSelected);
    mDelete->setShortcut(QKeySequence::Delete);
    // On the map only: the layer panel's Delete removes layers.
    mDelete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mMerge =
        menu->addAction(tr("Mer&ge selected zones"), this, &FeatureEditingActions::mergeSelected);
    mAttributes =
        menu->addAction(tr("Edit &attributes…"), this, &FeatureEditingActions::editAttributes);
    mAttributes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    menu->addSeparator();
}

void FeatureEditingActions::refresh()
{
    const ToolContext context = mActions->context();
    if (context.canvas && !context.canvas->actions().contains(mDelete))
        context.canvas->addAction(mDelete);
    followSelection(context.project);
    const qsizetype selected =
        context.session
            ? core::selectedFeatureIds(*context.project, context.session->layerId()).size()
            : 0;
    mDelete->setEnabled(selected > 0);
    mMerge->setEnabled(selected > 1);
    mAttributes->setEnabled(selected > 0);
}

// The actions follow the selection of the project open now.
void FeatureEditingActions::followSelection(core::PlanProject *project)
{
    core::FeatureSelection *selection = project ? project->selection() : nullptr;
    if (selection == mSelection)
        return;
    if (mSelection)
        disconnect(mSelection, nullptr, this, nullptr);
    mSelection = selection;
    if (mSelection)
        connect(mSelection, &core::FeatureSelection::changed, this,
                &FeatureEditingActions::refresh);
}

void FeatureEditingActions::deleteSelected()
{
    // The Delete key goes to the tool first: the vertex tool deletes its vertex with it.
    if (MapTool *tool = mActions->activeTool()) {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
        if (tool->keyPress(&key))
            return;
    }
    const ToolContext context = mActions->context();
    if (!context.session)
        return;
    const QVector<qint64> ids =
        core::selectedFeatureIds(*context.project, context.session->layerId());
    if (ids.isEmpty())
        return;
    auto command = std::make_unique<QUndoCommand>(
        ids.size() == 1 ? tr("Delete feature") : tr("Delete %1 features").arg(ids.size()));
    for (qint64 id : ids)
        new core::DeleteFeatureCommand(context.session, id, command.get());
    context.session->undoStack()->push(command.release());
}

void FeatureEditingActions::mergeSelected()
{
    const ToolContext context = mActions->context();
    if (!context.session)
        return;
    QString error;
    auto command = core::MergeFeaturesCommand::create(
        context.session, core::selectedFeatureIds(*context.project, context.session->layerId()),
        &error);
    if (!command) {
        showError(tr("Merge selected zones"), error);
        return;
    }
    context.session->undoStack()->push(command.release());
}

void FeatureEditingActions::editAttributes()
{
    const ToolContext context = mActions->context();
    if (!context.session)
        return;
    const QVector<qint64> ids =
        core::selectedFeatureIds(*context.project, context.session->layerId());
    if (ids.isEmpty()) {
        showError(tr("Edit attributes"), tr("Select the zones to edit first."));
        return;
    }
    AttributeForm::editFeatures(*context.project, context.session, ids, mWindow);
}

void FeatureEditingActions::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, mWindow);
    box->setObjectName(QStringLiteral("FeatureEditingError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace app
