#include "pgeditwriter.h"

#include "data/gdalhandles.h"
#include "data/gdalsupport.h"
#include "data/ogreditedfeature.h"
#include "data/ogrfeatureconversion.h"
#include "pgpasswordsource.h"
#include "pgsql.h"
#include "pgversioning.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <set>

namespace gis::postgis {

namespace {

GdalDatasetPointer openForUpdate(const QString &name)
{
    ensureGdalRegistered();
    return GdalDatasetPointer(
        GDALDataset::Open(PgPasswordSource::openableName(name).toUtf8().constData(),
                          GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
}

QString shown(const LayerSource &source)
{
    return withoutPassword(source.dataset);
}

// The open table of a source: its dataset, GDAL layer, server-side name and key column.
struct OpenTable
{
    GdalDatasetPointer dataset;
    OGRLayer *layer = nullptr;
    TableName name;
    QString fidColumn;
};

std::optional<OpenTable> openTable(const LayerSource &source, QString *error)
{
    GdalErrorCollector errors;
    OpenTable table;
    table.dataset = openForUpdate(source.dataset);
    if (!table.dataset) {
        *error = PgEditWriter::tr("%1: cannot connect: %2")
                     .arg(shown(source), withoutPassword(errors.lastError()));
        return std::nullopt;
    }
    table.layer = table.dataset->GetLayerByName(source.layerName.toUtf8().constData());
    QString reason;
    const auto resolved =
        table.layer ? resolveTable(*table.dataset, source.layerName, &reason) : std::nullopt;
    if (!resolved) {
        *error = PgEditWriter::tr("%1 has no table “%2”").arg(shown(source), source.layerName);
        return std::nullopt;
    }
    table.name = *resolved;
    table.fidColumn = QString::fromUtf8(table.layer->GetFIDColumn());
    if (table.fidColumn.isEmpty()) {
        *error = PgEditWriter::tr("%1: the table %2 has no integer primary key, so its features "
                                  "cannot be told apart when saving")
                     .arg(shown(source), table.name.qualified());
        return std::nullopt;
    }
    return table;
}

// The edits, checked against the rows' versions and applied inside the open transaction.
class VersionedSave
{
public:
    VersionedSave(OpenTable &table, OGRLayer &log, const LayerSource &source,
                  const FeatureCollection &base, const EditBuffer &edits, const EditAuthor &author,
                  const std::atomic_bool *cancel)
        : mTable(table)
        , mLog(log)
        , mSource(source)
        , mBase(base)
        , mEdits(edits)
        , mAuthor(author)
        , mVersionField(base.fieldIndex(QLatin1String(PgVersioning::column)))
        , mCancel(cancel)
    {
        for (std::size_t i = 0; i < base.features.size(); ++i)
            mBaseIndex.emplace(base.features[i].id, i);
    }

    // False (with the reason) at the first failure; conflicts are not failures.
    bool run(QString *reason)
    {
        if (mVersionField < 0) {
            *reason = PgEditWriter::tr("the features were read without their versions (column "
                                       "%1); edit the layer again after reopening it")
                          .arg(QLatin1String(PgVersioning::column));
            return false;
        }
        std::set<qint64> touched(mEdits.deletedFeatures().begin(), mEdits.deletedFeatures().end());
        for (const auto &[fid, geometry] : mEdits.changedGeometries())
            touched.insert(fid);
        for (const auto &[fid, values] : mEdits.changedAttributes())
            touched.insert(fid);
        // Ascending ids: two saves lock rows in the same order and cannot deadlock.
        for (qint64 fid : touched) {
            if (cancelled(reason) || !saveFeature(fid, reason))
                return false;
        }
        return addFeatures(reason) && readVersions(reason) && !cancelled(reason);
    }

    EditSaveResult result;

private:
    bool saveFeature(qint64 fid, QString *reason)
    {
        const auto at = mBaseIndex.find(fid);
        if (at == mBaseIndex.end()) {
            *reason = PgEditWriter::tr("feature %1 is not one the layer read").arg(fid);
            return false;
        }
        const Feature &read = mBase.features[at->second];
        const qint64 readVersion = read.attributes.value(mVersionField).toLongLong();
        bool gone = false;
        const auto current = lockedVersion(fid, &gone, reason);
        if (!current && !gone)
            return false;
        const bool mineDeleted = mEdits.isDeleted(fid);
        if (gone && mineDeleted)
            return true; // both deleted it: nothing to write, nothing lost
        if (gone || *current != readVersion)
            return addConflict(read, readVersion, mineDeleted, gone, reason);
        return mineDeleted ? deleteFeature(fid, reason) : updateFeature(fid, reason);
    }

    bool cancelled(QString *reason) const
    {
        if (!mCancel || !*mCancel)
            return false;
        *reason = PgEditWriter::tr("the save was cancelled");
        return true;
    }

    // Locks the row (until the transaction ends) and reads its version; nothing with `gone`
    // when the row is no more, nothing with a reason when the query failed, the row stayed
    // locked by someone else too long, or the save was cancelled while waiting for it.
    std::optional<qint64> lockedVersion(qint64 fid, bool *gone, QString *reason)
    {
        const QString sql =
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = %4 FOR UPDATE")
                .arg(quoteIdentifier(QLatin1String(PgVersioning::column)), mTable.name.qualified(),
                     quoteIdentifier(mTable.fidColumn), QString::number(fid));
        const int steps =
            PgEditWriter::lockTimeoutSeconds * 1000 / PgEditWriter::lockStepMilliseconds;
        for (int step = 0; step < steps; ++step) {
            QString error;
            // A lock timeout aborts only what followed the savepoint, not the transaction.
            if (!execute(*mTable.dataset, QStringLiteral("SAVEPOINT planmap_row_lock"), reason))
                return std::nullopt;
            const auto value = queryValue(*mTable.dataset, sql, &error);
            if (value)
                return value->toLongLong();
            if (error.isEmpty()) {
                *gone = true;
                return std::nullopt;
            }
            if (!error.contains(QLatin1String("lock timeout"))) {
                *reason = error;
                return std::nullopt;
            }
            if (!execute(*mTable.dataset, QStringLiteral("ROLLBACK TO SAVEPOINT planmap_row_lock"),
                         reason) ||
                cancelled(reason))
                return std::nullopt;
        }
        *reason = PgEditWriter::tr("feature %1 stayed locked by another session for more than "
                                   "%n second(s)",
                                   nullptr, PgEditWriter::lockTimeoutSeconds)
                      .arg(fid);
        return std::nullopt;
    }

    bool addConflict(const Feature &read, qint64 readVersion, bool mineDeleted, bool gone,
                     QString *reason)
    {
        GdalErrorCollector errors;
        SaveConflict conflict;
        conflict.featureId = read.id;
        conflict.featureName = PgEditWriter::featureName(mBase.fields, read);
        conflict.baseVersion = readVersion;
        conflict.mineDeleted = mineDeleted;
        if (!gone) { // else theirs stays empty: they deleted it
            const std::unique_ptr<OGRFeature> row(mTable.layer->GetFeature(read.id));
            if (!row) {
                *reason = errors.lastError(); // it was there a moment ago, under our lock
                return false;
            }
            conflict.theirs = detail::featureFrom(*row, mBase.fields);
            conflict.theirVersion = conflict.theirs->attributes.value(mVersionField).toLongLong();
        }
        result.conflicts.push_back(std::move(conflict));
        return true;
    }

    bool deleteFeature(qint64 fid, QString *reason)
    {
        GdalErrorCollector errors;
        if (mTable.layer->DeleteFeature(fid) == OGRERR_NONE &&
            EditLog::record(mLog, mSource.layerName, fid, "delete", mAuthor))
            return true;
        *reason = errors.lastError();
        return false;
    }

    bool updateFeature(qint64 fid, QString *reason)
    {
        GdalErrorCollector errors;
        const std::optional<Feature> edited = mEdits.feature(mBase, fid);
        std::unique_ptr<OGRFeature> row(mTable.layer->GetFeature(fid));
        if (edited && row) {
            fillOgrFeature(*row, *mTable.layer, mBase.fields, *edited,
                           mEdits.changedGeometries().count(fid) > 0);
            if (mTable.layer->SetFeature(row.get()) == OGRERR_NONE &&
                EditLog::record(mLog, mSource.layerName, fid, "update", mAuthor)) {
                mWritten.push_back(fid);
                return true;
            }
        }
        *reason = errors.lastError();
        return false;
    }

    bool addFeatures(QString *reason)
    {
        GdalErrorCollector errors;
        const QByteArray versionName(PgVersioning::column);
        for (auto it = mEdits.addedFeatures().rbegin(); it != mEdits.addedFeatures().rend(); ++it) {
            OGRFeature row(mTable.layer->GetLayerDefn());
            fillOgrFeature(row, *mTable.layer, mBase.fields, it->second, true);
            if (const int at = row.GetFieldIndex(versionName.constData()); at >= 0)
                row.SetField(at, 1); // what the column's default gives every new row
            if (mTable.layer->CreateFeature(&row) != OGRERR_NONE ||
                !EditLog::record(mLog, mSource.layerName, row.GetFID(), "insert", mAuthor)) {
                *reason = errors.lastError();
                return false;
            }
            result.newIds[it->first] = row.GetFID();
            mWritten.push_back(row.GetFID());
        }
        return true;
    }

    // The versions the written features have now, as the server says (the trigger raised them).
    bool readVersions(QString *reason)
    {
        if (mWritten.empty())
            return true;
        QStringList ids;
        for (qint64 fid : mWritten)
            ids << QString::number(fid);
        const QString fidColumn = quoteIdentifier(mTable.fidColumn);
        const auto pairs = queryValue(
            *mTable.dataset,
            QStringLiteral("SELECT string_agg(%1::text || ':' || %2::text, ',') FROM %3 WHERE %1 "
                           "IN (%4)")
                .arg(fidColumn, quoteIdentifier(QLatin1String(PgVersioning::column)),
                     mTable.name.qualified(), ids.join(u',')),
            reason);
        if (!pairs)
            return false;
        for (const QString &pair : pairs->split(u',', Qt::SkipEmptyParts)) {
            const qsizetype colon = pair.indexOf(u':');
            result.versions[pair.left(colon).toLongLong()] = pair.mid(colon + 1).toLongLong();
        }
        return true;
    }

    OpenTable &mTable;
    OGRLayer &mLog;
    const LayerSource &mSource;
    const FeatureCollection &mBase;
    const EditBuffer &mEdits;
    const EditAuthor &mAuthor;
    const int mVersionField;
    const std::atomic_bool *mCancel;
    std::map<qint64, std::size_t> mBaseIndex;
    std::vector<qint64> mWritten;
};

} // namespace

QString PgEditWriter::featureName(const Fields &fields, const Feature &feature)
{
    for (const char *candidate : {"name", "name_zh", "name_en"}) {
        for (int i = 0; i < fields.size(); ++i) {
            if (fields[i].name.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
                return feature.attributes.value(i).toString();
        }
    }
    return {};
}

std::optional<QString> PgEditWriter::prepareForEditing(const LayerSource &source)
{
    QString error;
    auto table = openTable(source, &error);
    if (!table)
        return error;
    if (PgVersioning::isVersioned(*table->dataset, table->name, &error))
        return std::nullopt;
    GdalErrorCollector errors;
    QString reason;
    if (table->dataset->StartTransaction() == OGRERR_NONE &&
        PgVersioning::install(*table->dataset, table->name, &reason) &&
        table->dataset->CommitTransaction() == OGRERR_NONE)
        return std::nullopt;
    table->dataset->RollbackTransaction();
    return tr("%1: the table %2 has no feature versions (column %3 and its trigger), which "
              "keep a save from overwriting a colleague's edit, and they could not be added "
              "(%4); ask the database's owner to add them")
        .arg(shown(source), table->name.qualified(), QLatin1String(PgVersioning::column),
             reason.isEmpty() ? withoutPassword(errors.lastError()) : reason);
}

std::optional<EditSaveResult> PgEditWriter::write(const LayerSource &source,
                                                  const FeatureCollection &base,
                                                  const EditBuffer &edits, const EditAuthor &author,
                                                  QString *error, const std::atomic_bool *cancel)
{
    auto table = openTable(source, error);
    if (!table)
        return std::nullopt;
    GdalErrorCollector errors;
    OGRLayer *log = EditLog::open(*table->dataset);
    if (!log || table->dataset->StartTransaction() != OGRERR_NONE ||
        !execute(*table->dataset,
                 QStringLiteral("SET LOCAL lock_timeout = '%1ms'").arg(lockStepMilliseconds),
                 nullptr)) {
        *error =
            tr("%1: cannot start saving %2: %3")
                .arg(shown(source), table->name.qualified(), withoutPassword(errors.lastError()));
        return std::nullopt;
    }
    VersionedSave save(*table, *log, source, base, edits, author, cancel);
    QString reason;
    if (!save.run(&reason)) {
        table->dataset->RollbackTransaction(); // a lost connection rolls back on the server
        *error = tr("%1: the edits of %2 were not saved, and the table is as it was; every edit "
                    "is kept, save again when the problem is solved: %3")
                     .arg(shown(source), table->name.qualified(),
                          withoutPassword(reason.isEmpty() ? errors.lastError() : reason));
        return std::nullopt;
    }
    if (table->dataset->CommitTransaction() != OGRERR_NONE) {
        *error =
            tr("%1: the edits of %2 could not be committed, and the table is as it was; "
               "every edit is kept: %3")
                .arg(shown(source), table->name.qualified(), withoutPassword(errors.lastError()));
        return std::nullopt;
    }
    return std::move(save.result);
}

} // namespace gis::postgis
