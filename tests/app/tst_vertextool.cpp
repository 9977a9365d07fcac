#include "bundledwindow.h"
#include "testregistry.h"
#include "zonesfixture.h"

#include "canvas/mapcanvas.h"
#include "crs/coordinatetransform.h"
#include "docks/layertreedock.h"
#include "editing/editingactions.h"
#include "editing/editsession.h"
#include "editing/layerediting.h"
#include "editing/vertextool.h"
#include "project/planproject.h"

#include <QAction>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

// Dragging a vertex on the map: the tool picks the vertex two zones share, shows the changed
// areas while dragging, and one undoable move puts the vertex where the pointer let go, in both.
class tst_vertextool : public QObject
{
    Q_OBJECT
private slots:
    void dragMovesASharedVertexInBothZones()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("zones.gpkg"));
        QVERIFY(testing::writeZones(
            path, {testing::squareZone(125.0, 43.8, 0.1), testing::squareZone(125.1, 43.8, 0.1)}));

        auto window = testing::openBundledWindow();
        QVERIFY(window);
        const auto layer = testing::zonesLayer(path);
        const QString id = window->project()->addLayer(layer);
        auto *tree = window->findChild<app::LayerTreeDock *>();
        tree->tree()->setCurrentItem(tree->itemForLayer(id));
        app::MapCanvas *canvas = window->canvas();
        canvas->zoomToLayer(id);
        app::EditingActions *actions = window->editingActions();
        QVERIFY(actions->toggleEditing(id));
        QVERIFY(actions->vertexToolAction()->isEnabled());
        actions->vertexToolAction()->trigger();
        QVERIFY(actions->vertexTool());
        QCOMPARE(canvas->mapTool(), actions->vertexTool());

        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), window->project()->crs());
        const gis::CoordinateTransform toLayer(window->project()->crs(), gis::Crs::wgs84());
        const QPoint shared = canvas->toPixel(toMap.transform(gis::Point(125.1, 43.9))).toPoint();
        const QPoint target = shared + QPoint(40, -25);
        QTest::mousePress(canvas, Qt::LeftButton, {}, shared + QPoint(2, 1)); // within reach
        QTest::mouseMove(canvas, target);
        const QString live = actions->vertexTool()->liveAreaText();
        // Two zones, each with its area and the change.
        QVERIFY2(live.count(QStringLiteral("km²")) == 4, qPrintable(live));
        const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTRY_VERIFY(!canvas->isRendering());
            canvas->grab().save(QDir(shots).filePath(QStringLiteral("vertex-drag.png")));
        }
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, target);

        core::EditSession *session = actions->editing()->session(id);
        QCOMPARE(session->undoStack()->count(), 1);
        const gis::Point expected = toLayer.transform(canvas->toMap(target));
        const double tolerance = 1e-9;
        int moved = 0;
        for (qint64 fid : {session->base().features[0].id, session->base().features[1].id}) {
            const auto geometry = session->geometry(fid);
            for (int v = 0; v < 4; ++v) {
                const gis::Point point = *gis::vertexAt(*geometry, {0, 0, v});
                if (std::abs(point.x() - expected.x()) < tolerance &&
                    std::abs(point.y() - expected.y()) < tolerance)
                    ++moved;
            }
        }
        QCOMPARE(moved, 2); // the same vertex of both zones
        // A press away from any vertex is no edit: it pans as before.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(session->undoStack()->count(), 1);
        window->setSavePrompt([](QWidget *, const QString &) { return app::SaveChoice::Discard; });
    }
};

PLANMAP_TEST(tst_vertextool)
#include "tst_vertextool.moc"
