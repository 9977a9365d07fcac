#pragma once

#include "pgsql.h"

#include <QCoreApplication>

class GDALDataset;

namespace gis::postgis {

// Per-feature versions in a PostGIS table, for saves that never overwrite a colleague's edit
// unseen: an integer column that a trigger raises by one on every UPDATE, whoever makes it
// (planmap, QGIS, psql). A save compares each feature's version with the one it read.
class PgVersioning
{
    Q_DECLARE_TR_FUNCTIONS(PgVersioning)
public:
    static constexpr const char *column = "planmap_version";

    // Whether the table has the column and the trigger.
    static bool isVersioned(GDALDataset &dataset, const TableName &table, QString *error);
    // Adds the column (1 for every row) and the trigger when missing; false (with the
    // server's words) when the role may not alter the table. Runs in the caller's transaction
    // when one is open.
    static bool install(GDALDataset &dataset, const TableName &table, QString *error);
};

} // namespace gis::postgis
