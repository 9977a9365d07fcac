#include "planningbuilder.h"

#include "collectionbuilder.h"

#include "data/vectordataset.h"
#include "geometry/dissolve.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace core {

QString keyFieldOf(const QString &layerName)
{
    if (layerName == u"counties")
        return QStringLiteral("adcode");
    if (layerName == u"prefectures")
        return QStringLiteral("code");
    return QStringLiteral("key");
}

std::optional<gis::FeatureCollection> buildPlanningLayer(const QString &path,
                                                         const QString &layerName,
                                                         RepairLog &repairs, QString *error)
{
    auto dataset = gis::VectorDataset::open(path, error);
    if (!dataset)
        return std::nullopt;
    auto layer = dataset->readLayer(dataset->layerNames().value(0), error);
    if (!layer)
        return std::nullopt;
    layer->name = layerName;
    layer->crs = gis::Crs::wgs84();
    for (const QString &field : requiredPlanningFields()) {
        if (layer->fieldIndex(field) < 0) {
            *error = QStringLiteral("%1: missing field \"%2\"").arg(path, field);
            return std::nullopt;
        }
    }
    QSet<QString> keys;
    for (const gis::Feature &feature : layer->features) {
        const QString key = layer->value(feature, QStringLiteral("key")).toString();
        for (const QString &field : requiredPlanningFields()) {
            if (layer->value(feature, field).toString().isEmpty()) {
                *error = QStringLiteral("%1: feature \"%2\" has an empty %3").arg(path, key, field);
                return std::nullopt;
            }
        }
        if (keys.contains(key) || gis::isEmpty(feature.geometry)) {
            *error = QStringLiteral("%1: key \"%2\" is repeated or has no geometry").arg(path, key);
            return std::nullopt;
        }
        keys.insert(key);
    }
    repairs.repairLayer(*layer, QStringLiteral("key"));
    return layer;
}

namespace {

const gis::Feature *findMember(const LayerMap &layers, const QString &reference, QString *layerName)
{
    const QString layer = reference.section(u':', 0, 0).trimmed();
    const QString key = reference.section(u':', 1).trimmed();
    auto found = layers.find(layer);
    if (found == layers.end())
        return nullptr;
    *layerName = layer;
    return found->second->findByValue(keyFieldOf(layer), key);
}

} // namespace

std::optional<gis::FeatureCollection> buildLayoutAreas(const CsvTable &areas,
                                                       const LayerMap &layers, QString *error)
{
    auto layer = makeCollection(QStringLiteral("layout_areas"), gis::GeometryKind::Polygon,
                                {{"key", QMetaType::QString},
                                 {"name_zh", QMetaType::QString},
                                 {"name_en", QMetaType::QString},
                                 {"kind", QMetaType::QString},
                                 {"members", QMetaType::QString},
                                 {"status", QMetaType::QString},
                                 {"source", QMetaType::QString},
                                 {"note", QMetaType::QString}});
    for (const auto &row : areas.rows) {
        std::vector<gis::MultiPolygon> parts;
        for (const QString &reference :
             row.value(QStringLiteral("members")).split(u';', Qt::SkipEmptyParts)) {
            QString memberLayer;
            const gis::Feature *member = findMember(layers, reference, &memberLayer);
            const auto *polygons =
                member ? std::get_if<gis::MultiPolygon>(&member->geometry) : nullptr;
            if (!polygons) {
                *error = QStringLiteral(
                             "%1: area \"%2\" names member \"%3\", which is no polygon feature")
                             .arg(areas.path, row.value(QStringLiteral("key")), reference);
                return std::nullopt;
            }
            parts.push_back(*polygons);
        }
        QVariantList values;
        for (const char *field :
             {"key", "name_zh", "name_en", "kind", "members", "status", "source", "note"})
            values.push_back(row.value(QString::fromLatin1(field)));
        appendFeature(layer, values, gis::dissolve(parts));
    }
    return layer;
}

std::optional<gis::FeatureCollection> buildStatistics(const CsvTable &statistics,
                                                      const LayerMap &layers,
                                                      const QString &seedDir, QString *error)
{
    auto table = makeCollection(QStringLiteral("statistics"), gis::GeometryKind::None,
                                {{"id", QMetaType::QString},
                                 {"layer", QMetaType::QString},
                                 {"feature_key", QMetaType::QString},
                                 {"indicator", QMetaType::QString},
                                 {"value", QMetaType::Double},
                                 {"unit", QMetaType::QString},
                                 {"period", QMetaType::QString},
                                 {"qualifier", QMetaType::QString},
                                 {"seed_file", QMetaType::QString},
                                 {"quote", QMetaType::QString}});
    for (const auto &row : statistics.rows) {
        const QString id = row.value(QStringLiteral("id"));
        QString layerName;
        const QString reference =
            row.value(QStringLiteral("layer")) + u':' + row.value(QStringLiteral("feature_key"));
        if (!findMember(layers, reference, &layerName)) {
            *error = QStringLiteral("%1: row %2 refers to %3, which is no feature")
                         .arg(statistics.path, id, reference);
            return std::nullopt;
        }
        bool numeric = false;
        const double value = row.value(QStringLiteral("value")).toDouble(&numeric);
        const QString seed = row.value(QStringLiteral("seed_file"));
        if (!numeric || !QFile::exists(QDir(seedDir).filePath(seed))) {
            *error =
                QStringLiteral("%1: row %2 has a non-numeric value or an unknown seed file \"%3\"")
                    .arg(statistics.path, id, seed);
            return std::nullopt;
        }
        appendFeature(
            table,
            {id, row.value(QStringLiteral("layer")), row.value(QStringLiteral("feature_key")),
             row.value(QStringLiteral("indicator")), value, row.value(QStringLiteral("unit")),
             row.value(QStringLiteral("period")), row.value(QStringLiteral("qualifier")), seed,
             row.value(QStringLiteral("quote"))});
    }
    return table;
}

} // namespace core
