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
    // A drawn rectangle or lasso picks what it touches, contains or lies inside.
    void featuresAnAreaTouches()
    {
        gis::MultiLineString line{{{0, 20}, {10, 20}}};
        gis::MultiPoint point{{15, 5}};
        const auto layer =
            layerOf({square(0, 0, 10), square(10, 0, 10), square(30, 0, 1), line, point});
        const auto area = [](std::vector<gis::Point> corners) {
            gis::Polygon polygon;
            polygon.outer().assign(corners.begin(), corners.end());
            polygon.outer().push_back(corners.front());
            return polygon;
        };
        // Inside the first square only.
        QCOMPARE(gis::pickFeatures(*layer, area({{1, 1}, {2, 1}, {2, 2}})),
                 (std::vector<std::size_t>{0}));
        // Across the shared edge, and over the point.
        QCOMPARE(gis::pickFeatures(*layer, area({{8, 4}, {16, 4}, {16, 6}, {8, 6}})),
                 (std::vector<std::size_t>{0, 1, 4}));
        // Around the far square and across the line.
        QCOMPARE(gis::pickFeatures(*layer, area({{29, -1}, {32, -1}, {32, 2}, {29, 2}})),
                 (std::vector<std::size_t>{2}));
        QCOMPARE(gis::pickFeatures(*layer, area({{4, 19}, {5, 19}, {5, 21}, {4, 21}})),
                 (std::vector<std::size_t>{3}));
        // A triangle whose box covers the far square but whose shape misses it.
        QVERIFY(gis::pickFeatures(*layer, area({{21, 21}, {21, -1}, {32, 21}})).empty());
        QVERIFY(gis::pickFeatures(*layer, gis::Polygon{}).empty());
    }
};

PLANMAP_TEST(tst_featurepicker)
#include "tst_featurepicker.moc"
