#include "bundledwindow.h"
#include "testregistry.h"

#include "canvas/mapcanvas.h"
#include "crs/coordinatetransform.h"
#include "docks/attributetabledock.h"
#include "docks/identifydock.h"
#include "layer/projectedlayer.h"
#include "layer/vectorlayer.h"
#include "mainwindow.h"
#include "project/featuretablemodel.h"
#include "project/planproject.h"

#include <boost/geometry/algorithms/within.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

namespace {

const gis::Point nanguanLonLat(125.35, 43.86);

int rowOfFeature(const QAbstractItemModel &model, const QString &nameEn, int nameColumn)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, nameColumn).data().toString() == nameEn)
            return row;
    return -1;
}

// Pixels of the selection's highlight colour in a grab of the canvas.
int highlightPixels(app::MapCanvas *canvas)
{
    const QImage image = canvas->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            count += colour.red() > 240 && colour.green() > 185 && colour.green() < 215 &&
                     colour.blue() < 40;
        }
    return count;
}

} // namespace

class tst_attributetable : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        mWindow = testing::openBundledWindow();
        QVERIFY(mWindow);
        mTable = mWindow->attributeTable();
        mTable->show();
        mTable->showLayer(QStringLiteral("counties"));
        QCOMPARE(mTable->currentLayerId(), QStringLiteral("counties"));
    }
    void cleanup() { mWindow.reset(); }

    void listsEveryCountyWithItsFields()
    {
        const QAbstractItemModel &model = *mTable->table()->model();
        QCOMPARE(model.rowCount(), 60);
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers.push_back(model.headerData(column, Qt::Horizontal).toString());
        QVERIFY(headers.contains(QStringLiteral("name_zh")));
        QVERIFY(headers.contains(QStringLiteral("adcode")));
    }
    void selectingARowSelectsAndHighlightsTheFeature()
    {
        QTableView *table = mTable->table();
        const int nameColumn = columnNamed(QStringLiteral("name_en"));
        const int row =
            rowOfFeature(*table->model(), QStringLiteral("Nanguan District"), nameColumn);
        QVERIFY(row >= 0);
        QCOMPARE(highlightPixels(mWindow->canvas()), 0);
        table->selectRow(row);
        const auto &selected =
            mWindow->project()->selection()->selected(QStringLiteral("counties"));
        QCOMPARE(selected.size(), std::size_t(1));
        const gis::FeatureCollection &counties =
            mWindow->project()->layer(QStringLiteral("counties"))->features();
        QCOMPARE(counties.value(counties.features[selected.front()], QStringLiteral("name_en"))
                     .toString(),
                 QStringLiteral("Nanguan District"));
        QVERIFY(highlightPixels(mWindow->canvas()) > 0);

        // Zoom to selection shows Nanguan at a city scale.
        const double provinceScale = mWindow->canvas()->scaleDenominator();
        mWindow->zoomToSelection();
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), mWindow->project()->crs());
        QVERIFY(boost::geometry::within(toMap.transform(nanguanLonLat),
                                        mWindow->canvas()->visibleExtent()));
        QVERIFY(mWindow->canvas()->scaleDenominator() < provinceScale / 5);
        QVERIFY(testing::waitForFrame(mWindow->canvas()));
        // For a person to look at: PLANMAP_SCREENSHOT_DIR=/tmp/shots build/tests/app_tests …
        const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            mWindow->grab().save(QDir(shots).filePath(QStringLiteral("attribute_table.png")));
    }
    void projectSelectionSelectsTableRows()
    {
        mWindow->project()->selection()->setSelected(QStringLiteral("counties"), {3, 7, 11});
        std::vector<std::size_t> rows;
        for (const QModelIndex &index : mTable->table()->selectionModel()->selectedRows())
            rows.push_back(index.data(core::FeatureTableModel::FeatureIndexRole).toULongLong());
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, (std::vector<std::size_t>{3, 7, 11}));
        mTable->selectedOnlyBox()->setChecked(true);
        QCOMPARE(mTable->table()->model()->rowCount(), 3);
        mWindow->project()->selection()->clear();
        QCOMPARE(mTable->table()->model()->rowCount(), 0);
        mTable->selectedOnlyBox()->setChecked(false);
        QCOMPARE(mTable->table()->model()->rowCount(), 60);
    }
    // An edit replaces the layer's features: the table shows the edited values at once and
    // keeps the selected features selected.
    void rowsFollowEditedFeatures()
    {
        core::PlanProject *project = mWindow->project();
        const QString counties = QStringLiteral("counties");
        auto edited = std::make_shared<gis::FeatureCollection>(
            *project->layer(counties)->projectionCache()->source());
        const int nameEn = edited->fieldIndex(QStringLiteral("name_en"));
        QVERIFY(nameEn >= 0);
        edited->features[5].attributes[nameEn] = QStringLiteral("Renamed county");
        project->selection()->setSelected(counties, {5, 9});
        QVERIFY(project->replaceLayerFeatures(counties, edited));

        const QAbstractItemModel &model = *mTable->table()->model();
        const int row = rowOfFeature(model, QStringLiteral("Renamed county"),
                                     columnNamed(QStringLiteral("name_en")));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, 0).data(core::FeatureTableModel::FeatureIndexRole).toULongLong(),
                 5ull);
        std::vector<std::size_t> rows;
        for (const QModelIndex &index : mTable->table()->selectionModel()->selectedRows())
            rows.push_back(index.data(core::FeatureTableModel::FeatureIndexRole).toULongLong());
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, (std::vector<std::size_t>{5, 9}));
    }
    void filterKeepsMatchingRowsAndTheSelection()
    {
        mWindow->project()->selection()->setSelected(QStringLiteral("counties"), {0});
        mTable->filterEdit()->setText(QStringLiteral("公主岭"));
        QCOMPARE(mTable->table()->model()->rowCount(), 1);
        // Selecting the visible row adds to the rows the filter hides.
        mTable->table()->selectRow(0);
        QCOMPARE(mWindow->project()->selection()->selected(QStringLiteral("counties")).size(),
                 std::size_t(2));
    }
    void sortingByAColumnOrdersTheRows()
    {
        const int codeColumn = columnNamed(QStringLiteral("adcode"));
        mTable->table()->sortByColumn(codeColumn, Qt::DescendingOrder);
        const QAbstractItemModel &model = *mTable->table()->model();
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, codeColumn).data().toString() >=
                    model.index(row, codeColumn).data().toString());
        // Restyling the shown layer keeps the table as it is: no reset, the sort stays.
        QSignalSpy reset(mTable->table()->model(), &QAbstractItemModel::modelReset);
        const QString first = model.index(0, codeColumn).data().toString();
        mWindow->project()->setLayerOpacity(QStringLiteral("counties"), 0.5);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, codeColumn).data().toString(), first);
        QCOMPARE(mTable->table()->horizontalHeader()->sortIndicatorSection(), codeColumn);
    }
    void removingALayerDropsItsSelectionAndTable()
    {
        core::PlanProject *project = mWindow->project();
        project->selection()->setSelected(QStringLiteral("counties"), {1, 2});
        QVERIFY(project->removeLayer(QStringLiteral("counties")));
        QVERIFY(project->selection()->isEmpty());
        QVERIFY(mTable->currentLayerId() != QStringLiteral("counties"));
        QVERIFY(!mWindow->canvas()->grab().isNull());
    }
    void clickOnTheMapSelectsTheTopFeature()
    {
        app::MapCanvas *canvas = mWindow->canvas();
        mWindow->project()->setLayerVisible(QStringLiteral("cities"), false);
        canvas->zoomToLonLat(gis::Box(gis::Point(124.9, 43.6), gis::Point(125.8, 44.1)));
        QVERIFY(testing::waitForFrame(canvas));
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), mWindow->project()->crs());
        const gis::Point at = toMap.transform(nanguanLonLat);
        emit canvas->clicked(at, Qt::NoModifier);
        core::FeatureSelection *selection = mWindow->project()->selection();
        QCOMPARE(selection->count(), std::size_t(1));
        // The identify dock lists the same top feature first.
        QTreeWidget *results = mWindow->identifyDock()->tree();
        QVERIFY(results->topLevelItemCount() > 0);
        const QString topLayer = results->topLevelItem(0)->data(0, Qt::UserRole).toString();
        QCOMPARE(selection->layerIds(), QStringList{topLayer});
        QCOMPARE(mTable->currentLayerId(), topLayer);
        QCOMPARE(mTable->table()->selectionModel()->selectedRows().size(), 1);
        // Ctrl+click on the same place takes it out again; a click on nothing clears.
        emit canvas->clicked(at, Qt::ControlModifier);
        QVERIFY(selection->isEmpty());
        emit canvas->clicked(at, Qt::NoModifier);
        emit canvas->clicked(toMap.transform(gis::Point(160.0, 10.0)), Qt::NoModifier);
        QVERIFY(selection->isEmpty());
    }

private:
    int columnNamed(const QString &name) const
    {
        const QAbstractItemModel &model = *mTable->table()->model();
        for (int column = 0; column < model.columnCount(); ++column)
            if (model.headerData(column, Qt::Horizontal).toString() == name)
                return column;
        return -1;
    }

    std::unique_ptr<app::MainWindow> mWindow;
    app::AttributeTableDock *mTable = nullptr;
};

PLANMAP_TEST(tst_attributetable)
#include "tst_attributetable.moc"
