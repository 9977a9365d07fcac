#include "pgfeaturelocks.h"

#include "data/gdalhandles.h"
#include "data/gdalsupport.h"
#include "pgpasswordsource.h"
#include "pgsql.h"

#include <gdal_priv.h>

namespace gis::postgis {

struct PgFeatureLocks::Connection
{
    GdalDatasetPointer dataset;
};

namespace {

// pg_try_advisory_lock(int, int) takes two 32-bit keys: the oid and the id, wrapped (ids past
// 2^31 could share a key with another feature of the table: a spurious "taken", never a miss).
QString keys(qint64 tableOid, qint64 featureId)
{
    return QStringLiteral("%1, %2").arg(qint32(quint32(tableOid))).arg(qint32(featureId));
}

} // namespace

PgFeatureLocks::PgFeatureLocks(LayerSource source, std::unique_ptr<Connection> connection,
                               qint64 tableOid)
    : mSource(std::move(source))
    , mConnection(std::move(connection))
    , mTableOid(tableOid)
{
}

PgFeatureLocks::~PgFeatureLocks() = default;

std::unique_ptr<PgFeatureLocks> PgFeatureLocks::open(const LayerSource &source, QString *error)
{
    if (!isPostgisDataset(source.dataset)) {
        *error =
            tr("%1 is not a PostGIS table: its features cannot be locked").arg(source.layerName);
        return nullptr;
    }
    GdalErrorCollector errors;
    GdalDatasetPointer connection =
        openVectorReadOnly(PgPasswordSource::openableName(source.dataset));
    QString reason;
    const auto table =
        connection ? resolveTable(*connection, source.layerName, &reason) : std::nullopt;
    const auto oid = table ? queryValue(*connection,
                                        QStringLiteral("SELECT %1::regclass::oid::bigint")
                                            .arg(quoteLiteral(table->qualified())),
                                        &reason)
                           : std::nullopt;
    if (!oid) {
        *error = tr("%1: the features of %2 cannot be locked: %3")
                     .arg(withoutPassword(source.dataset), source.layerName,
                          withoutPassword(reason.isEmpty() ? errors.lastError() : reason));
        return nullptr;
    }
    return std::unique_ptr<PgFeatureLocks>(
        new PgFeatureLocks(source, std::make_unique<Connection>(Connection{std::move(connection)}),
                           oid->toLongLong()));
}

PgFeatureLocks::Outcome PgFeatureLocks::lock(qint64 featureId, const QString &featureLabel,
                                             QString *why)
{
    if (holds(featureId))
        return Outcome::Locked;
    QString reason;
    const auto taken = queryValue(
        *mConnection->dataset,
        QStringLiteral("SELECT pg_try_advisory_lock(%1)::int").arg(keys(mTableOid, featureId)),
        &reason);
    if (!taken) {
        *why = tr("%1 could not be locked for editing (%2): %3")
                   .arg(featureLabel, mSource.layerName, withoutPassword(reason));
        return Outcome::Failed;
    }
    if (*taken != QLatin1String("1")) {
        const QString holder = holderOf(featureId);
        *why = holder.isEmpty()
                   ? tr("%1 of %2 is being edited by someone else, who locked it; try again "
                        "once they have saved or discarded their edits")
                         .arg(featureLabel, mSource.layerName)
                   : tr("%1 of %2 is being edited by %3, who locked it; try again once they "
                        "have saved or discarded their edits")
                         .arg(featureLabel, mSource.layerName, holder);
        return Outcome::HeldByOther;
    }
    mHeld.insert(featureId);
    return Outcome::Locked;
}

// The role (and machine) holding the lock, as the server knows it; empty when it may not say.
QString PgFeatureLocks::holderOf(qint64 featureId) const
{
    const auto holder = queryValue(
        *mConnection->dataset,
        QStringLiteral("SELECT a.usename || coalesce(' (' || host(a.client_addr) || ')', '') FROM "
                       "pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = "
                       "l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND "
                       "l.classid = %1::bigint::oid AND l.objid = %2::bigint::oid LIMIT 1")
            .arg(quint32(mTableOid))
            .arg(quint32(qint32(featureId))),
        nullptr);
    return holder.value_or(QString());
}

void PgFeatureLocks::release(qint64 featureId)
{
    if (!mHeld.erase(featureId))
        return;
    queryValue(*mConnection->dataset,
               QStringLiteral("SELECT pg_advisory_unlock(%1)::int").arg(keys(mTableOid, featureId)),
               nullptr);
}

void PgFeatureLocks::releaseAll()
{
    if (mHeld.empty())
        return;
    mHeld.clear();
    queryValue(*mConnection->dataset,
               QStringLiteral("SELECT 1 FROM (SELECT pg_advisory_unlock_all()) AS released"),
               nullptr);
}

} // namespace gis::postgis
