#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace gis::postgis {

// One spatial table (or view) of a PostGIS database, as the layer browser shows it.
struct PgSpatialTable
{
    QString schema;
    QString table;
    QString layerName;    // GDAL's layer name: "schema.table", or "table" in the current schema
    QString geometryType; // "Multi Polygon", "Point, Line String" for several geometry columns
    QString crs;          // "EPSG:4326"; empty when the table declares no SRID
};

// The spatial tables of a PostGIS database, listed through GDAL's PostgreSQL driver with one
// catalogue query, so that a database of thousands of tables lists fast. Blocking: call it
// off the GUI thread.
class PgCatalog
{
    Q_DECLARE_TR_FUNCTIONS(PgCatalog)
public:
    // Sorted by schema, then table; nothing (and `error`, naming the dataset without password)
    // when the database cannot be reached or read.
    static std::optional<std::vector<PgSpatialTable>> spatialTables(const QString &datasetName,
                                                                    QString *error);

    // GDAL's open options for a PostGIS dataset read by planmap: only the tables listed in
    // geometry_columns, found with one query.
    static QStringList openOptions();
};

} // namespace gis::postgis
