#include "bundledproject.h"
#include "testregistry.h"

#include "editing/editsession.h"
#include "editing/sharedvertices.h"
#include "geometry/validity.h"
#include "project/planproject.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <set>

namespace {

double area(const core::EditSession &session, qint64 feature)
{
    return boost::geometry::area(std::get<gis::MultiPolygon>(*session.geometry(feature)));
}

bool valid(const core::EditSession &session, qint64 feature)
{
    return gis::checkValidity(*session.geometry(feature)).valid;
}

} // namespace

class tst_sharedvertices : public QObject
{
    Q_OBJECT
private slots:
    // Jilin's real counties: a vertex on the border of two of them moves in both, in one
    // undoable step; both stay valid and their areas still add up.
    void sharedVertexOfTwoRealCountiesMovesInBoth()
    {
        const auto project = testing::bundledProject();
        const gis::VectorLayer *counties = project->layer(QStringLiteral("counties"));
        QVERIFY(counties);
        // A session on the layer's features in memory; nothing is saved to the bundled file.
        core::EditSession session(QStringLiteral("counties"),
                                  counties->projectionCache()->source());
        const auto features = session.editedFeatures();
        QVector<core::FeatureVertex> shared;
        gis::Point point;
        for (std::size_t f = 0; f < features->features.size() && shared.isEmpty(); ++f) {
            const gis::Geometry geometry = features->geometry(f); // decoded: keep it alive
            const auto &outer = std::get<gis::MultiPolygon>(geometry).front().outer();
            for (std::size_t v = 1; v + 1 < outer.size(); v += 7) {
                const auto found = core::SharedVertices::at(session, outer[v], 0.0);
                std::set<qint64> owners;
                for (const core::FeatureVertex &vertex : found)
                    owners.insert(vertex.feature);
                if (owners.size() == 2 && found.size() == 2 && valid(session, found[0].feature) &&
                    valid(session, found[1].feature)) {
                    shared = found;
                    point = outer[v];
                    break;
                }
            }
        }
        QVERIFY2(!shared.isEmpty(), "no vertex shared by exactly two counties");
        const qint64 a = shared[0].feature, b = shared[1].feature;
        QVERIFY(a != b);
        const double before = area(session, a) + area(session, b);
        const gis::Point to(point.x() + 0.0002, point.y() + 0.0001); // about 20 m
        session.undoStack()->push(core::MoveVertexCommand::create(&session, shared, to).release());
        for (const core::FeatureVertex &vertex : shared) {
            const gis::Point moved =
                *gis::vertexAt(*session.geometry(vertex.feature), vertex.vertex);
            QCOMPARE(moved.x(), to.x());
            QCOMPARE(moved.y(), to.y());
        }
        QVERIFY(valid(session, a));
        QVERIFY(valid(session, b));
        QVERIFY(std::abs(area(session, a) + area(session, b) - before) < before * 1e-12);
        QCOMPARE(session.undoStack()->count(), 1);
        session.undoStack()->undo();
        QVERIFY(session.buffer().isEmpty());
        QCOMPARE(core::SharedVertices::at(session, point, 0.0).size(), 2);
    }

    void toleranceFindsNearVerticesOnly()
    {
        auto zones = std::make_shared<gis::FeatureCollection>();
        zones->kind = gis::GeometryKind::Polygon;
        gis::Polygon left, right;
        left.outer() = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
        right.outer() = {{1.001, 0}, {2, 0}, {2, 1}, {1, 1}, {1.001, 0}};
        zones->features.push_back({1, {}, gis::MultiPolygon{left}});
        zones->features.push_back({2, {}, gis::MultiPolygon{right}});
        core::EditSession session(QStringLiteral("zones"), zones);
        QCOMPARE(core::SharedVertices::at(session, {1, 1}, 0.0).size(), 2);
        QCOMPARE(core::SharedVertices::at(session, {1, 0}, 0.0).size(), 1);
        QCOMPARE(core::SharedVertices::at(session, {1, 0}, 0.01).size(), 2);
        // The first vertex of a ring is found once, not again as its closing vertex.
        const auto corner = core::SharedVertices::at(session, {0, 0}, 0.0);
        QCOMPARE(corner.size(), 1);
        QCOMPARE(corner.front().vertex.vertex, 0);
    }
};

PLANMAP_TEST(tst_sharedvertices)
#include "tst_sharedvertices.moc"
