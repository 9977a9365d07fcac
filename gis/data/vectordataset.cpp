#include "vectordataset.h"

#include "filesetreplacement.h"
#include "qgisstylewriter.h"

#include "gdalsupport.h"
#include "ogrfeatureconversion.h"

#include "geometry/ogrgeometryconverter.h"
#include "postgis/pgpasswordsource.h"
#include "postgis/pgsql.h"

#include <QFileInfo>

#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace gis {

namespace {

// A process killed inside an SQLite transaction (a GeoPackage save) leaves a hot journal that
// only a connection able to write may roll back: a read-only open fails with "attempt to write
// a readonly database" until then. Opening the file for update once rolls it back (the file
// is as before the save).
void rollBackKilledTransaction(const QString &name)
{
    const QFileInfo file(name);
    if (!QFileInfo::exists(name + QStringLiteral("-journal")) || !file.isWritable())
        return;
    GdalErrorCollector quiet;
    if (GDALDatasetH update = GDALOpenEx(name.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                         nullptr, nullptr, nullptr))
        GDALClose(update);
}

GDALDataset *asDataset(void *handle)
{
    return static_cast<GDALDataset *>(handle);
}

bool looksLikeConnectionString(const QString &name)
{
    return name.startsWith(u"PG:") || name.startsWith(u"/vsi");
}

} // namespace

VectorDataset::VectorDataset(const QString &name, void *handle)
    : mName(name)
    , mHandle(handle)
{
}

VectorDataset::~VectorDataset()
{
    GDALClose(mHandle);
}

std::unique_ptr<VectorDataset> VectorDataset::open(const QString &name, QString *error,
                                                   const QStringList &openOptions)
{
    GdalErrorCollector errors;
    const QFileInfo file(name);
    if (!looksLikeConnectionString(name)) {
        QString problem;
        if (!file.exists())
            problem = QStringLiteral("no such file or folder");
        else if (!file.isReadable())
            problem = QStringLiteral("permission denied");
        if (!problem.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(name, problem);
            return nullptr;
        }
        // A save of a Shapefile or GeoJSON killed half way is finished (or undone) before
        // anything reads the files; a GeoPackage's transaction rolled back.
        FileSetReplacement::recover(name);
        rollBackKilledTransaction(name);
    }
    std::vector<QByteArray> options;
    for (const QString &option : openOptions)
        options.push_back(option.toUtf8());
    std::vector<const char *> optionList;
    for (const QByteArray &option : options)
        optionList.push_back(option.constData());
    optionList.push_back(nullptr);
    GDALDatasetH handle =
        GDALOpenEx(postgis::PgPasswordSource::openableName(name).toUtf8().constData(),
                   GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, optionList.data(), nullptr);
    if (!handle) {
        if (error) {
            const QString reason = errors.lastError().isEmpty()
                                       ? QStringLiteral("not a vector dataset GDAL can read")
                                       : errors.lastError();
            *error = QStringLiteral("%1: %2").arg(postgis::withoutPassword(name), reason);
        }
        return nullptr;
    }
    return std::unique_ptr<VectorDataset>(new VectorDataset(name, handle));
}

QString VectorDataset::driverName() const
{
    GDALDriver *driver = asDataset(mHandle)->GetDriver();
    return driver ? QString::fromUtf8(driver->GetDescription()) : QString();
}

QStringList VectorDataset::layerNames() const
{
    QStringList names;
    for (OGRLayer *layer : asDataset(mHandle)->GetLayers()) {
        const QString name = QString::fromUtf8(layer->GetName());
        // QGIS's styles of the other layers (which planmap writes too), not data to show.
        if (name != QLatin1String(QgisStyleWriter::table))
            names.push_back(name);
    }
    return names;
}

std::optional<FeatureCollection> VectorDataset::readLayer(const QString &layerName, QString *error,
                                                          const std::atomic_bool *cancel) const
{
    return read(layerName, false, error, cancel);
}

std::optional<FeatureCollection>
VectorDataset::readCompactLayer(const QString &layerName, QString *error,
                                const std::atomic_bool *cancel) const
{
    return read(layerName, true, error, cancel);
}

std::optional<FeatureCollection> VectorDataset::read(const QString &layerName, bool compact,
                                                     QString *error,
                                                     const std::atomic_bool *cancel) const
{
    GdalErrorCollector errors;
    OGRLayer *layer = asDataset(mHandle)->GetLayerByName(layerName.toUtf8().constData());
    if (!layer) {
        if (error)
            *error = QStringLiteral("%1: no layer named \"%2\"")
                         .arg(postgis::withoutPassword(mName), layerName);
        return std::nullopt;
    }
    FeatureCollection collection;
    collection.name = layerName;
    collection.fields = detail::fieldsFrom(*layer->GetLayerDefn());
    collection.crs = detail::crsFrom(layer->GetSpatialRef());
    collection.kind = detail::kindOf(layer->GetGeomType());
    OGREnvelope stated;
    if (layer->GetGeomType() != wkbNone && layer->GetExtent(&stated, FALSE) == OGRERR_NONE)
        collection.statedExtent =
            Box(Point(stated.MinX, stated.MinY), Point(stated.MaxX, stated.MaxY));
    const GIntBig count = layer->GetFeatureCount(FALSE);
    if (count > 0)
        collection.features.reserve(static_cast<std::size_t>(count));
    layer->ResetReading();
    for (auto &source : *layer) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            if (error)
                *error = QStringLiteral("%1: reading \"%2\" was cancelled")
                             .arg(postgis::withoutPassword(mName), layerName);
            return std::nullopt;
        }
        if (compact) {
            collection.features.push_back(detail::attributesFrom(*source, collection.fields));
            appendOgr(collection.geometries, source->GetGeometryRef());
            if (collection.kind == GeometryKind::None)
                collection.kind = collection.geometries.kind(collection.geometries.size() - 1);
        } else {
            collection.features.push_back(detail::featureFrom(*source, collection.fields));
            if (collection.kind == GeometryKind::None)
                collection.kind = geometryKind(collection.features.back().geometry);
        }
    }
    collection.geometries.shrinkToFit();
    if (!errors.lastError().isEmpty() && collection.features.empty() && count != 0) {
        if (error)
            *error =
                QStringLiteral("%1: %2").arg(postgis::withoutPassword(mName), errors.lastError());
        return std::nullopt;
    }
    return collection;
}

} // namespace gis
