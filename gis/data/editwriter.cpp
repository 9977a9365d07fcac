#include "editwriter.h"

#include "copyeditwriter.h"
#include "filesetreplacement.h"
#include "gdalhandles.h"
#include "gdalsupport.h"
#include "ogreditedfeature.h"
#include "postgis/pgeditwriter.h"
#include "postgis/pgpasswordsource.h"
#include "postgis/pgsql.h"
#include "qgisstylewriter.h"

#include <QDir>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <set>

namespace gis {

namespace {

// Without opening the dataset: GDAL's GeoJSON driver parses the whole file on open.
QString driverOf(const QString &name)
{
    ensureGdalRegistered();
    GDALDriverH driver =
        GDALIdentifyDriverEx(name.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr);
    return driver ? QString::fromUtf8(GDALGetDescription(driver)) : QString();
}

GdalDatasetPointer openForUpdate(const QString &name)
{
    ensureGdalRegistered();
    return GdalDatasetPointer(
        GDALDataset::Open(postgis::PgPasswordSource::openableName(name).toUtf8().constData(),
                          GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
}

QString shown(const LayerSource &source)
{
    return QDir::toNativeSeparators(source.dataset);
}

// The changes, applied inside the open transaction; false at the first that fails.
class TransactionWriter
{
public:
    TransactionWriter(OGRLayer &layer, OGRLayer &log, const LayerSource &source,
                      const FeatureCollection &base, const EditBuffer &edits,
                      const EditAuthor &author)
        : mLayer(layer)
        , mLog(log)
        , mSource(source)
        , mBase(base)
        , mEdits(edits)
        , mAuthor(author)
    {
    }

    bool writeAll() { return deleteFeatures() && updateFeatures() && addFeatures(); }
    const std::map<qint64, qint64> &newIds() const { return mNewIds; }

private:
    bool deleteFeatures()
    {
        for (qint64 fid : mEdits.deletedFeatures()) {
            if (mLayer.DeleteFeature(fid) != OGRERR_NONE ||
                !EditLog::record(mLog, mSource.layerName, fid, "delete", mAuthor))
                return false;
        }
        return true;
    }

    bool updateFeatures()
    {
        std::set<qint64> changed;
        for (const auto &[fid, geometry] : mEdits.changedGeometries())
            changed.insert(fid);
        for (const auto &[fid, values] : mEdits.changedAttributes())
            changed.insert(fid);
        for (qint64 fid : changed) {
            if (mEdits.isDeleted(fid))
                continue;
            const std::optional<Feature> edited = mEdits.feature(mBase, fid);
            std::unique_ptr<OGRFeature> feature(mLayer.GetFeature(fid));
            if (!edited || !feature)
                return false;
            fillOgrFeature(*feature, mLayer, mBase.fields, *edited,
                           mEdits.changedGeometries().count(fid));
            if (mLayer.SetFeature(feature.get()) != OGRERR_NONE ||
                !EditLog::record(mLog, mSource.layerName, fid, "update", mAuthor))
                return false;
        }
        return true;
    }

    bool addFeatures()
    {
        for (auto it = mEdits.addedFeatures().rbegin(); it != mEdits.addedFeatures().rend(); ++it) {
            OGRFeature feature(mLayer.GetLayerDefn());
            fillOgrFeature(feature, mLayer, mBase.fields, it->second, true);
            if (mLayer.CreateFeature(&feature) != OGRERR_NONE ||
                !EditLog::record(mLog, mSource.layerName, feature.GetFID(), "insert", mAuthor))
                return false;
            mNewIds[it->first] = feature.GetFID();
        }
        return true;
    }

    OGRLayer &mLayer;
    OGRLayer &mLog;
    const LayerSource &mSource;
    const FeatureCollection &mBase;
    const EditBuffer &mEdits;
    const EditAuthor &mAuthor;
    std::map<qint64, qint64> mNewIds;
};

} // namespace

std::optional<QString> EditWriter::whyReadOnly(const LayerSource &source)
{
    if (source.isEmpty())
        return tr("the layer was not read from a dataset, so there is nowhere to save its edits");
    FileSetReplacement::recover(source.dataset); // a save killed half way, finished or undone
    const QFileInfo file(source.dataset);
    if (file.exists() && !file.isWritable())
        return tr("%1 is read-only (the file's permissions)").arg(shown(source));
    GdalErrorCollector errors;
    const QString driver = driverOf(source.dataset);
    if (CopyEditWriter::handles(driver)) {
        const GdalDatasetPointer dataset = openVectorReadOnly(source.dataset);
        if (!dataset || !dataset->GetLayerByName(source.layerName.toUtf8().constData()))
            return tr("%1 has no layer “%2”").arg(shown(source), source.layerName);
        return CopyEditWriter::whyReadOnly(source.dataset, driver);
    }
    const GdalDatasetPointer dataset = openForUpdate(source.dataset);
    if (!dataset)
        return tr("%1 cannot be opened for writing: %2")
            .arg(shown(source), errors.lastError().isEmpty() ? tr("GDAL cannot write this format")
                                                             : errors.lastError());
    OGRLayer *layer = dataset->GetLayerByName(source.layerName.toUtf8().constData());
    if (!layer)
        return tr("%1 has no layer “%2”").arg(shown(source), source.layerName);
    if (!layer->TestCapability(OLCRandomWrite) || !layer->TestCapability(OLCDeleteFeature))
        return tr("%1: GDAL's %2 driver cannot change features in place")
            .arg(shown(source), QString::fromUtf8(dataset->GetDriverName()));
    if (!dataset->TestCapability(ODsCTransactions))
        return tr("%1: the %2 format can neither save edits in one transaction nor be replaced "
                  "whole (as Shapefile and GeoJSON are), so a failed save could leave it half "
                  "written; save the layer as a GeoPackage to edit it")
            .arg(shown(source), QString::fromUtf8(dataset->GetDriverName()));
    return std::nullopt;
}

std::optional<QString> EditWriter::prepareForEditing(const LayerSource &source)
{
    if (auto reason = whyReadOnly(source))
        return reason;
    if (postgis::isPostgisDataset(source.dataset))
        return postgis::PgEditWriter::prepareForEditing(source);
    return std::nullopt;
}

std::optional<EditSaveResult> EditWriter::write(const LayerSource &source,
                                                const FeatureCollection &base,
                                                const EditBuffer &edits, const EditAuthor &author,
                                                QString *error, const QString &qgisStyle,
                                                const std::atomic_bool *cancel)
{
    const auto cancelled = [&] {
        if (cancel && *cancel)
            *error = tr("%1: the save was cancelled; the dataset is as it was").arg(shown(source));
        return cancel && *cancel;
    };
    if (cancelled())
        return std::nullopt;
    const QString driver = driverOf(source.dataset);
    if (CopyEditWriter::handles(driver)) {
        if (const auto reason = CopyEditWriter::whyReadOnly(source.dataset, driver)) {
            *error = *reason;
            return std::nullopt;
        }
        const auto ids = CopyEditWriter::write(source, base, edits, author, error);
        return ids ? std::optional(EditSaveResult{*ids, {}, {}}) : std::nullopt;
    }
    if (const auto reason = whyReadOnly(source)) {
        *error = *reason;
        return std::nullopt;
    }
    if (postgis::isPostgisDataset(source.dataset))
        return postgis::PgEditWriter::write(source, base, edits, author, error, cancel);
    GdalErrorCollector errors;
    const GdalDatasetPointer dataset = openForUpdate(source.dataset);
    OGRLayer *layer =
        dataset ? dataset->GetLayerByName(source.layerName.toUtf8().constData()) : nullptr;
    OGRLayer *log = layer ? EditLog::open(*dataset) : nullptr;
    if (!log || dataset->StartTransaction() != OGRERR_NONE) {
        *error = tr("%1: cannot start saving: %2").arg(shown(source), errors.lastError());
        return std::nullopt;
    }
    TransactionWriter writer(*layer, *log, source, base, edits, author);
    QString styleError;
    const bool styled = qgisStyle.isEmpty() ||
                        QLatin1String(dataset->GetDriverName()) != QLatin1String("GPKG") ||
                        QgisStyleWriter::write(*dataset, source.layerName, qgisStyle, &styleError);
    if (!writer.writeAll() || !styled) {
        const QString reason = styled ? errors.lastError() : styleError;
        dataset->RollbackTransaction();
        *error = tr("%1: the edits were not saved, and the file is as it was: %2")
                     .arg(shown(source),
                          reason.isEmpty() ? tr("a feature could not be written") : reason);
        return std::nullopt;
    }
    if (cancelled()) { // the last moment a save can still leave the file as it was
        dataset->RollbackTransaction();
        return std::nullopt;
    }
    if (dataset->CommitTransaction() != OGRERR_NONE) {
        *error =
            tr("%1: the edits could not be committed: %2").arg(shown(source), errors.lastError());
        return std::nullopt;
    }
    return EditSaveResult{writer.newIds(), {}, {}};
}

} // namespace gis
