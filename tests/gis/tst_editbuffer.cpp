#include "testregistry.h"

#include "geometry/vertexedit.h"
#include "layer/editbuffer.h"

#include <boost/geometry/algorithms/equals.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace {

gis::FeatureCollection threePoints()
{
    gis::FeatureCollection collection;
    collection.fields = {{QStringLiteral("name"), QMetaType::QString}};
    collection.kind = gis::GeometryKind::Point;
    for (int i = 0; i < 3; ++i)
        collection.features.push_back(
            {qint64(i + 1), {QStringLiteral("p%1").arg(i + 1)}, gis::MultiPoint{{double(i), 0}}});
    return collection;
}

double xOf(const gis::Geometry &geometry)
{
    return std::get<gis::MultiPoint>(geometry).front().x();
}

// Zones with a hole, as a layer read for display keeps them (in the compact store) or as
// code builds them (each feature its own model).
gis::FeatureCollection zones(bool compact)
{
    gis::FeatureCollection collection;
    collection.fields = {{QStringLiteral("name"), QMetaType::QString}};
    collection.kind = gis::GeometryKind::Polygon;
    for (int i = 0; i < 4; ++i) {
        const double x = 125.0 + i * 0.1;
        gis::Polygon zone;
        zone.outer() = {{x, 43.0}, {x, 43.1}, {x + 0.1, 43.1}, {x + 0.1, 43.0}, {x, 43.0}};
        zone.inners().push_back(
            {{x + 0.02, 43.02}, {x + 0.05, 43.02}, {x + 0.05, 43.05}, {x + 0.02, 43.02}});
        gis::Feature feature{qint64(i + 1), {QStringLiteral("z%1").arg(i)}, {}};
        if (compact)
            collection.geometries.append(gis::MultiPolygon{zone});
        else
            feature.geometry = gis::MultiPolygon{zone};
        collection.features.push_back(feature);
    }
    return collection;
}

} // namespace

class tst_editbuffer : public QObject
{
    Q_OBJECT
private slots:
    void changesStayApartFromTheBase()
    {
        const gis::FeatureCollection base = threePoints();
        gis::EditBuffer buffer;
        QVERIFY(buffer.isEmpty());
        buffer.changeGeometry(2, gis::MultiPoint{{9, 9}});
        buffer.changeAttribute(3, 0, QStringLiteral("renamed"));
        QVERIFY(!buffer.isEmpty());
        QCOMPARE(xOf(*buffer.geometry(base, 2)), 9.0);
        QCOMPARE(xOf(base.features[1].geometry), 1.0); // the base is untouched
        QCOMPARE(buffer.feature(base, 3)->attributes[0].toString(), QStringLiteral("renamed"));
        QCOMPARE(buffer.feature(base, 1)->attributes[0].toString(), QStringLiteral("p1"));
        QVERIFY(!buffer.feature(base, 42));
        buffer.revertGeometry(2);
        buffer.revertAttribute(3, 0);
        QVERIFY(buffer.isEmpty());
    }

    void addAndDelete()
    {
        const gis::FeatureCollection base = threePoints();
        gis::EditBuffer buffer;
        const qint64 first =
            buffer.addFeature({0, {QStringLiteral("new")}, gis::MultiPoint{{5, 5}}});
        const qint64 second =
            buffer.addFeature({0, {QStringLiteral("newer")}, gis::MultiPoint{{6, 6}}});
        QVERIFY(first < 0 && second < first);
        buffer.deleteFeature(1);
        QVERIFY(buffer.isDeleted(1));
        QVERIFY(!buffer.feature(base, 1));
        buffer.changeGeometry(first, gis::MultiPoint{{7, 7}});
        const auto edited = buffer.applied(base);
        QCOMPARE(edited->features.size(), std::size_t(4));
        QCOMPARE(edited->features[0].id, qint64(2));
        QCOMPARE(edited->features[2].id, first); // added ones after, in the order added
        QCOMPARE(xOf(edited->features[2].geometry), 7.0);
        QCOMPARE(edited->features[3].attributes[0].toString(), QStringLiteral("newer"));
        // Deleting an added feature forgets it; restoring brings it back under its id.
        const gis::Feature added = buffer.addedFeatures().at(second);
        buffer.deleteFeature(second);
        QVERIFY(!buffer.isAdded(second) && !buffer.isDeleted(second));
        buffer.restoreAddedFeature(added);
        QCOMPARE(buffer.feature(base, second)->attributes[0].toString(), QStringLiteral("newer"));
        QVERIFY(buffer.addFeature({}) < second); // ids are never reused
        buffer.undeleteFeature(1);
        QVERIFY(buffer.feature(base, 1));
    }

    // A compact layer, edited, stays compact and holds exactly what the decoded edit does.
    void compactLayerStaysCompactAndEqual()
    {
        const gis::FeatureCollection compact = zones(true), plain = zones(false);
        QVERIFY(compact.isCompact());
        gis::EditBuffer buffer;
        gis::Geometry moved = compact.geometry(1);
        QVERIFY(gis::moveVertex(moved, {0, 1, 1}, {125.16, 43.03}));
        buffer.changeGeometry(2, moved);
        buffer.changeAttribute(3, 0, QStringLiteral("renamed"));
        buffer.deleteFeature(1);
        gis::Geometry added = compact.geometry(3);
        gis::translate(added, 0, 0.1);
        buffer.addFeature({0, {QStringLiteral("new")}, added});
        const auto fromCompact = buffer.applied(compact);
        const auto fromPlain = buffer.applied(plain);
        QVERIFY(fromCompact->isCompact());
        QCOMPARE(fromCompact->features.size(), std::size_t(4));
        QCOMPARE(fromCompact->features.size(), fromPlain->features.size());
        for (std::size_t i = 0; i < fromPlain->features.size(); ++i) {
            QCOMPARE(fromCompact->features[i].id, fromPlain->features[i].id);
            QCOMPARE(fromCompact->features[i].attributes, fromPlain->features[i].attributes);
            const auto a = std::get<gis::MultiPolygon>(fromCompact->geometry(i));
            const auto b = std::get<gis::MultiPolygon>(fromPlain->geometry(i));
            QCOMPARE(gis::vertexCount(a), gis::vertexCount(b));
            for (int ring = 0; ring < 2; ++ring)
                for (int v = 0; v < 4; ++v) {
                    const auto p = gis::vertexAt(a, {0, ring, v}),
                               q = gis::vertexAt(b, {0, ring, v});
                    QVERIFY(p && q && p->x() == q->x() && p->y() == q->y());
                }
        }
        QCOMPARE(fromCompact->features[1].attributes[0].toString(), QStringLiteral("renamed"));
        QCOMPARE(gis::vertexAt(fromCompact->geometry(0), {0, 1, 1})->x(), 125.16);
    }
};

PLANMAP_TEST(tst_editbuffer)
#include "tst_editbuffer.moc"
