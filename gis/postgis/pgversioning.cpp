#include "pgversioning.h"

namespace gis::postgis {

namespace {

QString triggerFunction(const TableName &table)
{
    return qualifiedName(table.schema, QStringLiteral("planmap_bump_version"));
}

} // namespace

bool PgVersioning::isVersioned(GDALDataset &dataset, const TableName &table, QString *error)
{
    const auto count = queryValue(
        dataset,
        QStringLiteral("SELECT (SELECT count(*) FROM information_schema.columns WHERE "
                       "table_schema = %1 AND table_name = %2 AND column_name = %3) + (SELECT "
                       "count(*) FROM pg_catalog.pg_trigger WHERE tgrelid = %4::regclass AND "
                       "tgname = 'planmap_version')")
            .arg(quoteLiteral(table.schema), quoteLiteral(table.table),
                 quoteLiteral(QLatin1String(column)), quoteLiteral(table.qualified())),
        error);
    return count && *count == QLatin1String("2");
}

bool PgVersioning::install(GDALDataset &dataset, const TableName &table, QString *error)
{
    const QString versionColumn = quoteIdentifier(QLatin1String(column));
    const QString statements[] = {
        QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 integer NOT NULL DEFAULT 1")
            .arg(table.qualified(), versionColumn),
        QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                       "$planmap$ BEGIN NEW.%2 := OLD.%2 + 1; RETURN NEW; END $planmap$")
            .arg(triggerFunction(table), versionColumn),
        QStringLiteral("CREATE OR REPLACE TRIGGER planmap_version BEFORE UPDATE ON %1 FOR EACH "
                       "ROW EXECUTE FUNCTION %2()")
            .arg(table.qualified(), triggerFunction(table)),
    };
    for (const QString &statement : statements) {
        QString reason;
        if (!execute(dataset, statement, &reason)) {
            if (error)
                *error = tr("cannot add feature versions to %1: %2").arg(table.qualified(), reason);
            return false;
        }
    }
    return true;
}

} // namespace gis::postgis
