#include "indicatorchartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFileInfo>
#include <QFont>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>

namespace app {

namespace {

QValueAxis *valueAxis(const core::IndicatorChartData &data)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(data.unit);
    axis->setLabelFormat(QStringLiteral("%.4g"));
    double low = 0, high = 0;
    for (const auto &series : data.series) {
        for (const auto &value : series.values) {
            if (value) {
                low = std::min(low, *value);
                high = std::max(high, *value);
            }
        }
    }
    axis->setRange(low, high > low ? high : low + 1);
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

IndicatorChartView::IndicatorChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 180);
    showNothing();
}

void IndicatorChartView::showData(const core::IndicatorChartData &data)
{
    mData = data;
    switch (data.kind) {
    case core::IndicatorChartData::Kind::Bars:
        showBars();
        break;
    case core::IndicatorChartData::Kind::TimeSeries:
        showTimeSeries();
        break;
    case core::IndicatorChartData::Kind::Empty:
        showNothing();
        break;
    }
}

void IndicatorChartView::showNothing()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Choose an indicator column to chart it"));
    chart->legend()->hide();
    setChart(chart); // the view owns the chart and deletes the one before
}

void IndicatorChartView::showBars()
{
    auto *chart = new QChart;
    chart->setTitle(mData.title);
    auto *set = new QBarSet(mData.title);
    for (const auto &value : mData.series.front().values)
        *set << value.value_or(0.0);
    // Bars run across, so that the features' names (long, Chinese ones too) read whole.
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(mData.categories.size() <= 12);
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(mData.categories);
    categories->setTruncateLabels(false);
    QFont small = categories->labelsFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() - 1));
    categories->setLabelsFont(small);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis *values = valueAxis(mData);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->hide();
    setChart(chart);
}

void IndicatorChartView::showTimeSeries()
{
    auto *chart = new QChart;
    chart->setTitle(mData.title);
    auto *periods = new QBarCategoryAxis;
    periods->append(mData.categories);
    chart->addAxis(periods, Qt::AlignBottom);
    QValueAxis *values = valueAxis(mData);
    chart->addAxis(values, Qt::AlignLeft);
    for (const auto &feature : mData.series) {
        auto *line = new QLineSeries;
        line->setName(feature.name);
        line->setPointsVisible(true);
        for (int i = 0; i < feature.values.size(); ++i) {
            // A category axis places the i-th period at x = i.
            if (feature.values[i])
                line->append(i, *feature.values[i]);
        }
        chart->addSeries(line);
        line->attachAxis(periods);
        line->attachAxis(values);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
}

bool IndicatorChartView::exportTo(const QString &path, QString *error)
{
    const bool svg =
        QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // At least a readable size, also when the dock is hidden or small; the chart goes back to
    // its place in the view afterwards.
    const QSize size = this->size().expandedTo(QSize(800, 500));
    const QRectF shown = chart()->geometry();
    chart()->setGeometry(QRectF(QPointF(0, 0), size));
    const QRectF source(QPointF(0, 0), size);
    if (svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(mData.title);
        QPainter painter(&generator);
        chart()->scene()->render(&painter, source, source);
        painter.end();
        chart()->setGeometry(shown);
    } else {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart()->scene()->render(&painter, QRectF(image.rect()), source);
        painter.end();
        chart()->setGeometry(shown);
        if (!image.save(&file, "PNG")) {
            *error = tr("Cannot encode the chart as PNG: %1").arg(path);
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace app
