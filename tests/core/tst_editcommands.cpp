#include "testregistry.h"

#include "editing/commands/changeattributecommand.h"
#include "editing/commands/featurecommands.h"
#include "editing/commands/movefeaturescommand.h"
#include "editing/commands/splitmergecommands.h"
#include "editing/commands/vertexcommands.h"
#include "editing/editsession.h"
#include "editing/sharedvertices.h"

#include <QSignalSpy>

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/strategies/cartesian/area.hpp>

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

gis::Point vertex(const core::EditSession &session, qint64 feature, gis::VertexId id)
{
    return *gis::vertexAt(*session.geometry(feature), id);
}

bool same(const gis::Point &a, const gis::Point &b)
{
    return a.x() == b.x() && a.y() == b.y();
}

double area(const core::EditSession &session, qint64 feature)
{
    return boost::geometry::area(std::get<gis::MultiPolygon>(*session.geometry(feature)));
}

} // namespace

class tst_editcommands : public QObject
{
    Q_OBJECT
private slots:
    void moveVertexDoUndoRedo()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        QSignalSpy changed(&session, &core::EditSession::geometryChanged);
        session.undoStack()->push(
            core::MoveVertexCommand::create(&session, {{1, {0, 0, 2}}}, {12, 12}).release());
        QCOMPARE(vertex(session, 1, {0, 0, 2}).x(), 12.0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(session.isModified());
        session.undoStack()->undo();
        QCOMPARE(vertex(session, 1, {0, 0, 2}).x(), 10.0);
        QVERIFY(session.buffer().isEmpty()); // back to the saved geometry, not a copy of it
        QVERIFY(!session.isModified());
        session.undoStack()->redo();
        QCOMPARE(vertex(session, 1, {0, 0, 2}).y(), 12.0);
        QVERIFY(!core::MoveVertexCommand::create(&session, {{1, {0, 0, 9}}}, {0, 0}));
        QVERIFY(!core::MoveVertexCommand::create(&session, {{7, {0, 0, 0}}}, {0, 0}));
    }

    // A drag is one undo step; another drag, or a move without a key, is another.
    void dragStepsMerge()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        QUndoStack *stack = session.undoStack();
        for (int step = 1; step <= 5; ++step)
            stack->push(
                core::MoveVertexCommand::create(&session, {{1, {0, 0, 2}}}, {10.0 + step, 10.0}, 7)
                    .release());
        QCOMPARE(stack->count(), 1);
        QCOMPARE(vertex(session, 1, {0, 0, 2}).x(), 15.0);
        stack->push(
            core::MoveVertexCommand::create(&session, {{1, {0, 0, 2}}}, {20, 20}, 8).release());
        stack->push(
            core::MoveVertexCommand::create(&session, {{1, {0, 0, 2}}}, {21, 21}).release());
        stack->push(
            core::MoveVertexCommand::create(&session, {{1, {0, 0, 2}}}, {22, 22}).release());
        QCOMPARE(stack->count(), 4);
        stack->undo();
        stack->undo();
        stack->undo();
        QCOMPARE(vertex(session, 1, {0, 0, 2}).x(), 15.0);
        stack->undo();
        QCOMPARE(vertex(session, 1, {0, 0, 2}).x(), 10.0); // the whole first drag at once
    }

    // The vertex both zones share moves in both, in one step; the two areas still add up.
    void sharedVertexMovesInEveryFeature()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        const double total = area(session, 1) + area(session, 2);
        session.undoStack()->push(
            core::MoveVertexCommand::create(&session, {{1, {0, 0, 2}}, {2, {0, 0, 3}}}, {13, 10})
                .release());
        QCOMPARE(vertex(session, 1, {0, 0, 2}).x(), 13.0);
        QCOMPARE(vertex(session, 2, {0, 0, 3}).x(), 13.0);
        QCOMPARE(area(session, 1) + area(session, 2), total);
        QCOMPARE(area(session, 1), 115.0);
        session.undoStack()->undo();
        QCOMPARE(vertex(session, 2, {0, 0, 3}).x(), 10.0);
        QCOMPARE(area(session, 1), 100.0);
    }

    void addAndDeleteVertex()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        QUndoStack *stack = session.undoStack();
        stack->push(core::AddVertexCommand::create(&session, {{1, {0, 0, 1}}}, {5, -2}).release());
        QCOMPARE(gis::vertexCount(*session.geometry(1)), std::size_t(6));
        QCOMPARE(vertex(session, 1, {0, 0, 1}).y(), -2.0);
        QCOMPARE(area(session, 1), 110.0);
        stack->push(core::DeleteVertexCommand::create(&session, {{1, {0, 0, 3}}}).release());
        QCOMPARE(gis::vertexCount(*session.geometry(1)), std::size_t(5));
        stack->undo();
        QCOMPARE(gis::vertexCount(*session.geometry(1)), std::size_t(6));
        stack->undo();
        QCOMPARE(area(session, 1), 100.0);
        stack->redo();
        stack->redo();
        QCOMPARE(gis::vertexCount(*session.geometry(1)), std::size_t(5));
        // A triangle keeps its three corners.
        stack->push(core::DeleteVertexCommand::create(&session, {{1, {0, 0, 0}}}).release());
        QVERIFY(!core::DeleteVertexCommand::create(&session, {{1, {0, 0, 0}}}));
    }

    // The edge both zones share, found as a segment in each (either way round), gets the new
    // vertex in both at once: one step, no gap between them, undone and redone whole.
    void sharedSegmentGetsTheVertexInBothZones()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        const auto at = core::SharedVertices::segment(session, {10, 0}, {10, 10}, 1e-9, {1, 2});
        QCOMPARE(at, (QVector<core::FeatureVertex>{{1, {0, 0, 2}}, {2, {0, 0, 4}}}));
        QVERIFY(core::SharedVertices::segment(session, {0, 0}, {10, 10}, 1e-9, {1, 2}).isEmpty());
        QUndoStack *stack = session.undoStack();
        stack->push(core::AddVertexCommand::create(&session, at, {10, 4}).release());
        QCOMPARE(stack->count(), 1);
        QVERIFY(same(vertex(session, 1, {0, 0, 2}), {10, 4}));
        QVERIFY(same(vertex(session, 2, {0, 0, 4}), {10, 4}));
        QVERIFY(same(vertex(session, 2, {0, 0, 5}), {10, 0})); // still closed
        QCOMPARE(gis::vertexCount(*session.geometry(1)), std::size_t(6));
        QCOMPARE(gis::vertexCount(*session.geometry(2)), std::size_t(6));
        QCOMPARE(area(session, 1), 100.0);
        QCOMPARE(area(session, 2), 100.0);
        // Now both halves of the edge are shared segments in turn.
        QCOMPARE(core::SharedVertices::segment(session, {10, 4}, {10, 10}, 1e-9, {1, 2}).size(), 2);
        stack->undo();
        QVERIFY(session.buffer().isEmpty());
        QCOMPARE(gis::vertexCount(*session.geometry(2)), std::size_t(5));
        stack->redo();
        QVERIFY(same(vertex(session, 1, {0, 0, 2}), {10, 4}));
        QVERIFY(same(vertex(session, 2, {0, 0, 4}), {10, 4}));
    }

    // The shared edge moved whole: both ends in both zones by one offset, one undo step.
    void moveSegmentDoUndoRedo()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        const auto ends = core::SharedVertices::at(session, {10, 0}, 1e-9, {1, 2}) +
                          core::SharedVertices::at(session, {10, 10}, 1e-9, {1, 2});
        QCOMPARE(ends.size(), 4);
        QUndoStack *stack = session.undoStack();
        stack->push(core::MoveSegmentCommand::create(&session, ends, 3, 0).release());
        QCOMPARE(stack->count(), 1);
        QVERIFY(same(vertex(session, 1, {0, 0, 1}), {13, 0}));
        QVERIFY(same(vertex(session, 1, {0, 0, 2}), {13, 10}));
        QVERIFY(same(vertex(session, 2, {0, 0, 0}), {13, 0}));
        QVERIFY(same(vertex(session, 2, {0, 0, 4}), {13, 0})); // the closing vertex too
        QVERIFY(same(vertex(session, 2, {0, 0, 3}), {13, 10}));
        QCOMPARE(area(session, 1), 130.0);
        QCOMPARE(area(session, 2), 70.0);
        stack->undo();
        QVERIFY(session.buffer().isEmpty());
        QCOMPARE(area(session, 1), 100.0);
        stack->redo();
        QCOMPARE(area(session, 2), 70.0);
        QVERIFY(!core::MoveSegmentCommand::create(&session, {{1, {0, 0, 9}}}, 1, 1));
    }

    void moveFeatures()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        QUndoStack *stack = session.undoStack();
        for (int step = 1; step <= 3; ++step)
            stack->push(core::MoveFeaturesCommand::create(&session, {1, 2}, 1, 2, 3).release());
        QCOMPARE(stack->count(), 1);
        QCOMPARE(vertex(session, 2, {0, 0, 0}).x(), 13.0);
        QCOMPARE(vertex(session, 1, {0, 0, 0}).y(), 6.0);
        stack->undo();
        QCOMPARE(vertex(session, 2, {0, 0, 0}).x(), 10.0);
        QVERIFY(!core::MoveFeaturesCommand::create(&session, {1, 99}, 1, 1));
    }

    void addAndDeleteFeatures()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        QUndoStack *stack = session.undoStack();
        auto *add = new core::AddFeatureCommand(
            &session, {0, {QStringLiteral("north")}, gis::MultiPolygon{squareAt(30)}});
        stack->push(add);
        const qint64 added = add->featureId();
        QVERIFY(added < 0);
        QCOMPARE(session.editedFeatures()->features.size(), std::size_t(3));
        // Edits of the new feature undo before the feature itself goes.
        stack->push(
            core::MoveVertexCommand::create(&session, {{added, {0, 0, 1}}}, {45, 0}).release());
        stack->push(new core::DeleteFeatureCommand(&session, 2));
        QCOMPARE(session.editedFeatures()->features.size(), std::size_t(2));
        QVERIFY(!session.feature(2));
        stack->push(new core::DeleteFeatureCommand(&session, added));
        QCOMPARE(session.editedFeatures()->features.size(), std::size_t(1));
        stack->undo(); // the added one back, as moved
        QCOMPARE(vertex(session, added, {0, 0, 1}).x(), 45.0);
        stack->undo();
        QCOMPARE(session.feature(2)->attributes[0].toString(), QStringLiteral("east"));
        stack->undo();
        QCOMPARE(vertex(session, added, {0, 0, 1}).x(), 40.0);
        stack->undo();
        QVERIFY(!session.feature(added));
        QVERIFY(session.buffer().isEmpty());
        stack->redo();
        QCOMPARE(session.feature(added)->attributes[0].toString(), QStringLiteral("north"));
    }

    // A zone split along a line and merged back keeps its area at every step.
    void splitAndMergeKeepTheTotalArea()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        QUndoStack *stack = session.undoStack();
        const double total = area(session, 1) + area(session, 2);
        QString error;
        // A bent line right across the west zone, from below to above.
        auto split = core::SplitFeatureCommand::create(
            &session, 1, gis::LineString{{3, -1}, {4, 5}, {3, 11}}, &error);
        QVERIFY2(split, qPrintable(error));
        stack->push(split.release());
        const auto edited = session.editedFeatures();
        QCOMPARE(edited->features.size(), std::size_t(3));
        const qint64 piece = edited->features.back().id;
        QVERIFY(piece < 0);
        QCOMPARE(session.feature(piece)->attributes[0].toString(), QStringLiteral("west"));
        QVERIFY(qAbs(area(session, 1) + area(session, piece) - 100.0) < 1e-9);
        QVERIFY(area(session, 1) > area(session, piece)); // the zone keeps the larger piece
        auto merge = core::MergeFeaturesCommand::create(&session, {1, piece, 2}, &error);
        QVERIFY2(merge, qPrintable(error));
        stack->push(merge.release());
        QCOMPARE(session.editedFeatures()->features.size(), std::size_t(1));
        QVERIFY(qAbs(area(session, 1) - total) < 1e-9);
        QCOMPARE(std::get<gis::MultiPolygon>(*session.geometry(1)).size(), std::size_t(1));
        stack->undo();
        QCOMPARE(session.editedFeatures()->features.size(), std::size_t(3));
        stack->undo();
        QVERIFY(session.buffer().isEmpty());
        QCOMPARE(stack->count(), 2);
        // A line that misses the zone, or a single zone to merge, say why.
        QVERIFY(!core::SplitFeatureCommand::create(&session, 1, gis::LineString{{30, 0}, {30, 10}},
                                                   &error));
        QVERIFY(error.contains(QStringLiteral("does not cut")));
        QVERIFY(!core::MergeFeaturesCommand::create(&session, {1}, &error));
    }

    // Zones that do not touch would become one zone of separate pieces: refused, with why.
    void mergeRefusesZonesApart()
    {
        auto zones = std::make_shared<gis::FeatureCollection>(*twoZones());
        zones->features.push_back({3, {QStringLiteral("far")}, gis::MultiPolygon{squareAt(30)}});
        core::EditSession session(QStringLiteral("zones"), zones);
        QString error;
        QVERIFY(!core::MergeFeaturesCommand::create(&session, {1, 2, 3}, &error));
        QVERIFY2(error.contains(QStringLiteral("do not touch")), qPrintable(error));
        QVERIFY(!core::MergeFeaturesCommand::create(&session, {3, 1}, &error));
        QVERIFY(core::MergeFeaturesCommand::create(&session, {2, 1}, &error));
    }

    void changeAttribute()
    {
        core::EditSession session(QStringLiteral("zones"), twoZones());
        QSignalSpy changed(&session, &core::EditSession::attributeChanged);
        session.undoStack()->push(
            new core::ChangeAttributeCommand(&session, 1, 0, QStringLiteral("西区")));
        QCOMPARE(session.feature(1)->attributes[0].toString(), QStringLiteral("西区"));
        QCOMPARE(changed.size(), 1);
        session.undoStack()->undo();
        QCOMPARE(session.feature(1)->attributes[0].toString(), QStringLiteral("west"));
        QVERIFY(session.buffer().isEmpty());
        session.undoStack()->redo();
        QCOMPARE(session.editedFeatures()->features[0].attributes[0].toString(),
                 QStringLiteral("西区"));
    }
};

PLANMAP_TEST(tst_editcommands)
#include "tst_editcommands.moc"
