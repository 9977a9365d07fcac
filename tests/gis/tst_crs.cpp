#include "testdata.h"
#include "testregistry.h"

#include "crs/coordinatetransform.h"
#include "crs/crs.h"

#include <cmath>

class tst_crs : public QObject
{
    Q_OBJECT
private slots:
    void parsesAuthorityCodes_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("authId");
        QTest::addColumn<bool>("geographic");
        QTest::newRow("WGS 84") << "EPSG:4326"
                                << "EPSG:4326" << true;
        QTest::newRow("CGCS2000") << "EPSG:4490"
                                  << "EPSG:4490" << true;
        QTest::newRow("CGCS2000 GK CM 126E") << "EPSG:4551"
                                             << "EPSG:4551" << false;
        QTest::newRow("Web Mercator") << "EPSG:3857"
                                      << "EPSG:3857" << false;
    }
    void parsesAuthorityCodes()
    {
        QFETCH(QString, definition);
        QFETCH(QString, authId);
        QFETCH(bool, geographic);
        const gis::Crs crs = gis::Crs::fromUserInput(definition);
        QVERIFY(crs.isValid());
        QCOMPARE(crs.authId(), authId);
        QCOMPARE(crs.isGeographic(), geographic);
    }
    void rejectsUnknownCodesWithMessage()
    {
        QString error;
        const gis::Crs crs = gis::Crs::fromUserInput(QStringLiteral("EPSG:999999"), &error);
        QVERIFY(!crs.isValid());
        QVERIFY2(error.contains(QStringLiteral("EPSG:999999")), qPrintable(error));
    }
    void webMercatorMatchesSphericalFormula()
    {
        // Changchun's People's Square.
        const double lon = 125.3245, lat = 43.8868;
        gis::CoordinateTransform transform(gis::Crs::wgs84(), gis::Crs::webMercator());
        const gis::Point p = transform.transform(gis::Point(lon, lat));
        const double radius = 6378137.0;
        const double expectedX = radius * lon * M_PI / 180.0;
        const double expectedY = radius * std::log(std::tan(M_PI / 4 + lat * M_PI / 360.0));
        QVERIFY2(testing::near(p.x(), expectedX, 0.01), qPrintable(QString::number(p.x(), 'f', 3)));
        QVERIFY2(testing::near(p.y(), expectedY, 0.01), qPrintable(QString::number(p.y(), 'f', 3)));
    }
    void gaussKrugerCentralMeridianHasFalseEasting()
    {
        gis::CoordinateTransform forward(gis::Crs::wgs84(),
                                         gis::Crs::fromUserInput(QStringLiteral("EPSG:4551")));
        const gis::Point onMeridian = forward.transform(gis::Point(126.0, 44.0));
        QVERIFY(testing::near(onMeridian.x(), 500000.0, 0.001));
        // On the central meridian northing is the meridian arc of the CGCS2000 ellipsoid
        // (a = 6378137, 1/f = 298.257222101) from the equator to 44°N: 4 873 822.37 m, found by
        // integrating the meridian radius of curvature independently of PROJ.
        QVERIFY2(testing::near(onMeridian.y(), 4873822.37, 0.01),
                 qPrintable(QString::number(onMeridian.y(), 'f', 3)));
    }
    void roundTripsThroughGaussKruger()
    {
        const gis::Crs gk = gis::Crs::fromUserInput(QStringLiteral("EPSG:4551"));
        gis::CoordinateTransform forward(gis::Crs::wgs84(), gk);
        gis::CoordinateTransform back(gk, gis::Crs::wgs84());
        const gis::Point start(125.3245, 43.8868);
        const gis::Point end = back.transform(forward.transform(start));
        QVERIFY(testing::near(end.x(), start.x(), 1e-9));
        QVERIFY(testing::near(end.y(), start.y(), 1e-9));
    }
    void identityNeedsNoProj()
    {
        gis::CoordinateTransform transform(gis::Crs::wgs84(),
                                           gis::Crs::fromUserInput(QStringLiteral("EPSG:4326")));
        QVERIFY(transform.isIdentity());
    }
};

PLANMAP_TEST(tst_crs)
#include "tst_crs.moc"
