#include "projectdata.h"

#include "bundledlayers.h"

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

gis::Box paddedExtent(const gis::Box &box, double fraction)
{
    const double dx = (box.max_corner().x() - box.min_corner().x()) * fraction;
    const double dy = (box.max_corner().y() - box.min_corner().y()) * fraction;
    return {gis::Point(box.min_corner().x() - dx, box.min_corner().y() - dy),
            gis::Point(box.max_corner().x() + dx, box.max_corner().y() + dy)};
}

std::shared_ptr<gis::VectorLayer> readLayer(const gis::VectorDataset &dataset, const QString &name,
                                            const gis::Crs &mapCrs, QString *error)
{
    std::optional<gis::FeatureCollection> features = dataset.readCompactLayer(name, error);
    if (!features)
        return nullptr;
    auto layer = std::make_shared<gis::VectorLayer>(
        name, std::make_shared<const gis::FeatureCollection>(std::move(*features)));
    if (!layer->projectionCache()->projected(mapCrs, error))
        return nullptr;
    return layer;
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

std::optional<ProjectData> loadBundledProject(const QString &geopackagePath, QString *error)
{
    std::unique_ptr<gis::VectorDataset> dataset = gis::VectorDataset::open(geopackagePath, error);
    if (!dataset)
        return std::nullopt;
    ProjectData data;
    data.sourcePath = geopackagePath;
    data.crs = defaultMapCrs();
    for (const BundledLayerStyle &style : bundledLayerStyles()) {
        QString layerError;
        std::shared_ptr<gis::VectorLayer> layer =
            readLayer(*dataset, style.layerName, data.crs, &layerError);
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
    if (auto statistics = dataset->readLayer(QStringLiteral("statistics"), error))
        data.statistics = std::make_shared<const gis::FeatureCollection>(std::move(*statistics));
    data.groups = bundledLayerGroups();
    data.bookmarks = presetBookmarks(data);
    for (const auto &layer : data.layers) {
        if (layer->id() == QStringLiteral("prefectures"))
            data.initialExtent = paddedExtent(
                layer->projectionCache()->projected(data.crs, nullptr)->extent(), 0.04);
    }
    return data;
}

std::optional<ProjectData> loadDatasetProject(const QString &datasetPath, QString *error)
{
    std::unique_ptr<gis::VectorDataset> dataset = gis::VectorDataset::open(datasetPath, error);
    if (!dataset)
        return std::nullopt;
    ProjectData data;
    data.sourcePath = datasetPath;
    data.crs = defaultMapCrs();
    LayerGroup group{QStringLiteral("dataset"), QFileInfo(datasetPath).fileName(), {}};
    bg::assign_inverse(data.initialExtent);
    for (const QString &name : dataset->layerNames()) {
        QString layerError;
        std::shared_ptr<gis::VectorLayer> layer = readLayer(*dataset, name, data.crs, &layerError);
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
                     .arg(datasetPath, data.warnings.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    data.initialExtent = paddedExtent(data.initialExtent, 0.02);
    data.groups.push_back(group);
    data.bookmarks = presetBookmarks(data);
    return data;
}

} // namespace core
