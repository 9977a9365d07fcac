#include "geopackagewriter.h"

#include "gdalsupport.h"
#include "geometry/ogrgeometryconverter.h"
#include "ogrfieldvalues.h"
#include "qgisstylewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstdio>

namespace gis {

namespace {

OGRwkbGeometryType layerTypeOf(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return wkbMultiPoint;
    case GeometryKind::Line:
        return wkbMultiLineString;
    case GeometryKind::Polygon:
        return wkbMultiPolygon;
    case GeometryKind::None:
        break;
    }
    return wkbNone;
}

QString withReason(const QString &path, const QString &what, const GdalErrorCollector &errors)
{
    return errors.lastError().isEmpty()
               ? QStringLiteral("%1: %2").arg(path, what)
               : QStringLiteral("%1: %2: %3").arg(path, what, errors.lastError());
}

} // namespace

GeoPackageWriter::GeoPackageWriter(const QString &targetPath)
    : mTargetPath(targetPath)
{
}

GeoPackageWriter::~GeoPackageWriter()
{
    discard();
}

void GeoPackageWriter::discard()
{
    if (mHandle) {
        GDALClose(mHandle);
        mHandle = nullptr;
    }
    if (!mTemporaryPath.isEmpty())
        QFile::remove(mTemporaryPath);
    mTemporaryPath.clear();
}

bool GeoPackageWriter::open(QString *error)
{
    GdalErrorCollector errors;
    const QFileInfo target(mTargetPath);
    if (!QDir().mkpath(target.absolutePath())) {
        *error = QStringLiteral("%1: cannot create the folder").arg(mTargetPath);
        return false;
    }
    mTemporaryPath = target.absoluteFilePath() +
                     QStringLiteral(".partial-%1.gpkg").arg(QCoreApplication::applicationPid());
    QFile::remove(mTemporaryPath);
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    mHandle =
        driver ? driver->Create(mTemporaryPath.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr)
               : nullptr;
    if (!mHandle) {
        *error = withReason(mTargetPath, QStringLiteral("cannot create a GeoPackage"), errors);
        mTemporaryPath.clear();
        return false;
    }
    return true;
}

bool GeoPackageWriter::writeLayer(const FeatureCollection &collection, QString *error)
{
    GdalErrorCollector errors;
    auto *dataset = static_cast<GDALDataset *>(mHandle);
    OGRSpatialReference srs;
    const OGRwkbGeometryType type = layerTypeOf(collection.kind);
    const bool hasSrs =
        type != wkbNone && collection.crs.isValid() &&
        srs.SetFromUserInput(collection.crs.definition().toUtf8().constData()) == OGRERR_NONE;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char *options[] = {"SPATIAL_INDEX=YES", "FID=fid", nullptr};
    OGRLayer *layer =
        dataset->CreateLayer(collection.name.toUtf8().constData(), hasSrs ? &srs : nullptr, type,
                             const_cast<char **>(options));
    if (!layer) {
        *error = withReason(mTargetPath,
                            QStringLiteral("cannot create layer %1").arg(collection.name), errors);
        return false;
    }
    for (const Field &field : collection.fields) {
        OGRFieldDefn definition(field.name.toUtf8().constData(), ogrFieldType(field.type));
        if (layer->CreateField(&definition) != OGRERR_NONE) {
            *error = withReason(mTargetPath,
                                QStringLiteral("cannot create field %1").arg(field.name), errors);
            return false;
        }
    }
    if (dataset->StartTransaction() != OGRERR_NONE) {
        *error = withReason(mTargetPath, QStringLiteral("cannot start a transaction"), errors);
        return false;
    }
    for (std::size_t index = 0; index < collection.features.size(); ++index) {
        const Feature &source = collection.features[index];
        OGRFeature feature(layer->GetLayerDefn());
        for (int i = 0; i < collection.fields.size(); ++i)
            setOgrField(feature, i, source.attributes.value(i), collection.fields[i].type);
        if (type != wkbNone) {
            if (std::unique_ptr<OGRGeometry> geometry = toOgr(collection.geometry(index)))
                feature.SetGeometry(geometry.get());
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE) {
            dataset->RollbackTransaction();
            *error = withReason(mTargetPath,
                                QStringLiteral("cannot write a feature of %1").arg(collection.name),
                                errors);
            return false;
        }
    }
    if (dataset->CommitTransaction() != OGRERR_NONE) {
        *error = withReason(mTargetPath, QStringLiteral("cannot commit %1").arg(collection.name),
                            errors);
        return false;
    }
    return true;
}

bool GeoPackageWriter::writeStyle(const QString &layerName, const QString &qml, QString *error)
{
    QString reason;
    if (!QgisStyleWriter::write(*static_cast<GDALDataset *>(mHandle), layerName, qml, &reason)) {
        *error = QStringLiteral("%1: %2").arg(mTargetPath, reason);
        return false;
    }
    return true;
}

bool GeoPackageWriter::commit(QString *error)
{
    GdalErrorCollector errors;
    if (!mHandle) {
        *error = QStringLiteral("%1: nothing to commit").arg(mTargetPath);
        return false;
    }
    static_cast<GDALDataset *>(mHandle)->FlushCache(true);
    const bool closed = errors.lastError().isEmpty();
    GDALClose(mHandle);
    mHandle = nullptr;
    // rename(2) replaces the target atomically: readers see the old file or the new one.
    if (!closed || std::rename(QFile::encodeName(mTemporaryPath).constData(),
                               QFile::encodeName(mTargetPath).constData()) != 0) {
        *error = withReason(mTargetPath, QStringLiteral("cannot replace the file"), errors);
        discard();
        return false;
    }
    mTemporaryPath.clear();
    return true;
}

} // namespace gis
