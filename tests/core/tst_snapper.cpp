#include "bundledproject.h"
#include "testregistry.h"

#include "crs/coordinatetransform.h"
#include "editing/commands/vertexcommands.h"
#include "editing/editsession.h"
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

    // A snap names what it landed on: the feature and the vertex, or the segment's first
    // vertex, so that a tool can insert there or move that segment.
    void reportsTheFeatureAndVertexOfTheSegment()
    {
        auto project = testing::bundledProject();
        project->setCrs(crs("EPSG:3857"));
        const QString id = project->addLayer(lonLatZone());
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), project->crs());
        // The right edge runs from vertex 1 to vertex 2.
        const gis::Point right = toMap.transform(gis::Point(corner.x() + 0.01, corner.y() + 0.004));
        const core::Snapper snapper(*project, {id});
        const auto segment = snapper.snap(gis::Point(right.x() + 20, right.y()), 10, 8);
        QVERIFY(segment);
        QCOMPARE(segment->kind, core::SnapKind::Segment);
        QCOMPARE(segment->feature, qint64(1));
        QCOMPARE(segment->vertex, (gis::VertexId{0, 0, 1}));
        const gis::Point top = toMap.transform(gis::Point(corner.x() + 0.01, corner.y() + 0.01));
        const auto vertex = snapper.snap(gis::Point(top.x() - 15, top.y() + 10), 10, 8);
        QVERIFY(vertex);
        QCOMPARE(vertex->kind, core::SnapKind::Vertex);
        QCOMPARE(vertex->vertex, (gis::VertexId{0, 0, 2}));
        // Segments only: the same place near the corner lands on an edge instead.
        const core::Snapper segmentsOnly(*project, {id}, {false, true});
        const auto edge = segmentsOnly.snap(gis::Point(top.x() - 15, top.y() + 10), 10, 8);
        QVERIFY(edge);
        QCOMPARE(edge->kind, core::SnapKind::Segment);
        // Vertices only: halfway along an edge nothing is near enough.
        const core::Snapper verticesOnly(*project, {id}, {true, false});
        QVERIFY(!verticesOnly.snap(gis::Point(right.x() + 20, right.y()), 10, 8));
    }

    // Real counties, edited: an index kept current edit by edit answers every probe exactly
    // as one built afresh from the edited layer does.
    void updatedIndexSnapsAsARebuiltOne()
    {
        auto project = testing::bundledProject();
        const QString id = QStringLiteral("counties");
        const gis::VectorLayer *counties = project->layer(id);
        QVERIFY(counties);
        core::EditSession session(id, counties->projectionCache()->source());
        core::Snapper kept(*project, {id});
        const auto changed = [&](qint64 feature) {
            kept.update(id, feature, session.geometry(feature));
            project->replaceLayerFeatures(id, session.editedFeatures()); // as LayerEditing shows
        };
        for (auto signal : {&core::EditSession::geometryChanged, &core::EditSession::featureAdded,
                            &core::EditSession::featureRemoved})
            QObject::connect(&session, signal, &session, changed);

        const gis::FeatureCollection &base = session.base();
        const qint64 first = base.features[0].id, second = base.features[1].id;
        const gis::Point moved = *gis::vertexAt(*session.geometry(first), {0, 0, 5});
        const gis::Point to(moved.x() + 0.01, moved.y() - 0.02);
        session.undoStack()->push(
            core::MoveVertexCommand::create(&session, {{first, {0, 0, 5}}}, to).release());
        const gis::Point a = *gis::vertexAt(*session.geometry(second), {0, 0, 3});
        const gis::Point b = *gis::vertexAt(*session.geometry(second), {0, 0, 4});
        const gis::Point middle((a.x() + b.x()) / 2 + 0.003, (a.y() + b.y()) / 2);
        session.undoStack()->push(
            core::AddVertexCommand::create(&session, {{second, {0, 0, 4}}}, middle).release());
        const qint64 gone = base.features[2].id;
        const gis::Box goneBox = base.envelope(2);
        session.removeFeature(gone);
        gis::Feature added = *session.feature(first);
        gis::translate(added.geometry, 0.05, 0.05);
        session.addFeature(added);

        const core::Snapper rebuilt(*project, {id});
        const gis::CoordinateTransform toMap(base.crs, project->crs());
        std::vector<gis::Point> probes;
        for (const gis::Point &place :
             {to, middle, moved, goneBox.min_corner(), goneBox.max_corner(),
              gis::Point(to.x() + 0.05, to.y() + 0.05)}) {
            for (int dx = -4; dx <= 4; ++dx)
                for (int dy = -4; dy <= 4; ++dy)
                    probes.push_back(toMap.transform(
                        gis::Point(place.x() + dx * 0.0007, place.y() + dy * 0.0007)));
        }
        int snapped = 0;
        for (const gis::Point &probe : probes) {
            const auto fromKept = kept.snap(probe, 50, 8);
            const auto fromRebuilt = rebuilt.snap(probe, 50, 8);
            QCOMPARE(fromKept.has_value(), fromRebuilt.has_value());
            if (!fromKept)
                continue;
            ++snapped;
            QCOMPARE(fromKept->kind, fromRebuilt->kind);
            QCOMPARE(fromKept->feature, fromRebuilt->feature);
            QCOMPARE(fromKept->vertex, fromRebuilt->vertex);
            QVERIFY(fromKept->layerPoint.x() == fromRebuilt->layerPoint.x() &&
                    fromKept->layerPoint.y() == fromRebuilt->layerPoint.y());
        }
        QVERIFY2(snapped > int(probes.size()) / 4, qPrintable(QString::number(snapped)));
        // The moved vertex is found where it went, not where it was.
        const auto atTarget = kept.snap(toMap.transform(to), 1, 8);
        QVERIFY(atTarget && atTarget->kind == core::SnapKind::Vertex);
        QVERIFY(atTarget->layerPoint.x() == to.x() && atTarget->layerPoint.y() == to.y());
        const std::vector<qint64> near = kept.featuresIn(id, goneBox);
        QVERIFY(!near.empty()); // its neighbours
        QVERIFY(std::find(near.begin(), near.end(), gone) == near.end());
    }
};

PLANMAP_TEST(tst_snapper)
#include "tst_snapper.moc"
