#include "testdata.h"
#include "testregistry.h"

#include "project/bundledlayers.h"
#include "project/planproject.h"

#include <QSignalSpy>

class tst_planproject : public QObject
{
    Q_OBJECT
private slots:
    void loadsBundledLayersInGroups()
    {
        QString error;
        auto data = core::loadBundledProject(testing::bundledGeoPackage(), &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY2(data->warnings.isEmpty(), qPrintable(data->warnings.join(u"; ")));
        core::PlanProject project(std::move(*data));
        QCOMPARE(project.layers().size(), std::size_t(10));
        QCOMPARE(project.groups().size(), 5);
        QStringList grouped;
        for (const core::LayerGroup &group : project.groups())
            grouped += group.layerIds;
        QCOMPARE(grouped.size(), 10);
        QVERIFY(project.statistics());
        QCOMPARE(project.crs().authId(), QStringLiteral("EPSG:3857"));
        // Jilin lies inside the first view.
        const gis::Box &extent = project.initialExtent();
        QVERIFY(extent.min_corner().x() < 13536000 &&
                extent.max_corner().x() > 14616000); // 121.6–131.3°E
    }
    void stylesAreDistinct()
    {
        QSet<QString> fills;
        for (const core::BundledLayerStyle &style : core::bundledLayerStyles())
            fills.insert(style.symbol.fillColor.name(QColor::HexArgb) +
                         style.symbol.strokeColor.name());
        QCOMPARE(fills.size(), core::bundledLayerStyles().size());
    }
    void visibilityChangeIsSignalled()
    {
        QString error;
        core::PlanProject project(*core::loadBundledProject(testing::bundledGeoPackage(), &error));
        QSignalSpy spy(&project, &core::PlanProject::layerVisibilityChanged);
        const std::size_t before = project.visibleLayerSnapshots().size();
        project.setLayerVisible(QStringLiteral("counties"), false);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(project.visibleLayerSnapshots().size(), before - 1);
        project.setLayerVisible(QStringLiteral("counties"), false);
        QCOMPARE(spy.count(), 1);
    }
    void labelLanguageSwitchesNameField()
    {
        QString error;
        core::PlanProject project(*core::loadBundledProject(testing::bundledGeoPackage(), &error));
        QCOMPARE(project.layer(QStringLiteral("cities"))->labels().field,
                 QStringLiteral("name_zh"));
        project.setLabelLanguage(core::LabelLanguage::English);
        QCOMPARE(project.layer(QStringLiteral("cities"))->labels().field,
                 QStringLiteral("name_en"));
        QCOMPARE(project.layer(QStringLiteral("counties"))->labels().field,
                 QStringLiteral("name_en"));
    }
    void opensAnyDatasetWithDefaultStyle()
    {
        QString error;
        auto data = core::loadDatasetProject(
            testing::dataSourceRoot() +
                QStringLiteral("/upstream/jilin-counties/ji2_lin2_si4_ping2.geojson"),
            &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->layers.size(), std::size_t(1));
        QCOMPARE(data->layers.front()->features().features.size(), std::size_t(6));
        QCOMPARE(data->groups.size(), 1);
        // The extent covers Siping (123.6–125.6°E) in Web Mercator metres.
        QVERIFY(data->initialExtent.min_corner().x() < 13760000 &&
                data->initialExtent.max_corner().x() > 13990000);
    }
    void missingDatasetGivesMessage()
    {
        QString error;
        QVERIFY(!core::loadBundledProject(QStringLiteral("/nowhere/planmap.gpkg"), &error));
        QVERIFY(error.contains(QStringLiteral("/nowhere/planmap.gpkg")));
    }
};

PLANMAP_TEST(tst_planproject)
#include "tst_planproject.moc"
