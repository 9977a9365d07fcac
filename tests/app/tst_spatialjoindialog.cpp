#include "bundledwindow.h"
#include "testdata.h"
#include "testregistry.h"

#include "dialogs/layerpropertiesdialog.h"
#include "dialogs/spatialjoindialog.h"
#include "docks/statisticsdock.h"

#include "project/identification.h"
#include "project/planproject.h"
#include "statistics/statisticsmodel.h"
#include "statistics/statisticstablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>

namespace {

std::size_t indexOfPrefecture(const core::PlanProject &project, const QString &code)
{
    const gis::FeatureCollection &features =
        project.layer(QStringLiteral("prefectures"))->features();
    return features.indexOfValue(QStringLiteral("code"), code).value_or(std::size_t(-1));
}

// What Identify lists for a prefecture.
double identifiedFigure(const core::PlanProject &project, const QString &code,
                        const QString &indicator)
{
    for (const core::Indicator &figure : core::featureStatistics(
             project, QStringLiteral("prefectures"), indexOfPrefecture(project, code))) {
        if (figure.name == indicator)
            return figure.value;
    }
    return qQNaN();
}

// Three projects with their investment: two in Changchun prefecture, one in Jilin's.
std::shared_ptr<gis::VectorLayer> projectsLayer()
{
    auto points = std::make_shared<gis::FeatureCollection>();
    points->name = QStringLiteral("projects");
    points->fields = {{QStringLiteral("name"), QMetaType::QString},
                      {QStringLiteral("investment"), QMetaType::Double}};
    points->crs = gis::Crs::wgs84();
    points->kind = gis::GeometryKind::Point;
    const auto add = [&](double lon, double lat, const char *name, double investment) {
        points->features.push_back({qint64(points->features.size()),
                                    {QString::fromLatin1(name), investment},
                                    gis::MultiPoint{gis::Point(lon, lat)}});
    };
    add(125.32, 43.89, "a", 10);
    add(125.20, 44.00, "b", 30);
    add(126.55, 43.84, "c", 5);
    return std::make_shared<gis::VectorLayer>(QStringLiteral("projects"), points);
}

QAction *menuAction(QMenuBar *bar, const QString &menu, const QString &action)
{
    for (QAction *top : bar->actions()) {
        if (top->menu() && top->text() == menu) {
            for (QAction *item : top->menu()->actions()) {
                if (item->text() == action)
                    return item;
            }
        }
    }
    return nullptr;
}

QPushButton *addButton(app::SpatialJoinDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class tst_spatialjoindialog : public QObject
{
    Q_OBJECT
private slots:
    // Statistics → Spatial join… in the window: cities counted per prefecture show in the
    // Statistics dock and in Identify without anything else asked, and the project is modified.
    void countsCitiesPerPrefectureFromTheMenu()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        core::PlanProject *project = window->project();
        project->setModified(false);
        QAction *open =
            menuAction(window->menuBar(), window->tr("S&tatistics"), window->tr("&Spatial join…"));
        QVERIFY(open);
        QVERIFY(menuAction(window->menuBar(), window->tr("S&tatistics"),
                           window->tr("&Import statistics…")));
        open->trigger();
        auto *dialog = window->findChild<app::SpatialJoinDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setZoneLayer(QStringLiteral("prefectures"));
        dialog->setPointLayer(QStringLiteral("cities"));
        // The point layer names the result, and the zones their usual key.
        QCOMPARE(dialog->request().name, QStringLiteral("cities"));
        QCOMPARE(dialog->findChildren<QComboBox *>().at(1)->currentText(), QStringLiteral("code"));
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        addButton(*dialog)->click();
        QVERIFY(!dialog->isVisible());

        const double inChangchun =
            identifiedFigure(*project, QStringLiteral("2201"), QStringLiteral("cities_count"));
        QVERIFY2(inChangchun >= 2, qPrintable(QString::number(inChangchun)));
        QVERIFY(project->isModified());
        app::StatisticsDock *dock = window->statisticsDock();
        dock->showLayer(QStringLiteral("prefectures"));
        QVERIFY(dock->model()->columnOf(QStringLiteral("cities_count"), QString()) >= 0);
    }

    // A point layer of the user's, summed and averaged; then the join removed again.
    void sumsAndAveragesAFieldAndRemovesTheJoin()
    {
        QString error;
        auto data = core::loadBundledProject(testing::bundledGeoPackage(), &error);
        QVERIFY2(data, qPrintable(error));
        core::PlanProject project(std::move(*data));
        project.addLayer(projectsLayer());
        project.setModified(false);
        app::SpatialJoinDialog dialog(&project);
        dialog.setZoneLayer(QStringLiteral("prefectures"));
        dialog.setPointLayer(QStringLiteral("projects"));
        auto *attribute = dialog.findChildren<QComboBox *>().at(3);
        QCOMPARE(attribute->count(), 2); // none, and the only numeric field
        dialog.setSummedField(QStringLiteral("investment"));
        dialog.setUnit(QStringLiteral("billion_yuan"));
        dialog.setResultName(QStringLiteral("has space"));
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(!addButton(dialog)->isEnabled());
        dialog.setResultName(QStringLiteral("projects"));
        QVERIFY(addButton(dialog)->isEnabled());
        QVERIFY(dialog.addJoin());
        QVERIFY(project.isModified());
        QCOMPARE(
            identifiedFigure(project, QStringLiteral("2201"), QStringLiteral("projects_count")),
            2.0);
        QCOMPARE(identifiedFigure(project, QStringLiteral("2201"), QStringLiteral("projects_sum")),
                 40.0);
        QCOMPARE(identifiedFigure(project, QStringLiteral("2201"), QStringLiteral("projects_mean")),
                 20.0);
        QCOMPARE(identifiedFigure(project, QStringLiteral("2202"), QStringLiteral("projects_sum")),
                 5.0);
        // The same name again on the same zones is refused until the first is removed.
        QVERIFY(!dialog.problem().isEmpty());
        // For a person to look at: PLANMAP_SCREENSHOT_DIR=/tmp/shots build/tests/app_tests …
        if (const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog.grab().save(QDir(shots).filePath(QStringLiteral("spatial_join.png")));

        auto *joins = dialog.findChild<QTreeWidget *>();
        QCOMPARE(joins->topLevelItemCount(), 1);
        QCOMPARE(joins->topLevelItem(0)->text(0), QStringLiteral("projects"));
        joins->setCurrentItem(joins->topLevelItem(0));
        project.setModified(false);
        QPushButton *remove = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == dialog.tr("Remove"))
                remove = button;
        }
        QVERIFY(remove && remove->isEnabled());
        remove->click();
        QCOMPARE(joins->topLevelItemCount(), 0);
        QVERIFY(project.statisticsModel()->spatialJoins().isEmpty());
        QVERIFY(project.isModified());
        QVERIFY(qIsNaN(
            identifiedFigure(project, QStringLiteral("2201"), QStringLiteral("projects_count"))));
        QVERIFY(dialog.problem().isEmpty());
    }

    // Figures join a layer by any of its fields, chosen in its properties.
    void aLayersKeyFieldIsChosenInItsProperties()
    {
        QString error;
        auto data = core::loadBundledProject(testing::bundledGeoPackage(), &error);
        QVERIFY2(data, qPrintable(error));
        core::PlanProject project(std::move(*data));
        project.addLayer(projectsLayer());
        {
            // The user's layer has no "key" field: nothing joins it until one is chosen.
            app::LayerPropertiesDialog dialog(&project, QStringLiteral("projects"));
            auto *keyField = dialog.findChild<QComboBox *>(QStringLiteral("keyField"));
            QVERIFY(keyField);
            QVERIFY(keyField->currentData().toString().isEmpty());
            QVERIFY(!project.statisticsModel()->joinableLayerIds().contains(u"projects"));
            keyField->setCurrentIndex(keyField->findData(QStringLiteral("name")));
            project.setModified(false);
            dialog.apply();
            QVERIFY(project.isModified());
            QVERIFY(project.statisticsModel()->joinableLayerIds().contains(u"projects"));
        }
        app::LayerPropertiesDialog dialog(&project, QStringLiteral("prefectures"));
        auto *keyField = dialog.findChild<QComboBox *>(QStringLiteral("keyField"));
        QCOMPARE(keyField->currentText(), QStringLiteral("code"));
        keyField->setCurrentIndex(keyField->findData(QStringLiteral("name_en")));
        dialog.apply();
        QCOMPARE(project.statisticsModel()->keyFields().value(QStringLiteral("prefectures")),
                 QStringLiteral("name_en"));
        const auto joined = project.statisticsModel()->joined(QStringLiteral("prefectures"));
        QVERIFY(std::any_of(joined.begin(), joined.end(), [](const core::JoinedFeature &feature) {
            return feature.key == u"Changchun";
        }));
    }
};

PLANMAP_TEST(tst_spatialjoindialog)
#include "tst_spatialjoindialog.moc"
