#include "bundledproject.h"
#include "rasterfixture.h"
#include "testdata.h"
#include "testregistry.h"

#include "crs/coordinatetransform.h"
#include "project/identification.h"
#include "project/layerfileloader.h"
#include "project/planproject.h"

#include <QTemporaryDir>

namespace {

gis::Point toMap(const core::PlanProject &project, double lon, double lat)
{
    return gis::CoordinateTransform(gis::Crs::wgs84(), project.crs())
        .transform(gis::Point(lon, lat));
}

} // namespace

class tst_identification : public QObject
{
    Q_OBJECT
private slots:
    void findsTheFeaturesUnderThePointTopLayerFirst()
    {
        auto project = testing::bundledProject();
        QVERIFY(project);
        const auto found = core::identifyAt(*project, toMap(*project, 125.35, 43.86), 1.0);
        QStringList layers;
        for (const core::IdentifiedFeature &feature : found)
            layers.push_back(feature.layerId);
        QVERIFY2(layers.contains(QStringLiteral("counties")), qPrintable(layers.join(u", ")));
        QVERIFY(layers.indexOf(QStringLiteral("counties")) <
                layers.indexOf(QStringLiteral("countries")));
        const auto county = std::find_if(found.begin(), found.end(), [](const auto &feature) {
            return feature.layerId == QStringLiteral("counties");
        });
        QCOMPARE(county->name, QStringLiteral("南关区"));
        QVERIFY(county->selectable);
        const auto adcode = std::find_if(county->attributes.begin(), county->attributes.end(),
                                         [](const auto &pair) { return pair.first == u"adcode"; });
        QCOMPARE(adcode->second, QStringLiteral("220102"));
        // Hidden layers are not identified.
        project->setLayerVisible(QStringLiteral("counties"), false);
        for (const auto &feature : core::identifyAt(*project, toMap(*project, 125.35, 43.86), 1.0))
            QVERIFY(feature.layerId != QStringLiteral("counties"));
    }
    void rasterCellsGiveTheirBandValues()
    {
        // A 4 × 2 grey raster over Changchun with values 10…80, the last cell "no data".
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grid.tif"));
        QVERIFY(testing::writeSingleBandGeoTiff(path, 125.0, 44.2, 0.1, 4, 2,
                                                {10, 20, 30, 40, 50, 60, 70, 80}, {}, 80));
        auto project = testing::bundledProject();
        QVERIFY(project);
        const core::LoadedLayers loaded = core::loadLayerFiles({path}, project->crs());
        QCOMPARE(loaded.rasterLayers.size(), std::size_t(1));
        const QString id = project->addLayer(loaded.rasterLayers.front());

        // Column 2, row 1 holds 70; it is the top layer, so it comes first.
        auto found = core::identifyAt(*project, toMap(*project, 125.25, 44.05), 1.0);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.front().layerId, id);
        QVERIFY(!found.front().selectable);
        QCOMPARE(found.front().attributes.size(), 1);
        QCOMPARE(found.front().attributes.front().second, QStringLiteral("70"));
        QVERIFY(found.front().name.contains(QStringLiteral("2")));
        // The "no data" cell says so; outside the raster there is no cell.
        found = core::identifyAt(*project, toMap(*project, 125.35, 44.05), 1.0);
        QCOMPARE(found.front().attributes.front().second, QStringLiteral("no data"));
        found = core::identifyAt(*project, toMap(*project, 125.6, 44.05), 1.0);
        QVERIFY(found.isEmpty() || found.front().layerId != id);
    }
};

PLANMAP_TEST(tst_identification)
#include "tst_identification.moc"
