#include "bundledwindow.h"
#include "testregistry.h"

#include "canvas/mapcanvas.h"
#include "docks/indicatorchartview.h"
#include "docks/statisticsdock.h"
#include "mainwindow.h"
#include "project/planproject.h"
#include "render/maptopixel.h"
#include "statistics/statisticsmodel.h"
#include "statistics/statisticstablemodel.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

namespace {

std::size_t featureIndexOfKey(const core::StatisticsTableModel &table, const QString &key)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.feature(row).key == key)
            return table.feature(row).featureIndex;
    }
    return std::size_t(-1);
}

} // namespace

class tst_statisticsdock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        mWindow = testing::openBundledWindow();
        QVERIFY(mWindow);
        mDock = mWindow->statisticsDock();
        QVERIFY(mDock);
        mWindow->project()->statisticsModel()->waitForMeasurements();
        mDock->show();
        mDock->showLayer(QStringLiteral("plates"));
        QCOMPARE(mDock->currentLayerId(), QStringLiteral("plates"));
    }

    void tableRowsSelectFeaturesOnTheMap()
    {
        const std::size_t town =
            featureIndexOfKey(*mDock->model(), QStringLiteral("automobile_town"));
        QVERIFY(town != std::size_t(-1));
        const int sourceRow = mDock->model()->rowOfFeature(town);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(mDock->table()->model());
        QVERIFY(proxy);
        mDock->table()->selectRow(proxy->mapFromSource(mDock->model()->index(sourceRow, 0)).row());
        const auto &selected = mWindow->project()->selection()->selected(QStringLiteral("plates"));
        QCOMPARE(selected, core::FeatureSelection::Indices{town});
    }

    void mapSelectionSelectsTableRows()
    {
        const std::size_t film = featureIndexOfKey(*mDock->model(), QStringLiteral("film_town"));
        mWindow->project()->selection()->selectOnly(QStringLiteral("plates"), {film});
        const QModelIndexList rows = mDock->table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.front().data(core::StatisticsTableModel::FeatureIndexRole).toULongLong(),
                 qulonglong(film));
    }

    void sortsByValue()
    {
        const int column = mDock->model()->columnOf(QStringLiteral("area_km2"), QString());
        QVERIFY(column >= 0);
        mDock->table()->sortByColumn(column, Qt::DescendingOrder);
        auto *view = mDock->table()->model();
        double previous = std::numeric_limits<double>::max();
        for (int row = 0; row < view->rowCount(); ++row) {
            const double value =
                view->index(row, column).data(core::StatisticsTableModel::SortRole).toDouble();
            QVERIFY(value <= previous);
            previous = value;
        }
    }

    void chartsTheChosenIndicatorAndExportsIt()
    {
        const int column = mDock->model()->columnOf(QStringLiteral("area_km2"), QString());
        mDock->chartColumn(column);
        const core::IndicatorChartData &data = mDock->chart()->data();
        QCOMPARE(data.kind, core::IndicatorChartData::Kind::Bars);
        QCOMPARE(data.categories.size(), mDock->model()->rowCount());
        QVERIFY(!mDock->chart()->chart()->series().isEmpty());

        QTemporaryDir folder;
        QString error;
        const QString png = folder.filePath(QStringLiteral("chart.png"));
        QVERIFY2(mDock->exportChart(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // Not a blank page: bars in the series colour cover part of it.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                coloured += QColor(image.pixel(x, y)).hsvSaturation() > 60;
        QVERIFY(coloured > 100);

        const QString svg = folder.filePath(QStringLiteral("chart.svg"));
        QVERIFY2(mDock->exportChart(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("<path") || text.contains("<rect"));

        const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
        if (!shots.isEmpty() &&
            mDock->exportChart(QDir(shots).filePath(QStringLiteral("chart.png")), &error))
            saveThematicScreenshot(QDir(shots).filePath(QStringLiteral("statistics_dock.png")));
    }

    void exportsTheJoinedTable()
    {
        QTemporaryDir folder;
        QString error;
        const QString path = folder.filePath(QStringLiteral("plates.csv"));
        QVERIFY2(mDock->exportTable(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.contains("automobile_town"));
        QVERIFY(csv.contains("342.7"));
        QVERIFY(csv.contains("002_43f3953580f3cd6d.txt"));
        QVERIFY(!mDock->exportTable(folder.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

private:
    // For a person to look at: the counties coloured by their area, the plates labelled with a
    // figure, the dock beside. PLANMAP_SCREENSHOT_DIR=/tmp/shots build/tests/app_tests …
    void saveThematicScreenshot(const QString &path)
    {
        core::PlanProject *project = mWindow->project();
        core::ThematicSpec spec;
        spec.layerId = QStringLiteral("counties");
        spec.source = core::ThematicValueSource::Indicator;
        spec.indicator = QStringLiteral("area_km2");
        spec.unit = QStringLiteral("km²");
        spec.ramp = QStringLiteral("YlGnBu");
        project->setLayerTheme(spec.layerId, spec);
        gis::LabelSettings labels = project->layer(QStringLiteral("plates"))->labels();
        labels.enabled = true;
        labels.valueKey = QStringLiteral("auto_industry_output_value");
        project->setLayerLabels(QStringLiteral("plates"), labels);
        mWindow->canvas()->zoomToLayer(QStringLiteral("plates"));
        testing::waitForFrame(mWindow->canvas());
        // Identify on the automobile town, left of the centre of the plates' extent.
        app::MapCanvas *canvas = mWindow->canvas();
        const gis::MapToPixel view(gis::fitExtentToSize(canvas->extent(), canvas->size()),
                                   canvas->size());
        emit canvas->clicked(view.toMap(QPointF(canvas->width() * 0.3, canvas->height() * 0.65)),
                             Qt::NoModifier);
        testing::waitForFrame(canvas);
        mWindow->grab().save(path);
    }

    std::unique_ptr<app::MainWindow> mWindow;
    app::StatisticsDock *mDock = nullptr;
};

PLANMAP_TEST(tst_statisticsdock)
#include "tst_statisticsdock.moc"
