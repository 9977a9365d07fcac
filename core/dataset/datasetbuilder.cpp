#include "datasetbuilder.h"

#include "adminbuilder.h"
#include "contextbuilder.h"
#include "csvtable.h"
#include "planningbuilder.h"

#include "data/geopackagewriter.h"
#include "data/qgisstylewriter.h"
#include "project/bundledlayers.h"

#include <QDir>

#include <list>

namespace core {

DatasetBuilder::DatasetBuilder(const QString &dataRoot)
    : mRoot(dataRoot)
{
}

QString DatasetBuilder::source(const QString &relativePath) const
{
    return QDir(mRoot).filePath(relativePath);
}

bool DatasetBuilder::build(const QString &outputPath, QString *error)
{
    const auto table = [&](const char *name, QStringList columns) {
        return CsvTable::read(source(QStringLiteral("sources/") + QString::fromLatin1(name)),
                              columns, error);
    };
    const auto counties =
        table("counties.csv", {QStringLiteral("adcode"), QStringLiteral("prefecture_code")});
    const auto prefectures =
        counties ? table("prefectures.csv", {QStringLiteral("code")}) : std::nullopt;
    const auto neighbourNames =
        prefectures ? table("neighbours.csv", {QStringLiteral("key")}) : std::nullopt;
    const auto countryNames =
        neighbourNames ? table("countries_zh.csv", {QStringLiteral("name_en")}) : std::nullopt;
    const auto areas =
        countryNames ? table("layout_areas.csv", {QStringLiteral("key"), QStringLiteral("members")})
                     : std::nullopt;
    const auto statistics =
        areas ? table("statistics.csv", {QStringLiteral("id"), QStringLiteral("value")})
              : std::nullopt;
    if (!statistics)
        return false;

    // std::list keeps addresses stable while layers are added and referred to by name.
    std::list<gis::FeatureCollection> layers;
    LayerMap byName;
    const auto keep = [&](std::optional<gis::FeatureCollection> layer) {
        if (!layer)
            return false;
        layers.push_back(std::move(*layer));
        byName[layers.back().name] = &layers.back();
        mLog.push_back(QStringLiteral("layer %1: %2 features")
                           .arg(layers.back().name)
                           .arg(layers.back().features.size()));
        return true;
    };
    const QString upstream = source(QStringLiteral("upstream"));
    if (!keep(buildCountries(upstream + QStringLiteral("/world/countries-50m.json"), *countryNames,
                             mRepairs, error)) ||
        !keep(buildNeighbours(upstream + QStringLiteral("/neighbor-prefectures"), *neighbourNames,
                              mRepairs, error)) ||
        !keep(buildCounties(upstream + QStringLiteral("/jilin-counties"), *counties, *prefectures,
                            mRepairs, error)) ||
        !keep(buildPrefectures(*byName[QStringLiteral("counties")], *prefectures, error)))
        return false;
    for (const char *name : {"cities", "plates", "zones", "corridors", "layout_lines"}) {
        const QString layerName = QString::fromLatin1(name);
        if (!keep(buildPlanningLayer(source(QStringLiteral("sources/%1.geojson").arg(layerName)),
                                     layerName, mRepairs, error)))
            return false;
    }
    if (!keep(buildLayoutAreas(*areas, byName, error)) ||
        !keep(buildStatistics(*statistics, byName, source(QStringLiteral("sources/seeds")), error)))
        return false;
    mLog += mRepairs.lines();
    mLog.push_back(QStringLiteral("repaired %1 invalid geometries, %2 left invalid")
                       .arg(mRepairs.records().size())
                       .arg(mRepairs.unrepairedCount()));

    gis::GeoPackageWriter writer(outputPath);
    if (!writer.open(error))
        return false;
    for (const gis::FeatureCollection &layer : layers) {
        if (!writer.writeLayer(layer, error))
            return false;
    }
    // QGIS opens the bundled file looking as planmap draws it.
    for (const BundledLayerStyle &bundled : bundledLayerStyles()) {
        if (!byName.count(bundled.layerName))
            continue;
        gis::LayerStyle style;
        style.symbol = bundled.symbol;
        const QString qml =
            gis::QgisStyleWriter::qml(style, bundled.labels, byName[bundled.layerName]->kind);
        if (!writer.writeStyle(bundled.layerName, qml, error))
            return false;
    }
    return writer.commit(error);
}

} // namespace core
