#include "editingactions.h"

#include "canvas/mapcanvas.h"
#include "editing/editsession.h"
#include "editing/layerediting.h"
#include "editing/vertextool.h"
#include "project/planproject.h"

#include <QAction>
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
{
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
    dropVertexTool();
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
    mVertexAction = mMenu->addAction(tr("&Move vertices"), this, &EditingActions::chooseVertexTool);
    mVertexAction->setCheckable(true);
    mVertexAction->setShortcut(QKeySequence(Qt::Key_V));
    mVertexAction->setToolTip(tr("Drag a vertex of the edited layer; a vertex its zones share "
                                 "moves in all of them"));
    mMenu->addSeparator();
    mMenu->addAction(mHistory->toggleViewAction());
    connect(mMenu, &QMenu::aboutToShow, this, &EditingActions::refreshActions);
}

void EditingActions::setProject(core::PlanProject *project)
{
    dropVertexTool();
    mEditing.reset();
    mProject = project;
    if (!mProject)
        return;
    mEditing = std::make_unique<core::LayerEditing>(mProject);
    const auto changed = [this] {
        refreshActions();
        emit unsavedEditsChanged();
    };
    connect(mEditing.get(), &core::LayerEditing::editingChanged, this, changed);
    connect(mEditing.get(), &core::LayerEditing::modifiedChanged, this, changed);
    connect(mEditing.get(), &core::LayerEditing::journalFailed, this,
            [this](const QString &message) { showError(tr("Edit journal"), message); });
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
    if (!mEditing->save(layerId, author, &error)) {
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
        if (mVertexTool && mVertexTool->session() == session)
            dropVertexTool();
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
    mVertexAction->setEnabled(session != nullptr && mCanvas);
    mVertexAction->setChecked(mVertexTool != nullptr);
    if (session)
        mUndoGroup->setActiveStack(session->undoStack());
}

void EditingActions::chooseVertexTool(bool chosen)
{
    dropVertexTool();
    core::EditSession *session = mEditing ? mEditing->session(mCurrentLayer()) : nullptr;
    if (chosen && session && mCanvas) {
        // Snap to every vector layer shown, the edited one included.
        QStringList snapLayers;
        for (const gis::LayerSnapshot &layer : mProject->visibleLayerSnapshots()) {
            if (layer.kind == gis::LayerKind::Vector)
                snapLayers << layer.id;
        }
        mVertexTool = new VertexTool(mCanvas, *mProject, session, snapLayers, this);
        mCanvas->setMapTool(mVertexTool);
    }
    refreshActions();
}

void EditingActions::dropVertexTool()
{
    if (!mVertexTool)
        return;
    if (mCanvas && mCanvas->mapTool() == mVertexTool)
        mCanvas->setMapTool(nullptr);
    delete mVertexTool;
    mVertexTool = nullptr;
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
