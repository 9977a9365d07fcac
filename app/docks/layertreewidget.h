#pragma once

#include <QTreeWidget>

namespace app {

// The tree of the layer panel. Layers are dragged between places, never into one another:
// a drop is reported as the layer, its new group and position, and the project decides; the
// tree is then rebuilt from the project. Files dropped from outside are reported as well.
class LayerTreeWidget : public QTreeWidget
{
    Q_OBJECT
public:
    static constexpr int layerIdRole = Qt::UserRole + 1;
    static constexpr int groupIdRole = Qt::UserRole + 2;
    static constexpr int legendRole = Qt::UserRole + 3; // a legend row under a layer

    explicit LayerTreeWidget(QWidget *parent = nullptr);

    // Where a drop at `position` (viewport coordinates) puts a layer: its group and the index
    // (top first) within it; false when nowhere.
    bool dropTarget(const QPoint &position, QString *groupId, int *index) const;

signals:
    void layerDropped(const QString &layerId, const QString &groupId, int index);
    void filesDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace app
