#include "editingactions.h"

#include "backgroundsave.h"

#include "canvas/mapcanvas.h"
#include "editing/conflictreview.h"
#include "editing/drawingtools.h"
#include "editing/editsession.h"
#include "editing/featureeditingactions.h"
#include "editing/layerediting.h"
#include "editing/snappingoptionsdialog.h"
#include "editing/vertextool.h"
#include "project/planproject.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoGroup>
#include <QUndoView>

namespace app {

EditingActions::EditingActions(QMainWindow *window, CurrentLayer currentLayer, SavePrompt prompt)
    : QObject(window)
    , mWindow(window)
    , mCurrentLayer(std::move(currentLayer))
    , mPrompt(std::move(prompt))
    , mUndoGroup(new QUndoGroup(this))
    , mMenu(new QMenu(tr("&Edit"), window))
    , mHistory(new QDockWidget(tr("Undo history"), window))
    , mTools(new QActionGroup(this))
{
    mTools->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    mHistory->setObjectName(QStringLiteral("UndoHistoryDock"));
    mHistory->setWidget(new QUndoView(mUndoGroup, mHistory));
    createActions();
    refreshActions();
}

EditingActions::~EditingActions()
{
    // The window's widgets may be gone already: nothing may reach them from here on.
    if (mEditing)
        mEditing->disconnect(this);
    dropTool();
}

void EditingActions::createActions()
{
    QAction *undo = mUndoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = mUndoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    mMenu->addAction(undo);
    mMenu->addAction(redo);
    mMenu->addSeparator();
    mToggle = mMenu->addAction(tr("&Edit layer"), this, [this] { toggleEditing(mCurrentLayer()); });
    mToggle->setCheckable(true);
    mToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    mSave = mMenu->addAction(tr("&Save layer edits"), this, [this] { saveEdits(mCurrentLayer()); });
    mSave->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    mDiscard = mMenu->addAction(tr("&Discard layer edits"), this,
                                [this] { discardEdits(mCurrentLayer()); });
    mLockFeatures = mMenu->addAction(tr("&Lock features I edit (PostGIS)"));
    mLockFeatures->setCheckable(true);
    mLockFeatures->setToolTip(
        tr("Lock each feature of a PostGIS layer when you first change it, so that colleagues "
           "who lock too cannot edit it until you save or discard (for layers you start "
           "editing from now on)"));
    connect(mLockFeatures, &QAction::toggled, this, [this](bool on) {
        if (mEditing)
            mEditing->setLockFeatures(on);
    });
    mMenu->addSeparator();
    mVertexAction =
        addTool(tr("&Move vertices"), QKeySequence(Qt::Key_V),
                tr("Drag a vertex or a segment of the edited layer, double-click a "
                   "segment to add a vertex; what zones share changes in all of them"),
                [](const ToolContext &context, QObject *parent) -> MapTool * {
                    return new VertexTool(context.canvas, *context.project, context.session,
                                          context.snapLayers, context.snapping, parent);
                });
    mDrawingTools = addDrawingTools(*this);
    mToolsEnd = mMenu->addSeparator();
    mFeatureActions = new FeatureEditingActions(this, mWindow);
    mSnappingOptions =
        mMenu->addAction(tr("Snapping &options…"), this, &EditingActions::editSnappingOptions);
    mMenu->addAction(mHistory->toggleViewAction());
    connect(mMenu, &QMenu::aboutToShow, this, &EditingActions::refreshActions);
}

void EditingActions::setCanvas(MapCanvas *canvas)
{
    mCanvas = canvas;
    if (!mConflictReview && canvas)
        mConflictReview = new ConflictReview(mWindow, this, canvas);
}

void EditingActions::setProject(core::PlanProject *project)
{
    dropTool();
    mEditing.reset();
    mProject = project;
    if (!mProject) {
        if (mConflictReview)
            mConflictReview->setProject(nullptr);
        return;
    }
    mEditing = std::make_unique<core::LayerEditing>(mProject);
    mEditing->setLockFeatures(mLockFeatures->isChecked());
    connect(mProject, &core::PlanProject::snappingSettingsChanged, this,
            &EditingActions::renewTool);
    const auto changed = [this] {
        refreshActions();
        emit unsavedEditsChanged();
    };
    connect(mEditing.get(), &core::LayerEditing::editingChanged, this, changed);
    connect(mEditing.get(), &core::LayerEditing::modifiedChanged, this, changed);
    connect(mEditing.get(), &core::LayerEditing::journalFailed, this,
            [this](const QString &message) { showError(tr("Edit journal"), message); });
    connect(mEditing.get(), &core::LayerEditing::editRefused, this,
            [this](const QString &, const QString &message) {
                showError(tr("Edit refused"), message);
            });
    if (mConflictReview)
        mConflictReview->setProject(mProject);
    refreshActions();
    offerJournals();
}

bool EditingActions::hasUnsavedEdits() const
{
    return mEditing && mEditing->hasUnsavedEdits();
}

bool EditingActions::toggleEditing(const QString &layerId)
{
    if (!mEditing || layerId.isEmpty())
        return false;
    if (core::EditSession *running = mEditing->session(layerId)) {
        if (running->isModified()) {
            switch (mPrompt(mWindow, mProject->layer(layerId)->title())) {
            case SaveChoice::Save:
                if (!saveEdits(layerId))
                    return false;
                break;
            case SaveChoice::Discard:
                break;
            case SaveChoice::Cancel:
                return false;
            }
        }
        discardEdits(layerId); // saved by now, or given up
        return true;
    }
    QString error;
    core::EditSession *started = mEditing->start(layerId, &error);
    if (!started) {
        showError(tr("Edit layer"), error);
        return false;
    }
    mUndoGroup->addStack(started->undoStack());
    mUndoGroup->setActiveStack(started->undoStack());
    refreshActions();
    return true;
}

bool EditingActions::saveEdits(const QString &layerId)
{
    if (!mEditing || !mEditing->session(layerId))
        return false;
    QString error;
    const gis::EditAuthor author{qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")),
                                 QDateTime::currentDateTimeUtc()};
    std::optional<core::SaveJob> job = mEditing->prepareSave(layerId, author, &error);
    if (job) {
        const gis::VectorLayer *layer = mProject->layer(layerId);
        BackgroundSave::run(*job, layer ? layer->title() : layerId, mWindow);
    }
    if (!job || !mEditing->finishSave(*job, &error)) {
        // Features someone else changed are listed in the Conflicts dock (ConflictReview),
        // which conflictsFound opened; the rest were saved.
        if (mEditing->session(layerId)->conflicts().empty())
            showError(tr("Save layer edits"), error);
        return false;
    }
    return true;
}

void EditingActions::discardEdits(const QString &layerId)
{
    if (!mEditing)
        return;
    if (core::EditSession *session = mEditing->session(layerId)) {
        dropTool(); // it may work on this session

        mUndoGroup->removeStack(session->undoStack());
    }
    mEditing->discard(layerId);
}

bool EditingActions::confirmUnsavedEdits()
{
    if (!hasUnsavedEdits())
        return true;
    const QStringList layers = mEditing->editedLayers();
    switch (mPrompt(mWindow, tr("the edits of %n layer(s)", nullptr, int(layers.size())))) {
    case SaveChoice::Save:
        return std::all_of(layers.begin(), layers.end(),
                           [this](const QString &layer) { return saveEdits(layer); });
    case SaveChoice::Discard:
        for (const QString &layer : layers)
            discardEdits(layer);
        return true;
    case SaveChoice::Cancel:
        break;
    }
    return false;
}

void EditingActions::refreshActions()
{
    const QString layer = mCurrentLayer ? mCurrentLayer() : QString();
    core::EditSession *session = mEditing ? mEditing->session(layer) : nullptr;
    mToggle->setEnabled(mEditing && !layer.isEmpty() && mProject && mProject->layer(layer));
    mToggle->setChecked(session != nullptr);
    mSave->setEnabled(session && session->isModified());
    mDiscard->setEnabled(session != nullptr);
    if (mSnappingOptions) // not yet while the tools are being added
        mSnappingOptions->setEnabled(mProject != nullptr);
    for (const auto &[action, factory] : mToolFactories) {
        action->setEnabled(session != nullptr && mCanvas);
        action->setChecked(mTool && action == mTools->checkedAction());
    }
    if (session)
        mUndoGroup->setActiveStack(session->undoStack());
    if (mFeatureActions)
        mFeatureActions->refresh();
}

ToolContext EditingActions::context() const
{
    const QString layer = mCurrentLayer ? mCurrentLayer() : QString();
    return {mCanvas,        mProject,
            mEditing.get(), mEditing ? mEditing->session(layer) : nullptr,
            snapLayers(),   mProject ? mProject->snappingSettings() : core::SnappingSettings{}};
}

QAction *EditingActions::addTool(const QString &text, const QKeySequence &shortcut,
                                 const QString &toolTip, ToolFactory factory)
{
    auto *action = new QAction(text, this);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    action->setToolTip(toolTip);
    mTools->addAction(action);
    mMenu->insertAction(mToolsEnd, action); // appends while mToolsEnd is not there yet
    mToolFactories.emplace_back(action, std::move(factory));
    connect(action, &QAction::toggled, this,
            [this, action](bool chosen) { chooseTool(action, chosen); });
    refreshActions();
    return action;
}

VertexTool *EditingActions::vertexTool() const
{
    return qobject_cast<VertexTool *>(mTool);
}

QStringList EditingActions::snapLayers() const
{
    QStringList layers;
    if (!mProject)
        return layers;
    if (const core::SnappingSettings &settings = mProject->snappingSettings();
        !settings.allVisibleLayers) {
        for (const QString &id : settings.layerIds) {
            if (mProject->layer(id))
                layers << id;
        }
        return layers;
    }
    for (const gis::LayerSnapshot &layer : mProject->visibleLayerSnapshots()) {
        if (layer.kind == gis::LayerKind::Vector)
            layers << layer.id;
    }
    return layers;
}

void EditingActions::chooseTool(QAction *action, bool chosen)
{
    if (!chosen) {
        if (!mTools->checkedAction())
            dropTool();
        return;
    }
    dropTool();
    core::EditSession *session = mEditing ? mEditing->session(mCurrentLayer()) : nullptr;
    const auto entry = std::find_if(mToolFactories.begin(), mToolFactories.end(),
                                    [action](const auto &pair) { return pair.first == action; });
    if (session && mCanvas && entry != mToolFactories.end()) {
        mTool = entry->second(context(), this);
        mCanvas->setMapTool(mTool);
        emit toolChanged(mTool);
    }
    if (!mTool) {
        const QSignalBlocker blocker(action);
        action->setChecked(false);
    }
    refreshActions();
}

void EditingActions::dropTool()
{
    if (!mTool)
        return;
    if (mCanvas && mCanvas->mapTool() == mTool)
        mCanvas->setMapTool(nullptr);
    delete mTool;
    mTool = nullptr;
    emit toolChanged(nullptr);
}

void EditingActions::editSnappingOptions()
{
    if (!mProject)
        return;
    auto *dialog = new SnappingOptionsDialog(*mProject, mWindow);
    dialog->setObjectName(QStringLiteral("SnappingOptionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (mProject)
            mProject->setSnappingSettings(dialog->settings());
    });
    dialog->open();
}

void EditingActions::renewTool()
{
    if (QAction *chosen = mTools->checkedAction(); chosen && mTool)
        chooseTool(chosen, true);
}

// Without blocking: a crash left unsaved edits; the planner chooses to bring them back.
void EditingActions::offerJournals()
{
    const QStringList layers = mEditing->layersWithJournals();
    if (layers.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved edits found"),
                                tr("planmap closed without saving the edits of %n layer(s). "
                                   "Bring them back?",
                                   nullptr, int(layers.size())),
                                QMessageBox::NoButton, mWindow);
    box->setObjectName(QStringLiteral("RestoreEditsBox"));
    QPushButton *restore = box->addButton(tr("Restore edits"), QMessageBox::AcceptRole);
    box->addButton(tr("Discard them"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, layers, restore](auto *clicked) {
        for (const QString &layer : layers) {
            QString error;
            if (clicked != restore)
                QFile::remove(mEditing->journalPath(layer));
            else if (mEditing->restoreJournal(layer, &error))
                mUndoGroup->addStack(mEditing->session(layer)->undoStack());
            else
                showError(tr("Restore edits"), error);
        }
        refreshActions();
        emit unsavedEditsChanged();
    });
    box->open();
}

void EditingActions::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, mWindow);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace app
