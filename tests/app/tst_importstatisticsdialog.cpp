#include "bundledwindow.h"
#include "testdata.h"
#include "testregistry.h"

#include "dialogs/importstatisticsdialog.h"

#include "data/vectordataset.h"
#include "project/planproject.h"
#include "statistics/statisticsmodel.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QTemporaryDir>

class tst_importstatisticsdialog : public QObject
{
    Q_OBJECT
private slots:
    void importsTheChosenColumnsAndShowsTheReport()
    {
        QString error;
        auto data = core::loadBundledProject(testing::bundledGeoPackage(), &error);
        QVERIFY2(data, qPrintable(error));
        core::PlanProject project(std::move(*data));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gdp.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("adcode,gdp,note\n220381,120.5,x\n999999,3,y\n");
        file.close();

        app::ImportStatisticsDialog dialog(&project);
        QVERIFY(dialog.setFile(path));
        dialog.setLayer(QStringLiteral("counties"));
        // The counties' key field is chosen as key, and is no indicator.
        QCOMPARE(dialog.findChildren<QComboBox *>().at(1)->currentText(), QStringLiteral("adcode"));
        QListWidget *indicators = dialog.findChild<QListWidget *>();
        QCOMPARE(indicators->item(0)->text(), QStringLiteral("adcode"));
        QCOMPARE(indicators->item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(indicators->item(1)->checkState(), Qt::Checked);
        dialog.setIndicatorColumns({QStringLiteral("gdp")});
        dialog.setUnit(QStringLiteral("billion_yuan"));
        dialog.setPeriod(QStringLiteral("2021"));
        const core::StatisticsImportReport report = dialog.importNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.figuresImported, 2); // the note column was not chosen
        QCOMPARE(report.unmatchedKeys, QStringList{QStringLiteral("row 2: 999999")});
        QCOMPARE(report.featuresWithoutRow.size(), 59);
        QVERIFY(dialog.reportText().contains(QStringLiteral("999999")));
        const core::Indicator *gdp = project.statisticsModel()->imported().find(
            QStringLiteral("counties"), QStringLiteral("220381"), QStringLiteral("gdp"),
            QStringLiteral("2021"));
        QVERIFY(gdp);
        QCOMPARE(gdp->value, 120.5);
        QCOMPARE(gdp->unit, QStringLiteral("billion_yuan"));
        QVERIFY(project.isModified());
    }

    void namesAFileItCannotRead()
    {
        QString error;
        auto data = core::loadBundledProject(testing::bundledGeoPackage(), &error);
        QVERIFY2(data, qPrintable(error));
        core::PlanProject project(std::move(*data));
        app::ImportStatisticsDialog dialog(&project);
        const QString missing = QStringLiteral("/nonexistent/figures.csv");
        QVERIFY(!dialog.setFile(missing));
        QVERIFY(dialog.reportText().contains(missing));
        QVERIFY(!dialog.importNow().error.isEmpty());
    }

    void exportsEveryLayersFiguresFromTheWindow()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("statistics.csv"));
        QString error;
        QVERIFY2(window->exportStatistics(path, &error), qPrintable(error));
        const auto dataset = gis::VectorDataset::open(path, &error);
        QVERIFY2(dataset, qPrintable(error));
        const auto table = dataset->readLayer(dataset->layerNames().first(), &error);
        QVERIFY(table);
        int seedFigures = 0;
        int areas = 0;
        for (const gis::Feature &row : table->features) {
            const bool derived = table->value(row, QStringLiteral("derived")).toString() == u"true";
            seedFigures += derived ? 0 : 1;
            areas += table->value(row, QStringLiteral("indicator")).toString() == u"area_km2";
        }
        QCOMPARE(seedFigures, 64);
        QVERIFY(areas >= 60 + 9 + 4);
        QVERIFY(!window->exportStatistics(dir.filePath(QStringLiteral("no/such.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("such.csv")));
    }
};

PLANMAP_TEST(tst_importstatisticsdialog)
#include "tst_importstatisticsdialog.moc"
