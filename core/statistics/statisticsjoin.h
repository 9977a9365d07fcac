#pragma once

#include "statisticstable.h"

#include "project/labellanguage.h"

namespace gis {
struct FeatureCollection;
}

namespace core {

// One feature of a layer with the figures the table holds for it.
struct JoinedFeature
{
    std::size_t featureIndex = 0;
    QString key;
    QString name;
    QVector<Indicator> indicators;
};

// How a layer's features meet the rows of a statistics table: by the value of a key field.
class StatisticsJoin
{
public:
    // An empty key field means the layer's usual one (see defaultKeyField).
    explicit StatisticsJoin(QString layerId, QString keyField = {});

    // counties join on `adcode`, prefectures on `code`, every other layer on `key`.
    static QString defaultKeyField(const QString &layerId);

    const QString &layerId() const { return mLayerId; }
    const QString &keyField() const { return mKeyField; }
    // False when the features have no such field, so nothing can join.
    bool appliesTo(const gis::FeatureCollection &features) const;

    QString keyOf(const gis::FeatureCollection &features, std::size_t index) const;
    // Every feature in layer order, with its rows of `table` (none when it has no row).
    QVector<JoinedFeature> join(const gis::FeatureCollection &features,
                                const StatisticsTable &table,
                                LabelLanguage language = LabelLanguage::English) const;
    // The keys of rows of `table` for this layer that match no feature.
    QStringList unmatchedKeys(const gis::FeatureCollection &features,
                              const StatisticsTable &table) const;

private:
    QString mLayerId;
    QString mKeyField;
};

} // namespace core
