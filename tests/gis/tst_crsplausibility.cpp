#include "testregistry.h"

#include "crs/coordinatetransform.h"
#include "crs/crsplausibility.h"

namespace {

gis::Box box(double x0, double y0, double x1, double y1)
{
    return {gis::Point(x0, y0), gis::Point(x1, y1)};
}

// Jilin province in longitude/latitude.
const gis::Box jilinLonLat = box(121.6, 40.9, 131.3, 46.3);

} // namespace

class tst_crsplausibility : public QObject
{
    Q_OBJECT
private slots:
    void acceptsDataInItsOwnCrs_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::newRow("WGS 84") << "EPSG:4326";
        QTest::newRow("CGCS2000") << "EPSG:4490";
        QTest::newRow("CGCS2000 GK CM 126E") << "EPSG:4551";
        QTest::newRow("Web Mercator") << "EPSG:3857";
    }
    void acceptsDataInItsOwnCrs()
    {
        QFETCH(QString, crs);
        const gis::Crs target = gis::Crs::fromUserInput(crs);
        QVERIFY(target.isValid());
        const gis::CoordinateTransform transform(gis::Crs::wgs84(), target);
        const gis::Box extent = transform.transformBox(jilinLonLat);
        const auto problem = gis::implausibleCrsReason(extent, target);
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    }
    void projectedDataTakenAsLonLatIsReported()
    {
        const gis::CoordinateTransform toMercator(gis::Crs::wgs84(), gis::Crs::webMercator());
        const gis::Box metres = toMercator.transformBox(jilinLonLat);
        for (const gis::Crs &declared : {gis::Crs(), gis::Crs::wgs84()}) {
            const auto problem = gis::implausibleCrsReason(metres, declared);
            QVERIFY(problem);
            QVERIFY2(problem->contains(QStringLiteral("not longitudes and latitudes")),
                     qPrintable(*problem));
        }
    }
    void dataFarFromTheCrsAreaIsReported()
    {
        // Web Mercator metres labelled as Gauss-Krüger CM 126E land in the Pacific.
        const gis::Crs gaussKruger = gis::Crs::fromUserInput(QStringLiteral("EPSG:4551"));
        const gis::CoordinateTransform toMercator(gis::Crs::wgs84(), gis::Crs::webMercator());
        const auto problem =
            gis::implausibleCrsReason(toMercator.transformBox(jilinLonLat), gaussKruger);
        QVERIFY(problem);
        QVERIFY2(problem->contains(gaussKruger.name()), qPrintable(*problem));
        QVERIFY(gaussKruger.areaOfUse());
    }
};

PLANMAP_TEST(tst_crsplausibility)
#include "tst_crsplausibility.moc"
