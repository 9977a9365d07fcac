#pragma once

#include "indicator.h"

#include <QPair>
#include <QStringList>
#include <QVector>

namespace gis {
struct FeatureCollection;
}

namespace core {

// Figures in long form, any number per feature and period, for any layer. An immutable value:
// the "with" functions return a new table.
class StatisticsTable
{
public:
    StatisticsTable() = default;
    explicit StatisticsTable(QVector<Indicator> rows);

    // The bundled `statistics` layer (id, layer, feature_key, indicator, value, unit, period,
    // qualifier, seed_file, quote).
    static StatisticsTable fromLongFormTable(const gis::FeatureCollection &table);

    const QVector<Indicator> &rows() const { return mRows; }
    bool isEmpty() const { return mRows.isEmpty(); }
    int size() const { return int(mRows.size()); }

    QStringList layerIds() const;
    StatisticsTable forLayer(const QString &layerId) const;
    QVector<Indicator> forFeature(const QString &layerId, const QString &featureKey) const;
    // The value of one indicator of one feature in one period, if the table has it.
    const Indicator *find(const QString &layerId, const QString &featureKey, const QString &name,
                          const QString &period) const;

    // What tells figures apart: layer, feature, indicator and period.
    static QString identityOf(const Indicator &figure);

    StatisticsTable withRows(const QVector<Indicator> &more) const;
    StatisticsTable without(const QString &layerId) const;

    friend bool operator==(const StatisticsTable &, const StatisticsTable &) = default;

private:
    QVector<Indicator> mRows;
};

// Figures grouped by period, the latest first (periods start with their year), those that
// state no period last; within a period imported figures come before derived ones.
QVector<QPair<QString, QVector<Indicator>>> groupByPeriod(const QVector<Indicator> &figures);

} // namespace core
