#pragma once

#include "featurecollection.h"

#include <QString>

namespace gis {

// Writes layers into a new GeoPackage without ever exposing a half-written file: everything
// goes to a temporary file beside the target, which replaces the target only on commit().
// A writer destroyed (or a process killed) before commit() leaves the old target untouched.
class GeoPackageWriter
{
public:
    explicit GeoPackageWriter(const QString &targetPath);
    ~GeoPackageWriter();
    GeoPackageWriter(const GeoPackageWriter &) = delete;
    GeoPackageWriter &operator=(const GeoPackageWriter &) = delete;

    bool open(QString *error);
    bool writeLayer(const FeatureCollection &collection, QString *error);
    // Makes `qml` the default QGIS style of a layer written before (see QgisStyleWriter).
    bool writeStyle(const QString &layerName, const QString &qml, QString *error);
    bool commit(QString *error);

private:
    void discard();
    QString mTargetPath;
    QString mTemporaryPath;
    void *mHandle = nullptr;
};

} // namespace gis
