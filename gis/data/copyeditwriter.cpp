#include "copyeditwriter.h"

#include "filesetreplacement.h"
#include "gdalhandles.h"
#include "gdalsupport.h"
#include "ogreditedfeature.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <set>
#include <vector>

namespace gis {

namespace {

const char *kShapefile = "ESRI Shapefile";
const char *kGeoJson = "GeoJSON";

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A shapefile's files are NAME.shp, NAME.dbf, …; the path of the one with `suffix`, spelt as
// an existing one is (NAME.DBF stays NAME.DBF).
QString sidecar(const QString &shpPath, const QString &suffix)
{
    const QFileInfo shp(shpPath);
    for (const QString &name : shp.absoluteDir().entryList(QDir::Files)) {
        if (name.compare(shp.completeBaseName() + u'.' + suffix, Qt::CaseInsensitive) == 0)
            return shp.absoluteDir().filePath(name);
    }
    return shp.absoluteDir().filePath(shp.completeBaseName() + u'.' + suffix);
}

QStringList shapefileSidecars()
{
    return {QStringLiteral("shp"), QStringLiteral("shx"), QStringLiteral("dbf"),
            QStringLiteral("prj"), QStringLiteral("cpg"), QStringLiteral("qix"),
            QStringLiteral("sbn"), QStringLiteral("sbx")};
}

bool isSpatialIndex(const QString &suffix)
{
    return suffix == QLatin1String("qix") || suffix == QLatin1String("sbn") ||
           suffix == QLatin1String("sbx");
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

// Writes the edited layer into a new dataset and reads it back.
class LayerCopier
{
    Q_DECLARE_TR_FUNCTIONS(CopyEditWriter)
public:
    LayerCopier(GDALDataset &original, OGRLayer &layer, const FeatureCollection &base,
                const EditBuffer &edits)
        : mOriginal(original)
        , mLayer(layer)
        , mBase(base)
        , mEdits(edits)
    {
    }

    bool write(const QString &path, QString *error)
    {
        GdalErrorCollector errors;
        if (!copy(path)) {
            *error = tr("cannot write %1: %2").arg(shown(path), errors.lastError());
            return false;
        }
        return verify(path, error);
    }

    // Old id (or an added feature's buffer id) → id in the new dataset.
    const std::map<qint64, qint64> &newIds() const { return mNewIds; }

private:
    bool copy(const QString &path)
    {
        GDALDriver *driver = mOriginal.GetDriver();
        GdalDatasetPointer created(
            driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRLayer *layer = created ? createLayer(*created) : nullptr;
        if (!layer)
            return false;
        const bool keepIds = QLatin1String(driver->GetDescription()) == QLatin1String(kGeoJson);
        mLayer.ResetReading();
        while (OgrFeaturePointer feature{mLayer.GetNextFeature()}) {
            const qint64 id = feature->GetFID();
            if (mEdits.isDeleted(id))
                continue;
            OgrFeaturePointer copy(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            copy->SetFrom(feature.get(), TRUE);
            if (keepIds) // GeoJSON keeps an "id" member; a shapefile numbers its records
                copy->SetFID(id);
            const bool geometryChanged = mEdits.changedGeometries().count(id);
            if (geometryChanged || mEdits.changedAttributes().count(id)) {
                const std::optional<Feature> edited = mEdits.feature(mBase, id);
                if (!edited)
                    return false;
                fillOgrFeature(*copy, *layer, mBase.fields, *edited, geometryChanged);
            }
            if (layer->CreateFeature(copy.get()) != OGRERR_NONE)
                return false;
            mWritten.push_back(id);
        }
        for (auto it = mEdits.addedFeatures().rbegin(); it != mEdits.addedFeatures().rend(); ++it) {
            OgrFeaturePointer added(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            fillOgrFeature(*added, *layer, mBase.fields, it->second, true);
            if (layer->CreateFeature(added.get()) != OGRERR_NONE)
                return false;
            mWritten.push_back(it->first);
        }
        GdalErrorCollector closing;
        created.reset(); // GDAL writes GeoJSON and the shapefile headers on close
        return closing.lastError().isEmpty();
    }

    OGRLayer *createLayer(GDALDataset &created)
    {
        QByteArray encoding;
        if (QLatin1String(mOriginal.GetDriver()->GetDescription()) == QLatin1String(kShapefile))
            encoding =
                "ENCODING=" + QByteArray(mLayer.GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE"));
        const char *options[] = {encoding.isEmpty() ? nullptr : encoding.constData(), nullptr};
        OGRLayer *layer = created.CreateLayer(mLayer.GetName(), mLayer.GetSpatialRef(),
                                              mLayer.GetGeomType(), const_cast<char **>(options));
        if (!layer)
            return nullptr;
        OGRFeatureDefn *definition = mLayer.GetLayerDefn();
        for (int i = 0; i < definition->GetFieldCount(); ++i) {
            if (layer->CreateField(definition->GetFieldDefn(i), FALSE) != OGRERR_NONE)
                return nullptr;
        }
        return layer;
    }

    // Every feature written is there, in the order written; their ids as the new file gives
    // them.
    bool verify(const QString &path, QString *error)
    {
        GdalErrorCollector errors;
        const GdalDatasetPointer written = openVectorReadOnly(path);
        OGRLayer *layer = written ? written->GetLayer(0) : nullptr;
        std::vector<qint64> ids;
        if (layer) {
            layer->ResetReading();
            while (OgrFeaturePointer feature{layer->GetNextFeature()})
                ids.push_back(feature->GetFID());
        }
        if (ids.size() != mWritten.size()) {
            *error = tr("the new copy %1 reads back %2 features where %3 were written: %4")
                         .arg(shown(path))
                         .arg(ids.size())
                         .arg(mWritten.size())
                         .arg(errors.lastError());
            return false;
        }
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (mWritten[i] != ids[i])
                mNewIds[mWritten[i]] = ids[i];
        }
        return true;
    }

    GDALDataset &mOriginal;
    OGRLayer &mLayer;
    const FeatureCollection &mBase;
    const EditBuffer &mEdits;
    std::vector<qint64> mWritten;
    std::map<qint64, qint64> mNewIds;
};

qint64 savedId(const std::map<qint64, qint64> &newIds, qint64 id)
{
    const auto found = newIds.find(id);
    return found == newIds.end() ? id : found->second;
}

// The dataset's log as it was, with a row per saved change (ids as in the saved file; a
// deleted feature under the id it had).
bool writeLog(const QString &from, const QString &to, const LayerSource &source,
              const EditBuffer &edits, const std::map<qint64, qint64> &newIds,
              const EditAuthor &author)
{
    QByteArray text;
    QFile old(from);
    // A log that exists but cannot be read fails the save: writing a new one would lose the
    // plan's history.
    if (old.exists() && !old.open(QIODevice::ReadOnly))
        return false;
    if (old.isOpen())
        text = old.readAll();
    if (text.isEmpty())
        text = "layer,fid,action,author,saved_at\n";
    else if (!text.endsWith('\n'))
        text += '\n';
    const QByteArray tail = ',' + csvField(author.user) + ',' +
                            author.when.toUTC().toString(Qt::ISODate).toUtf8() + '\n';
    const QByteArray layer = csvField(source.layerName);
    const auto row = [&](qint64 id, const char *action) {
        text += layer + ',' + QByteArray::number(id) + ',' + action + tail;
    };
    for (qint64 id : edits.deletedFeatures())
        row(id, "delete");
    std::set<qint64> changed;
    for (const auto &[id, geometry] : edits.changedGeometries())
        changed.insert(id);
    for (const auto &[id, values] : edits.changedAttributes())
        changed.insert(id);
    for (qint64 id : changed) {
        if (!edits.isDeleted(id))
            row(savedId(newIds, id), "update");
    }
    for (auto it = edits.addedFeatures().rbegin(); it != edits.addedFeatures().rend(); ++it)
        row(savedId(newIds, it->first), "insert");
    QFile file(to);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

// The renames that put the new files in place, and the old sidecars that must go.
void planReplacement(FileSetReplacement &replacement, const QString &path, const QString &driver,
                     const QString &newData)
{
    if (driver != QLatin1String(kShapefile)) {
        replacement.replace(newData, path);
        return;
    }
    for (const QString &suffix : shapefileSidecars()) {
        const QString written = FileSetReplacement::newFilePath(path, suffix);
        if (QFileInfo::exists(written))
            replacement.replace(written, sidecar(path, suffix));
        else if (isSpatialIndex(suffix) && QFileInfo::exists(sidecar(path, suffix)))
            replacement.remove(sidecar(path, suffix)); // stale: it indexes the old records
        // Any other old sidecar the copy did not write (a .prj GDAL could not read) stays.
    }
}

} // namespace

bool CopyEditWriter::handles(const QString &driverName)
{
    return driverName == QLatin1String(kShapefile) || driverName == QLatin1String(kGeoJson);
}

QString CopyEditWriter::logPath(const QString &datasetPath)
{
    return QFileInfo(datasetPath).absoluteFilePath() + QStringLiteral(".planmap-edits.csv");
}

std::optional<QString> CopyEditWriter::whyReadOnly(const QString &datasetPath,
                                                   const QString &driverName)
{
    const QFileInfo file(datasetPath);
    if (!file.isFile())
        return tr("%1 is not a single file; open the layer's own file to edit it")
            .arg(shown(datasetPath));
    const QFileInfo folder(file.absolutePath());
    if (!folder.isWritable())
        return tr("%1 cannot be saved: a save writes a new copy beside it, and its folder %2 is "
                  "read-only")
            .arg(shown(datasetPath), shown(folder.absoluteFilePath()));
    QStringList files{datasetPath, logPath(datasetPath)};
    if (driverName == QLatin1String(kShapefile)) {
        for (const QString &suffix : shapefileSidecars())
            files.push_back(sidecar(datasetPath, suffix));
    }
    for (const QString &each : files) {
        const QFileInfo info(each);
        if (info.exists() && !info.isWritable())
            return tr("%1 is read-only (the file's permissions)").arg(shown(each));
    }
    return std::nullopt;
}

std::optional<std::map<qint64, qint64>>
CopyEditWriter::write(const LayerSource &source, const FeatureCollection &base,
                      const EditBuffer &edits, const EditAuthor &author, QString *error)
{
    FileSetReplacement::recover(source.dataset);
    GdalErrorCollector errors;
    const GdalDatasetPointer original = openVectorReadOnly(source.dataset);
    OGRLayer *layer =
        original ? original->GetLayerByName(source.layerName.toUtf8().constData()) : nullptr;
    if (!layer) {
        *error = tr("%1: cannot read the layer to save: %2")
                     .arg(shown(source.dataset), errors.lastError());
        return std::nullopt;
    }
    const QString driver = QString::fromUtf8(original->GetDriver()->GetDescription());
    const QString newData =
        FileSetReplacement::newFilePath(source.dataset, QFileInfo(source.dataset).suffix());
    LayerCopier copier(*original, *layer, base, edits);
    const QString newLog =
        FileSetReplacement::newFilePath(source.dataset, QStringLiteral("edits.csv"));
    QString reason;
    bool saved = copier.write(newData, &reason);
    if (saved &&
        !writeLog(logPath(source.dataset), newLog, source, edits, copier.newIds(), author)) {
        reason = tr("cannot write the edit log %1").arg(shown(newLog));
        saved = false;
    }
    if (saved) {
        FileSetReplacement replacement(source.dataset);
        planReplacement(replacement, source.dataset, driver, newData);
        replacement.replace(newLog, logPath(source.dataset));
        saved = replacement.commit(&reason);
        if (!saved && replacement.committed()) {
            // Past the commit point: one more try at the renames, else the next open does it.
            FileSetReplacement::recover(source.dataset);
            if (FileSetReplacement::pending(source.dataset)) {
                *error = tr("%1: %2").arg(shown(source.dataset), reason);
                return std::nullopt;
            }
            saved = true;
        }
    }
    if (!saved) {
        FileSetReplacement::recover(source.dataset); // removes the new files
        *error = tr("%1: the edits were not saved, and the file is as it was: %2")
                     .arg(shown(source.dataset), reason);
        return std::nullopt;
    }
    return copier.newIds();
}

} // namespace gis
