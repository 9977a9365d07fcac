#pragma once

#include "bookmark.h"
#include "labellanguage.h"
#include "layergroup.h"
#include "loadcontrol.h"

#include "editing/snappingsettings.h"
#include "layout/printlayout.h"
#include "statistics/statisticssettings.h"
#include "statistics/statisticstable.h"
#include "thematic/thematicspec.h"

#include "crs/crs.h"
#include "layer/rasterlayer.h"
#include "layer/vectorlayer.h"

#include <QVector>

#include <memory>
#include <optional>
#include <vector>

namespace gis {
class VectorDataset;
}

namespace core {

// Everything a project holds once read from disk; built on a worker thread, then handed to a
// PlanProject on the GUI thread.
struct ProjectData
{
    QString sourcePath;
    QString filePath; // the project file it was read from; empty for a dataset or the bundle
    std::vector<std::shared_ptr<gis::VectorLayer>> layers; // bottom of the drawing order first
    std::vector<std::shared_ptr<gis::RasterLayer>> rasterLayers;
    QVector<LayerGroup> groups; // top first; the drawing order follows it
    std::shared_ptr<const gis::FeatureCollection> statistics;
    gis::LayerSource statisticsSource;
    StatisticsTable importedStatistics;    // what the user imported, kept in the project file
    StatisticsSettings statisticsSettings; // key fields, spatial joins, share groups chosen
    gis::Crs crs;
    gis::Box initialExtent;             // the full view, in `crs`
    std::optional<gis::Box> viewExtent; // the view last saved, in `crs`
    LabelLanguage labelLanguage = LabelLanguage::Chinese;
    QVector<Bookmark> bookmarks;       // the presets
    QVector<Bookmark> userBookmarks;   // those the user added, saved with the project
    std::vector<ThematicSpec> themes;  // the layers drawn as thematic maps
    QVector<PrintLayout> printLayouts; // the user's own; the presets are not stored
    SnappingSettings snapping;         // how the editing tools snap
    QStringList partitionLayers;       // layers whose zones must neither overlap nor leave gaps
    QStringList warnings;
};

// The bundled planning dataset: its layers in their groups and styles, projected into the
// map CRS ahead of the first frame.
std::optional<ProjectData> loadBundledProject(const QString &geopackagePath, QString *error,
                                              LoadControl *control = nullptr);

// Any GDAL vector dataset: each layer with the default style, in one group; failing that, a
// GDAL raster as a single raster layer.
std::optional<ProjectData> loadDatasetProject(const QString &datasetPath, QString *error,
                                              LoadControl *control = nullptr);

// One layer of a dataset, remembering its source and projected into the map CRS ahead of the
// first frame. Its id is the layer's name unless one is given.
std::shared_ptr<gis::VectorLayer> readVectorLayer(const gis::VectorDataset &dataset,
                                                  const QString &layerName, const gis::Crs &mapCrs,
                                                  QString *error, const QString &layerId = {},
                                                  QStringList *warnings = nullptr,
                                                  const std::atomic_bool *cancel = nullptr);

// A box grown by `fraction` of its size on every side.
gis::Box paddedExtent(const gis::Box &box, double fraction);

// Where the bundled GeoPackage lives: $PLANMAP_DATA, then beside the executable's build or
// install tree.
QString bundledDatasetPath();

} // namespace core
