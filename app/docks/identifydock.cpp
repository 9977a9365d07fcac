#include "identifydock.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace app {

IdentifyDock::IdentifyDock(QWidget *parent)
    : QDockWidget(tr("Identify results"), parent)
    , mTree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("IdentifyDock"));
    mTree->setColumnCount(2);
    mTree->setHeaderLabels({tr("Feature / field"), tr("Value")});
    mTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mTree->setWordWrap(true);
    setWidget(mTree);
}

void IdentifyDock::showResults(const QVector<core::IdentifiedFeature> &features)
{
    mTree->clear();
    if (features.isEmpty()) {
        new QTreeWidgetItem(mTree, {tr("Nothing here")});
        return;
    }
    QTreeWidgetItem *layerItem = nullptr;
    for (const core::IdentifiedFeature &feature : features) {
        if (!layerItem || layerItem->data(0, Qt::UserRole).toString() != feature.layerId) {
            layerItem = new QTreeWidgetItem(mTree, {feature.layerTitle});
            layerItem->setData(0, Qt::UserRole, feature.layerId);
            QFont bold = layerItem->font(0);
            bold.setBold(true);
            layerItem->setFont(0, bold);
            layerItem->setExpanded(true);
        }
        auto *featureItem = new QTreeWidgetItem(layerItem, {feature.name});
        for (const auto &[field, value] : feature.attributes) {
            auto *row = new QTreeWidgetItem(featureItem, {field, value});
            row->setToolTip(1, value);
        }
        featureItem->setExpanded(features.size() == 1 || featureItem == layerItem->child(0));
    }
}

} // namespace app
