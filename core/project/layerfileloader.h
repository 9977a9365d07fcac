#pragma once

#include "loadcontrol.h"

#include "crs/crs.h"
#include "layer/rasterlayer.h"
#include "layer/vectorlayer.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace core {

// The layers read from files a user adds to a project.
struct LoadedLayers
{
    std::vector<std::shared_ptr<gis::VectorLayer>> vectorLayers;
    std::vector<std::shared_ptr<gis::RasterLayer>> rasterLayers;
    QStringList errors;   // one per file or layer that could not be read, naming it
    QStringList warnings; // layers read but worth a word, such as an implausible CRS

    bool isEmpty() const { return vectorLayers.empty() && rasterLayers.empty(); }
};

// Reads each file as GDAL vector data (every layer of it; a CSV with lon/lat or WKT columns
// becomes a point or geometry layer) or, failing that, as a GDAL raster. Vector layers are
// projected into `mapCrs` ahead of their first frame. Meant for a worker thread.
LoadedLayers loadLayerFiles(const QStringList &paths, const gis::Crs &mapCrs,
                            LoadControl *control = nullptr);

// Chosen layers of one dataset that holds many (a PostGIS database): only these are read.
struct DatasetLayers
{
    QString dataset;        // GDAL's name for it, such as "PG:host=… dbname=…" (no password)
    QStringList layerNames; // GDAL's layer names ("schema.table")
    QString connection;     // the PostGIS connection's name, kept in each layer's source
};

// Reads the chosen layers, each projected into `mapCrs`, titled by its layer name. Meant for a
// worker thread.
LoadedLayers loadDatasetLayers(const DatasetLayers &request, const gis::Crs &mapCrs,
                               LoadControl *control = nullptr);
// A database layer (a "PG:" dataset) ready to show without reading its features: frames fetch
// those in their extent (gis::ExtentFeatureSource); features() holds the schema until the
// full collection, read after the layer shows, replaces it (app::RemoteFeatureLoader). Null
// with a message naming the dataset (without password) and layer when it cannot be opened.
std::shared_ptr<gis::VectorLayer> openRemoteLayer(const QString &dataset, const QString &layerName,
                                                  QString *error);

// The GDAL open options that let a CSV carry geometry: lon/lat columns or a WKT column.
QStringList csvOpenOptions();

} // namespace core
