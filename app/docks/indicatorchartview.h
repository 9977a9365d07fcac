#pragma once

#include "statistics/indicatorchartdata.h"

#include <QChartView>

namespace app {

// Draws an indicator chart with Qt Charts (bars per feature, or lines over periods) and saves
// it as PNG or SVG, so that a planner can put the chart into a report.
class IndicatorChartView : public QChartView
{
    Q_OBJECT
public:
    explicit IndicatorChartView(QWidget *parent = nullptr);

    void showData(const core::IndicatorChartData &data);
    const core::IndicatorChartData &data() const { return mData; }

    // PNG or SVG, by the file's suffix; false with `error` set when the file cannot be written.
    bool exportTo(const QString &path, QString *error);

private:
    void showBars();
    void showTimeSeries();
    void showNothing();

    core::IndicatorChartData mData;
};

} // namespace app
