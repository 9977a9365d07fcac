#include "layertreewidget.h"

#include <QDropEvent>
#include <QMimeData>

namespace app {

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.push_back(url.toLocalFile());
    }
    return paths;
}

} // namespace

LayerTreeWidget::LayerTreeWidget(QWidget *parent)
    : QTreeWidget(parent)
{
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

bool LayerTreeWidget::dropTarget(const QPoint &position, QString *groupId, int *index) const
{
    QTreeWidgetItem *item = itemAt(position);
    if (item && item->data(0, legendRole).toBool())
        item = item->parent(); // a drop on a legend row goes beside its layer
    if (!item)
        return false;
    if (!item->parent()) { // a group: on its top
        *groupId = item->data(0, groupIdRole).toString();
        *index = 0;
        return true;
    }
    *groupId = item->parent()->data(0, groupIdRole).toString();
    *index = item->parent()->indexOfChild(item);
    if (position.y() > visualItemRect(item).center().y())
        ++*index;
    return true;
}

void LayerTreeWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        QTreeWidget::dragEnterEvent(event);
}

void LayerTreeWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        QTreeWidget::dragMoveEvent(event);
}

void LayerTreeWidget::dropEvent(QDropEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        const QStringList paths = localFiles(event->mimeData());
        event->acceptProposedAction();
        if (!paths.isEmpty())
            emit filesDropped(paths);
        return;
    }
    // An internal move: the dragged layer is the selected one. The items are not moved here;
    // the project is, and the tree follows it.
    const QList<QTreeWidgetItem *> selected = selectedItems();
    const QString layerId =
        selected.isEmpty() ? QString() : selected.front()->data(0, layerIdRole).toString();
    QString groupId;
    int index = 0;
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (layerId.isEmpty() || !dropTarget(event->position().toPoint(), &groupId, &index))
        return;
    // Counted without the layer itself when it moves down within its own group.
    QTreeWidgetItem *dragged = selected.front();
    if (dragged->parent() && dragged->parent()->data(0, groupIdRole).toString() == groupId &&
        dragged->parent()->indexOfChild(dragged) < index)
        --index;
    emit layerDropped(layerId, groupId, index);
}

} // namespace app
