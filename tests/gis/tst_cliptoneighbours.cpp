#include "testregistry.h"

#include "geometry/cliptoneighbours.h"
#include "geometry/freedarea.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/intersection.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace {

gis::MultiPolygon rectangle(double x0, double y0, double x1, double y1)
{
    gis::Polygon polygon;
    polygon.outer() = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
    return gis::MultiPolygon{polygon};
}

// West [0,10]², east [10,20]×[0,10]: two zones sharing the edge x = 10.
gis::FeatureCollection twoZones()
{
    gis::FeatureCollection zones;
    zones.kind = gis::GeometryKind::Polygon;
    zones.features.push_back({1, {}, rectangle(0, 0, 10, 10)});
    zones.features.push_back({2, {}, rectangle(10, 0, 20, 10)});
    return zones;
}

double area(const gis::MultiPolygon &polygons)
{
    return boost::geometry::area(polygons);
}

double overlap(const gis::MultiPolygon &a, const gis::MultiPolygon &b)
{
    gis::MultiPolygon shared;
    boost::geometry::intersection(a, b, shared);
    return area(shared);
}

} // namespace

// A drawn zone cut back to what its neighbours leave free, with the cut named: areas add up,
// neighbours it only touches are left alone, and a clip that leaves several parts says so.
class tst_cliptoneighbours : public QObject
{
    Q_OBJECT
private slots:
    void clipsTheOverlapWithEveryNeighbour()
    {
        const auto zones = twoZones();
        const auto clip = gis::clipToNeighbours(rectangle(5, 5, 15, 15), zones, {}, 1e-9);
        QCOMPARE(clip.neighbours, (std::vector<qint64>{1, 2}));
        QCOMPARE(area(clip.clipped), 50.0);
        QCOMPARE(area(clip.removed), 50.0);
        QCOMPARE(clip.clipped.size(), std::size_t(1));
        QCOMPARE(overlap(clip.clipped, std::get<gis::MultiPolygon>(zones.features[0].geometry)),
                 0.0);
        QCOMPARE(overlap(clip.clipped, std::get<gis::MultiPolygon>(zones.features[1].geometry)),
                 0.0);
    }

    void reportsTheSeveralPartsAClipLeaves()
    {
        gis::FeatureCollection east = twoZones();
        east.features.erase(east.features.begin());
        // A strip right across the east zone: its two ends are left.
        const auto clip = gis::clipToNeighbours(rectangle(8, 2, 22, 8), east, {}, 1e-9);
        QCOMPARE(clip.neighbours, std::vector<qint64>{2});
        QCOMPARE(clip.clipped.size(), std::size_t(2));
        QCOMPARE(area(clip.clipped), 24.0);
        QCOMPARE(area(clip.removed), 60.0);
    }

    void touchingIsNoOverlapAndTheZoneItselfIsLeftOut()
    {
        const auto zones = twoZones();
        const auto touching = gis::clipToNeighbours(rectangle(20, 0, 30, 10), zones, {}, 1e-9);
        QVERIFY(touching.neighbours.empty());
        QCOMPARE(area(touching.clipped), 100.0);
        QVERIFY(touching.removed.empty());
        // The east zone reshaped westwards overlaps the west one only, not its old self.
        const auto reshaped = gis::clipToNeighbours(rectangle(8, 0, 20, 10), zones, {2}, 1e-9);
        QCOMPARE(reshaped.neighbours, std::vector<qint64>{1});
        QCOMPARE(area(reshaped.clipped), 100.0);
        QCOMPARE(area(reshaped.removed), 20.0);
        // Wholly inside a neighbour: nothing is left.
        const auto inside = gis::clipToNeighbours(rectangle(2, 2, 4, 4), zones, {}, 1e-9);
        QVERIFY(inside.clipped.empty());
    }

    // A dent in the shared edge goes to the east zone; a dent in the plan's edge to nobody.
    void freedAreaGoesToTheNeighbourAlongIt()
    {
        const auto zones = twoZones();
        gis::MultiPolygon dented;
        gis::Polygon west;
        west.outer() = {{0, 0},  {10, 0},  {10, 2}, {8, 2}, {8, 8},
                        {10, 8}, {10, 10}, {0, 10}, {0, 0}};
        dented.push_back(west);
        const auto handovers =
            gis::handOverFreedArea(rectangle(0, 0, 10, 10), dented, zones, {1}, 1e-9, 1e-9);
        QCOMPARE(handovers.size(), std::size_t(1));
        QCOMPARE(handovers[0].neighbour, qint64(2));
        QCOMPARE(area(handovers[0].area), 12.0);

        gis::Polygon outerDent;
        outerDent.outer() = {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 8},
                             {2, 8}, {2, 2},  {0, 2},   {0, 0}};
        QVERIFY(gis::handOverFreedArea(rectangle(0, 0, 10, 10), gis::MultiPolygon{outerDent}, zones,
                                       {1}, 1e-9, 1e-9)
                    .empty());
    }
};

PLANMAP_TEST(tst_cliptoneighbours)
#include "tst_cliptoneighbours.moc"
