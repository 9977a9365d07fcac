#include "testregistry.h"

#include "data/vectordataset.h"
#include "geometry/geometrystore.h"
#include "geometry/ogrgeometryconverter.h"
#include "testdata.h"

#include <boost/geometry/algorithms/equals.hpp>

#include <ogr_geometry.h>

namespace {

// Exact, vertex by vertex, in order (Boost's equals() would accept a rotated ring).
bool identical(const gis::Geometry &a, const gis::Geometry &b)
{
    if (a.index() != b.index())
        return false;
    const auto sameRange = [](const auto &x, const auto &y) {
        if (x.size() != y.size())
            return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (x[i].x() != y[i].x() || x[i].y() != y[i].y())
                return false;
        return true;
    };
    if (const auto *pa = std::get_if<gis::MultiPolygon>(&a)) {
        const auto &pb = std::get<gis::MultiPolygon>(b);
        if (pa->size() != pb.size())
            return false;
        for (std::size_t i = 0; i < pa->size(); ++i) {
            if (!sameRange((*pa)[i].outer(), pb[i].outer()) ||
                (*pa)[i].inners().size() != pb[i].inners().size())
                return false;
            for (std::size_t j = 0; j < (*pa)[i].inners().size(); ++j)
                if (!sameRange((*pa)[i].inners()[j], pb[i].inners()[j]))
                    return false;
        }
        return true;
    }
    if (const auto *la = std::get_if<gis::MultiLineString>(&a)) {
        const auto &lb = std::get<gis::MultiLineString>(b);
        if (la->size() != lb.size())
            return false;
        for (std::size_t i = 0; i < la->size(); ++i)
            if (!sameRange((*la)[i], lb[i]))
                return false;
        return true;
    }
    if (const auto *ma = std::get_if<gis::MultiPoint>(&a))
        return sameRange(*ma, std::get<gis::MultiPoint>(b));
    return true;
}

gis::Geometry fromWkt(const char *wkt)
{
    OGRGeometry *geometry = nullptr;
    OGRGeometryFactory::createFromWkt(wkt, nullptr, &geometry);
    gis::Geometry result = gis::fromOgr(geometry);
    OGRGeometryFactory::destroyGeometry(geometry);
    return result;
}

const char *const kSamples[] = {
    "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2)),((20 20,21 20,21 21,20 20)))",
    "POLYGON((125.5 43.25,126.0009765625 43.25,126 44,125.5 43.25))",
    "MULTILINESTRING((0 0,1 1,2 0),(5 5,6 6))",
    "LINESTRING(1 2,3 4)",
    "MULTIPOINT((1 2),(3 4))",
    "POINT(7 8)",
    "GEOMETRYCOLLECTION(POINT(1 1),LINESTRING(0 0,1 1),POLYGON((0 0,1 0,1 1,0 0)))",
    "POLYGON EMPTY",
};

} // namespace

class tst_geometrystore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryKindExactly()
    {
        gis::GeometryStore store;
        std::vector<gis::Geometry> originals;
        for (const char *wkt : kSamples) {
            originals.push_back(fromWkt(wkt));
            store.append(originals.back());
        }
        QCOMPARE(store.size(), originals.size());
        for (std::size_t i = 0; i < originals.size(); ++i) {
            QVERIFY2(identical(store.geometry(i), originals[i]), kSamples[i]);
            QCOMPARE(store.kind(i), gis::geometryKind(originals[i]));
        }
        QVERIFY(store.isCompact()); // every sample vertex fits a float offset exactly
    }
    void keepsVerticesAFloatCannotHoldExactly()
    {
        gis::GeometryStore store;
        const gis::Geometry quantized = fromWkt("LINESTRING(125.5 43.25,125.75 43.5)");
        // Projected metres with a millimetre part: not exact as a float offset.
        const gis::Geometry metres =
            fromWkt("LINESTRING(500000.123 4800000.456,500010.789 4800020.001)");
        store.append(quantized);
        store.append(metres);
        QVERIFY(store.isCompact()); // two odd vertices go to the side table
        QVERIFY(identical(store.geometry(0), quantized));
        QVERIFY(identical(store.geometry(1), metres));
        // Many of them: the store turns to doubles, still exact.
        gis::MultiLineString lines;
        lines.emplace_back();
        for (int i = 0; i < 5000; ++i)
            lines.front().emplace_back(500000.001 * (i + 1), 0.1 * i);
        store.append(lines);
        QVERIFY(!store.isCompact());
        QVERIFY(identical(store.geometry(0), quantized));
        QVERIFY(identical(store.geometry(1), metres));
        QVERIFY(identical(store.geometry(2), lines));
    }
    void appendOgrMatchesFromOgr()
    {
        for (const char *wkt : kSamples) {
            OGRGeometry *geometry = nullptr;
            OGRGeometryFactory::createFromWkt(wkt, nullptr, &geometry);
            gis::GeometryStore store;
            gis::appendOgr(store, geometry);
            QVERIFY2(identical(store.geometry(0), gis::fromOgr(geometry)), wkt);
            OGRGeometryFactory::destroyGeometry(geometry);
        }
    }
    void envelopeCoversTheVertices()
    {
        gis::GeometryStore store;
        store.append(fromWkt(kSamples[0]));
        const gis::Box box = store.envelope(0);
        QCOMPARE(box.min_corner().x(), 0.0);
        QCOMPARE(box.max_corner().x(), 21.0);
        QCOMPARE(box.max_corner().y(), 21.0);
        store.append(gis::Geometry{});
        QVERIFY(store.envelope(1).min_corner().x() > store.envelope(1).max_corner().x());
    }
    void compactReadMatchesPerFeatureRead()
    {
        QString error;
        const auto dataset = gis::VectorDataset::open(testing::bundledGeoPackage(), &error);
        QVERIFY2(dataset, qPrintable(error));
        const QString layer = dataset->layerNames().value(0);
        const auto full = dataset->readLayer(layer, &error);
        const auto compact = dataset->readCompactLayer(layer, &error);
        QVERIFY(full && compact);
        QVERIFY(compact->isCompact());
        QCOMPARE(compact->features.size(), full->features.size());
        QCOMPARE(compact->kind, full->kind);
        for (std::size_t i = 0; i < full->features.size(); ++i) {
            QVERIFY(identical(compact->geometry(i), full->features[i].geometry));
            QCOMPARE(compact->features[i].attributes, full->features[i].attributes);
        }
    }
};

PLANMAP_TEST(tst_geometrystore)
#include "tst_geometrystore.moc"
