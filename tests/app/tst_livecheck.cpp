#include "bundledwindow.h"
#include "testregistry.h"
#include "zonesfixture.h"

#include "canvas/mapcanvas.h"
#include "crs/coordinatetransform.h"
#include "docks/identifydock.h"
#include "docks/layertreedock.h"
#include "docks/statisticsdock.h"
#include "docks/validationdock.h"
#include "editing/commands/vertexcommands.h"
#include "editing/editingactions.h"
#include "editing/editsession.h"
#include "editing/editvalidator.h"
#include "editing/layerediting.h"
#include "editing/livecheck.h"
#include "editing/vertextool.h"
#include "project/planproject.h"
#include "statistics/statisticsmodel.h"

#include <boost/geometry/algorithms/covered_by.hpp>

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

QString screenshotPath(const QString &name)
{
    const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
    return shots.isEmpty() ? QString() : QDir(shots).filePath(name);
}

QTreeWidgetItem *editChangesItem(const app::IdentifyDock *dock)
{
    for (int i = 0; i < dock->tree()->topLevelItemCount(); ++i) {
        if (dock->tree()->topLevelItem(i)->data(0, app::IdentifyDock::EditChangesRole).toBool())
            return dock->tree()->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

// The planner edits zones that tile an area: the problems an edit makes are drawn on the map
// and listed; an invalid zone can be allowed to be saved; the figures of a dragged zone follow
// the pointer in the identify and statistics docks.
class tst_livecheck : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(mFolder.isValid());
        mPath = mFolder.filePath(QStringLiteral("zones-%1.gpkg").arg(++mRun));
        QVERIFY(testing::writeZones(
            mPath, {testing::squareZone(125.0, 43.8, 0.1), testing::squareZone(125.1, 43.8, 0.1)}));
        mWindow = testing::openBundledWindow();
        QVERIFY(mWindow);
        mId = mWindow->project()->addLayer(testing::zonesLayer(mPath));
        auto *tree = mWindow->findChild<app::LayerTreeDock *>();
        tree->tree()->setCurrentItem(tree->itemForLayer(mId));
        mWindow->canvas()->zoomToLayer(mId);
        QVERIFY(mWindow->editingActions()->toggleEditing(mId));
        mSession = mWindow->editingActions()->editing()->session(mId);
        QVERIFY(mSession);
    }
    void cleanup()
    {
        if (mWindow)
            mWindow->setSavePrompt(
                [](QWidget *, const QString &) { return app::SaveChoice::Discard; });
        mWindow.reset();
    }

    void overlapListedAndShownOnTheMap()
    {
        app::LiveCheck *check = mWindow->liveCheck();
        QVERIFY(check->partitionAction()->isEnabled());
        check->partitionAction()->trigger(); // the Edit menu's "Zones form a partition"
        QVERIFY(check->isPartition(mId));
        QVERIFY(check->validator(mId)->isPartition());
        app::ValidationDock *dock = check->dock();
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->tree()->topLevelItemCount(), 0);

        // The west zone's upper right corner alone moves east: it overlaps the east zone.
        const qint64 west = mSession->base().features[0].id;
        mSession->undoStack()->push(
            core::MoveVertexCommand::create(mSession, {{west, {0, 0, 2}}}, {125.15, 43.9})
                .release());
        QCOMPARE(dock->tree()->topLevelItemCount(), 1);
        QTreeWidgetItem *item = dock->tree()->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("Overlap"));
        QVERIFY2(item->text(1).contains(QString::number(west)), qPrintable(item->text(1)));
        QVERIFY2(item->text(2).contains(QStringLiteral("km²")), qPrintable(item->text(2)));
        QVERIFY(!dock->allowButton()->isEnabled());

        // The overlay paints it: red hatching where the overlap is.
        app::MapCanvas *canvas = mWindow->canvas();
        QTRY_VERIFY(!canvas->isRendering());
        const QImage shot = canvas->grab().toImage();
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), mWindow->project()->crs());
        const QPoint inside = canvas->toPixel(toMap.transform(gis::Point(125.11, 43.88))).toPoint();
        int red = 0;
        for (int dx = -6; dx <= 6; ++dx) {
            for (int dy = -6; dy <= 6; ++dy) {
                const QColor pixel = shot.pixelColor(inside + QPoint(dx, dy));
                if (pixel.red() > 150 && pixel.green() < 110 && pixel.blue() < 110)
                    ++red;
            }
        }
        QVERIFY2(red > 10, qPrintable(QString::number(red)));
        if (const QString path = screenshotPath(QStringLiteral("validation-overlap.png"));
            !path.isEmpty())
            mWindow->grab().save(path);

        // A double click shows the problem: the view closes in on the overlap.
        const gis::Box before = canvas->visibleExtent();
        const QRect row = dock->tree()->visualItemRect(item);
        QTest::mouseClick(dock->tree()->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(dock->tree()->viewport(), Qt::LeftButton, {}, row.center());
        const gis::Box after = canvas->visibleExtent();
        QVERIFY(after.max_corner().x() - after.min_corner().x() <
                before.max_corner().x() - before.min_corner().x());
        QVERIFY(boost::geometry::covered_by(dock->entries().front().mapBox, after));

        mSession->undoStack()->undo();
        QCOMPARE(dock->tree()->topLevelItemCount(), 0);
    }

    void allowedInvalidZoneIsSaved()
    {
        app::EditingActions *actions = mWindow->editingActions();
        app::ValidationDock *dock = mWindow->liveCheck()->dock();
        const qint64 west = mSession->base().features[0].id;
        // Its lower right corner pulled west past the left edge: the ring crosses itself.
        mSession->undoStack()->push(
            core::MoveVertexCommand::create(mSession, {{west, {0, 0, 1}}}, {124.97, 43.85})
                .release());
        QCOMPARE(dock->tree()->topLevelItemCount(), 1);
        QTreeWidgetItem *item = dock->tree()->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("Invalid geometry"));
        QVERIFY2(item->text(3).contains(QStringLiteral("self-intersection")),
                 qPrintable(item->text(3)));
        if (const QString path = screenshotPath(QStringLiteral("validation-invalid.png"));
            !path.isEmpty()) {
            QTRY_VERIFY(!mWindow->canvas()->isRendering());
            mWindow->grab().save(path);
        }
        QVERIFY(!actions->saveEdits(mId)); // refused
        QVERIFY(mSession->isModified());

        QTest::mouseClick(dock->tree()->viewport(), Qt::LeftButton, {},
                          dock->tree()->visualItemRect(item).center());
        QVERIFY(dock->allowButton()->isEnabled());
        QTest::mouseClick(dock->allowButton(), Qt::LeftButton);
        QVERIFY(actions->editing()->isInvalidAllowed(mId, west));
        QVERIFY(dock->tree()->topLevelItem(0)->text(3).contains(QStringLiteral("allowed")));
        QVERIFY(!dock->allowButton()->isEnabled());
        QVERIFY(actions->saveEdits(mId));
        QVERIFY(!mSession->isModified());
        QCOMPARE(dock->tree()->topLevelItemCount(), 0); // saved: nothing edited any more
    }

    // Dragging the vertex both zones share: the docks show each zone's figures against its
    // saved state as the pointer moves, and keep showing them after the drop until a save.
    void liveChangeWhileDragging()
    {
        app::MapCanvas *canvas = mWindow->canvas();
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), mWindow->project()->crs());
        const gis::CoordinateTransform toLayer(mWindow->project()->crs(), gis::Crs::wgs84());
        const QPoint shared = canvas->toPixel(toMap.transform(gis::Point(125.1, 43.9))).toPoint();
        const QPoint target = shared + QPoint(40, -25);
        // A project inside the triangle the west zone takes from the east zone.
        const gis::Point to = toLayer.transform(canvas->toMap(target));
        const gis::Point project((125.1 + 125.1 + to.x()) / 3, (43.8 + 43.9 + to.y()) / 3);
        auto points = std::make_shared<gis::FeatureCollection>();
        points->crs = gis::Crs::wgs84();
        points->kind = gis::GeometryKind::Point;
        points->features.push_back({0, {}, gis::MultiPoint{project}});
        const QString pointsId = mWindow->project()->addLayer(
            std::make_shared<gis::VectorLayer>(QStringLiteral("projects"), points));
        core::StatisticsModel *model = mWindow->project()->statisticsModel();
        model->setKeyField(mId, QStringLiteral("name"));
        model->addSpatialJoin({mId, pointsId, {}, QStringLiteral("projects"), {}});
        model->waitForMeasurements();
        auto *tree = mWindow->findChild<app::LayerTreeDock *>();
        tree->tree()->setCurrentItem(tree->itemForLayer(mId)); // the points layer came on top

        app::EditingActions *actions = mWindow->editingActions();
        actions->vertexToolAction()->trigger();
        QVERIFY(actions->vertexTool());
        auto *identify = mWindow->findChild<app::IdentifyDock *>();
        auto *statistics = mWindow->findChild<app::StatisticsDock *>();
        QTest::mousePress(canvas, Qt::LeftButton, {}, shared + QPoint(1, 1));
        QTest::mouseMove(canvas, shared + QPoint(20, -12));
        QTest::mouseMove(canvas, target);
        QTRY_VERIFY(statistics->editChangesLabel()->text().contains(QStringLiteral("+1 projects")));
        const QString live = statistics->editChangesLabel()->text();
        QVERIFY2(live.contains(QStringLiteral("zone 0: +")), qPrintable(live));
        QVERIFY2(live.contains(QStringLiteral("zone 1: −")), qPrintable(live));
        QVERIFY2(live.contains(QStringLiteral("−1 projects")), qPrintable(live));
        // The label beside the pointer says it too, while the drag lasts.
        const QString note = actions->vertexTool()->liveNote();
        QVERIFY2(note.contains(QStringLiteral("+1 projects")) &&
                     note.contains(QStringLiteral("−1 projects")),
                 qPrintable(note));
        QTreeWidgetItem *changes = editChangesItem(identify);
        QVERIFY(changes);
        QVERIFY(identify->isVisible());
        QCOMPARE(changes->text(0), QStringLiteral("Dragged zone against saved"));
        QCOMPARE(changes->childCount(), 2);
        QStringList figures;
        for (int i = 0; i < changes->child(0)->childCount(); ++i)
            figures << changes->child(0)->child(i)->text(0) + u'=' +
                           changes->child(0)->child(i)->text(1);
        QVERIFY2(figures.join(u'\n').contains(QStringLiteral("Area")),
                 qPrintable(figures.join(u'\n')));
        QVERIFY2(figures.join(u'\n').contains(QStringLiteral("share")),
                 qPrintable(figures.join(u'\n')));
        QCOMPARE(mSession->undoStack()->count(), 0); // nothing is edited while dragging
        if (const QString path = screenshotPath(QStringLiteral("live-statistics.png"));
            !path.isEmpty()) {
            QTRY_VERIFY(!canvas->isRendering());
            mWindow->grab().save(path);
        }
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, target);
        QCOMPARE(mSession->undoStack()->count(), 1);
        QVERIFY(actions->vertexTool()->liveNote().isEmpty()); // the label goes with the drag
        QTRY_COMPARE(editChangesItem(identify)->text(0),
                     QStringLiteral("Unsaved edits against saved"));
        QVERIFY(statistics->editChangesLabel()->text().contains(QStringLiteral("+1 projects")));
        mSession->undoStack()->undo();
        QTRY_VERIFY(!editChangesItem(identify));
        QVERIFY(statistics->editChangesLabel()->isHidden());
    }

private:
    QTemporaryDir mFolder;
    QString mPath;
    int mRun = 0;
    std::unique_ptr<app::MainWindow> mWindow;
    QString mId;
    core::EditSession *mSession = nullptr;
};

PLANMAP_TEST(tst_livecheck)
#include "tst_livecheck.moc"
