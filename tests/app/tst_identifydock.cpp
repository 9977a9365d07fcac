#include "bundledwindow.h"
#include "testdata.h"
#include "testregistry.h"

#include "docks/identifydock.h"

#include "statistics/indicatornames.h"
#include "statistics/unitformat.h"

#include "crs/coordinatetransform.h"
#include "project/planproject.h"
#include "statistics/statisticsmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTranslator>
#include <QTreeWidget>

namespace {

QTreeWidgetItem *childNamed(QTreeWidgetItem *parent, const QString &text)
{
    for (int i = 0; parent && i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == text)
            return parent->child(i);
    }
    return nullptr;
}

} // namespace

class tst_identifydock : public QObject
{
    Q_OBJECT
private slots:
    void showsGongzhulingsFiguresByPeriodWithTheirSource()
    {
        QString error;
        auto data = core::loadBundledProject(testing::bundledGeoPackage(), &error);
        QVERIFY2(data, qPrintable(error));
        core::PlanProject project(std::move(*data));
        project.statisticsModel()->waitForMeasurements();
        const gis::Point gongzhuling = gis::CoordinateTransform(gis::Crs::wgs84(), project.crs())
                                           .transform(gis::Point(124.82, 43.50));
        QVector<core::IdentifiedFeature> found;
        for (const auto &feature : core::identifyAt(project, gongzhuling, 1.0)) {
            if (feature.layerId == u"counties")
                found.push_back(feature);
        }
        QCOMPARE(found.size(), 1);
        app::IdentifyDock dock;
        dock.showResults(found);
        QTreeWidgetItem *feature = dock.tree()->topLevelItem(0)->child(0);
        QTreeWidgetItem *statistics = childNamed(feature, dock.tr("Statistics"));
        QVERIFY(statistics);
        QCOMPARE(statistics->child(0)->text(0), QStringLiteral("2020"));
        QTreeWidgetItem *projects =
            childNamed(statistics->child(0),
                       core::IndicatorNames::displayName(QStringLiteral("projects_started")));
        QVERIFY(projects);
        QVERIFY2(projects->text(1).startsWith(QStringLiteral("102")),
                 qPrintable(projects->text(1)));
        QTreeWidgetItem *investment = childNamed(
            statistics->child(0),
            core::IndicatorNames::displayName(QStringLiteral("projects_total_investment")));
        QVERIFY(investment);
        QCOMPARE(investment->text(1),
                 core::UnitFormat::format(38.82, QStringLiteral("billion_yuan"), QLocale()));
        QTreeWidgetItem *source = projects->child(0);
        QVERIFY(source->text(1).contains(QStringLiteral("000_1f9a58c0691e99ed.txt")));
        const QString quote = source->data(1, app::IdentifyDock::QuoteRole).toString();
        QVERIFY(quote.contains(QStringLiteral("102 projects")));
        // The figures that state no period come last; the area is among the derived ones.
        QTreeWidgetItem *last = statistics->child(statistics->childCount() - 1);
        QVERIFY(childNamed(last, core::IndicatorNames::displayName(QStringLiteral("area_km2"))));

        emit dock.tree()->itemClicked(source, 1);
        auto *box = dock.findChild<QMessageBox *>(QStringLiteral("QuoteBox"));
        QVERIFY(box);
        QCOMPARE(box->text(), quote);
        box->close();
    }

    // Figures imported after the click (or areas measured after it) reach the open dock.
    void theDockFollowsNewFigures()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        core::PlanProject *project = window->project();
        const gis::Point gongzhuling = gis::CoordinateTransform(gis::Crs::wgs84(), project->crs())
                                           .transform(gis::Point(124.82, 43.50));
        emit window->canvas()->clicked(gongzhuling, Qt::NoModifier);
        QTreeWidget *tree = window->identifyDock()->tree();
        const auto shows = [&](const QString &indicator) {
            return !tree->findItems(indicator, Qt::MatchExactly | Qt::MatchRecursive).isEmpty();
        };
        QVERIFY(shows(core::IndicatorNames::displayName(QStringLiteral("projects_started"))));
        QVERIFY(!shows(QStringLiteral("gdp")));
        core::Indicator gdp;
        gdp.layerId = QStringLiteral("counties");
        gdp.featureKey = QStringLiteral("220381");
        gdp.name = QStringLiteral("gdp");
        gdp.value = 120;
        gdp.unit = QStringLiteral("billion_yuan");
        gdp.period = QStringLiteral("2021");
        project->statisticsModel()->addImported(core::StatisticsTable({gdp}));
        QVERIFY(shows(QStringLiteral("gdp")));
        project->statisticsModel()->waitForMeasurements();
        QVERIFY(shows(core::IndicatorNames::displayName(QStringLiteral("area_km2"))));
    }

    // With planmap's Chinese translation, sums of money are counted in 亿 and 万.
    void figuresReadAsChineseWritesThem()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QFileInfo(QStringLiteral(PLANMAP_EXECUTABLE))
                                 .dir()
                                 .filePath(QStringLiteral("planmap_zh_CN.qm"))));
        QCoreApplication::installTranslator(&chinese);
        const QLocale china(QLocale::Chinese, QLocale::China);
        const auto format = [&](double value, const char *unit) {
            return core::UnitFormat::format(value, QString::fromLatin1(unit), china);
        };
        const QString output = format(342.7, "billion_yuan");
        const QString cars = format(2.214, "million_vehicles");
        const QString threshold = format(30, "million_yuan");
        const QString area = format(4143.79, "km2");
        const QString growth = format(16.8, "percent");
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(output, QStringLiteral("3427 亿元"));
        QCOMPARE(cars, QStringLiteral("221.4 万辆"));
        QCOMPARE(threshold, QStringLiteral("3000 万元"));
        QCOMPARE(area, QStringLiteral("4143.79 平方千米"));
        QCOMPARE(growth, QStringLiteral("16.8%"));
    }
};

PLANMAP_TEST(tst_identifydock)
#include "tst_identifydock.moc"
