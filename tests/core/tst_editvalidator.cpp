#include "testregistry.h"

#include "editing/commands/featurecommands.h"
#include "editing/commands/vertexcommands.h"
#include "editing/editsession.h"
#include "editing/editvalidator.h"

#include <QSignalSpy>

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/strategies/cartesian/area.hpp>

namespace {

using Kind = gis::PartitionProblemKind;

gis::Polygon square(double x, double y, double side = 10)
{
    gis::Polygon polygon;
    polygon.outer() = {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}};
    return polygon;
}

// A grid of columns × rows zones of 10 × 10 sharing their edges, ids 1.. row by row.
std::shared_ptr<const gis::FeatureCollection> grid(int columns, int rows)
{
    auto zones = std::make_shared<gis::FeatureCollection>();
    zones->fields = {{QStringLiteral("name"), QMetaType::QString}};
    zones->kind = gis::GeometryKind::Polygon;
    qint64 id = 1;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column, ++id)
            zones->features.push_back({id,
                                       {QStringLiteral("zone %1").arg(id)},
                                       gis::MultiPolygon{square(column * 10.0, row * 10.0)}});
    }
    return zones;
}

std::vector<gis::PartitionProblem> ofKind(const core::EditValidator &validator, Kind kind)
{
    std::vector<gis::PartitionProblem> found;
    for (const gis::PartitionProblem &problem : validator.problems()) {
        if (problem.kind == kind)
            found.push_back(problem);
    }
    return found;
}

double areaOf(const gis::PartitionProblem &problem)
{
    return boost::geometry::area(problem.where);
}

// Zone 1 of a 2 × 1 grid has its corner (10, 10), vertex 2, on the edge it shares with zone 2.
void moveCorner(core::EditSession &session, gis::Point to)
{
    session.undoStack()->push(
        core::MoveVertexCommand::create(&session, {{1, {0, 0, 2}}}, to).release());
}

} // namespace

class tst_editvalidator : public QObject
{
    Q_OBJECT
private slots:
    void overlapWithItsArea()
    {
        core::EditSession session(QStringLiteral("zones"), grid(2, 1));
        core::EditValidator validator(&session);
        validator.setPartition(true);
        QVERIFY(validator.problems().empty());
        QSignalSpy changed(&validator, &core::EditValidator::problemsChanged);
        moveCorner(session, {12, 10}); // zone 1 now takes the triangle (10,0) (12,10) (10,10)
        QCOMPARE(changed.size(), 1);
        const auto overlaps = ofKind(validator, Kind::Overlap);
        QCOMPARE(overlaps.size(), std::size_t(1));
        QCOMPARE(overlaps.front().features, (std::vector<qint64>{1, 2}));
        QCOMPARE(areaOf(overlaps.front()), 10.0);
        QVERIFY(ofKind(validator, Kind::Gap).empty());
        QVERIFY(ofKind(validator, Kind::Invalid).empty());
        session.undoStack()->undo();
        QVERIFY(validator.problems().empty());
        session.undoStack()->redo();
        QCOMPARE(ofKind(validator, Kind::Overlap).size(), std::size_t(1));
    }

    // The plan area is what the zones covered when saved: zone 1 giving up a part opens a gap.
    void gapInsideThePlanArea()
    {
        core::EditSession session(QStringLiteral("zones"), grid(2, 1));
        core::EditValidator validator(&session);
        validator.setPartition(true);
        moveCorner(session, {8, 10});
        const auto gaps = ofKind(validator, Kind::Gap);
        QCOMPARE(gaps.size(), std::size_t(1));
        QCOMPARE(areaOf(gaps.front()), 10.0);
        QVERIFY(ofKind(validator, Kind::Overlap).empty());
        // Zone 2 moving into the gap closes it; undoing that opens it again.
        session.undoStack()->push(
            core::MoveVertexCommand::create(&session, {{2, {0, 0, 3}}}, {8, 10}).release());
        QVERIFY(ofKind(validator, Kind::Gap).empty());
        session.undoStack()->undo();
        QCOMPARE(ofKind(validator, Kind::Gap).size(), std::size_t(1));
        session.undoStack()->undo();
        QVERIFY(validator.problems().empty());
    }

    void deletedZoneLeavesAGap()
    {
        core::EditSession session(QStringLiteral("zones"), grid(3, 1));
        core::EditValidator validator(&session);
        validator.setPartition(true);
        session.undoStack()->push(new core::DeleteFeatureCommand(&session, 2));
        const auto gaps = ofKind(validator, Kind::Gap);
        QCOMPARE(gaps.size(), std::size_t(1));
        QCOMPARE(areaOf(gaps.front()), 100.0);
        session.undoStack()->undo();
        QVERIFY(validator.problems().empty());
    }

    void invalidWithBoostReasons()
    {
        core::EditSession session(QStringLiteral("zones"), grid(2, 1));
        core::EditValidator validator(&session);
        // Its lower right corner pulled west past the left edge: the ring crosses itself.
        session.undoStack()->push(
            core::MoveVertexCommand::create(&session, {{1, {0, 0, 1}}}, {-3, 5}).release());
        auto invalid = ofKind(validator, Kind::Invalid);
        QCOMPARE(invalid.size(), std::size_t(1));
        QCOMPARE(invalid.front().features, (std::vector<qint64>{1}));
        QVERIFY2(invalid.front().reason.contains(QStringLiteral("self-intersection")),
                 qPrintable(invalid.front().reason));
        session.undoStack()->undo();
        QVERIFY(validator.problems().empty());

        // A spike: a vertex goes out and comes straight back along the same line.
        gis::Polygon spiked;
        spiked.outer() = {{30, 0}, {40, 0}, {40, 5}, {45, 5}, {40, 5}, {40, 10}, {30, 10}, {30, 0}};
        session.undoStack()->push(new core::AddFeatureCommand(
            &session, {-1, {QStringLiteral("spiked")}, gis::MultiPolygon{spiked}}));
        // Wound clockwise, as a shapefile has it.
        gis::Polygon clockwise = square(60, 0);
        std::reverse(clockwise.outer().begin(), clockwise.outer().end());
        session.undoStack()->push(new core::AddFeatureCommand(
            &session, {-1, {QStringLiteral("clockwise")}, gis::MultiPolygon{clockwise}}));
        QStringList reasons;
        for (const gis::PartitionProblem &problem : ofKind(validator, Kind::Invalid))
            reasons << problem.reason;
        QCOMPARE(reasons.size(), 2);
        QVERIFY2(reasons.join(u'\n').contains(QStringLiteral("spike")),
                 qPrintable(reasons.join(u'\n')));
        QVERIFY2(reasons.join(u'\n').contains(QStringLiteral("wrong orientation")),
                 qPrintable(reasons.join(u'\n')));
        // Without the partition rule, overlaps are no problem of a layer.
        session.undoStack()->undo();
        session.undoStack()->undo();
        moveCorner(session, {12, 10});
        QVERIFY(validator.problems().empty());
        validator.setPartition(true);
        QCOMPARE(ofKind(validator, Kind::Overlap).size(), std::size_t(1));
    }

    // On a large layer an edit checks the edited zone and the zones around it, not the layer.
    void checksOnlyTheNeighbourhood()
    {
        core::EditSession session(QStringLiteral("zones"), grid(100, 100));
        core::EditValidator validator(&session);
        validator.setPartition(true);
        // Zone 5051 (row 50, column 50) pushes its upper right corner into its neighbours.
        session.undoStack()->push(
            core::MoveVertexCommand::create(&session, {{5051, {0, 0, 2}}}, {512, 512}).release());
        QVERIFY2(validator.lastCheckedFeatures() <= 20,
                 qPrintable(QString::number(validator.lastCheckedFeatures())));
        QVERIFY(validator.lastCheckedFeatures() >= 4);
        const auto overlaps = ofKind(validator, Kind::Overlap);
        QCOMPARE(overlaps.size(), std::size_t(3)); // east, north and north-east neighbours
        QCOMPARE(ofKind(validator, Kind::Gap).size(), std::size_t(0));
        session.undoStack()->undo();
        QVERIFY(validator.problems().empty());
    }

    // After a save the saved zones are the plan area, and nothing is edited.
    void rebaseStartsAfresh()
    {
        core::EditSession session(QStringLiteral("zones"), grid(2, 1));
        core::EditValidator validator(&session);
        validator.setPartition(true);
        moveCorner(session, {8, 10});
        QCOMPARE(validator.problems().size(), std::size_t(1));
        session.rebase(session.editedFeatures());
        QVERIFY(validator.problems().empty());
    }
};

PLANMAP_TEST(tst_editvalidator)
#include "tst_editvalidator.moc"
