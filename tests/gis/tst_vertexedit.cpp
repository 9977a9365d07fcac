#include "testregistry.h"

#include "geometry/vertexedit.h"

#include <boost/geometry/algorithms/equals.hpp>

namespace {

gis::Geometry square()
{
    gis::Polygon polygon;
    polygon.outer() = {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
    polygon.inners().push_back({{2, 2}, {2, 4}, {4, 4}, {4, 2}, {2, 2}});
    return gis::MultiPolygon{polygon};
}

const gis::Polygon &polygonOf(const gis::Geometry &geometry)
{
    return std::get<gis::MultiPolygon>(geometry).front();
}

gis::Geometry line()
{
    return gis::MultiLineString{gis::LineString{{0, 0}, {5, 5}, {10, 0}}};
}

} // namespace

class tst_vertexedit : public QObject
{
    Q_OBJECT
private slots:
    void vertexAtAddressesPartsRingsAndPoints()
    {
        const gis::Geometry polygon = square();
        QCOMPARE(gis::vertexAt(polygon, {0, 0, 1})->x(), 10.0);
        QCOMPARE(gis::vertexAt(polygon, {0, 1, 2})->y(), 4.0);
        QVERIFY(!gis::vertexAt(polygon, {0, 2, 0}));
        QVERIFY(!gis::vertexAt(polygon, {1, 0, 0}));
        QVERIFY(!gis::vertexAt(polygon, {0, 0, 5}));
        const gis::Geometry points = gis::MultiPoint{{1, 1}, {2, 2}};
        QCOMPARE(gis::vertexAt(points, {1, 0, 0})->x(), 2.0);
        QVERIFY(!gis::vertexAt(gis::Geometry{}, {0, 0, 0}));
    }

    // Vertex 0 of a ring is also its closing vertex: moving it moves both.
    void moveKeepsRingsClosed()
    {
        gis::Geometry polygon = square();
        QVERIFY(gis::moveVertex(polygon, {0, 0, 0}, gis::Point(-1, -1)));
        const auto &outer = polygonOf(polygon).outer();
        QCOMPARE(outer.front().x(), -1.0);
        QCOMPARE(outer.back().x(), -1.0);
        QVERIFY(!gis::moveVertex(polygon, {0, 0, 4}, gis::Point(5, 5))); // the closing place
        QVERIFY(gis::moveVertex(polygon, {0, 1, 1}, gis::Point(2, 5)));
        QCOMPARE(polygonOf(polygon).inners().front()[1].y(), 5.0);
        gis::Geometry lines = line();
        QVERIFY(gis::moveVertex(lines, {0, 0, 2}, gis::Point(12, 1)));
        QCOMPARE(std::get<gis::MultiLineString>(lines).front().back().x(), 12.0);
    }

    void insertBeforeAVertex()
    {
        gis::Geometry polygon = square();
        QVERIFY(gis::insertVertex(polygon, {0, 0, 1}, gis::Point(5, -1)));
        const auto &outer = polygonOf(polygon).outer();
        QCOMPARE(outer.size(), std::size_t(6));
        QCOMPARE(outer[1].x(), 5.0);
        QVERIFY(boost::geometry::equals(outer.front(), outer.back()));
        // Before the close is the last segment; vertex 0 and past the close are not places.
        QVERIFY(gis::insertVertex(polygon, {0, 0, 5}, gis::Point(-1, 5)));
        QCOMPARE(polygonOf(polygon).outer()[5].x(), -1.0);
        QVERIFY(!gis::insertVertex(polygon, {0, 0, 0}, gis::Point(0, 0)));
        QVERIFY(!gis::insertVertex(polygon, {0, 0, 8}, gis::Point(0, 0)));
        gis::Geometry lines = line();
        QVERIFY(gis::insertVertex(lines, {0, 0, 3}, gis::Point(15, 5))); // appended
        QVERIFY(gis::insertVertex(lines, {0, 0, 0}, gis::Point(-5, 5))); // prepended
        QCOMPARE(std::get<gis::MultiLineString>(lines).front().size(), std::size_t(5));
        gis::Geometry points = gis::MultiPoint{{1, 1}};
        QVERIFY(!gis::insertVertex(points, {0, 0, 0}, gis::Point(0, 0)));
    }

    // A ring keeps three distinct vertices and a line two; deleting vertex 0 recloses the ring.
    void deleteKeepsShapes()
    {
        gis::Geometry polygon = square();
        QVERIFY(gis::deleteVertex(polygon, {0, 0, 0}));
        const auto &outer = polygonOf(polygon).outer();
        QCOMPARE(outer.size(), std::size_t(4));
        QCOMPARE(outer.front().x(), 10.0);
        QVERIFY(boost::geometry::equals(outer.front(), outer.back()));
        QVERIFY(!gis::deleteVertex(polygon, {0, 0, 1})); // a triangle stays one
        gis::Geometry lines = line();
        QVERIFY(gis::deleteVertex(lines, {0, 0, 1}));
        QVERIFY(!gis::deleteVertex(lines, {0, 0, 0}));
        QCOMPARE(std::get<gis::MultiLineString>(lines).front().size(), std::size_t(2));
    }

    void translateMovesEveryVertex()
    {
        gis::Geometry polygon = square();
        gis::translate(polygon, 3, -2);
        QCOMPARE(polygonOf(polygon).outer()[2].x(), 13.0);
        QCOMPARE(polygonOf(polygon).inners().front()[0].y(), 0.0);
        gis::Geometry points = gis::MultiPoint{{1, 1}};
        gis::translate(points, 1, 1);
        QCOMPARE(std::get<gis::MultiPoint>(points).front().x(), 2.0);
    }
};

PLANMAP_TEST(tst_vertexedit)
#include "tst_vertexedit.moc"
