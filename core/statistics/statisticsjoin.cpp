#include "statisticsjoin.h"

#include "data/featurecollection.h"

#include <QHash>
#include <QSet>

namespace core {

StatisticsJoin::StatisticsJoin(QString layerId, QString keyField)
    : mLayerId(std::move(layerId))
    , mKeyField(keyField.isEmpty() ? defaultKeyField(mLayerId) : std::move(keyField))
{
}

QString StatisticsJoin::defaultKeyField(const QString &layerId)
{
    if (layerId == u"counties")
        return QStringLiteral("adcode");
    if (layerId == u"prefectures")
        return QStringLiteral("code");
    return QStringLiteral("key");
}

bool StatisticsJoin::appliesTo(const gis::FeatureCollection &features) const
{
    return features.fieldIndex(mKeyField) >= 0;
}

QString StatisticsJoin::keyOf(const gis::FeatureCollection &features, std::size_t index) const
{
    return features.value(features.features[index], mKeyField).toString();
}

QVector<JoinedFeature> StatisticsJoin::join(const gis::FeatureCollection &features,
                                            const StatisticsTable &table,
                                            LabelLanguage language) const
{
    QHash<QString, QVector<Indicator>> byKey;
    for (const Indicator &row : table.rows()) {
        if (row.layerId == mLayerId)
            byKey[row.featureKey].push_back(row);
    }
    QVector<JoinedFeature> joined;
    if (!appliesTo(features))
        return joined;
    const QString nameFieldName = nameField(language);
    for (std::size_t i = 0; i < features.features.size(); ++i) {
        JoinedFeature feature{i, keyOf(features, i), {}, {}};
        feature.name = features.value(features.features[i], nameFieldName).toString();
        feature.indicators = byKey.value(feature.key);
        joined.push_back(std::move(feature));
    }
    return joined;
}

QStringList StatisticsJoin::unmatchedKeys(const gis::FeatureCollection &features,
                                          const StatisticsTable &table) const
{
    QSet<QString> known;
    if (appliesTo(features)) {
        for (std::size_t i = 0; i < features.features.size(); ++i)
            known.insert(keyOf(features, i));
    }
    QStringList unmatched;
    for (const Indicator &row : table.rows()) {
        if (row.layerId == mLayerId && !known.contains(row.featureKey) &&
            !unmatched.contains(row.featureKey))
            unmatched.push_back(row.featureKey);
    }
    return unmatched;
}

} // namespace core
