#include "pgsql.h"

#include "data/gdalsupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace gis::postgis {

bool isPostgisDataset(const QString &datasetName)
{
    return datasetName.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.remove(QChar(0)); // PostgreSQL text never holds NUL; dropping it keeps one token
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QString quoteLiteral(const QString &text)
{
    QString quoted = text;
    quoted.remove(QChar(0));
    quoted.replace(u'\'', QLatin1String("''"));
    if (!quoted.contains(u'\\'))
        return u'\'' + quoted + u'\'';
    quoted.replace(u'\\', QLatin1String("\\\\"));
    return QLatin1String("E'") + quoted + u'\'';
}

QString qualifiedName(const QString &schema, const QString &table)
{
    return quoteIdentifier(schema) + u'.' + quoteIdentifier(table);
}

QString conninfoValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\\\\]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(u'\\', QLatin1String("\\\\"));
    quoted.replace(u'\'', QLatin1String("\\'"));
    return u'\'' + quoted + u'\'';
}

QString withoutPassword(const QString &datasetName)
{
    // password=value, password='quoted value with \' escapes', with or without spaces around =.
    static const QRegularExpression password(
        QStringLiteral("\\s*\\bpassword\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString cleaned = datasetName;
    cleaned.remove(password);
    static const QRegularExpression spaceAfterPrefix(QStringLiteral("^(PG:)\\s+"),
                                                     QRegularExpression::CaseInsensitiveOption);
    return cleaned.replace(spaceAfterPrefix, QStringLiteral("\\1"));
}

std::optional<QString> queryValue(GDALDataset &dataset, const QString &sql, QString *error)
{
    GdalErrorCollector errors;
    OGRLayer *result = dataset.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
    if (!result) {
        if (error)
            *error = errors.lastError();
        return std::nullopt;
    }
    std::optional<QString> value;
    if (OGRFeature *row = result->GetNextFeature()) {
        value = QString::fromUtf8(row->GetFieldAsString(0));
        OGRFeature::DestroyFeature(row);
    }
    dataset.ReleaseResultSet(result);
    if (!value && error)
        *error = errors.lastError();
    return value;
}

bool execute(GDALDataset &dataset, const QString &sql, QString *error)
{
    GdalErrorCollector errors;
    OGRLayer *result = dataset.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
    if (result)
        dataset.ReleaseResultSet(result);
    if (!errors.lastError().isEmpty()) {
        if (error)
            *error = errors.lastError();
        return false;
    }
    return true;
}

std::optional<TableName> resolveTable(GDALDataset &dataset, const QString &layerName,
                                      QString *error)
{
    // Each split at a dot is a candidate, and no split at all (the search path's table).
    std::vector<TableName> candidates;
    for (qsizetype dot = layerName.indexOf(u'.'); dot > 0; dot = layerName.indexOf(u'.', dot + 1))
        candidates.push_back({layerName.left(dot), layerName.mid(dot + 1)});
    for (const TableName &candidate : candidates) {
        const auto found = queryValue(
            dataset,
            QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = %1 AND "
                           "tablename = %2")
                .arg(quoteLiteral(candidate.schema), quoteLiteral(candidate.table)),
            error);
        if (found && *found == QLatin1String("1"))
            return candidate;
    }
    const auto schema = queryValue(
        dataset,
        QStringLiteral("SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                       "ON n.oid = c.relnamespace WHERE c.relname = %1 AND c.relkind IN ('r','p') "
                       "AND pg_catalog.pg_table_is_visible(c.oid)")
            .arg(quoteLiteral(layerName)),
        error);
    if (schema)
        return TableName{*schema, layerName};
    if (error)
        *error =
            QCoreApplication::translate("PostGIS", "the database has no table “%1”").arg(layerName);
    return std::nullopt;
}

} // namespace gis::postgis
