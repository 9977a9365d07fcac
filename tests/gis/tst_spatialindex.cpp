#include "testregistry.h"

#include "index/spatialindex.h"

#include <boost/geometry/algorithms/intersects.hpp>

#include <QRandomGenerator>

#include <algorithm>

class tst_spatialindex : public QObject
{
    Q_OBJECT
private slots:
    void queryMatchesBruteForce()
    {
        QRandomGenerator random(42);
        std::vector<gis::Box> boxes;
        for (int i = 0; i < 5000; ++i) {
            const double x = random.bounded(1000.0), y = random.bounded(1000.0);
            boxes.emplace_back(gis::Point(x, y),
                               gis::Point(x + random.bounded(20.0), y + random.bounded(20.0)));
        }
        const gis::SpatialIndex index(boxes);
        QCOMPARE(index.size(), boxes.size());
        for (int q = 0; q < 50; ++q) {
            const double x = random.bounded(900.0), y = random.bounded(900.0);
            const gis::Box query(gis::Point(x, y), gis::Point(x + 80, y + 50));
            std::vector<std::size_t> expected;
            for (std::size_t i = 0; i < boxes.size(); ++i) {
                if (boost::geometry::intersects(boxes[i], query))
                    expected.push_back(i);
            }
            std::vector<std::size_t> found = index.query(query);
            std::sort(found.begin(), found.end());
            QCOMPARE(found, expected);
        }
    }
    void nearestReturnsClosest()
    {
        const gis::SpatialIndex index(
            {gis::Box({0, 0}, {1, 1}), gis::Box({10, 10}, {11, 11}), gis::Box({5, 5}, {6, 6})});
        QCOMPARE(index.nearest(gis::Point(9, 9), 1), std::vector<std::size_t>{1});
    }
    void emptyAndInvertedBoxesAreIgnored()
    {
        gis::Box inverted;
        boost::geometry::assign_inverse(inverted);
        const gis::SpatialIndex index({inverted, gis::Box({0, 0}, {1, 1})});
        QCOMPARE(index.size(), std::size_t(1));
        QVERIFY(index.query(inverted).empty());
    }
};

PLANMAP_TEST(tst_spatialindex)
#include "tst_spatialindex.moc"
