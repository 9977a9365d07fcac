#include "bundledwindow.h"
#include "testregistry.h"
#include "zonesfixture.h"

#include "canvas/mapcanvas.h"
#include "crs/coordinatetransform.h"
#include "docks/layertreedock.h"
#include "editing/drawpolygontool.h"
#include "editing/editingactions.h"
#include "editing/editsession.h"
#include "editing/layerediting.h"
#include "editing/pathdigitizer.h"
#include "editing/reshapetool.h"
#include "editing/splittool.h"
#include "geometry/geodesicmeasure.h"
#include "geometry/vertexedit.h"
#include "project/planproject.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <boost/geometry/algorithms/area.hpp>

#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/algorithms/intersection.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace {

double area(const gis::Geometry &geometry)
{
    return boost::geometry::area(std::get<gis::MultiPolygon>(geometry));
}

double overlap(const gis::Geometry &a, const gis::Geometry &b)
{
    gis::MultiPolygon shared;
    boost::geometry::intersection(std::get<gis::MultiPolygon>(a), std::get<gis::MultiPolygon>(b),
                                  shared);
    return boost::geometry::area(shared);
}

gis::MultiPolygon polygonOf(std::vector<gis::Point> corners)
{
    gis::Polygon polygon;
    corners.push_back(corners.front());
    polygon.outer().assign(corners.begin(), corners.end());
    boost::geometry::correct(polygon);
    return gis::MultiPolygon{polygon};
}

} // namespace

// The drawing tools on a real map canvas, driven by mouse clicks and keys: a new zone drawn
// corner by corner with its live size, one that overlaps its neighbours shown clipped before
// the planner chooses, zones split along a drawn line, and a boundary reshaped by a path.
// Two zones of 0.1° side by side: west at 125.0° E, east at 125.1° E, from 43.8° N.
class tst_drawingtools : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(mFolder.isValid());
        const QString path = mFolder.filePath(QStringLiteral("zones-%1.gpkg").arg(++mRun));
        QVERIFY(testing::writeZones(
            path, {testing::squareZone(125.0, 43.8, 0.1), testing::squareZone(125.1, 43.8, 0.1)}));
        mWindow = testing::openBundledWindow();
        QVERIFY(mWindow);
        mId = mWindow->project()->addLayer(testing::zonesLayer(path));
        auto *tree = mWindow->findChild<app::LayerTreeDock *>();
        tree->tree()->setCurrentItem(tree->itemForLayer(mId));
        mCanvas = mWindow->canvas();
        mCanvas->zoomToLayer(mId);
        mActions = mWindow->editingActions();
        QVERIFY(mActions->toggleEditing(mId));
        mSession = mActions->editing()->session(mId);
        mToMap = std::make_unique<gis::CoordinateTransform>(gis::Crs::wgs84(),
                                                            mWindow->project()->crs());
        mToLayer = std::make_unique<gis::CoordinateTransform>(mWindow->project()->crs(),
                                                              gis::Crs::wgs84());
        mWest = mSession->base().features[0].id;
        mEast = mSession->base().features[1].id;
    }

    void cleanup()
    {
        if (mWindow)
            mWindow->setSavePrompt(
                [](QWidget *, const QString &) { return app::SaveChoice::Discard; });
        if (mCanvas)
            mCanvas->setMapTool(nullptr);
        mTool.reset();
        mWindow.reset();
    }

    void toolsAreInTheEditMenu()
    {
        const app::DrawingToolActions &tools = mActions->drawingToolActions();
        QCOMPARE(tools.drawPolygon->shortcut(), QKeySequence(Qt::Key_N));
        tools.drawPolygon->trigger();
        QVERIFY(qobject_cast<app::DrawPolygonTool *>(mActions->activeTool()));
        QCOMPARE(mCanvas->mapTool(), mActions->activeTool());
        tools.split->trigger();
        QVERIFY(qobject_cast<app::SplitTool *>(mActions->activeTool()));
        tools.reshape->trigger();
        QVERIFY(qobject_cast<app::ReshapeTool *>(mActions->activeTool()));
        QVERIFY(!tools.drawPolygon->isChecked());
    }

    // Four clicks and Enter make one zone with the clicked corners; the size shown while the
    // pointer is at the fourth corner is that of the zone closed there.
    void drawsAZoneWithItsLiveSize()
    {
        auto *tool = useTool<app::DrawPolygonTool>();
        QSignalSpy drawn(tool, &app::DrawPolygonTool::featureDrawn);
        mCanvas->zoomBy(2.0, QPointF(mCanvas->width() / 2.0, mCanvas->height() / 2.0)); // room
        const std::vector<QPoint> corners =
            pixels({{125.22, 43.82}, {125.28, 43.82}, {125.28, 43.88}, {125.22, 43.88}});
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(mCanvas, Qt::LeftButton, {}, corners[i]);
        hover(corners[3]);
        const gis::MultiPolygon expected = polygonOf(layerPoints(corners));
        const auto size = gis::GeodesicMeasurer(gis::Crs::wgs84()).measure(gis::Geometry{expected});
        QVERIFY(size);
        const QString live = tool->liveSizeText();
        QVERIFY2(live.contains(QLocale().toString(size->areaSquareMetres / 1e6, 'f', 3)),
                 qPrintable(live));
        QVERIFY2(live.contains(QLocale().toString(size->lengthMetres / 1e3, 'f', 3)),
                 qPrintable(live));
        screenshot(QStringLiteral("draw-zone.png"));
        QTest::mouseClick(mCanvas, Qt::LeftButton, {}, corners[3]);
        QTest::keyClick(mCanvas, Qt::Key_Return);

        QCOMPARE(drawn.size(), 1);
        const qint64 added = drawn.front().front().toLongLong();
        QCOMPARE(mSession->buffer().addedFeatures().size(), std::size_t(1));
        QCOMPARE(mSession->undoStack()->count(), 1);
        const double drawnArea = area(*mSession->geometry(added));
        QVERIFY(qAbs(drawnArea - boost::geometry::area(expected)) < 1e-12);
        QVERIFY(qAbs(drawnArea - 0.06 * 0.06) < 0.06 * 0.06 * 0.05); // the corners clicked
        QVERIFY(tool->liveSizeText().isEmpty());
        mSession->undoStack()->undo();
        QVERIFY(mSession->buffer().addedFeatures().empty());
    }

    // A click within reach of the corner both zones share takes its stored coordinates exactly,
    // not the pointer's round trip through the map's CRS; so does the hover marker.
    void snapsEachClickToTheExactVertex()
    {
        auto *tool = useTool<app::DrawPolygonTool>();
        const gis::Point corner = *gis::vertexAt(*mSession->geometry(mWest), {0, 0, 2});
        const QPoint near = pixels({corner}).front() + QPoint(2, 1);
        hover(near);
        QVERIFY(tool->digitizer()->pointer());
        QCOMPARE(tool->digitizer()->pointer()->x(), corner.x());
        QCOMPARE(tool->digitizer()->pointer()->y(), corner.y());
        QTest::mouseClick(mCanvas, Qt::LeftButton, {}, near);
        QCOMPARE(tool->digitizer()->points().size(), std::size_t(1));
        QCOMPARE(tool->digitizer()->points().front().x(), corner.x());
        QCOMPARE(tool->digitizer()->points().front().y(), corner.y());
        // Far from everything: where the pointer is.
        const QPoint free = pixels({{125.05, 43.85}}).front();
        QTest::mouseClick(mCanvas, Qt::LeftButton, {}, free);
        const gis::Point expected = layerPoints({free}).front();
        QCOMPARE(tool->digitizer()->points().back().x(), expected.x());
        QCOMPARE(tool->digitizer()->points().back().y(), expected.y());
    }

    void backspaceAndEscapeTakePointsBack()
    {
        auto *tool = useTool<app::DrawPolygonTool>();
        for (const QPoint &corner : pixels({{125.22, 43.82}, {125.28, 43.82}, {125.28, 43.88}}))
            QTest::mouseClick(mCanvas, Qt::LeftButton, {}, corner);
        QCOMPARE(tool->digitizer()->points().size(), std::size_t(3));
        QTest::keyClick(mCanvas, Qt::Key_Backspace);
        QCOMPARE(tool->digitizer()->points().size(), std::size_t(2));
        QTest::keyClick(mCanvas, Qt::Key_Return); // two corners are no zone
        QCOMPARE(tool->digitizer()->points().size(), std::size_t(2));
        QTest::keyClick(mCanvas, Qt::Key_Escape);
        QVERIFY(!tool->digitizer()->isDrawing());
        QCOMPARE(mSession->undoStack()->count(), 0);
    }

    void overlappingZoneIsPreviewedFirst_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("clip") << QStringLiteral("ClipToNeighboursButton");
        QTest::newRow("keep") << QStringLiteral("KeepAsDrawnButton");
        QTest::newRow("cancel") << QStringLiteral("CancelDrawnButton");
    }

    // Drawn over the top halves of both zones: nothing is added until the planner has seen
    // the clipped zone and chosen; clipped, it overlaps neither; kept, it is as drawn.
    void overlappingZoneIsPreviewedFirst()
    {
        QFETCH(QString, button);
        auto *tool = useTool<app::DrawPolygonTool>();
        QSignalSpy drawn(tool, &app::DrawPolygonTool::featureDrawn);
        const std::vector<QPoint> corners =
            pixels({{125.05, 43.85}, {125.15, 43.85}, {125.15, 43.95}, {125.05, 43.95}});
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(mCanvas, Qt::LeftButton, {}, corners[i]);
        QTest::mouseDClick(mCanvas, Qt::LeftButton, {}, corners[3]);
        QVERIFY(tool->preview());
        QCOMPARE(mSession->undoStack()->count(), 0); // nothing committed yet
        QVERIFY2(tool->preview()->text().contains(QStringLiteral("2")),
                 qPrintable(tool->preview()->text()));
        QVERIFY(tool->preview()->isVisible());
        screenshot(QStringLiteral("clip-preview.png"));
        auto *choice = tool->preview()->findChild<QPushButton *>(button);
        QVERIFY(choice);
        QTest::mouseClick(choice, Qt::LeftButton);
        QTRY_VERIFY(!tool->preview());

        const gis::Geometry outline{polygonOf(layerPoints(corners))};
        const gis::Geometry west = *mSession->geometry(mWest), east = *mSession->geometry(mEast);
        if (button == QStringLiteral("CancelDrawnButton")) {
            QCOMPARE(drawn.size(), 0);
            QCOMPARE(mSession->undoStack()->count(), 0);
            QVERIFY(mSession->buffer().isEmpty());
            return;
        }
        QCOMPARE(drawn.size(), 1);
        QCOMPARE(mSession->undoStack()->count(), 1);
        const gis::Geometry added = *mSession->geometry(drawn.front().front().toLongLong());
        if (button == QStringLiteral("KeepAsDrawnButton")) {
            QVERIFY(qAbs(area(added) - area(outline)) < 1e-12);
            QVERIFY(overlap(added, west) > 0.002);
            return;
        }
        QVERIFY(overlap(added, west) < 1e-12);
        QVERIFY(overlap(added, east) < 1e-12);
        // Boost 1.74's overlay (the expected side) rounds corners to its grid: 1e-9 deg² here.
        const double expected = area(outline) - overlap(outline, west) - overlap(outline, east);
        QVERIFY(qAbs(area(added) - expected) < 1e-9);
        QVERIFY(qAbs(area(added) - 0.005) < 0.0005);
    }

    // A clip that leaves several parts says so; one that leaves nothing cannot be chosen.
    void previewNamesWhatTheClipLeaves()
    {
        const gis::GeodesicMeasurer measurer(gis::Crs::wgs84());
        core::NeighbourFit split;
        split.drawn = polygonOf({{125.0, 43.0}, {125.3, 43.0}, {125.3, 43.1}, {125.0, 43.1}});
        split.fitted = polygonOf({{125.0, 43.0}, {125.1, 43.0}, {125.1, 43.1}, {125.0, 43.1}});
        split.fitted.push_back(
            polygonOf({{125.2, 43.0}, {125.3, 43.0}, {125.3, 43.1}, {125.2, 43.1}}).front());
        split.overlapped = {mEast};
        app::NeighbourFitPreview parts(split, measurer, mCanvas);
        QVERIFY2(parts.text().contains(QStringLiteral("2 separate parts")),
                 qPrintable(parts.text()));
        QVERIFY(
            parts.findChild<QPushButton *>(QStringLiteral("ClipToNeighboursButton"))->isEnabled());

        split.fitted.clear();
        app::NeighbourFitPreview nothing(split, measurer, mCanvas);
        QVERIFY(!nothing.canFit());
        QVERIFY(!nothing.findChild<QPushButton *>(QStringLiteral("ClipToNeighboursButton"))
                     ->isEnabled());
        QSignalSpy chosen(&nothing, &app::NeighbourFitPreview::chosen);
        QVERIFY(nothing.keyPress(Qt::Key_C)); // taken, but nothing to clip to
        QCOMPARE(chosen.size(), 0);
        QVERIFY(nothing.keyPress(Qt::Key_K));
        QCOMPARE(chosen.size(), 1);
    }

    // A line right through the west zone cuts it in two; one across all three pieces after
    // that cuts each, in one undo step; a line through no zone says so and changes nothing.
    void splitsZonesAlongADrawnLine()
    {
        auto *tool = useTool<app::SplitTool>();
        const auto draw = [this](const std::vector<QPoint> &line) {
            for (const QPoint &point : line)
                QTest::mouseClick(mCanvas, Qt::LeftButton, {}, point);
            QTest::mouseClick(mCanvas, Qt::RightButton, {}, line.back());
        };
        draw(pixels({{125.05, 43.75}, {125.05, 43.95}}));
        QCOMPARE(mSession->undoStack()->count(), 1);
        QCOMPARE(mSession->editedFeatures()->features.size(), std::size_t(3));
        const double total = 0.02;
        QVERIFY(qAbs(totalArea() - total) < 1e-12);

        draw(pixels({{124.95, 43.85}, {125.25, 43.85}}));
        QCOMPARE(mSession->undoStack()->count(), 2);
        QCOMPARE(mSession->editedFeatures()->features.size(), std::size_t(6));
        QVERIFY(qAbs(totalArea() - total) < 1e-12);
        mSession->undoStack()->undo();
        QCOMPARE(mSession->editedFeatures()->features.size(), std::size_t(3));

        draw(pixels({{125.3, 43.7}, {125.4, 43.72}}));
        QCOMPARE(mSession->undoStack()->index(), 1); // no step added
        QVERIFY(!tool->digitizer()->message().isEmpty());
    }

    // A path out from the west zone's outer edge adds exactly the bump it encloses.
    void reshapesOutwardsThroughTheTool()
    {
        auto *tool = useTool<app::ReshapeTool>();
        const std::vector<QPoint> path =
            pixels({{125.0, 43.82}, {124.96, 43.82}, {124.96, 43.88}, {125.0, 43.88}});
        for (const QPoint &point : path)
            QTest::mouseClick(mCanvas, Qt::LeftButton, {}, point);
        QTest::keyClick(mCanvas, Qt::Key_Return);
        QVERIFY(!tool->preview()); // nothing shared: no question
        QCOMPARE(mSession->undoStack()->count(), 1);
        std::vector<gis::Point> bump = layerPoints(path);
        bump.front() = gis::Point(125.0, bump.front().y()); // snapped onto the edge
        bump.back() = gis::Point(125.0, bump.back().y());
        const double expected = 0.01 + boost::geometry::area(polygonOf(bump));
        QVERIFY2(qAbs(area(*mSession->geometry(mWest)) - expected) < 1e-10,
                 qPrintable(QString::number(area(*mSession->geometry(mWest)) - expected)));
        QVERIFY(!mSession->bufferedGeometry(mEast)); // the east zone is untouched
    }

    // A path into the west zone from the edge it shares: the west zone gives the dent up, and
    // the preview offers it to the east zone, so no gap opens; one undo step for both.
    void reshapeAlongASharedEdgeHandsTheAreaOver()
    {
        auto *tool = useTool<app::ReshapeTool>();
        const std::vector<QPoint> path =
            pixels({{125.1, 43.82}, {125.07, 43.82}, {125.07, 43.88}, {125.1, 43.88}});
        for (const QPoint &point : path)
            QTest::mouseClick(mCanvas, Qt::LeftButton, {}, point);
        QTest::keyClick(mCanvas, Qt::Key_Return);
        QVERIFY(tool->preview());
        QCOMPARE(mSession->undoStack()->count(), 0);
        QVERIFY(!tool->preview()->fit().neighbourChanges.empty());
        screenshot(QStringLiteral("reshape-preview.png"));
        QTest::keyClick(mCanvas, Qt::Key_C);
        QTRY_VERIFY(!tool->preview());
        QCOMPARE(mSession->undoStack()->count(), 1);
        const double west = area(*mSession->geometry(mWest)),
                     east = area(*mSession->geometry(mEast));
        QVERIFY(west < 0.01 - 0.001);
        QVERIFY(qAbs(west + east - 0.02) < 1e-12);
        QVERIFY(overlap(*mSession->geometry(mWest), *mSession->geometry(mEast)) < 1e-12);
        mSession->undoStack()->undo();
        QVERIFY(mSession->buffer().isEmpty());
    }

private:
    template <typename Tool> Tool *useTool()
    {
        // Snapping to the test zones alone: the bundled layers lie in the same place.
        auto tool =
            std::make_unique<Tool>(mCanvas, *mWindow->project(), mSession, QStringList{mId});
        Tool *raw = tool.get();
        mCanvas->setMapTool(raw);
        mTool = std::move(tool);
        return raw;
    }

    // While a zone is drawn (every left press is a corner), the middle button pans the map and
    // adds no corner; the next click adds one where it falls on the moved map.
    void middleButtonPansWhileDrawing()
    {
        auto *tool = useTool<app::DrawPolygonTool>();
        QTest::mouseClick(mCanvas, Qt::LeftButton, {}, pixels({{125.22, 43.82}})[0]);
        QCOMPARE(tool->digitizer()->points().size(), std::size_t(1));
        QTRY_VERIFY(!mCanvas->isRendering());
        const gis::Box before = mCanvas->visibleExtent();
        const QPoint from(mCanvas->width() / 2, mCanvas->height() / 2);
        const QPoint to = from + QPoint(60, 40);
        QTest::mousePress(mCanvas, Qt::MiddleButton, {}, from);
        QMouseEvent drag(QEvent::MouseMove, to, mCanvas->mapToGlobal(to), Qt::NoButton,
                         Qt::MiddleButton, Qt::NoModifier);
        QApplication::sendEvent(mCanvas, &drag);
        QTest::mouseRelease(mCanvas, Qt::MiddleButton, {}, to);
        const gis::Box after = mCanvas->visibleExtent();
        const double unitsPerPixel = mCanvas->unitsPerPixel();
        QVERIFY(qAbs((before.min_corner().x() - after.min_corner().x()) / unitsPerPixel - 60) < 1);
        QVERIFY(qAbs((after.min_corner().y() - before.min_corner().y()) / unitsPerPixel - 40) < 1);
        QCOMPARE(tool->digitizer()->points().size(), std::size_t(1));
        QCOMPARE(mSession->undoStack()->count(), 0);
        QTest::mouseClick(mCanvas, Qt::LeftButton, {}, pixels({{125.28, 43.82}})[0]);
        QCOMPARE(tool->digitizer()->points().size(), std::size_t(2));
        const gis::Point second = tool->digitizer()->points().back();
        const double degreesPerPixel = tool->digitizer()->layerUnitsPerPixel();
        QVERIFY(degreesPerPixel > 0);
        QVERIFY2(qAbs(second.x() - 125.28) < 2 * degreesPerPixel,
                 qPrintable(QString::number(second.x(), 'f', 6)));
    }

    // The pointer moved over the map with no button down (QTest::mouseMove would move the
    // cursor, which the offscreen platform does not report).
    void hover(const QPoint &pixel)
    {
        QMouseEvent move(QEvent::MouseMove, pixel, mCanvas->mapToGlobal(pixel), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(mCanvas, &move);
    }

    std::vector<QPoint> pixels(std::initializer_list<gis::Point> lonLat) const
    {
        std::vector<QPoint> points;
        for (const gis::Point &point : lonLat)
            points.push_back(mCanvas->toPixel(mToMap->transform(point)).toPoint());
        return points;
    }

    std::vector<gis::Point> layerPoints(const std::vector<QPoint> &pixels) const
    {
        std::vector<gis::Point> points;
        for (const QPoint &pixel : pixels)
            points.push_back(mToLayer->transform(mCanvas->toMap(pixel)));
        return points;
    }

    double totalArea() const
    {
        double total = 0;
        const auto zones = mSession->editedFeatures();
        for (const gis::Feature &zone : zones->features)
            total += area(zone.geometry);
        return total;
    }

    void screenshot(const QString &name)
    {
        const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        QTRY_VERIFY(!mCanvas->isRendering());
        mCanvas->grab().save(QDir(shots).filePath(name));
    }

    QTemporaryDir mFolder;
    int mRun = 0;
    std::unique_ptr<app::MainWindow> mWindow;
    app::MapCanvas *mCanvas = nullptr;
    app::EditingActions *mActions = nullptr;
    core::EditSession *mSession = nullptr;
    QString mId;
    qint64 mWest = 0, mEast = 0;
    std::unique_ptr<gis::CoordinateTransform> mToMap, mToLayer;
    std::unique_ptr<app::MapTool> mTool;
};

PLANMAP_TEST(tst_drawingtools)
#include "tst_drawingtools.moc"
