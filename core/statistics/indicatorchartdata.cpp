#include "indicatorchartdata.h"

#include "indicatornames.h"
#include "statisticstablemodel.h"
#include "unitformat.h"

#include <algorithm>

namespace core {

namespace {

// The indicator's columns, earliest period first.
QVector<int> columnsOfIndicator(const StatisticsTableModel &table, const QString &indicator)
{
    QVector<int> columns;
    const auto &all = table.indicatorColumns();
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].indicator == indicator)
            columns.push_back(StatisticsTableModel::kFirstIndicatorColumn + i);
    }
    std::sort(columns.begin(), columns.end(), [&](int a, int b) {
        return all[a - StatisticsTableModel::kFirstIndicatorColumn].period <
               all[b - StatisticsTableModel::kFirstIndicatorColumn].period;
    });
    return columns;
}

IndicatorChartData bars(const StatisticsTableModel &table, int column)
{
    const auto &spec =
        table.indicatorColumns()[column - StatisticsTableModel::kFirstIndicatorColumn];
    IndicatorChartData data;
    data.kind = IndicatorChartData::Kind::Bars;
    data.title = IndicatorNames::displayName(spec.indicator);
    if (!spec.period.isEmpty())
        data.title = QStringLiteral("%1, %2").arg(data.title, spec.period);
    data.unit = UnitFormat::unitName(spec.unit);
    IndicatorChartData::Series values;
    values.name = data.title;
    for (int row = 0; row < table.rowCount(); ++row) {
        if (const Indicator *figure = table.figure(row, column)) {
            data.categories.push_back(table.feature(row).name);
            values.values.push_back(figure->value);
        }
    }
    if (!values.values.isEmpty())
        data.series.push_back(std::move(values));
    else
        data.kind = IndicatorChartData::Kind::Empty;
    return data;
}

IndicatorChartData timeSeries(const StatisticsTableModel &table, const QVector<int> &columns)
{
    const auto &all = table.indicatorColumns();
    const auto &first = all[columns.front() - StatisticsTableModel::kFirstIndicatorColumn];
    IndicatorChartData data;
    data.kind = IndicatorChartData::Kind::TimeSeries;
    data.title = IndicatorNames::displayName(first.indicator);
    data.unit = UnitFormat::unitName(first.unit);
    for (int column : columns)
        data.categories.push_back(all[column - StatisticsTableModel::kFirstIndicatorColumn].period);
    for (int row = 0; row < table.rowCount(); ++row) {
        IndicatorChartData::Series line{table.feature(row).name, {}};
        bool any = false;
        for (int column : columns) {
            const Indicator *figure = table.figure(row, column);
            line.values.push_back(figure ? std::optional<double>(figure->value) : std::nullopt);
            any = any || figure;
        }
        if (any)
            data.series.push_back(std::move(line));
    }
    return data;
}

} // namespace

IndicatorChartData chartDataFor(const StatisticsTableModel &table, const QString &indicator,
                                const QString &period, bool timeSeriesWanted)
{
    const QVector<int> columns = columnsOfIndicator(table, indicator);
    if (columns.isEmpty())
        return {};
    if (timeSeriesWanted && columns.size() > 1)
        return timeSeries(table, columns);
    const int column = table.columnOf(indicator, period);
    return bars(table, column >= 0 ? column : columns.back());
}

} // namespace core
