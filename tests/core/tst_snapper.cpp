#include "bundledproject.h"
#include "testregistry.h"

#include "crs/coordinatetransform.h"
#include "editing/snapper.h"
#include "project/planproject.h"

namespace {

const gis::Point corner(125.123456789, 43.987654321);

std::shared_ptr<gis::VectorLayer> lonLatZone()
{
    auto zones = std::make_shared<gis::FeatureCollection>();
    zones->crs = gis::Crs::wgs84();
    zones->kind = gis::GeometryKind::Polygon;
    gis::Polygon square;
    square.outer() = {corner,
                      {corner.x() + 0.01, corner.y()},
                      {corner.x() + 0.01, corner.y() + 0.01},
                      {corner.x(), corner.y() + 0.01},
                      corner};
    zones->features.push_back({1, {}, gis::MultiPolygon{square}});
    return std::make_shared<gis::VectorLayer>(QStringLiteral("target"), zones);
}

gis::Crs crs(const char *code)
{
    QString error;
    return gis::Crs::fromUserInput(QLatin1String(code), &error);
}

} // namespace

class tst_snapper : public QObject
{
    Q_OBJECT
private slots:
    // The map in Web Mercator, the target in lon/lat: a snap gives the target's own numbers,
    // bit for bit, not a round trip through the map's metres.
    void snapsAcrossCrssToTheExactVertex()
    {
        auto project = testing::bundledProject();
        project->setCrs(crs("EPSG:3857"));
        const QString id = project->addLayer(lonLatZone());
        const core::Snapper snapper(*project, {id});
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), project->crs());
        const gis::Point onMap = toMap.transform(corner);
        const double metresPerPixel = 10;
        const auto snapped =
            snapper.snap(gis::Point(onMap.x() + 25, onMap.y() - 15), metresPerPixel, 8);
        QVERIFY(snapped);
        QCOMPARE(snapped->kind, core::SnapKind::Vertex);
        QCOMPARE(snapped->layerId, id);
        QVERIFY(snapped->layerPoint.x() == corner.x() && snapped->layerPoint.y() == corner.y());
        const auto sameCrs = snapped->in(gis::Crs::wgs84());
        QVERIFY(sameCrs->x() == corner.x() && sameCrs->y() == corner.y());
        // A layer edited in Gauss–Krüger metres gets the vertex by one transformation.
        const auto metres = snapped->in(crs("EPSG:4551"));
        const gis::Point expected =
            gis::CoordinateTransform(gis::Crs::wgs84(), crs("EPSG:4551")).transform(corner);
        QVERIFY(metres && metres->x() == expected.x() && metres->y() == expected.y());
    }

    void segmentWhenNoVertexIsNear()
    {
        auto project = testing::bundledProject();
        project->setCrs(crs("EPSG:3857"));
        const QString id = project->addLayer(lonLatZone());
        const core::Snapper snapper(*project, {id});
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), project->crs());
        // Halfway along the bottom edge, a little below it.
        const gis::Point middle = toMap.transform(gis::Point(corner.x() + 0.005, corner.y()));
        const auto snapped = snapper.snap(gis::Point(middle.x(), middle.y() - 30), 10, 8);
        QVERIFY(snapped);
        QCOMPARE(snapped->kind, core::SnapKind::Segment);
        QVERIFY(qAbs(snapped->layerPoint.y() - corner.y()) < 1e-12);
        QVERIFY(qAbs(snapped->layerPoint.x() - (corner.x() + 0.005)) < 1e-6);
        // Beyond the tolerance nothing snaps.
        QVERIFY(!snapper.snap(gis::Point(middle.x(), middle.y() - 500), 10, 8));
    }
};

PLANMAP_TEST(tst_snapper)
#include "tst_snapper.moc"
