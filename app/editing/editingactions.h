#pragma once

#include "saveprompt.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace core {
class LayerEditing;
class PlanProject;
} // namespace core

namespace app {

class MapCanvas;
class VertexTool;

// The Edit menu and the undo history dock: start and stop editing the layer chosen in the
// layer panel, save or discard its edits, undo and redo the active session's commands, and
// the offer to bring back edits a crash left in the journal. It follows the open project.
class EditingActions : public QObject
{
    Q_OBJECT
public:
    using CurrentLayer = std::function<QString()>;

    EditingActions(QMainWindow *window, CurrentLayer currentLayer, SavePrompt prompt);
    ~EditingActions() override;

    void setProject(core::PlanProject *project);
    // The canvas the vertex tool works on.
    void setCanvas(MapCanvas *canvas) { mCanvas = canvas; }
    QAction *vertexToolAction() const { return mVertexAction; }
    VertexTool *vertexTool() const { return mVertexTool; }
    core::LayerEditing *editing() const { return mEditing.get(); }
    QMenu *menu() const { return mMenu; }
    QDockWidget *historyDock() const { return mHistory; }
    QAction *toggleAction() const { return mToggle; }

    // Starts editing the layer, or stops it (asking about unsaved edits first).
    bool toggleEditing(const QString &layerId);
    bool saveEdits(const QString &layerId);
    void discardEdits(const QString &layerId);
    // Before the window closes or another project opens: true when no edit would be lost.
    bool confirmUnsavedEdits();
    bool hasUnsavedEdits() const;
    // What the actions offer for the layer chosen now (call when the choice changes).
    void refreshActions();

signals:
    void unsavedEditsChanged();

private:
    void createActions();
    void offerJournals();
    void chooseVertexTool(bool chosen);
    void dropVertexTool();
    void showError(const QString &title, const QString &message);

    QMainWindow *mWindow;
    CurrentLayer mCurrentLayer;
    SavePrompt mPrompt;
    core::PlanProject *mProject = nullptr;
    std::unique_ptr<core::LayerEditing> mEditing;
    QUndoGroup *mUndoGroup;
    QMenu *mMenu;
    QDockWidget *mHistory;
    QAction *mToggle = nullptr;
    QAction *mSave = nullptr;
    QAction *mDiscard = nullptr;
    QAction *mVertexAction = nullptr;
    QPointer<MapCanvas> mCanvas;
    VertexTool *mVertexTool = nullptr;
};

} // namespace app
