#include "pgcatalog.h"

#include "pgpasswordsource.h"
#include "pgsql.h"

#include "data/gdalsupport.h"
#include "data/vectordataset.h"

#include <QSet>

#include <map>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace gis::postgis {

namespace {

// geometry_columns and geography_columns in one query; the current schema decides GDAL's
// layer names (its tables go without the schema).
const char *catalogQuery = "SELECT f_table_schema::text, f_table_name::text, type::text, "
                           "srid::text, current_schema()::text "
                           "FROM geometry_columns UNION ALL "
                           "SELECT f_table_schema::text, f_table_name::text, type::text, "
                           "srid::text, current_schema()::text "
                           "FROM geography_columns";

std::optional<std::vector<QStringList>> queryRows(GDALDataset &dataset, const char *sql,
                                                  QString *error)
{
    GdalErrorCollector errors;
    OGRLayer *result = dataset.ExecuteSQL(sql, nullptr, nullptr);
    if (!result) {
        if (error)
            *error = errors.lastError();
        return std::nullopt;
    }
    std::vector<QStringList> rows;
    for (auto &row : *result) {
        QStringList values;
        for (int i = 0; i < row->GetFieldCount(); ++i)
            values.push_back(QString::fromUtf8(row->GetFieldAsString(i)));
        rows.push_back(values);
    }
    dataset.ReleaseResultSet(result);
    return rows;
}

QString geometryTypeName(const QString &postgisType)
{
    const OGRwkbGeometryType type = OGRFromOGCGeomType(postgisType.toUtf8().constData());
    return QString::fromUtf8(OGRGeometryTypeToName(type));
}

} // namespace

QStringList PgCatalog::openOptions()
{
    return {QStringLiteral("LIST_ALL_TABLES=NO")};
}

std::optional<std::vector<PgSpatialTable>> PgCatalog::spatialTables(const QString &datasetName,
                                                                    QString *error)
{
    // The password (when planmap knows one) first, then a time limit for an address that
    // drops packets: the browser must not list "…" for minutes.
    const QString openable =
        PgPasswordSource::openableName(datasetName) + QStringLiteral(" connect_timeout=10");
    std::unique_ptr<VectorDataset> dataset = VectorDataset::open(openable, error, openOptions());
    if (!dataset)
        return std::nullopt;
    QString reason;
    const auto rows =
        queryRows(*static_cast<GDALDataset *>(dataset->handle()), catalogQuery, &reason);
    if (!rows) {
        if (error)
            *error = tr("%1: the list of spatial tables cannot be read: %2")
                         .arg(withoutPassword(datasetName), reason);
        return std::nullopt;
    }
    // Several geometry columns of one table are one GDAL layer.
    const QStringList gdalLayers = dataset->layerNames();
    const QSet<QString> known(gdalLayers.begin(), gdalLayers.end());
    std::map<std::pair<QString, QString>, PgSpatialTable> tables;
    for (const QStringList &row : *rows) {
        const QString &schema = row[0];
        const QString &table = row[1];
        const QString layerName = schema == row[4] ? table : schema + u'.' + table;
        if (!known.contains(layerName))
            continue; // GDAL cannot open it under any name planmap could ask for
        PgSpatialTable &entry = tables[{schema, table}];
        const QString type = geometryTypeName(row[2]);
        if (entry.layerName.isEmpty()) {
            entry = {schema, table, layerName, type,
                     row[3].toInt() > 0 ? QStringLiteral("EPSG:") + row[3] : QString()};
        } else if (!entry.geometryType.split(QStringLiteral(", ")).contains(type)) {
            entry.geometryType += QStringLiteral(", ") + type;
        }
    }
    std::vector<PgSpatialTable> sorted;
    sorted.reserve(tables.size());
    for (auto &[key, table] : tables)
        sorted.push_back(std::move(table));
    return sorted;
}

} // namespace gis::postgis
