#include "statisticstable.h"

#include "data/featurecollection.h"

#include <QSet>

#include <algorithm>

namespace core {

StatisticsTable::StatisticsTable(QVector<Indicator> rows)
    : mRows(std::move(rows))
{
}

StatisticsTable StatisticsTable::fromLongFormTable(const gis::FeatureCollection &table)
{
    QVector<Indicator> rows;
    rows.reserve(qsizetype(table.features.size()));
    for (const gis::Feature &feature : table.features) {
        const auto text = [&](const QString &field) {
            return table.value(feature, field).toString();
        };
        Indicator row;
        row.layerId = text(QStringLiteral("layer"));
        row.featureKey = text(QStringLiteral("feature_key"));
        row.name = text(QStringLiteral("indicator"));
        row.value = table.value(feature, QStringLiteral("value")).toDouble();
        row.unit = text(QStringLiteral("unit"));
        row.period = text(QStringLiteral("period"));
        row.qualifier = text(QStringLiteral("qualifier"));
        row.sourceFile = text(QStringLiteral("seed_file"));
        row.quote = text(QStringLiteral("quote"));
        rows.push_back(row);
    }
    return StatisticsTable(std::move(rows));
}

QStringList StatisticsTable::layerIds() const
{
    QStringList ids;
    for (const Indicator &row : mRows) {
        if (!ids.contains(row.layerId))
            ids.push_back(row.layerId);
    }
    return ids;
}

StatisticsTable StatisticsTable::forLayer(const QString &layerId) const
{
    QVector<Indicator> rows;
    for (const Indicator &row : mRows) {
        if (row.layerId == layerId)
            rows.push_back(row);
    }
    return StatisticsTable(std::move(rows));
}

QVector<Indicator> StatisticsTable::forFeature(const QString &layerId,
                                               const QString &featureKey) const
{
    QVector<Indicator> rows;
    for (const Indicator &row : mRows) {
        if (row.layerId == layerId && row.featureKey == featureKey)
            rows.push_back(row);
    }
    return rows;
}

const Indicator *StatisticsTable::find(const QString &layerId, const QString &featureKey,
                                       const QString &name, const QString &period) const
{
    for (const Indicator &row : mRows) {
        if (row.layerId == layerId && row.featureKey == featureKey && row.name == name &&
            row.period == period)
            return &row;
    }
    return nullptr;
}

QString StatisticsTable::identityOf(const Indicator &figure)
{
    return QStringList{figure.layerId, figure.featureKey, figure.name, figure.period}.join(u'\n');
}

StatisticsTable StatisticsTable::withRows(const QVector<Indicator> &more) const
{
    return StatisticsTable(mRows + more);
}

StatisticsTable StatisticsTable::without(const QString &layerId) const
{
    QVector<Indicator> rows;
    for (const Indicator &row : mRows) {
        if (row.layerId != layerId)
            rows.push_back(row);
    }
    return StatisticsTable(std::move(rows));
}

QVector<QPair<QString, QVector<Indicator>>> groupByPeriod(const QVector<Indicator> &figures)
{
    QVector<QPair<QString, QVector<Indicator>>> groups;
    for (const Indicator &figure : figures) {
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const auto &g) { return g.first == figure.period; });
        if (group == groups.end())
            groups.push_back({figure.period, {figure}});
        else
            group->second.push_back(figure);
    }
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        if (a.first.isEmpty() != b.first.isEmpty())
            return b.first.isEmpty();
        return a.first > b.first;
    });
    for (auto &group : groups)
        std::stable_partition(group.second.begin(), group.second.end(),
                              [](const Indicator &figure) { return !figure.derived; });
    return groups;
}

} // namespace core
