#pragma once

#include "pgsql.h"

#include <QCoreApplication>

#include <vector>

class GDALDataset;

namespace gis::postgis {

// A QGIS style as QGIS keeps it beside the data (the `layer_styles` table of a GeoPackage or
// a PostGIS database): the QML document and what QGIS shows of it.
struct StoredQgisStyle
{
    QString tableName;
    QString styleName;
    QString qml;
    QString sld;
    bool isDefault = false;
    QString description;
};

// QGIS's `layer_styles` table in a PostGIS database, with the columns QGIS's PostgreSQL
// provider gives it, so that QGIS opens a table with its default style from there.
class PgStyleTable
{
    Q_DECLARE_TR_FUNCTIONS(PgStyleTable)
public:
    static constexpr const char *table = "layer_styles";

    // The styles in any dataset's `layer_styles` table (as QGIS and planmap write it in a
    // GeoPackage); none when it has no such table.
    static std::vector<StoredQgisStyle> readFrom(GDALDataset &source);

    // Adds `style` for `target` (whose geometry is in `geometryColumn`), replacing a style of
    // the same name for that table; a default style demotes the table's others. Creates the
    // table where QGIS does (the first schema of the search path) when there is none. Runs in
    // the caller's transaction; false with the server's words.
    static bool write(GDALDataset &dataset, const TableName &target, const QString &geometryColumn,
                      const StoredQgisStyle &style, QString *error);
};

} // namespace gis::postgis
