#include "geometrytestutils.h"
#include "testregistry.h"

#include "geometry/polygonrepair.h"
#include "geometry/validity.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <set>

Q_DECLARE_METATYPE(gis::MultiPolygon)

namespace {

gis::Polygon polygonOf(std::initializer_list<gis::Point> outer)
{
    gis::Polygon polygon;
    polygon.outer().assign(outer.begin(), outer.end());
    return polygon;
}

using testing::vertexSet;

} // namespace

class tst_polygonrepair : public QObject
{
    Q_OBJECT
private slots:
    void reportsReasons_data()
    {
        QTest::addColumn<gis::MultiPolygon>("input");
        QTest::addColumn<QString>("reasonFragment");
        // A bow-tie: the two edges cross in their middle.
        QTest::newRow("self-intersection")
            << gis::MultiPolygon{polygonOf({{0, 0}, {10, 0}, {10, 10}, {5, -2}, {0, 10}, {0, 0}})}
            << "self-intersection";
        QTest::newRow("spike") << gis::MultiPolygon{polygonOf(
                                      {{0, 0}, {4, 0}, {4, 4}, {4, 6}, {4, 4}, {0, 4}, {0, 0}})}
                               << "spike";
        QTest::newRow("clockwise exterior")
            << gis::MultiPolygon{polygonOf({{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}})}
            << "orientation";
        QTest::newRow("too few points")
            << gis::MultiPolygon{polygonOf({{0, 0}, {1, 0}, {0, 0}})} << "few";
    }
    void reportsReasons()
    {
        QFETCH(gis::MultiPolygon, input);
        QFETCH(QString, reasonFragment);
        const gis::Validity validity = gis::checkValidity(input);
        QVERIFY(!validity.valid);
        QVERIFY2(validity.reason.contains(reasonFragment, Qt::CaseInsensitive),
                 qPrintable(validity.reason));
    }
    void validPolygonIsUnchanged()
    {
        const gis::MultiPolygon square{polygonOf({{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}})};
        QVERIFY(gis::checkValidity(square).valid);
        gis::PolygonRepairReport report;
        const gis::MultiPolygon repaired = gis::repairPolygons(square, &report);
        QVERIFY(report.validAfter);
        QCOMPARE(report.splitRings, 0);
        QCOMPARE(vertexSet(repaired), vertexSet(square));
    }
    void repeatedVerticesAreRemoved()
    {
        const gis::MultiPolygon input{
            polygonOf({{0, 0}, {1, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 1}, {0, 0}})};
        gis::PolygonRepairReport report;
        const gis::MultiPolygon repaired = gis::repairPolygons(input, &report);
        QVERIFY(report.validAfter);
        QCOMPARE(report.removedDuplicateVertices, 2);
        QCOMPARE(repaired.front().outer().size(), std::size_t(5));
    }
    // Two lobes that meet in one vertex (a pinched neck after quantisation) become two polygons
    // touching at that vertex; no vertex moves and the area is kept.
    void selfTouchingRingIsSplitAtTheTouchingVertex()
    {
        const gis::MultiPolygon input{
            polygonOf({{0, 0}, {2, 0}, {2, 2}, {4, 2}, {4, 4}, {2, 4}, {2, 2}, {0, 2}, {0, 0}})};
        QVERIFY(!gis::checkValidity(input).valid);
        gis::PolygonRepairReport report;
        const gis::MultiPolygon repaired = gis::repairPolygons(input, &report);
        QVERIFY2(report.validAfter, qPrintable(report.remainingProblem));
        QCOMPARE(report.splitRings, 1);
        QCOMPARE(repaired.size(), std::size_t(2));
        QCOMPARE(vertexSet(repaired), vertexSet(input));
        QCOMPARE(boost::geometry::area(repaired), 8.0);
    }
    // A ring that runs round an inner loop the other way encloses a hole touching the shell.
    void innerLoopBecomesHole()
    {
        const gis::MultiPolygon input{polygonOf({{0, 0},
                                                 {6, 0},
                                                 {6, 6},
                                                 {0, 6},
                                                 {0, 3},
                                                 {2, 3},
                                                 {2, 4},
                                                 {4, 4},
                                                 {4, 2},
                                                 {2, 2},
                                                 {2, 3},
                                                 {0, 3},
                                                 {0, 0}})};
        gis::PolygonRepairReport report;
        const gis::MultiPolygon repaired = gis::repairPolygons(input, &report);
        QVERIFY2(report.validAfter, qPrintable(report.remainingProblem));
        QCOMPARE(repaired.size(), std::size_t(1));
        QCOMPARE(repaired.front().inners().size(), std::size_t(1));
        QCOMPARE(boost::geometry::area(repaired), 36.0 - 4.0);
    }
    void spikeIsDropped()
    {
        const gis::MultiPolygon input{
            polygonOf({{0, 0}, {4, 0}, {4, 4}, {4, 6}, {4, 4}, {0, 4}, {0, 0}})};
        gis::PolygonRepairReport report;
        const gis::MultiPolygon repaired = gis::repairPolygons(input, &report);
        QVERIFY2(report.validAfter, qPrintable(report.remainingProblem));
        QCOMPARE(report.removedSpikes, 1);
        QCOMPARE(boost::geometry::area(repaired), 16.0);
    }
    void clockwiseRingIsReoriented()
    {
        const gis::MultiPolygon input{polygonOf({{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}})};
        const gis::MultiPolygon repaired = gis::repairPolygons(input);
        QVERIFY(gis::checkValidity(repaired).valid);
        QVERIFY(boost::geometry::area(repaired) > 0);
    }
};

PLANMAP_TEST(tst_polygonrepair)
#include "tst_polygonrepair.moc"
