#pragma once

#include "saveprompt.h"

#include "geometry/geometry.h"
#include "project/identification.h"

#include <QMainWindow>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QPrinter;
class QLineEdit;

namespace core {
class LoadControl;
class PlanProject;
class PrintLayout;
struct ExportOptions;
struct LoadedLayers;
} // namespace core
namespace gis {
class CoordinateTransform;
}

namespace app {

class AttributeTableDock;
class BackgroundTask;
class StatisticsDock;
class BookmarkMenu;
class CrsSelector;
class EditingActions;
class LiveCheck;
class IdentifyDock;
class LayerLoader;
class LayoutEditorWindow;
class LoadProgress;
class LayerTreeDock;
class MapCanvas;
class ProjectLoader;

// The main window: the map canvas in the middle, the layer panel at the side, coordinates and
// scale in the status bar. It wires the parts together and holds no map logic itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the bundled project when `path` is empty, a project file when it ends in
    // .planmap, a dataset otherwise; first asks about unsaved changes. False when cancelled.
    bool openInitialProject(const QString &path);

    // Saves to the project's file, asking for one when it has none. False when not saved.
    bool saveProject();
    bool saveProjectAs(const QString &path);
    // Asks (through the save prompt) what to do with unsaved changes; true when the current
    // project may be closed.
    bool confirmDiscardChanges();
    void setSavePrompt(SavePrompt prompt) { mSavePrompt = std::move(prompt); }
    EditingActions *editingActions() const { return mEditingActions; }
    LiveCheck *liveCheck() const { return mLiveCheck; }
    // The layer chosen in the layer panel; empty when none is.
    QString currentLayerId() const;
    BookmarkMenu *bookmarkMenu() const { return mBookmarkMenu; }

    core::PlanProject *project() const { return mProject.get(); }
    MapCanvas *canvas() const { return mCanvas; }
    LayerTreeDock *layerTree() const { return mLayerTree; }
    IdentifyDock *identifyDock() const { return mIdentifyDock; }
    AttributeTableDock *attributeTable() const { return mAttributeTable; }
    StatisticsDock *statisticsDock() const { return mStatisticsDock; }
    void zoomToSelection();
    bool isLoading() const;
    LoadProgress *loadProgress() const { return mLoadProgress; }
    QString coordinateText() const;
    QLineEdit *scaleEdit() const { return mScaleEdit; }
    // Reads the files off the GUI thread and adds their layers to the open project.
    void addLayerFiles(const QStringList &paths);
    bool isAddingLayers() const;
    // Writes the figures joined to every layer, derived ones included, as CSV (atomically).
    bool exportStatistics(const QString &path, QString *error);
    // The project's map on `layout`, as PDF, SVG, PNG or TIFF by the path's suffix; what
    // File → Export map… does once its dialog is closed.
    bool exportMap(const core::PrintLayout &layout, const QString &path, double dpi,
                   QString *error);
    // What File → Export map… does once its dialog is closed: writes `layout` to `path` on a
    // worker thread behind a progress dialog that can cancel it; the status bar, or a message
    // when it failed, tells how it ended. The task belongs to the window until it ends.
    BackgroundTask *startExport(const core::PrintLayout &layout, const QString &path,
                                const core::ExportOptions &options);
    // What File → Export atlas… does: a page per feature of `layerId`, into one PDF or (when
    // `path` holds "{name}") a file per feature, on a worker thread with page progress. Nothing
    // (and `error`) when the layer has no pages to give.
    BackgroundTask *startAtlasExport(const core::PrintLayout &layout, const QString &layerId,
                                     const QString &path, const core::ExportOptions &options,
                                     QString *error);
    // What File → Print map… does once its dialog is closed: prints `layout` (moved to the
    // printer's paper) on a worker thread behind a cancellable progress dialog.
    BackgroundTask *startPrint(const core::PrintLayout &layout, std::shared_ptr<QPrinter> printer);
    // Prints `layout` on `printer` (moved to the printer's paper) and waits.
    bool printMap(const core::PrintLayout &layout, QPrinter &printer, QString *error);
    // File → Layout editor…: a new editor window on the project, shown; nullptr without one.
    LayoutEditorWindow *openLayoutEditor();

signals:
    void projectOpened();
    void layersAdded(int count);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // What a background export or print says: while it runs, when done, and over a failure.
    struct TaskTexts
    {
        QString running;
        QString done;
        QString failureTitle;
    };
    BackgroundTask *runExport(
        std::function<QString(const std::atomic_bool &, const std::function<void(int, int)> &)>
            work,
        const TaskTexts &texts);
    void exportEnded(const TaskTexts &texts, const QString &error, bool cancelled);
    void exportAtlasDialog();
    void markEditedLayers();
    void createMenus();
    void createFileMenu();
    void createStatisticsMenu();
    void openDatasetDialog();
    void openProjectDialog();
    bool saveProjectAsDialog();
    void showProject(std::unique_ptr<core::PlanProject> project);
    void updateWindowTitle();
    QString projectName() const;
    void showWarnings(const QString &summary, const QStringList &warnings);
    void addLayerDialog();
    void importStatisticsDialog();
    void spatialJoinDialog();
    void shareGroupDialog();
    void exportStatisticsDialog();
    void exportMapDialog();
    void printMapDialog();
    void exportLayoutDialog(const core::PrintLayout &layout);
    void printLayoutDialog(const core::PrintLayout &layout);
    void refreshIdentifiedStatistics();
    static QString dataFileFilter();
    void onLayersLoaded(const core::LoadedLayers &layers,
                        const std::shared_ptr<core::LoadControl> &control);
    void onProjectLoaded();
    void showCursorPosition(const gis::Point &mapPoint);
    void showScale();
    void applyTypedScale();
    void updateHistoryActions();
    void identify(const gis::Point &mapPoint, Qt::KeyboardModifiers modifiers);
    void showSelection();

    MapCanvas *mCanvas;
    LayerTreeDock *mLayerTree;
    IdentifyDock *mIdentifyDock;
    QVector<core::IdentifiedFeature> mIdentified; // shown in the dock, to refresh their figures
    AttributeTableDock *mAttributeTable;
    StatisticsDock *mStatisticsDock;
    ProjectLoader *mLoader;
    LayerLoader *mLayerLoader;
    LoadProgress *mLoadProgress;
    QLabel *mCoordinateLabel;
    QLineEdit *mScaleEdit;
    CrsSelector *mCrsSelector;
    BookmarkMenu *mBookmarkMenu;
    QAction *mChineseLabels = nullptr;
    QAction *mEnglishLabels = nullptr;
    SavePrompt mSavePrompt = askToSave;
    EditingActions *mEditingActions;
    LiveCheck *mLiveCheck = nullptr;
    QAction *mBackAction = nullptr;
    QAction *mForwardAction = nullptr;
    std::unique_ptr<core::PlanProject> mProject;
    std::unique_ptr<gis::CoordinateTransform> mToLonLat;
};

} // namespace app
