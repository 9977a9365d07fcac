#include "projectdata.h"

#include "postgis/pgsql.h"

#include "bundledlayers.h"
#include "layerfileloader.h"

#include "crs/crsplausibility.h"
#include "data/rastersource.h"
#include "data/vectordataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <boost/geometry/algorithms/expand.hpp>

#include <optional>

namespace core {

namespace bg = boost::geometry;

namespace {

gis::Crs defaultMapCrs()
{
    return gis::Crs::webMercator();
}

} // namespace

gis::Box paddedExtent(const gis::Box &box, double fraction)
{
    const double dx = (box.max_corner().x() - box.min_corner().x()) * fraction;
    const double dy = (box.max_corner().y() - box.min_corner().y()) * fraction;
    return {gis::Point(box.min_corner().x() - dx, box.min_corner().y() - dy),
            gis::Point(box.max_corner().x() + dx, box.max_corner().y() + dy)};
}

std::shared_ptr<gis::VectorLayer> readVectorLayer(const gis::VectorDataset &dataset,
                                                  const QString &layerName, const gis::Crs &mapCrs,
                                                  QString *error, const QString &layerId,
                                                  QStringList *warnings,
                                                  const std::atomic_bool *cancel)
{
    std::optional<gis::FeatureCollection> features =
        dataset.readCompactLayer(layerName, error, cancel);
    if (!features)
        return nullptr;
    // Still shown, so the planner sees where it landed, but never silently misplaced.
    // The stated extent spares a pass over every vertex of a big layer.
    const auto problem = gis::implausibleCrsReason(
        features->statedExtent.value_or(features->extent()), features->crs);
    if (problem && warnings)
        warnings->push_back(QCoreApplication::translate("core::ProjectData", "%1, layer %2: %3")
                                .arg(dataset.name(), layerName, *problem));
    auto layer = std::make_shared<gis::VectorLayer>(
        layerId.isEmpty() ? layerName : layerId,
        std::make_shared<const gis::FeatureCollection>(std::move(*features)));
    // Absolute, so that a project saved elsewhere can still point at it.
    const QFileInfo file(dataset.name());
    layer->setSource({file.exists() ? file.absoluteFilePath() : dataset.name(), layerName});
    if (!layer->projectionCache()->projected(mapCrs, error))
        return nullptr;
    return layer;
}

namespace {

// A raster opened on its own: one layer in one group, the view on its footprint.
std::optional<ProjectData>
rasterProject(const QString &path, std::shared_ptr<const gis::RasterSource> source, QString *error)
{
    ProjectData data;
    data.sourcePath = path;
    data.crs = defaultMapCrs();
    auto layer = std::make_shared<gis::RasterLayer>(QFileInfo(path).completeBaseName(), source);
    const std::optional<gis::Box> extent = layer->extentIn(data.crs);
    if (!extent) {
        *error = QStringLiteral("%1: its CRS cannot be transformed into the map CRS").arg(path);
        return std::nullopt;
    }
    data.initialExtent = paddedExtent(*extent, 0.02);
    data.groups.push_back({QStringLiteral("dataset"), QFileInfo(path).fileName(), {layer->id()}});
    data.rasterLayers.push_back(std::move(layer));
    data.bookmarks = presetBookmarks(data);
    return data;
}

} // namespace

QString bundledDatasetPath()
{
    const QString fromEnvironment = qEnvironmentVariable("PLANMAP_DATA");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {QStringLiteral("../data/planmap.gpkg"), QStringLiteral("../share/planmap/planmap.gpkg"),
          QStringLiteral("data/planmap.gpkg")}) {
        if (QFileInfo::exists(appDir.filePath(candidate)))
            return QDir::cleanPath(appDir.filePath(candidate));
    }
    return QStringLiteral(PLANMAP_BUILD_DATA_DIR "/planmap.gpkg");
}

std::optional<ProjectData> loadBundledProject(const QString &geopackagePath, QString *error,
                                              LoadControl *control)
{
    std::unique_ptr<gis::VectorDataset> dataset = gis::VectorDataset::open(geopackagePath, error);
    if (!dataset)
        return std::nullopt;
    ProjectData data;
    data.sourcePath = geopackagePath;
    data.crs = defaultMapCrs();
    if (control)
        control->setTotal(int(bundledLayerStyles().size()));
    for (const BundledLayerStyle &style : bundledLayerStyles()) {
        QString layerError;
        std::shared_ptr<gis::VectorLayer> layer =
            readVectorLayer(*dataset, style.layerName, data.crs, &layerError, {}, &data.warnings,
                            control ? control->cancelFlag() : nullptr);
        if (control && control->isCancelled()) {
            *error = LoadControl::cancelledMessage();
            return std::nullopt;
        }
        if (control)
            control->stepDone();
        if (!layer) {
            data.warnings.push_back(layerError);
            continue;
        }
        layer->setTitle(QCoreApplication::translate("BundledLayers", style.title));
        layer->setSymbol(style.symbol);
        layer->setLabels(style.labels);
        layer->setVisible(style.visible);
        data.layers.push_back(std::move(layer));
    }
    if (data.layers.empty()) {
        *error = QStringLiteral("%1: none of the planning layers could be read (%2)")
                     .arg(geopackagePath, data.warnings.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    if (auto statistics = dataset->readLayer(QStringLiteral("statistics"), error)) {
        data.statistics = std::make_shared<const gis::FeatureCollection>(std::move(*statistics));
        data.statisticsSource = {QFileInfo(geopackagePath).absoluteFilePath(),
                                 QStringLiteral("statistics")};
    }
    data.groups = bundledLayerGroups();
    data.bookmarks = presetBookmarks(data);
    for (const auto &layer : data.layers) {
        if (layer->id() == QStringLiteral("prefectures"))
            data.initialExtent = paddedExtent(
                layer->projectionCache()->projected(data.crs, nullptr)->extent(), 0.04);
    }
    return data;
}

std::optional<ProjectData> loadDatasetProject(const QString &datasetPath, QString *error,
                                              LoadControl *control)
{
    const bool csv = QFileInfo(datasetPath).suffix().compare(u"csv", Qt::CaseInsensitive) == 0;
    std::unique_ptr<gis::VectorDataset> dataset =
        gis::VectorDataset::open(datasetPath, error, csv ? csvOpenOptions() : QStringList());
    if (!dataset) {
        // Not vector data: a raster then, or the vector message stands.
        if (auto raster = gis::RasterSource::open(datasetPath, nullptr))
            return rasterProject(datasetPath, raster, error);
        return std::nullopt;
    }
    ProjectData data;
    // A "PG:" name typed with its password keeps it only for GDAL, never in titles or messages.
    const QString shownPath = gis::postgis::withoutPassword(datasetPath);
    data.sourcePath = shownPath;
    data.crs = defaultMapCrs();
    LayerGroup group{QStringLiteral("dataset"), QFileInfo(shownPath).fileName(), {}};
    bg::assign_inverse(data.initialExtent);
    const QStringList names = dataset->layerNames();
    if (control)
        control->setTotal(int(names.size()));
    for (const QString &name : names) {
        QString layerError;
        std::shared_ptr<gis::VectorLayer> layer =
            readVectorLayer(*dataset, name, data.crs, &layerError, {}, &data.warnings,
                            control ? control->cancelFlag() : nullptr);
        if (control && control->isCancelled()) {
            *error = LoadControl::cancelledMessage();
            return std::nullopt;
        }
        if (control)
            control->stepDone();
        if (!layer) {
            data.warnings.push_back(layerError);
            continue;
        }
        group.layerIds.push_front(name);
        bg::expand(data.initialExtent,
                   layer->projectionCache()->projected(data.crs, nullptr)->extent());
        data.layers.push_back(std::move(layer));
    }
    if (data.layers.empty()) {
        *error = QStringLiteral("%1: no readable vector layer (%2)")
                     .arg(shownPath, data.warnings.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    data.initialExtent = paddedExtent(data.initialExtent, 0.02);
    data.groups.push_back(group);
    data.bookmarks = presetBookmarks(data);
    return data;
}

} // namespace core
