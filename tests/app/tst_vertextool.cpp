#include "bundledwindow.h"
#include "testregistry.h"
#include "zonesfixture.h"

#include "canvas/mapcanvas.h"
#include "crs/coordinatetransform.h"
#include "docks/layertreedock.h"
#include "editing/editingactions.h"
#include "editing/editsession.h"
#include "editing/layerediting.h"
#include "editing/snappingoptionsdialog.h"
#include "editing/vertextool.h"
#include "project/planproject.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

// Two square zones side by side in their own GeoPackage, being edited with the vertex tool.
struct Scene
{
    std::unique_ptr<app::MainWindow> window;
    QString id;
    app::MapCanvas *canvas = nullptr;
    app::EditingActions *actions = nullptr;

    QPoint pixel(const gis::Point &lonLat) const
    {
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), window->project()->crs());
        return canvas->toPixel(toMap.transform(lonLat)).toPoint();
    }
    gis::Point lonLat(const QPoint &pixel) const
    {
        const gis::CoordinateTransform toLayer(window->project()->crs(), gis::Crs::wgs84());
        return toLayer.transform(canvas->toMap(pixel));
    }
    core::EditSession *session() const { return actions->editing()->session(id); }
    qint64 feature(int index) const { return session()->base().features[std::size_t(index)].id; }
    std::vector<gis::Point> ring(int index) const
    {
        return std::get<gis::MultiPolygon>(*session()->geometry(feature(index))).front().outer();
    }
    ~Scene()
    {
        if (window)
            window->setSavePrompt(
                [](QWidget *, const QString &) { return app::SaveChoice::Discard; });
    }
};

std::unique_ptr<Scene> openScene(const QTemporaryDir &folder)
{
    const QString path = folder.filePath(QStringLiteral("zones.gpkg"));
    if (!testing::writeZones(
            path, {testing::squareZone(125.0, 43.8, 0.1), testing::squareZone(125.1, 43.8, 0.1)}))
        return nullptr;
    auto scene = std::make_unique<Scene>();
    scene->window = testing::openBundledWindow();
    if (!scene->window)
        return nullptr;
    scene->id = scene->window->project()->addLayer(testing::zonesLayer(path));
    auto *tree = scene->window->findChild<app::LayerTreeDock *>();
    tree->tree()->setCurrentItem(tree->itemForLayer(scene->id));
    scene->canvas = scene->window->canvas();
    scene->canvas->zoomToLayer(scene->id);
    scene->actions = scene->window->editingActions();
    if (!scene->actions->toggleEditing(scene->id))
        return nullptr;
    scene->actions->vertexToolAction()->trigger();
    if (!scene->actions->vertexTool())
        return nullptr;
    return scene;
}

int countAt(const std::vector<gis::Point> &ring, double x, double y, double tolerance)
{
    int count = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) // the closing vertex is the first
        count += std::abs(ring[i].x() - x) <= tolerance && std::abs(ring[i].y() - y) <= tolerance;
    return count;
}

// Whether the canvas shows the snap marker's colour near a pixel.
bool markerNear(app::MapCanvas *canvas, const QPoint &pixel)
{
    const QImage image = canvas->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    for (int dx = -7; dx <= 7; ++dx) {
        for (int dy = -7; dy <= 7; ++dy) {
            const QColor colour =
                image.pixelColor(int((pixel.x() + dx) * ratio), int((pixel.y() + dy) * ratio));
            if (colour.red() > 0xd0 && std::abs(colour.green() - 0x9f) < 0x18 &&
                colour.blue() < 0x30)
                return true;
        }
    }
    return false;
}

} // namespace

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

    // A double-click on the edge two zones share puts a vertex there in both, in one step.
    void doubleClickOnASharedSegmentInsertsInBothZones()
    {
        QTemporaryDir folder;
        const auto scene = openScene(folder);
        QVERIFY(scene);
        const QPoint onEdge = scene->pixel(gis::Point(125.1, 43.85)) + QPoint(2, 0);
        QTest::mouseDClick(scene->canvas, Qt::LeftButton, {}, onEdge);
        QCOMPARE(scene->session()->undoStack()->count(), 1);
        const auto west = scene->ring(0), east = scene->ring(1);
        QCOMPARE(west.size(), std::size_t(6));
        QCOMPARE(east.size(), std::size_t(6));
        // On the edge itself (its nearest point), the same point in both zones.
        const gis::Point added = west[2];
        QCOMPARE(added.x(), 125.1);
        QVERIFY(std::abs(added.y() - scene->lonLat(onEdge).y()) < 1e-6);
        QCOMPARE(countAt(east, added.x(), added.y(), 0.0), 1);
        scene->session()->undoStack()->undo();
        QCOMPARE(scene->ring(0).size(), std::size_t(5));
        QCOMPARE(scene->ring(1).size(), std::size_t(5));
        // A double-click away from the zones adds nothing.
        QTest::mouseDClick(scene->canvas, Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(scene->session()->undoStack()->index(), 0);
    }

    // Dragging the shared edge by its middle moves both its ends in both zones: one step.
    void segmentDragMovesBothEndsInBothZones()
    {
        QTemporaryDir folder;
        const auto scene = openScene(folder);
        QVERIFY(scene);
        const QPoint grab = scene->pixel(gis::Point(125.1, 43.86));
        const QPoint drop = grab + QPoint(36, 0);
        QTest::mousePress(scene->canvas, Qt::LeftButton, {}, grab + QPoint(1, 0));
        for (int step = 1; step <= 3; ++step)
            QTest::mouseMove(scene->canvas, grab + QPoint(12 * step, 0));
        QVERIFY(scene->actions->vertexTool()->liveAreaText().count(QStringLiteral("km²")) == 4);
        QTest::mouseRelease(scene->canvas, Qt::LeftButton, {}, drop);
        QCOMPARE(scene->session()->undoStack()->count(), 1);
        const double dx = scene->lonLat(drop).x() - scene->lonLat(grab + QPoint(1, 0)).x();
        QVERIFY(dx > 0.001);
        const double x = 125.1 + dx, tolerance = 1e-9;
        for (int zone = 0; zone < 2; ++zone) {
            const auto ring = scene->ring(zone);
            QCOMPARE(countAt(ring, 125.1, 43.8, 1e-12), 0);
            QCOMPARE(countAt(ring, x, 43.8, tolerance), 1);
            QCOMPARE(countAt(ring, x, 43.9, tolerance), 1);
        }
        // Still one edge: the west zone's corners are exactly the east zone's.
        QVERIFY(scene->ring(0)[1].x() == scene->ring(1)[0].x());
        QVERIFY(scene->ring(0)[2].y() == scene->ring(1)[3].y());
        scene->session()->undoStack()->undo();
        QVERIFY(scene->session()->buffer().isEmpty());
        QCOMPARE(countAt(scene->ring(1), 125.1, 43.9, 0.0), 1);
    }

    // Before any press, hovering shows where a press would land: a vertex, or a segment.
    void hoverShowsTheSnapMarker()
    {
        QTemporaryDir folder;
        const auto scene = openScene(folder);
        QVERIFY(scene);
        app::VertexTool *tool = scene->actions->vertexTool();
        QTRY_VERIFY(!scene->canvas->isRendering());
        const QPoint corner = scene->pixel(gis::Point(125.1, 43.9));
        QTest::mouseMove(scene->canvas, corner + QPoint(3, 2));
        QVERIFY(tool->hovered());
        QCOMPARE(tool->hovered()->kind, core::SnapKind::Vertex);
        QVERIFY(markerNear(scene->canvas, corner));
        const QPoint edge = scene->pixel(gis::Point(125.05, 43.8));
        QTest::mouseMove(scene->canvas, edge + QPoint(0, 3));
        QVERIFY(tool->hovered());
        QCOMPARE(tool->hovered()->kind, core::SnapKind::Segment);
        QVERIFY(markerNear(scene->canvas, edge));
        QVERIFY(!markerNear(scene->canvas, corner));
        QTest::mouseMove(scene->canvas, QPoint(5, 5));
        QVERIFY(!tool->hovered());
        QVERIFY(!markerNear(scene->canvas, edge));
        QCOMPARE(scene->session()->undoStack()->count(), 0); // hovering edits nothing
    }

    // The snapping options decide what a drag snaps to: another layer's corner within reach
    // attracts the vertex, until the options leave that layer out.
    void snappingOptionsChangeWhatTheToolSnapsTo()
    {
        QTemporaryDir folder;
        const auto scene = openScene(folder);
        QVERIFY(scene);
        const QPoint shared = scene->pixel(gis::Point(125.1, 43.9));
        const QPoint drop = shared + QPoint(40, -25);
        const gis::Point targetCorner = scene->lonLat(drop + QPoint(4, -3));
        const QString targets = folder.filePath(QStringLiteral("targets.gpkg"));
        QVERIFY(testing::writeZones(
            targets, {testing::squareZone(targetCorner.x(), targetCorner.y(), 0.05)}));
        const QString targetId = scene->window->project()->addLayer(testing::zonesLayer(targets));
        auto *tree = scene->window->findChild<app::LayerTreeDock *>();
        tree->tree()->setCurrentItem(tree->itemForLayer(scene->id)); // still the edited one
        // Through the dialog: snap to the ticked layers only, within `tolerance` pixels.
        const auto chooseInDialog = [&](const QStringList &ticked, double tolerance) {
            scene->actions->snappingOptionsAction()->trigger();
            auto *dialog = scene->window->findChild<app::SnappingOptionsDialog *>(
                QStringLiteral("SnappingOptionsDialog"));
            QVERIFY(dialog);
            dialog->findChild<QCheckBox *>(QStringLiteral("AllVisibleLayers"))->setChecked(false);
            auto *layers = dialog->findChild<QListWidget *>(QStringLiteral("SnapLayers"));
            QVERIFY(layers->isEnabled());
            for (int row = 0; row < layers->count(); ++row) {
                QListWidgetItem *item = layers->item(row);
                item->setCheckState(ticked.contains(item->data(Qt::UserRole).toString())
                                        ? Qt::Checked
                                        : Qt::Unchecked);
            }
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("SnapTolerance"))
                ->setValue(tolerance);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QTRY_VERIFY(!scene->window->findChild<app::SnappingOptionsDialog *>(
                QStringLiteral("SnappingOptionsDialog")));
        };
        const auto drag = [&] {
            QTest::mousePress(scene->canvas, Qt::LeftButton, {}, shared);
            QTest::mouseMove(scene->canvas, drop);
            const auto snapped = scene->actions->vertexTool()->dragSnap();
            QTest::mouseRelease(scene->canvas, Qt::LeftButton, {}, drop);
            return snapped;
        };

        chooseInDialog({scene->id, targetId}, 8);
        QVERIFY(scene->actions->vertexTool()); // made again with the new settings
        QCOMPARE(scene->actions->vertexTool()->snapLayers(), (QStringList{scene->id, targetId}));
        const auto snapped = drag();
        QVERIFY(snapped);
        QCOMPARE(snapped->layerId, targetId);
        QCOMPARE(countAt(scene->ring(0), targetCorner.x(), targetCorner.y(), 0.0), 1);
        scene->session()->undoStack()->undo();

        // The edited layer only, within 3 pixels: the other layer's corner no longer attracts.
        chooseInDialog({scene->id}, 3);
        const core::SnappingSettings &settings = scene->window->project()->snappingSettings();
        QVERIFY(!settings.allVisibleLayers);
        QCOMPARE(settings.layerIds, QStringList{scene->id});
        QCOMPARE(settings.tolerancePixels, 3.0);
        QVERIFY(scene->actions->vertexTool());
        QCOMPARE(scene->actions->vertexTool()->snapLayers(), QStringList{scene->id});
        QCOMPARE(scene->actions->vertexTool()->snappingSettings().tolerancePixels, 3.0);

        QVERIFY(!drag());
        QCOMPARE(countAt(scene->ring(0), targetCorner.x(), targetCorner.y(), 1e-9), 0);
        const gis::Point free = scene->lonLat(drop);
        QCOMPARE(countAt(scene->ring(0), free.x(), free.y(), 1e-9), 1);
    }
};

PLANMAP_TEST(tst_vertextool)
#include "tst_vertextool.moc"
