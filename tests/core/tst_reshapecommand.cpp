#include "bundledproject.h"
#include "testregistry.h"

#include "editing/commands/reshapecommand.h"
#include "editing/editsession.h"
#include "editing/neighbourfit.h"
#include "editing/sharedvertices.h"
#include "geometry/validity.h"
#include "project/planproject.h"

#include <QElapsedTimer>

#include <QSignalSpy>

#include <set>

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace {

gis::Polygon squareAt(double x)
{
    gis::Polygon polygon;
    polygon.outer() = {{x, 0}, {x + 10, 0}, {x + 10, 10}, {x, 10}, {x, 0}};
    return polygon;
}

// Two zones side by side sharing the edge x = 10.
std::shared_ptr<const gis::FeatureCollection> twoZones()
{
    auto zones = std::make_shared<gis::FeatureCollection>();
    zones->fields = {{QStringLiteral("name"), QMetaType::QString}};
    zones->kind = gis::GeometryKind::Polygon;
    zones->features.push_back({1, {QStringLiteral("west")}, gis::MultiPolygon{squareAt(0)}});
    zones->features.push_back({2, {QStringLiteral("east")}, gis::MultiPolygon{squareAt(10)}});
    return zones;
}

double area(const core::EditSession &session, qint64 feature)
{
    return boost::geometry::area(std::get<gis::MultiPolygon>(*session.geometry(feature)));
}

} // namespace

// Reshaping a zone is one undo step, its neighbours' share of it included; fitting a reshaped
// zone to its neighbours clips what it took from them and hands them what it gave up.
class tst_reshapecommand : public QObject
{
    Q_OBJECT
private slots:
    void reshapeDoUndoRedo()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        QSignalSpy changed(&session, &core::EditSession::geometryChanged);
        QString error;
        // The west zone's outer edge pushed out by a 4 × 6 bump.
        auto command = core::ReshapeCommand::create(
            &session, 1, gis::LineString{{0, 2}, {-4, 2}, {-4, 8}, {0, 8}}, 1e-9, &error);
        QVERIFY2(command, qPrintable(error));
        session.undoStack()->push(command.release());
        QCOMPARE(area(session, 1), 124.0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.undoStack()->text(0), QStringLiteral("Reshape boundary"));
        session.undoStack()->undo();
        QCOMPARE(area(session, 1), 100.0);
        QVERIFY(session.buffer().isEmpty());
        session.undoStack()->redo();
        QCOMPARE(area(session, 1), 124.0);
        // Off the boundary, or not a zone: no command, and why.
        QVERIFY(!core::ReshapeCommand::create(&session, 1, gis::LineString{{3, 3}, {4, 4}}, 1e-9,
                                              &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!core::ReshapeCommand::create(&session, 9, gis::LineString{{0, 2}, {0, 8}}, 1e-9,
                                              &error));
    }

    // A dent in the shared edge: the east zone takes the freed area in the same step, so the
    // total stays; undo puts both back.
    void freedAreaGoesToTheNeighbourInOneStep()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        QString error;
        auto reshaped = core::ReshapeCommand::create(
            &session, 1, gis::LineString{{10, 2}, {7, 2}, {7, 8}, {10, 8}}, 1e-9, &error);
        QVERIFY(reshaped);
        reshaped->redo(); // only to read the dented outline
        const gis::MultiPolygon dented = std::get<gis::MultiPolygon>(*session.geometry(1));
        reshaped->undo();
        QCOMPARE(area(session, 1), 100.0);

        const core::NeighbourFit fit = core::fitToNeighbours(session, dented, 1);
        QVERIFY(fit.changesAnything());
        QVERIFY(fit.overlapped.empty());
        QCOMPARE(fit.neighbourChanges.size(), std::size_t(1));
        QCOMPARE(fit.neighbourChanges.front().feature, qint64(2));
        QCOMPARE(boost::geometry::area(fit.freed), 18.0);

        session.undoStack()->push(
            new core::ReshapeCommand(&session, 1, fit.fitted, fit.neighbourChanges));
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(area(session, 1), 82.0);
        QCOMPARE(area(session, 2), 118.0);
        session.undoStack()->undo();
        QCOMPARE(area(session, 1), 100.0);
        QCOMPARE(area(session, 2), 100.0);
        session.undoStack()->redo();
        QCOMPARE(area(session, 1) + area(session, 2), 200.0);
    }

    // Pushed into the east zone: fitting clips the overlap, leaving the west zone as it was.
    void overlapIsClippedOff()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        gis::Polygon pushed;
        pushed.outer() = {{0, 0},  {10, 0},  {10, 2}, {13, 2}, {13, 8},
                          {10, 8}, {10, 10}, {0, 10}, {0, 0}};
        const core::NeighbourFit fit = core::fitToNeighbours(session, gis::MultiPolygon{pushed}, 1);
        QCOMPARE(fit.overlapped, std::vector<qint64>{2});
        QCOMPARE(boost::geometry::area(fit.removed), 18.0);
        QCOMPARE(boost::geometry::area(fit.fitted), 100.0);
        QVERIFY(fit.neighbourChanges.empty());
        // A new zone (no id) is measured against every zone.
        const core::NeighbourFit drawn =
            core::fitToNeighbours(session, gis::MultiPolygon{squareAt(5)}, std::nullopt);
        QCOMPARE(drawn.overlapped, (std::vector<qint64>{1, 2}));
        QVERIFY(drawn.fitted.empty());
    }

    // Real counties: three vertices in a row that a county shares with one neighbour; a path
    // from the first to the third past the middle one, fitted, leaves no gap or overlap: the
    // two counties' total area stays and both stay valid, in one undo step.
    void reshapeOnARealSharedBorderKeepsThePartition()
    {
        const auto project = testing::bundledProject();
        const gis::VectorLayer *counties = project->layer(QStringLiteral("counties"));
        QVERIFY(counties);
        core::EditSession session(QStringLiteral("counties"),
                                  counties->projectionCache()->source());
        const auto features = session.editedFeatures();
        const auto neighbourAt = [&](const gis::Point &point, qint64 self) -> qint64 {
            const auto found = core::SharedVertices::at(session, point, 0.0);
            std::set<qint64> owners;
            for (const core::FeatureVertex &vertex : found)
                owners.insert(vertex.feature);
            owners.erase(self);
            return owners.size() == 1 ? *owners.begin() : 0;
        };
        for (std::size_t f = 0; f < features->features.size(); ++f) {
            const qint64 zone = features->features[f].id;
            const gis::Geometry geometry = features->geometry(f);
            const auto &outer = std::get<gis::MultiPolygon>(geometry).front().outer();
            if (!gis::checkValidity(geometry).valid)
                continue;
            for (std::size_t v = 1; v + 2 < outer.size(); v += 11) {
                const qint64 neighbour = neighbourAt(outer[v], zone);
                if (neighbour == 0 || neighbourAt(outer[v + 1], zone) != neighbour ||
                    neighbourAt(outer[v - 1], zone) != neighbour ||
                    !gis::checkValidity(*session.geometry(neighbour)).valid)
                    continue;
                // Past the middle vertex, a third of the way to the chord.
                const gis::Point &a = outer[v - 1], &m = outer[v], &b = outer[v + 1];
                const double corner = std::abs((a.x() - m.x()) * (b.y() - m.y()) -
                                               (a.y() - m.y()) * (b.x() - m.x())) /
                                      2;
                if (corner < area(session, zone) * 1e-6)
                    continue; // a straight run: nothing to reshape
                const gis::Point past(m.x() + ((a.x() + b.x()) / 2 - m.x()) / 3,
                                      m.y() + ((a.y() + b.y()) / 2 - m.y()) / 3);
                QString error;
                auto reshaped = core::ReshapeCommand::create(
                    &session, zone, gis::LineString{a, past, b}, 0, &error);
                if (!reshaped)
                    continue;
                reshaped->redo();
                const gis::MultiPolygon drawn =
                    std::get<gis::MultiPolygon>(*session.geometry(zone));
                reshaped->undo();
                const double before = area(session, zone) + area(session, neighbour);
                QElapsedTimer timer;
                timer.start();
                const core::NeighbourFit fit = core::fitToNeighbours(session, drawn, zone);
                qInfo("fitting a reshaped county (%zu vertices) to %zu counties: %lld ms",
                      outer.size(), features->features.size(), qint64(timer.elapsed()));
                QVERIFY(fit.changesAnything());
                session.undoStack()->push(
                    new core::ReshapeCommand(&session, zone, fit.fitted, fit.neighbourChanges));
                QCOMPARE(session.undoStack()->count(), 1);
                const double after = area(session, zone) + area(session, neighbour);
                QVERIFY2(std::abs(after - before) < before * 1e-9,
                         qPrintable(QStringLiteral("%1 vs %2").arg(after).arg(before)));
                QVERIFY(gis::checkValidity(*session.geometry(zone)).valid);
                QVERIFY(gis::checkValidity(*session.geometry(neighbour)).valid);
                session.undoStack()->undo();
                QVERIFY(session.buffer().isEmpty());
                return;
            }
        }
        QFAIL("no three vertices in a row shared by two counties");
    }
};

PLANMAP_TEST(tst_reshapecommand)
#include "tst_reshapecommand.moc"
