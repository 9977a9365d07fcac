#include "pgtablemodel.h"

namespace app {

PgTableModel::PgTableModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Table"), tr("Geometry"), tr("CRS")});
}

void PgTableModel::setTables(const std::vector<gis::postgis::PgSpatialTable> &tables)
{
    removeRows(0, rowCount());
    QStandardItem *schemaItem = nullptr;
    for (const gis::postgis::PgSpatialTable &table : tables) {
        if (!schemaItem || schemaItem->text() != table.schema) {
            schemaItem = new QStandardItem(table.schema);
            schemaItem->setFlags(Qt::ItemIsEnabled);
            schemaItem->setToolTip(tr("Schema %1").arg(table.schema));
            const auto blank = [] {
                auto *item = new QStandardItem;
                item->setFlags(Qt::ItemIsEnabled);
                return item;
            };
            appendRow({schemaItem, blank(), blank()});
        }
        auto *name = new QStandardItem(table.table);
        name->setData(table.layerName, layerNameRole);
        name->setToolTip(table.layerName);
        auto *geometry = new QStandardItem(table.geometryType);
        auto *crs = new QStandardItem(table.crs.isEmpty() ? tr("unknown") : table.crs);
        for (QStandardItem *item : {name, geometry, crs})
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        schemaItem->appendRow({name, geometry, crs});
    }
}

QString PgTableModel::layerName(const QModelIndex &index)
{
    return index.siblingAtColumn(TableColumn).data(layerNameRole).toString();
}

} // namespace app
