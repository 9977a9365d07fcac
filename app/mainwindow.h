#pragma once

#include "geometry/geometry.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;

namespace core {
class PlanProject;
}
namespace gis {
class CoordinateTransform;
}

namespace app {

class AttributeTableDock;
class CrsSelector;
class IdentifyDock;
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
    AttributeTableDock *attributeTable() const { return mAttributeTable; }
    void zoomToSelection();
    bool isLoading() const;
    QString coordinateText() const;
    QLineEdit *scaleEdit() const { return mScaleEdit; }

signals:
    void projectOpened();

private:
    void createMenus();
    void openDatasetDialog();
    void onProjectLoaded();
    void showCursorPosition(const gis::Point &mapPoint);
    void showScale();
    void applyTypedScale();
    void rebuildBookmarkMenu();
    void updateHistoryActions();
    void identify(const gis::Point &mapPoint, Qt::KeyboardModifiers modifiers);
    void showSelection();

    MapCanvas *mCanvas;
    LayerTreeDock *mLayerTree;
    IdentifyDock *mIdentifyDock;
    AttributeTableDock *mAttributeTable;
    ProjectLoader *mLoader;
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
