#pragma once

#include <QDockWidget>
#include <QHash>
#include <QPointer>

#include <optional>

class QTreeWidget;
class QTreeWidgetItem;

namespace core {
class PlanProject;
}
namespace gis {
class VectorLayer;
}

namespace app {

class LayerTreeWidget;

// The layer panel: groups with their layers, a style swatch and a visibility checkbox each,
// and under a thematic layer its legend.
// Layers are dragged to reorder them; the context menu zooms to, removes or styles a layer.
// Every change goes through the project, and the tree is rebuilt from its signals.
class LayerTreeDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit LayerTreeDock(QWidget *parent = nullptr);

    void setProject(core::PlanProject *project);
    QTreeWidget *tree() const;
    QTreeWidgetItem *itemForLayer(const QString &layerId) const;

    // Layers being edited show a pencil, and a star while their edits are unsaved.
    enum class EditMark { Editing, Unsaved };
    void setEditMarks(const QHash<QString, EditMark> &marks);
    static QString markedTitle(const QString &title, std::optional<EditMark> mark);

    // Asks before removing; true when the layer was removed.
    bool removeLayerAfterConfirmation(const QString &layerId);
    void showProperties(const QString &layerId);
    // Greys out the layers whose scale range leaves them undrawn at 1:denominator.
    void setMapScale(double denominator);

signals:
    void zoomToLayerRequested(const QString &layerId);
    void attributeTableRequested(const QString &layerId);
    void filesDropped(const QStringList &paths);

private:
    void rebuild();
    void addLayerItem(QTreeWidgetItem *groupItem, const QString &id);
    // A themed layer's legend (title with unit and period, a swatch and label per class) as
    // rows under it.
    void addLegendItems(QTreeWidgetItem *layerItem, const gis::VectorLayer &layer);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void showContextMenu(const QPoint &position);
    void showGroupMenu(const QString &groupId, const QPoint &position);
    void markLayersOutOfScale();

    LayerTreeWidget *mTree;
    QPointer<core::PlanProject> mProject;
    bool mUpdating = false;
    double mMapScale = 0.0;
    QHash<QString, EditMark> mEditMarks;
};

} // namespace app
