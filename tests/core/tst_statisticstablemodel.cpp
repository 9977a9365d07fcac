#include "bundledproject.h"
#include "testdata.h"
#include "testregistry.h"

#include "project/planproject.h"
#include "project/projectdata.h"
#include "statistics/indicatorchartdata.h"
#include "statistics/indicatornames.h"
#include "statistics/statisticsmodel.h"
#include "statistics/statisticstablemodel.h"

#include <QSignalSpy>

namespace {

int rowOfKey(const core::StatisticsTableModel &table, const QString &key)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.feature(row).key == key)
            return row;
    }
    return -1;
}

core::Indicator investment(const QString &plate, const QString &period, double value)
{
    core::Indicator figure;
    figure.layerId = QStringLiteral("plates");
    figure.featureKey = plate;
    figure.name = QStringLiteral("test_investment");
    figure.value = value;
    figure.unit = QStringLiteral("billion_yuan");
    figure.period = period;
    figure.sourceFile = QStringLiteral("test.csv");
    figure.quote = QStringLiteral("made up for the test");
    return figure;
}

} // namespace

class tst_statisticstablemodel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        mProject = testing::bundledProject();
        QVERIFY(mProject);
        QVERIFY(mProject->statisticsModel());
        mProject->statisticsModel()->waitForMeasurements();
        mTable = std::make_unique<core::StatisticsTableModel>();
        mTable->setStatistics(mProject->statisticsModel());
        mTable->setLayer(QStringLiteral("plates"));
    }

    void rowPerFeatureColumnPerIndicatorAndPeriod()
    {
        const gis::VectorLayer *plates = mProject->layer(QStringLiteral("plates"));
        QVERIFY(plates);
        QCOMPARE(mTable->rowCount(), int(plates->projectionCache()->source()->features.size()));
        const int column = mTable->columnOf(QStringLiteral("auto_industry_output_value"),
                                            QStringLiteral("2020-Q1..Q3"));
        QVERIFY(column >= core::StatisticsTableModel::kFirstIndicatorColumn);
        const int row = rowOfKey(*mTable, QStringLiteral("automobile_town"));
        QVERIFY(row >= 0);
        const QModelIndex cell = mTable->index(row, column);
        QCOMPARE(cell.data(core::StatisticsTableModel::SortRole).toDouble(), 342.7);
        QVERIFY(cell.data().toString().contains(QStringLiteral("342.7")));
        QVERIFY(cell.data(core::StatisticsTableModel::SourceRole)
                    .toString()
                    .startsWith(QStringLiteral("002_43f3953580f3cd6d.txt: ")));
        // The other plates have no such figure: empty cells, not zeros.
        const int other = rowOfKey(*mTable, QStringLiteral("film_town"));
        QVERIFY(other >= 0);
        QVERIFY(!mTable->index(other, column).data().isValid());
        QVERIFY(mTable->headerData(column, Qt::Horizontal)
                    .toString()
                    .startsWith(QStringLiteral("Auto industry output")));
    }

    void derivedAreaIsAColumn()
    {
        const int column = mTable->columnOf(QStringLiteral("area_km2"), QString());
        QVERIFY(column >= 0);
        for (int row = 0; row < mTable->rowCount(); ++row)
            QVERIFY(
                mTable->index(row, column).data(core::StatisticsTableModel::SortRole).toDouble() >
                0);
    }

    void eachPlatesShareOfTheFourPlatesArea()
    {
        const int area = mTable->columnOf(QStringLiteral("area_km2"), QString());
        const int share = mTable->columnOf(QStringLiteral("area_km2_share"), QString());
        QVERIFY(area >= 0 && share >= 0);
        double total = 0, shares = 0;
        for (int row = 0; row < mTable->rowCount(); ++row)
            total += mTable->figure(row, area)->value;
        for (int row = 0; row < mTable->rowCount(); ++row) {
            const double value = mTable->figure(row, share)->value;
            QVERIFY(qAbs(value - 100 * mTable->figure(row, area)->value / total) < 1e-9);
            shares += value;
        }
        QVERIFY(qAbs(shares - 100) < 1e-9);
        QCOMPARE(mTable->figure(0, share)->unit, QStringLiteral("percent"));
    }

    void followsImportedFigures()
    {
        QSignalSpy reset(mTable.get(), &QAbstractItemModel::modelReset);
        mProject->statisticsModel()->addImported(core::StatisticsTable(
            {investment(QStringLiteral("automobile_town"), QStringLiteral("2019"), 10.0)}));
        QVERIFY(reset.count() >= 1);
        QVERIFY(mTable->columnOf(QStringLiteral("test_investment"), QStringLiteral("2019")) >= 0);
    }

    void barsOfOnePeriod()
    {
        const core::IndicatorChartData chart = core::chartDataFor(
            *mTable, QStringLiteral("auto_industry_output_value"), QStringLiteral("2020-Q1..Q3"));
        QCOMPARE(chart.kind, core::IndicatorChartData::Kind::Bars);
        QCOMPARE(chart.series.size(), 1);
        QCOMPARE(chart.categories.size(), 1); // only the automobile town has the figure
        QCOMPARE(*chart.series.front().values.front(), 342.7);
        QVERIFY(chart.title.contains(QStringLiteral("2020-Q1..Q3")));
        QVERIFY(!chart.unit.isEmpty());
    }

    void timeSeriesWhenSeveralPeriods()
    {
        mProject->statisticsModel()->addImported(core::StatisticsTable(
            {investment(QStringLiteral("automobile_town"), QStringLiteral("2019"), 10.0),
             investment(QStringLiteral("automobile_town"), QStringLiteral("2020"), 12.5),
             investment(QStringLiteral("film_town"), QStringLiteral("2020"), 3.0)}));
        const core::IndicatorChartData chart =
            core::chartDataFor(*mTable, QStringLiteral("test_investment"), QStringLiteral("2020"));
        QCOMPARE(chart.kind, core::IndicatorChartData::Kind::TimeSeries);
        QCOMPARE(chart.categories, QStringList({QStringLiteral("2019"), QStringLiteral("2020")}));
        QCOMPARE(chart.series.size(), 2);
        for (const auto &line : chart.series) {
            if (line.values[0]) {
                QCOMPARE(*line.values[0], 10.0);
                QCOMPARE(*line.values[1], 12.5);
            } else {
                QCOMPARE(*line.values[1], 3.0);
            }
        }
        // Bars of one period on request.
        const core::IndicatorChartData bars = core::chartDataFor(
            *mTable, QStringLiteral("test_investment"), QStringLiteral("2020"), false);
        QCOMPARE(bars.kind, core::IndicatorChartData::Kind::Bars);
        QCOMPARE(bars.categories.size(), 2);
    }

    void unknownIndicatorGivesAnEmptyChart()
    {
        QCOMPARE(core::chartDataFor(*mTable, QStringLiteral("no_such_thing"), QString()).kind,
                 core::IndicatorChartData::Kind::Empty);
    }

    void indicatorNames()
    {
        QCOMPARE(core::IndicatorNames::displayName(QStringLiteral("faw_vehicles_made")),
                 QStringLiteral("FAW vehicles made"));
        QCOMPARE(core::IndicatorNames::displayName(QStringLiteral("investment_per_km2")),
                 QStringLiteral("Investment per km²"));
        QCOMPARE(core::IndicatorNames::displayName(QStringLiteral("investment_share")),
                 QStringLiteral("Investment, share of the total"));
        QCOMPARE(core::IndicatorNames::displayName(QStringLiteral("area_km2_share_of_west_plates")),
                 QStringLiteral("Area, share of west plates"));
        QCOMPARE(core::IndicatorNames::displayName(QStringLiteral("made_up_key")),
                 QStringLiteral("made up key"));
    }

private:
    std::unique_ptr<core::PlanProject> mProject;
    std::unique_ptr<core::StatisticsTableModel> mTable;
};

PLANMAP_TEST(tst_statisticstablemodel)
#include "tst_statisticstablemodel.moc"
