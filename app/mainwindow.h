#pragma once

#include "geometry/geometry.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;

namespace core {
class PlanProject;
struct LoadedLayers;
} // namespace core
namespace gis {
class CoordinateTransform;
}

namespace app {

class CrsSelector;
class IdentifyDock;
class LayerLoader;
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

    // Opens the bundled project when `datasetPath` is empty, the dataset otherwise.
    void openInitialProject(const QString &datasetPath);

    core::PlanProject *project() const { return mProject.get(); }
    MapCanvas *canvas() const { return mCanvas; }
    LayerTreeDock *layerTree() const { return mLayerTree; }
    IdentifyDock *identifyDock() const { return mIdentifyDock; }
    bool isLoading() const;
    QString coordinateText() const;
    QLineEdit *scaleEdit() const { return mScaleEdit; }
    // Reads the files off the GUI thread and adds their layers to the open project.
    void addLayerFiles(const QStringList &paths);
    bool isAddingLayers() const;

signals:
    void projectOpened();
    void layersAdded(int count);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void openDatasetDialog();
    void addLayerDialog();
    static QString dataFileFilter();
    void onLayersLoaded(const core::LoadedLayers &layers);
    void onProjectLoaded();
    void showCursorPosition(const gis::Point &mapPoint);
    void showScale();
    void applyTypedScale();
    void rebuildBookmarkMenu();
    void updateHistoryActions();
    void identify(const gis::Point &mapPoint);

    MapCanvas *mCanvas;
    LayerTreeDock *mLayerTree;
    IdentifyDock *mIdentifyDock;
    ProjectLoader *mLoader;
    LayerLoader *mLayerLoader;
    QLabel *mCoordinateLabel;
    QLineEdit *mScaleEdit;
    CrsSelector *mCrsSelector;
    QMenu *mBookmarkMenu = nullptr;
    QAction *mBackAction = nullptr;
    QAction *mForwardAction = nullptr;
    std::unique_ptr<core::PlanProject> mProject;
    std::unique_ptr<gis::CoordinateTransform> mToLonLat;
};

} // namespace app
