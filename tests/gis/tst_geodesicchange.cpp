#include "testregistry.h"

#include "crs/coordinatetransform.h"
#include "geometry/geodesicmeasure.h"
#include "geometry/vertexedit.h"

#include <QtTest>

#include <cmath>
#include <numbers>

// A measurer that remembers recent polygons measures their edits by the changed edges alone;
// every answer must be the one a fresh measurement of the whole polygon gives.
class tst_geodesicchange : public QObject
{
    Q_OBJECT

    // A zone of `count` vertices round (125.3°E, 43.9°N), with a hole, in lon/lat.
    static gis::MultiPolygon zone(int count)
    {
        const auto ring = [count](double radius, bool clockwise) {
            gis::Ring ring;
            for (int i = 0; i < count; ++i) {
                const double angle = 2 * std::numbers::pi * i / count * (clockwise ? -1 : 1);
                const double wobble = 1 + 0.05 * std::sin(7 * angle);
                ring.push_back({125.3 + radius * wobble * std::cos(angle),
                                43.9 + 0.7 * radius * wobble * std::sin(angle)});
            }
            ring.push_back(ring.front());
            return ring;
        };
        gis::Polygon polygon;
        polygon.outer() = ring(0.3, true);
        polygon.inners().push_back(ring(0.05, false));
        return {polygon};
    }

    static void compareWithFresh(const gis::GeodesicMeasurer &remembering,
                                 const gis::GeodesicMeasurer &fresh, const gis::Geometry &geometry)
    {
        const auto incremental = remembering.measure(geometry);
        const auto whole = fresh.measure(geometry);
        QVERIFY(incremental && whole);
        QVERIFY2(std::abs(incremental->areaSquareMetres - whole->areaSquareMetres) <
                     1e-9 * whole->areaSquareMetres,
                 qPrintable(QStringLiteral("%1 against %2")
                                .arg(incremental->areaSquareMetres, 0, 'f', 6)
                                .arg(whole->areaSquareMetres, 0, 'f', 6)));
        QVERIFY(std::abs(incremental->lengthMetres - whole->lengthMetres) <
                1e-9 * whole->lengthMetres);
    }

    void dragAndCompare(const gis::Crs &crs, double step)
    {
        gis::Geometry geometry = zone(3000);
        const gis::CoordinateTransform toCrs(gis::Crs::wgs84(), crs);
        QVERIFY(toCrs.transformInPlace(geometry));
        gis::GeodesicMeasurer remembering(crs);
        remembering.rememberRecent(4);
        const gis::GeodesicMeasurer fresh(crs);
        compareWithFresh(remembering, fresh, geometry);

        // One vertex dragged over many frames, then the closing vertex, then a whole segment.
        const gis::Point start = *gis::vertexAt(geometry, {0, 0, 10});
        for (int frame = 1; frame <= 30; ++frame) {
            gis::moveVertex(geometry, {0, 0, 10},
                            {start.x() + frame * step, start.y() - frame * step});
            compareWithFresh(remembering, fresh, geometry);
        }
        const gis::Point first = *gis::vertexAt(geometry, {0, 0, 0});
        gis::moveVertex(geometry, {0, 0, 0}, {first.x() - 3 * step, first.y()});
        compareWithFresh(remembering, fresh, geometry);
        for (int vertex : {500, 501}) {
            const gis::Point at = *gis::vertexAt(geometry, {0, 0, vertex});
            gis::moveVertex(geometry, {0, 0, vertex}, {at.x(), at.y() + 5 * step});
        }
        compareWithFresh(remembering, fresh, geometry);

        // A vertex of the hole; then a whole neighbour measured between two frames (a vertex
        // shared by two zones); then the zone moved whole, which has no fixed vertex.
        const gis::Point inner = *gis::vertexAt(geometry, {0, 1, 3});
        gis::moveVertex(geometry, {0, 1, 3}, {inner.x() + step, inner.y()});
        compareWithFresh(remembering, fresh, geometry);
        gis::Geometry neighbour = zone(200);
        QVERIFY(toCrs.transformInPlace(neighbour));
        compareWithFresh(remembering, fresh, neighbour);
        gis::moveVertex(geometry, {0, 0, 10}, start);
        compareWithFresh(remembering, fresh, geometry);
        gis::translate(geometry, 2 * step, step);
        compareWithFresh(remembering, fresh, geometry);
    }

private slots:
    void lonLat() { dragAndCompare(gis::Crs::wgs84(), 1e-3); }
    void projected() { dragAndCompare(gis::Crs::webMercator(), 100); }
};

PLANMAP_TEST(tst_geodesicchange)
#include "tst_geodesicchange.moc"
