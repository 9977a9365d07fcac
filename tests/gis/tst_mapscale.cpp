#include "testdata.h"
#include "testregistry.h"

#include "crs/coordinatetransform.h"
#include "render/mapscale.h"

#include <cmath>

class tst_mapscale : public QObject
{
    Q_OBJECT
private slots:
    // Web Mercator shrinks ground distances by cos(latitude): at 44°N a map metre is 0.719 m.
    void webMercatorScaleFollowsLatitude()
    {
        gis::CoordinateTransform toMap(gis::Crs::wgs84(), gis::Crs::webMercator());
        const gis::Point centre = toMap.transform(gis::Point(125.3, 44.0));
        const double unitsPerPixel = 100.0;
        const gis::Box box(
            gis::Point(centre.x() - 500 * unitsPerPixel, centre.y() - 400 * unitsPerPixel),
            gis::Point(centre.x() + 500 * unitsPerPixel, centre.y() + 400 * unitsPerPixel));
        const auto metres =
            gis::groundMetresPerPixel(box, QSize(1000, 800), gis::Crs::webMercator());
        QVERIFY(metres);
        // The parallel's radius on the ellipsoid differs from the sphere's by under 0.3 %.
        const double expected = unitsPerPixel * std::cos(44.0 * M_PI / 180.0);
        QVERIFY2(std::abs(*metres / expected - 1.0) < 0.003, qPrintable(QString::number(*metres)));
    }
    void extentForScaleReachesTheScale_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("WGS 84") << "EPSG:4326" << 125.3 << 43.9;
        QTest::newRow("Gauss-Krüger") << "EPSG:4551" << 475000.0 << 4862000.0;
        QTest::newRow("Web Mercator") << "EPSG:3857" << 13948000.0 << 5447000.0;
    }
    void extentForScaleReachesTheScale()
    {
        QFETCH(QString, crs);
        QFETCH(double, x);
        QFETCH(double, y);
        const gis::Crs mapCrs = gis::Crs::fromUserInput(crs);
        for (double denominator : {5000.0, 50000.0, 4000000.0}) {
            const auto extent =
                gis::extentForScale(gis::Point(x, y), denominator, QSize(1200, 800), 96, mapCrs);
            QVERIFY(extent);
            const auto reached = gis::scaleDenominator(*extent, QSize(1200, 800), 96, mapCrs);
            QVERIFY(reached);
            QVERIFY2(std::abs(*reached / denominator - 1.0) < 0.002,
                     qPrintable(QString::number(*reached)));
        }
    }
    void trueNorth()
    {
        QVERIFY(std::abs(*gis::trueNorthAngle(gis::Point(13948000, 5447000),
                                              gis::Crs::webMercator())) < 1e-6);
        QVERIFY(std::abs(*gis::trueNorthAngle(gis::Point(125.3, 43.9), gis::Crs::wgs84())) < 1e-6);
        // Gauss-Krüger CM 126E: on the meridian north is up; 1° west at 44°N it leans about
        // sin(44°) ≈ 0.69° clockwise.
        const gis::Crs gk = gis::Crs::fromUserInput(QStringLiteral("EPSG:4551"));
        gis::CoordinateTransform toGk(gis::Crs::wgs84(), gk);
        QVERIFY(std::abs(*gis::trueNorthAngle(toGk.transform(gis::Point(126.0, 44.0)), gk)) < 1e-3);
        const double west = *gis::trueNorthAngle(toGk.transform(gis::Point(125.0, 44.0)), gk);
        QVERIFY2(std::abs(west - std::sin(44.0 * M_PI / 180.0)) < 0.01,
                 qPrintable(QString::number(west)));
    }
};

PLANMAP_TEST(tst_mapscale)
#include "tst_mapscale.moc"
