#include "testregistry.h"

#include "layer/featurepicker.h"
#include "layer/projectedlayer.h"

namespace {

std::shared_ptr<const gis::ProjectedLayer> layerOf(std::vector<gis::Geometry> geometries)
{
    auto collection = std::make_shared<gis::FeatureCollection>();
    collection->name = QStringLiteral("test");
    collection->crs = gis::Crs::wgs84();
    qint64 id = 0;
    for (gis::Geometry &geometry : geometries)
        collection->features.push_back({id++, {}, std::move(geometry)});
    return gis::ProjectedLayer::build(collection, gis::Crs::wgs84(), nullptr);
}

gis::MultiPolygon square(double x, double y, double size)
{
    gis::Polygon polygon;
    polygon.outer() = {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}};
    return {polygon};
}

} // namespace

class tst_featurepicker : public QObject
{
    Q_OBJECT
private slots:
    void polygonsContainingThePoint()
    {
        // A big square, a small one inside it, and one far away.
        const auto layer = layerOf({square(0, 0, 10), square(2, 2, 2), square(20, 20, 1)});
        QCOMPARE(gis::pickFeatures(*layer, gis::Point(3, 3), 0.01),
                 (std::vector<std::size_t>{0, 1}));
        QCOMPARE(gis::pickFeatures(*layer, gis::Point(8, 8), 0.01), (std::vector<std::size_t>{0}));
        QVERIFY(gis::pickFeatures(*layer, gis::Point(15, 15), 0.01).empty());
        // Just outside the edge, within the tolerance of a pixel.
        QCOMPARE(gis::pickFeatures(*layer, gis::Point(10.005, 5), 0.01),
                 (std::vector<std::size_t>{0}));
    }
    void linesAndPointsWithinTolerance()
    {
        gis::MultiLineString line{{{0, 0}, {10, 0}}};
        gis::MultiPoint point{{5, 5}};
        const auto layer = layerOf({line, point});
        QCOMPARE(gis::pickFeatures(*layer, gis::Point(5, 0.4), 0.5), (std::vector<std::size_t>{0}));
        QVERIFY(gis::pickFeatures(*layer, gis::Point(5, 0.6), 0.5).empty());
        QCOMPARE(gis::pickFeatures(*layer, gis::Point(5.3, 5.3), 0.5),
                 (std::vector<std::size_t>{1}));
    }
};

PLANMAP_TEST(tst_featurepicker)
#include "tst_featurepicker.moc"
