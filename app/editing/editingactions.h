#pragma once

#include "drawingtools.h"
#include "saveprompt.h"

#include "editing/snappingsettings.h"

#include <QKeySequence>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace core {
class EditSession;
class LayerEditing;
class PlanProject;
} // namespace core

namespace app {

class ConflictReview;
class FeatureEditingActions;
class MapCanvas;
class MapTool;
class VertexTool;

// What an editing tool is made with when the planner chooses it.
struct ToolContext
{
    MapCanvas *canvas;
    core::PlanProject *project;
    core::LayerEditing *editing;
    core::EditSession *session;      // the layer chosen in the layer panel, being edited
    QStringList snapLayers;          // the layers whose vertices and edges the tool snaps to
    core::SnappingSettings snapping; // the tolerance, and vertices and/or segments
};

// The Edit menu and the undo history dock: start and stop editing the layer chosen in the
// layer panel, save or discard its edits, undo and redo the active session's commands, and
// the offer to bring back edits a crash left in the journal. It follows the open project.
class EditingActions : public QObject
{
    Q_OBJECT
public:
    using CurrentLayer = std::function<QString()>;
    using ToolFactory = std::function<MapTool *(const ToolContext &context, QObject *parent)>;

    EditingActions(QMainWindow *window, CurrentLayer currentLayer, SavePrompt prompt);
    ~EditingActions() override;

    void setProject(core::PlanProject *project);
    // The canvas the vertex tool works on, and the conflicts of PostGIS saves are shown on.
    void setCanvas(MapCanvas *canvas);
    // The Conflicts dock and the map's two versions, once the canvas is set.
    ConflictReview *conflictReview() const { return mConflictReview; }
    QAction *vertexToolAction() const { return mVertexAction; }
    // Draw zone, split, reshape: their menu entries.
    const DrawingToolActions &drawingToolActions() const { return mDrawingTools; }
    VertexTool *vertexTool() const;
    // The tool chosen now (one at a time), if any.
    MapTool *activeTool() const { return mTool; }
    // A checkable entry of the Edit menu that puts the tool on the canvas while the chosen
    // layer is being edited; the tools exclude each other.
    QAction *addTool(const QString &text, const QKeySequence &shortcut, const QString &toolTip,
                     ToolFactory factory);
    // The layers tools snap to, as the snapping settings say: every vector layer shown (the
    // edited one included), or the layers chosen.
    QStringList snapLayers() const;
    QAction *snappingOptionsAction() const { return mSnappingOptions; }
    core::LayerEditing *editing() const { return mEditing.get(); }
    QMenu *menu() const { return mMenu; }
    QDockWidget *historyDock() const { return mHistory; }
    QAction *toggleAction() const { return mToggle; }
    // "Lock features I edit (PostGIS)": off by default; applies to sessions started after.
    QAction *lockFeaturesAction() const { return mLockFeatures; }
    // What a tool or an action works with now: the session is that of the layer chosen in the
    // layer panel, null when it is not being edited.
    ToolContext context() const;
    FeatureEditingActions *featureActions() const { return mFeatureActions; }
    // The layer chosen in the layer panel, which the Edit menu acts on.
    QString currentLayer() const { return mCurrentLayer ? mCurrentLayer() : QString(); }

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
    void toolChanged(app::MapTool *tool); // null: no tool

private:
    void createActions();
    void offerJournals();
    void chooseTool(QAction *action, bool chosen);
    void dropTool();
    void editSnappingOptions();
    void renewTool(); // the active tool made again, with the snapping settings as they are now
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
    QAction *mLockFeatures = nullptr;
    QAction *mVertexAction = nullptr;
    DrawingToolActions mDrawingTools;
    QAction *mSnappingOptions = nullptr;
    QActionGroup *mTools;
    QAction *mToolsEnd = nullptr; // the tools' entries go before it
    std::vector<std::pair<QAction *, ToolFactory>> mToolFactories;
    QPointer<MapCanvas> mCanvas;
    MapTool *mTool = nullptr;
    FeatureEditingActions *mFeatureActions = nullptr;
    ConflictReview *mConflictReview = nullptr;
};

} // namespace app
