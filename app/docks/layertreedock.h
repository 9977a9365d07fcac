#pragma once

#include <QDockWidget>
#include <QPointer>

class QTreeWidget;
class QTreeWidgetItem;

namespace core {
class PlanProject;
}

namespace app {

// The layer panel: groups with their layers, a style swatch and a visibility checkbox each.
class LayerTreeDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit LayerTreeDock(QWidget *parent = nullptr);

    void setProject(core::PlanProject *project);
    QTreeWidget *tree() const { return mTree; }

signals:
    void zoomToLayerRequested(const QString &layerId);

private:
    void rebuild();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void showContextMenu(const QPoint &position);

    QTreeWidget *mTree;
    QPointer<core::PlanProject> mProject;
    bool mUpdating = false;
};

} // namespace app
