#include "statisticssettingsjson.h"

#include "project/jsonfields.h"

#include "layer/vectorlayer.h"

#include <QJsonArray>

namespace core {

namespace {

const QString keyFieldsKey = QStringLiteral("keyFields");
const QString spatialJoinsKey = QStringLiteral("spatialJoins");
const QString shareGroupsKey = QStringLiteral("shareGroups");

// Reads the entries of one key, each with the layers it names looked up.
class SettingsReader
{
    Q_DECLARE_TR_FUNCTIONS(core::StatisticsSettingsJson)
public:
    SettingsReader(const std::vector<std::shared_ptr<gis::VectorLayer>> &layers,
                   QStringList *problems)
        : mLayers(layers)
        , mProblems(problems)
    {
    }

    const gis::VectorLayer *layer(const QString &id) const
    {
        for (const auto &layer : mLayers) {
            if (layer->id() == id)
                return layer.get();
        }
        return nullptr;
    }

    void problem(const QString &text) const { mProblems->push_back(text); }

    QMap<QString, QString> keyFields(const QJsonObject &object) const
    {
        QMap<QString, QString> fields;
        const JsonFields entries(object, tr("key fields"), mProblems);
        for (auto entry = object.begin(); entry != object.end(); ++entry) {
            const QString &layerId = entry.key();
            const QString field = entries.string(layerId);
            const gis::VectorLayer *found = layer(layerId);
            if (field.isEmpty())
                continue; // a value of the wrong type was reported; an empty one means the usual
            if (!found)
                problem(tr("key field of layer “%1”: the project has no such layer, skipped")
                            .arg(layerId));
            else if (found->features().fieldIndex(field) < 0)
                problem(tr("key field of layer “%1”: the layer has no field “%2”, skipped")
                            .arg(layerId, field));
            else
                fields.insert(layerId, field);
        }
        return fields;
    }

    std::optional<SpatialJoinRequest> spatialJoin(const QJsonValue &value, int index) const
    {
        QString where = tr("spatial join %1").arg(index + 1);
        if (!value.isObject()) {
            problem(tr("%1 is not an object, skipped").arg(where));
            return std::nullopt;
        }
        const JsonFields fields(value.toObject(), where, mProblems);
        SpatialJoinRequest join{
            fields.string(QStringLiteral("zoneLayer")), fields.string(QStringLiteral("pointLayer")),
            fields.string(QStringLiteral("attribute")), fields.string(QStringLiteral("name")),
            fields.string(QStringLiteral("unit"))};
        if (join.name.isEmpty()) {
            problem(tr("%1 has no name, skipped").arg(where));
            return std::nullopt;
        }
        where = tr("spatial join “%1”").arg(join.name);
        const gis::VectorLayer *zones = layer(join.zoneLayerId);
        const gis::VectorLayer *points = layer(join.pointLayerId);
        if (!zones || !points) {
            problem(tr("%1: the project has no layer “%2”, skipped")
                        .arg(where, zones ? join.pointLayerId : join.zoneLayerId));
            return std::nullopt;
        }
        if (zones->features().kind != gis::GeometryKind::Polygon) {
            problem(tr("%1: the zone layer “%2” holds no polygons, skipped")
                        .arg(where, join.zoneLayerId));
            return std::nullopt;
        }
        if (points->features().kind != gis::GeometryKind::Point) {
            problem(tr("%1: the point layer “%2” holds no points, skipped")
                        .arg(where, join.pointLayerId));
            return std::nullopt;
        }
        if (!join.attribute.isEmpty() && points->features().fieldIndex(join.attribute) < 0) {
            problem(tr("%1: the layer “%2” has no field “%3”, only the points are counted")
                        .arg(where, join.pointLayerId, join.attribute));
            join.attribute.clear();
            join.unit.clear();
        }
        return join;
    }

    std::optional<ShareGroup> shareGroup(const QJsonValue &value, int index) const
    {
        const QString where = tr("share group %1").arg(index + 1);
        if (!value.isObject()) {
            problem(tr("%1 is not an object, skipped").arg(where));
            return std::nullopt;
        }
        const JsonFields fields(value.toObject(), where, mProblems);
        ShareGroup group{fields.string(QStringLiteral("layer")),
                         fields.string(QStringLiteral("name")),
                         fields.strings(QStringLiteral("features"))};
        if (group.name.isEmpty()) {
            problem(tr("%1 has no name, skipped").arg(where));
            return std::nullopt;
        }
        if (!layer(group.layerId)) {
            problem(tr("share group “%1”: the project has no layer “%2”, skipped")
                        .arg(group.name, group.layerId));
            return std::nullopt;
        }
        return group;
    }

private:
    const std::vector<std::shared_ptr<gis::VectorLayer>> &mLayers;
    QStringList *mProblems;
};

} // namespace

void StatisticsSettingsJson::write(const StatisticsSettings &settings, QJsonObject &root)
{
    if (!settings.keyFields.isEmpty()) {
        QJsonObject keyFields;
        for (auto field = settings.keyFields.begin(); field != settings.keyFields.end(); ++field)
            keyFields.insert(field.key(), field.value());
        root.insert(keyFieldsKey, keyFields);
    }
    if (!settings.spatialJoins.isEmpty()) {
        QJsonArray joins;
        for (const SpatialJoinRequest &join : settings.spatialJoins) {
            QJsonObject object{{QStringLiteral("name"), join.name},
                               {QStringLiteral("zoneLayer"), join.zoneLayerId},
                               {QStringLiteral("pointLayer"), join.pointLayerId}};
            if (!join.attribute.isEmpty())
                object.insert(QStringLiteral("attribute"), join.attribute);
            if (!join.unit.isEmpty())
                object.insert(QStringLiteral("unit"), join.unit);
            joins.push_back(object);
        }
        root.insert(spatialJoinsKey, joins);
    }
    if (!settings.shareGroups.isEmpty()) {
        QJsonArray groups;
        for (const ShareGroup &group : settings.shareGroups)
            groups.push_back(QJsonObject{
                {QStringLiteral("name"), group.name},
                {QStringLiteral("layer"), group.layerId},
                {QStringLiteral("features"), QJsonArray::fromStringList(group.featureKeys)}});
        root.insert(shareGroupsKey, groups);
    }
}

StatisticsSettings
StatisticsSettingsJson::read(const JsonFields &root,
                             const std::vector<std::shared_ptr<gis::VectorLayer>> &layers,
                             QStringList *problems)
{
    const SettingsReader reader(layers, problems);
    StatisticsSettings settings;
    settings.keyFields = reader.keyFields(root.object(keyFieldsKey));
    const QJsonArray joins = root.array(spatialJoinsKey);
    for (int i = 0; i < joins.size(); ++i) {
        const std::optional<SpatialJoinRequest> join = reader.spatialJoin(joins[i], i);
        if (!join)
            continue;
        const bool taken = std::any_of(settings.spatialJoins.begin(), settings.spatialJoins.end(),
                                       [&](const SpatialJoinRequest &other) {
                                           return other.zoneLayerId == join->zoneLayerId &&
                                                  other.name == join->name;
                                       });
        if (taken)
            reader.problem(tr("spatial join “%1” of layer “%2” is there twice, the second skipped")
                               .arg(join->name, join->zoneLayerId));
        else
            settings.spatialJoins.push_back(*join);
    }
    const QJsonArray groups = root.array(shareGroupsKey);
    for (int i = 0; i < groups.size(); ++i) {
        const std::optional<ShareGroup> group = reader.shareGroup(groups[i], i);
        const bool taken =
            group && std::any_of(settings.shareGroups.begin(), settings.shareGroups.end(),
                                 [&](const ShareGroup &other) {
                                     return other.layerId == group->layerId &&
                                            other.name == group->name;
                                 });
        if (taken)
            reader.problem(tr("share group “%1” of layer “%2” is there twice, the second skipped")
                               .arg(group->name, group->layerId));
        else if (group)
            settings.shareGroups.push_back(*group);
    }
    return settings;
}

} // namespace core
