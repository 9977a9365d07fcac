#pragma once

#include "featurecollection.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace gis {

// A GDAL vector dataset opened read-only (RAII over GDALDatasetH). Any dataset name GDAL
// accepts works: a file path, a folder of shapefiles, a "PG:" connection string.
class VectorDataset
{
public:
    ~VectorDataset();
    VectorDataset(const VectorDataset &) = delete;
    VectorDataset &operator=(const VectorDataset &) = delete;

    // nullptr and a message naming the dataset when it cannot be opened as vector data.
    // `openOptions` are the driver's ("X_POSSIBLE_NAMES=lon*" for CSV).
    static std::unique_ptr<VectorDataset> open(const QString &name, QString *error,
                                               const QStringList &openOptions = {});

    QString name() const { return mName; }
    QString driverName() const;
    QStringList layerNames() const;

    // Reads a whole layer; nullopt with a message on failure or when `cancel` becomes true.
    std::optional<FeatureCollection> readLayer(const QString &layerName, QString *error,
                                               const std::atomic_bool *cancel = nullptr) const;
    // The same, with the geometries in the collection's compact GeometryStore: for layers
    // that are displayed rather than edited, and much faster and smaller on big data.
    std::optional<FeatureCollection>
    readCompactLayer(const QString &layerName, QString *error,
                     const std::atomic_bool *cancel = nullptr) const;

    void *handle() const { return mHandle; } // GDALDatasetH, for gis's own inspectors

private:
    VectorDataset(const QString &name, void *handle);
    std::optional<FeatureCollection> read(const QString &layerName, bool compact, QString *error,
                                          const std::atomic_bool *cancel) const;
    QString mName;
    void *mHandle = nullptr;
};

} // namespace gis
