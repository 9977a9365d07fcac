#pragma once

#include "postgis/pgcatalog.h"

#include <QStandardItemModel>

namespace app {

// The spatial tables of one database as a tree: schemas, and under each its tables with
// geometry type and CRS. Only tables are selectable; each knows GDAL's layer name.
class PgTableModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { TableColumn, GeometryColumn, CrsColumn };
    static constexpr int layerNameRole = Qt::UserRole + 1;

    explicit PgTableModel(QObject *parent = nullptr);

    void setTables(const std::vector<gis::postgis::PgSpatialTable> &tables);
    // GDAL's layer name of a table row; empty for a schema row.
    static QString layerName(const QModelIndex &index);
};

} // namespace app
