#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace core {

class StatisticsTableModel;

// What a chart of one indicator shows, whatever draws it: bars per feature for one period, or,
// when the indicator has figures for several periods, a line per feature over the periods.
struct IndicatorChartData
{
    enum class Kind { Empty, Bars, TimeSeries };
    struct Series
    {
        QString name;
        QVector<std::optional<double>> values; // one per category; empty where no figure
    };

    Kind kind = Kind::Empty;
    QString title;          // the indicator's name, and its period for bars
    QString unit;           // the unit's name ("billion yuan")
    QStringList categories; // feature names (bars) or periods, earliest first (time series)
    QVector<Series> series; // one for bars; one per feature with a figure for a time series
};

// The chart of `indicator` in the table's layer; `period` chooses the bars' period when the
// indicator has a single one or the caller wants bars of that period (timeSeries false).
IndicatorChartData chartDataFor(const StatisticsTableModel &table, const QString &indicator,
                                const QString &period, bool timeSeries = true);

} // namespace core
