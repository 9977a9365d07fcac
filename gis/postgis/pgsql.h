#pragma once

#include <QString>

#include <optional>

class GDALDataset;

// SQL for PostgreSQL/PostGIS sent through GDAL's PostgreSQL driver, which has no bound
// parameters: every name a user typed reaches SQL as a quoted identifier or a quoted literal,
// quoted the way PostgreSQL's own quote_ident and quote_literal do it.
namespace gis::postgis {

// A "PG:…" dataset name (GDAL's PostgreSQL driver).
bool isPostgisDataset(const QString &datasetName);

// "name" with every double quote doubled: any text becomes one identifier.
QString quoteIdentifier(const QString &name);
// 'text' with quotes doubled (and E'…' with doubled backslashes when there are any).
QString quoteLiteral(const QString &text);
// "schema"."table".
QString qualifiedName(const QString &schema, const QString &table);
// A value for a libpq connection string: 'quoted' when it has spaces, quotes or backslashes.
QString conninfoValue(const QString &value);

// The dataset name with any password=… taken out: what a project file, a message or a log may
// show. libpq finds the password again in pg_service.conf, .pgpass or the keychain.
QString withoutPassword(const QString &datasetName);

// Where GDAL's layer "schema.table" (or "table", in the search path) is: the schema and table
// the server knows, asked of the server since either may hold dots. Nothing (with `error`)
// when no such table exists.
struct TableName
{
    QString schema;
    QString table;
    QString qualified() const { return qualifiedName(schema, table); }
};
std::optional<TableName> resolveTable(GDALDataset &dataset, const QString &layerName,
                                      QString *error);

// The single value the query returns (first column of its first row), as text; nothing when
// the query fails or returns no row.
std::optional<QString> queryValue(GDALDataset &dataset, const QString &sql, QString *error);
// Runs a statement that returns no rows; false (with the server's words) when it fails.
bool execute(GDALDataset &dataset, const QString &sql, QString *error);

} // namespace gis::postgis
