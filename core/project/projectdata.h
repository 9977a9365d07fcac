#pragma once

#include "bookmark.h"
#include "labellanguage.h"
#include "layergroup.h"

#include "crs/crs.h"
#include "layer/rasterlayer.h"
#include "layer/vectorlayer.h"

#include <QVector>

#include <memory>
#include <vector>

namespace core {

// Everything a project holds once read from disk; built on a worker thread, then handed to a
// PlanProject on the GUI thread.
struct ProjectData
{
    QString sourcePath;
    std::vector<std::shared_ptr<gis::VectorLayer>> layers; // bottom of the drawing order first
    std::vector<std::shared_ptr<gis::RasterLayer>> rasterLayers;
    QVector<LayerGroup> groups; // top first; the drawing order follows it
    std::shared_ptr<const gis::FeatureCollection> statistics;
    gis::Crs crs;
    gis::Box initialExtent;
    QVector<Bookmark> bookmarks;
    QStringList warnings;
};

// The bundled planning dataset: its layers in their groups and styles, projected into the
// map CRS ahead of the first frame.
std::optional<ProjectData> loadBundledProject(const QString &geopackagePath, QString *error);

// Any GDAL vector dataset: each layer with the default style, in one group; failing that, a
// GDAL raster as a single raster layer.
std::optional<ProjectData> loadDatasetProject(const QString &datasetPath, QString *error);

// Where the bundled GeoPackage lives: $PLANMAP_DATA, then beside the executable's build or
// install tree.
QString bundledDatasetPath();

} // namespace core
