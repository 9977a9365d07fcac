#include "datasetpublisher.h"

#include "pgpasswordsource.h"
#include "pgsql.h"
#include "pgstyletable.h"
#include "pgtablecopy.h"
#include "pgversioning.h"

#include "data/gdalhandles.h"
#include "data/gdalsupport.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace gis::postgis {

namespace {

// The dataset's data: every layer but the QGIS styles, which are published as styles.
std::vector<OGRLayer *> dataLayers(GDALDataset &source)
{
    std::vector<OGRLayer *> layers;
    for (OGRLayer *layer : source.GetLayers()) {
        if (QString::fromUtf8(layer->GetName()) != QLatin1String(PgStyleTable::table))
            layers.push_back(layer);
    }
    return layers;
}

GdalDatasetPointer openForUpdate(const QString &name)
{
    ensureGdalRegistered();
    return GdalDatasetPointer(
        GDALDataset::Open(PgPasswordSource::openableName(name).toUtf8().constData(),
                          GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
}

} // namespace

DatasetPublisher::DatasetPublisher(QString source, QString target, QString schema)
    : mSource(std::move(source))
    , mTarget(std::move(target))
    , mSchema(std::move(schema))
{
}

bool DatasetPublisher::publish(QString *error)
{
    mRefusedTables.clear();
    const QString targetName = withoutPassword(mTarget);
    const auto fail = [&](const QString &problem) {
        if (error)
            *error = tr("cannot publish to %1: %2").arg(targetName, problem);
        return false;
    };
    if (!isPostgisDataset(mTarget))
        return fail(tr("not a PostGIS connection (PG:…)"));
    if (mSchema.isEmpty())
        return fail(tr("no schema given"));
    GdalErrorCollector errors;
    const GdalDatasetPointer source = openVectorReadOnly(mSource);
    if (!source)
        return fail(tr("cannot read %1: %2").arg(withoutPassword(mSource), errors.lastError()));
    errors.clear();
    const GdalDatasetPointer target = openForUpdate(mTarget);
    if (!target)
        return fail(withoutPassword(errors.lastError()));
    if (target->StartTransaction(FALSE) != OGRERR_NONE)
        return fail(errors.lastError());
    QString problem;
    if (!publishInTransaction(*source, *target, &problem)) {
        target->RollbackTransaction();
        return fail(problem);
    }
    errors.clear();
    if (target->CommitTransaction() != OGRERR_NONE)
        return fail(errors.lastError());
    return true;
}

bool DatasetPublisher::publishInTransaction(GDALDataset &source, GDALDataset &target,
                                            QString *error)
{
    if (!execute(target,
                 QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(quoteIdentifier(mSchema)),
                 error))
        return false;
    const std::vector<OGRLayer *> layers = dataLayers(source);
    if (!mOverwrite) {
        mRefusedTables = existingTables(target, layers, error);
        if (!error->isEmpty())
            return false;
        if (!mRefusedTables.isEmpty()) {
            *error = tr("schema %1 already has %2")
                         .arg(quoteIdentifier(mSchema), mRefusedTables.join(QStringLiteral(", ")));
            return false;
        }
    }
    const int count = static_cast<int>(layers.size());
    for (int i = 0; i < count; ++i) {
        OGRLayer &layer = *layers[static_cast<std::size_t>(i)];
        if (mProgress)
            mProgress(QString::fromUtf8(layer.GetName()), i + 1, count);
        const auto table = PgTableCopy::copy(layer, target, mSchema, mOverwrite, error);
        if (!table)
            return false;
        if (layer.GetGeomType() != wkbNone && !PgVersioning::install(target, *table, error))
            return false;
    }
    return copyStyles(source, target, error);
}

QStringList DatasetPublisher::existingTables(GDALDataset &target,
                                             const std::vector<OGRLayer *> &layers,
                                             QString *error) const
{
    QStringList existing;
    for (OGRLayer *layer : layers) {
        const QString name = QString::fromUtf8(layer->GetName());
        const auto found = queryValue(
            target,
            QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN "
                           "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname "
                           "= %1 AND c.relname = %2 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')")
                .arg(quoteLiteral(mSchema), quoteLiteral(name)),
            error);
        if (!found)
            return {};
        if (found->toInt() > 0)
            existing.push_back(name);
    }
    return existing;
}

bool DatasetPublisher::copyStyles(GDALDataset &source, GDALDataset &target, QString *error) const
{
    const std::vector<OGRLayer *> layers = dataLayers(source);
    for (const StoredQgisStyle &style : PgStyleTable::readFrom(source)) {
        const auto layer = std::find_if(layers.begin(), layers.end(), [&](OGRLayer *each) {
            return QString::fromUtf8(each->GetName()) == style.tableName;
        });
        if (layer == layers.end() || (*layer)->GetGeomType() == wkbNone)
            continue; // a style of a layer the dataset no longer has
        if (!PgStyleTable::write(target, TableName{mSchema, style.tableName},
                                 QLatin1String(PgTableCopy::geometryColumn), style, error))
            return false;
    }
    return true;
}

} // namespace gis::postgis
