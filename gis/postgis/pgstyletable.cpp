#include "pgstyletable.h"

#include "data/gdalhandles.h"
#include "data/gdalsupport.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace gis::postgis {

namespace {

QString text(const OGRFeature &row, const char *field)
{
    const int index = row.GetFieldIndex(field); // OGR matches field names case-insensitively
    return index >= 0 && row.IsFieldSetAndNotNull(index)
               ? QString::fromUtf8(row.GetFieldAsString(index))
               : QString();
}

// QGIS's PostgreSQL provider's table; `type` came later, so an older table gains it.
bool ensureTable(GDALDataset &dataset, QString *error)
{
    const auto exists = queryValue(dataset,
                                   QStringLiteral("SELECT to_regclass(%1) IS NOT NULL")
                                       .arg(quoteLiteral(QLatin1String(PgStyleTable::table))),
                                   error);
    if (!exists)
        return false;
    if (*exists != QLatin1String("1") && *exists != QLatin1String("t") &&
        !execute(dataset,
                 QStringLiteral(
                     "CREATE TABLE %1 (id SERIAL PRIMARY KEY, f_table_catalog varchar, "
                     "f_table_schema varchar, f_table_name varchar, f_geometry_column varchar, "
                     "stylename text, styleqml xml, stylesld xml, useasdefault boolean, "
                     "description text, owner varchar(63) DEFAULT CURRENT_USER, ui xml, "
                     "update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)")
                     .arg(quoteIdentifier(QLatin1String(PgStyleTable::table))),
                 error))
        return false;
    return execute(dataset,
                   QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS type varchar")
                       .arg(quoteIdentifier(QLatin1String(PgStyleTable::table))),
                   error);
}

// An XML document for an xml column, or NULL for none (QGIS writes NULL for a missing SLD).
QString xmlDocument(const QString &document)
{
    return document.trimmed().isEmpty()
               ? QStringLiteral("NULL")
               : QStringLiteral("XMLPARSE(DOCUMENT %1)").arg(quoteLiteral(document));
}

QString sameTable(const TableName &target)
{
    return QStringLiteral("f_table_catalog = current_database() AND f_table_schema = %1 AND "
                          "f_table_name = %2")
        .arg(quoteLiteral(target.schema), quoteLiteral(target.table));
}

} // namespace

std::vector<StoredQgisStyle> PgStyleTable::readFrom(GDALDataset &source)
{
    GdalErrorCollector quiet; // a dataset without styles is no error
    std::vector<StoredQgisStyle> styles;
    OGRLayer *rows = source.GetLayerByName(table);
    if (!rows)
        return styles;
    rows->ResetReading();
    for (auto &row : *rows) {
        StoredQgisStyle style;
        style.tableName = text(*row, "f_table_name");
        style.styleName = text(*row, "styleName");
        style.qml = text(*row, "styleQML");
        style.sld = text(*row, "styleSLD");
        style.isDefault = text(*row, "useAsDefault").toInt() != 0;
        style.description = text(*row, "description");
        styles.push_back(style);
    }
    return styles;
}

bool PgStyleTable::write(GDALDataset &dataset, const TableName &target,
                         const QString &geometryColumn, const StoredQgisStyle &style,
                         QString *error)
{
    const QString styles = quoteIdentifier(QLatin1String(table));
    const QString statements[] = {
        QStringLiteral("DELETE FROM %1 WHERE %2 AND stylename = %3")
            .arg(styles, sameTable(target), quoteLiteral(style.styleName)),
        style.isDefault ? QStringLiteral("UPDATE %1 SET useasdefault = false WHERE %2")
                              .arg(styles, sameTable(target))
                        : QString(),
        QStringLiteral("INSERT INTO %1 (f_table_catalog, f_table_schema, f_table_name, "
                       "f_geometry_column, stylename, styleqml, stylesld, useasdefault, "
                       "description, type) VALUES (current_database(), %2, %3, %4, %5, %6, %7, "
                       "%8, %9, 'vector')")
            .arg(styles, quoteLiteral(target.schema), quoteLiteral(target.table),
                 quoteLiteral(geometryColumn), quoteLiteral(style.styleName),
                 xmlDocument(style.qml), xmlDocument(style.sld),
                 style.isDefault ? QStringLiteral("true") : QStringLiteral("false"),
                 quoteLiteral(style.description)),
    };
    QString reason;
    const bool written =
        ensureTable(dataset, &reason) &&
        std::all_of(std::begin(statements), std::end(statements), [&](const QString &statement) {
            return statement.isEmpty() || execute(dataset, statement, &reason);
        });
    if (!written && error)
        *error = tr("cannot write the QGIS style of %1: %2").arg(target.qualified(), reason);
    return written;
}

} // namespace gis::postgis
