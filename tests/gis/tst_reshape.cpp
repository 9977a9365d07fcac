#include "testregistry.h"

#include "geometry/reshape.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace {

gis::MultiPolygon square()
{
    gis::Polygon polygon;
    polygon.outer() = {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
    return gis::MultiPolygon{polygon};
}

gis::LineString path(std::initializer_list<gis::Point> points)
{
    return gis::LineString(points);
}

double reshapedArea(const gis::LineString &line)
{
    QString error;
    const auto reshaped = gis::reshape(square(), line, 1e-9, &error);
    if (!reshaped)
        qWarning("%s", qPrintable(error));
    return reshaped ? boost::geometry::area(*reshaped) : -1.0;
}

} // namespace

// Redrawing part of a zone's boundary: a path outside adds exactly the bump it encloses, one
// inside takes exactly the dent off, whichever way it is drawn; a path whose ends are off the
// boundary changes nothing and says why.
class tst_reshape : public QObject
{
    Q_OBJECT
private slots:
    void outwardPathAddsTheBump()
    {
        QCOMPARE(reshapedArea(path({{10, 2}, {14, 2}, {14, 8}, {10, 8}})), 124.0);
        QCOMPARE(reshapedArea(path({{10, 8}, {14, 8}, {14, 2}, {10, 2}})), 124.0); // drawn back
        // From vertex to vertex, round a corner the path leaves out.
        QCOMPARE(reshapedArea(path({{0, 0}, {-3, 5}, {0, 10}})), 115.0);
    }

    void inwardPathTakesTheDentOff()
    {
        QCOMPARE(reshapedArea(path({{10, 2}, {6, 2}, {6, 8}, {10, 8}})), 76.0);
        // Across a corner: the corner's triangle goes.
        QCOMPARE(reshapedArea(path({{5, 0}, {10, 5}})), 87.5);
        QCOMPARE(reshapedArea(path({{10, 5}, {5, 0}})), 87.5);
    }

    void keepsTheVerticesItDoesNotReplace()
    {
        QString error;
        const auto reshaped =
            gis::reshape(square(), path({{10, 2}, {14, 2}, {14, 8}, {10, 8}}), 1e-9, &error);
        QVERIFY(reshaped);
        const gis::Ring &ring = reshaped->front().outer();
        QCOMPARE(ring.size(), std::size_t(9)); // 4 corners + 4 path points, closed
        const auto has = [&](double x, double y) {
            return std::any_of(ring.begin(), ring.end(),
                               [&](const gis::Point &p) { return p.x() == x && p.y() == y; });
        };
        QVERIFY(has(0, 0) && has(10, 0) && has(10, 10) && has(0, 10));
        QVERIFY(has(14, 2) && has(10, 8));
    }

    void pathOffTheBoundaryIsRefused()
    {
        QString error;
        QVERIFY(!gis::reshape(square(), path({{11, 2}, {14, 2}, {14, 8}, {11, 8}}), 0.1, &error));
        QVERIFY(error.contains(QStringLiteral("boundary")));
        error.clear();
        QVERIFY(
            !gis::reshape(square(), path({{10, 2}, {14, 2}, {14, 8}}), 0.1, &error)); // open end
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!gis::reshape(square(), path({{10, 2}}), 0.1, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        // A path that crosses the zone's own boundary on the way makes no valid zone.
        QVERIFY(!gis::reshape(square(), path({{10, 2}, {14, 2}, {-2, 6}, {10, 8}}), 0.1, &error));
        QVERIFY(!error.isEmpty());
    }
};

PLANMAP_TEST(tst_reshape)
#include "tst_reshape.moc"
