#include "layertreedock.h"

#include "project/planproject.h"

#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QTreeWidget>

namespace app {

namespace {

constexpr int layerIdRole = Qt::UserRole + 1;

QIcon swatch(const gis::VectorLayer &layer)
{
    QPixmap pixmap(18, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const gis::Symbol &symbol = layer.symbol();
    QPen pen(symbol.strokeColor, 1.6, symbol.strokeStyle);
    painter.setPen(pen);
    switch (layer.features().kind) {
    case gis::GeometryKind::Point:
        painter.setBrush(symbol.fillColor);
        painter.drawEllipse(QPointF(9, 7), 4.5, 4.5);
        break;
    case gis::GeometryKind::Line:
        painter.drawLine(QPointF(1, 11), QPointF(17, 3));
        break;
    default:
        painter.setBrush(symbol.fillColor.alpha() > 0 ? QBrush(symbol.fillColor) : Qt::NoBrush);
        painter.drawRect(QRectF(1.5, 1.5, 15, 11));
        break;
    }
    return QIcon(pixmap);
}

} // namespace

LayerTreeDock::LayerTreeDock(QWidget *parent)
    : QDockWidget(tr("Layers"), parent)
    , mTree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("LayerTreeDock"));
    mTree->setHeaderHidden(true);
    mTree->setColumnCount(1);
    mTree->setRootIsDecorated(true);
    mTree->setUniformRowHeights(true);
    setWidget(mTree);
    connect(mTree, &QTreeWidget::itemChanged, this, &LayerTreeDock::onItemChanged);
    mTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mTree, &QTreeWidget::customContextMenuRequested, this, &LayerTreeDock::showContextMenu);
    connect(mTree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, layerIdRole).toString();
        if (!id.isEmpty())
            emit zoomToLayerRequested(id);
    });
}

void LayerTreeDock::setProject(core::PlanProject *project)
{
    mProject = project;
    rebuild();
}

void LayerTreeDock::rebuild()
{
    mUpdating = true;
    mTree->clear();
    if (mProject) {
        for (const core::LayerGroup &group : mProject->groups()) {
            auto *groupItem = new QTreeWidgetItem(mTree, {group.title});
            groupItem->setFlags(groupItem->flags() | Qt::ItemIsUserCheckable |
                                Qt::ItemIsAutoTristate);
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            for (const QString &id : group.layerIds) {
                const gis::VectorLayer *layer = mProject->layer(id);
                if (!layer)
                    continue;
                auto *item = new QTreeWidgetItem(groupItem, {layer->title()});
                item->setData(0, layerIdRole, id);
                item->setIcon(0, swatch(*layer));
                item->setToolTip(0, tr("%1 — %n feature(s)", nullptr,
                                       static_cast<int>(layer->features().features.size()))
                                        .arg(id));
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(0, layer->isVisible() ? Qt::Checked : Qt::Unchecked);
            }
            groupItem->setExpanded(true);
        }
    }
    mUpdating = false;
}

void LayerTreeDock::showContextMenu(const QPoint &position)
{
    QTreeWidgetItem *item = mTree->itemAt(position);
    const QString id = item ? item->data(0, layerIdRole).toString() : QString();
    if (id.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Zoom to layer"), this, [this, id] { emit zoomToLayerRequested(id); });
    menu.exec(mTree->viewport()->mapToGlobal(position));
}

void LayerTreeDock::onItemChanged(QTreeWidgetItem *item, int)
{
    if (mUpdating || !mProject)
        return;
    const QString id = item->data(0, layerIdRole).toString();
    if (!id.isEmpty())
        mProject->setLayerVisible(id, item->checkState(0) == Qt::Checked);
}

} // namespace app
