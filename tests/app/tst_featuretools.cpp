#include "bundledwindow.h"
#include "testregistry.h"
#include "zonesfixture.h"

#include "canvas/mapcanvas.h"
#include "crs/coordinatetransform.h"
#include "docks/layertreedock.h"
#include "editing/attributeform.h"
#include "editing/editingactions.h"
#include "editing/editsession.h"
#include "editing/featureeditingactions.h"
#include "editing/layerediting.h"
#include "editing/movefeaturetool.h"
#include "editing/selecttool.h"
#include "geometry/vertexedit.h"
#include "project/planproject.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/strategies/cartesian/area.hpp>

namespace {

using Indices = core::FeatureSelection::Indices;

// Three zones side by side (0.1° squares from 125.0° E, 43.8° N) with the zones layer's fields.
bool writeZonesWithAttributes(const QString &path)
{
    gis::FeatureCollection zones;
    zones.name = QStringLiteral("zones");
    zones.crs = gis::Crs::wgs84();
    zones.kind = gis::GeometryKind::Polygon;
    for (const char *field : {"key", "name_zh", "name_en", "status", "note", "plate"})
        zones.fields.push_back({QLatin1String(field), QMetaType::QString});
    const QStringList chinese = {QStringLiteral("西区"), QStringLiteral("中区"),
                                 QStringLiteral("东区")};
    const QStringList english = {QStringLiteral("West"), QStringLiteral("Centre"),
                                 QStringLiteral("East")};
    for (int i = 0; i < 3; ++i) {
        zones.features.push_back(
            {qint64(i),
             {QStringLiteral("z%1").arg(i), chinese[i], english[i],
              i == 1 ? QStringLiteral("planned") : QStringLiteral("schematic"), QString(),
              QStringLiteral("film_town")},
             gis::MultiPolygon{testing::squareZone(125.0 + 0.1 * i, 43.8, 0.1)}});
    }
    gis::GeoPackageWriter writer(path);
    QString error;
    return writer.open(&error) && writer.writeLayer(zones, &error) && writer.commit(&error);
}

// For a look at the tools: PLANMAP_SCREENSHOT_DIR=folder.
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        widget->grab().save(QDir(shots).filePath(name));
}

double area(const gis::Geometry &geometry)
{
    return boost::geometry::area(std::get<gis::MultiPolygon>(geometry));
}

} // namespace

// The tools and actions on whole features, driven as the planner drives them: mouse events on
// the real map, the Edit menu's actions, the attribute form's fields.
class tst_featuretools : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(mFolder.isValid());
        const QString path = mFolder.filePath(QStringLiteral("zones-%1.gpkg").arg(++mRun));
        QVERIFY(writeZonesWithAttributes(path));
        mWindow = testing::openBundledWindow();
        QVERIFY(mWindow);
        core::PlanProject *project = mWindow->project();
        mId = project->addLayer(testing::zonesLayer(path));
        // Alone on the map: nothing else to snap to or pick.
        for (const auto &layer : project->layers())
            if (layer->id() != mId)
                project->setLayerVisible(layer->id(), false);
        for (const auto &layer : project->rasterLayers())
            project->setLayerVisible(layer->id(), false);
        auto *tree = mWindow->findChild<app::LayerTreeDock *>();
        tree->tree()->setCurrentItem(tree->itemForLayer(mId));
        canvas()->zoomToLayer(mId);
        QVERIFY(actions()->toggleEditing(mId));
        mSession = actions()->editing()->session(mId);
        QVERIFY(mSession);
        mToMap = std::make_unique<gis::CoordinateTransform>(gis::Crs::wgs84(), project->crs());
        mToLayer = std::make_unique<gis::CoordinateTransform>(project->crs(), gis::Crs::wgs84());
        QTRY_VERIFY_WITH_TIMEOUT(!canvas()->isRendering(), 15000);
    }

    void cleanup()
    {
        if (mWindow)
            mWindow->setSavePrompt(
                [](QWidget *, const QString &) { return app::SaveChoice::Discard; });
        mWindow.reset();
    }

    void clickShiftAndCtrlSelect()
    {
        features()->selectAction()->trigger();
        QVERIFY(qobject_cast<app::SelectTool *>(canvas()->mapTool()));
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, at(125.05, 43.85));
        QCOMPARE(selected(), (Indices{0}));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::ShiftModifier, at(125.25, 43.85));
        QCOMPARE(selected(), (Indices{0, 2}));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::ControlModifier, at(125.05, 43.85));
        QCOMPARE(selected(), (Indices{2}));
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, at(125.15, 43.85));
        QCOMPARE(selected(), (Indices{1}));
        // Beside every zone: nothing is selected.
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, at(125.15, 43.95));
        QCOMPARE(selected(), Indices{});
        // The selection is the project's: the map highlights it.
        QCOMPARE(mWindow->project()->selection()->count(), std::size_t(0));
    }

    void rectangleSelectsWhatItTouches()
    {
        features()->selectAction()->trigger();
        // From inside the first zone to inside the second: both, not the third.
        QTest::mousePress(canvas(), Qt::LeftButton, {}, at(125.08, 43.82));
        QTest::mouseMove(canvas(), at(125.12, 43.88));
        saveScreenshot(canvas(), QStringLiteral("select-rectangle-drag.png"));
        QTest::mouseRelease(canvas(), Qt::LeftButton, {}, at(125.12, 43.88));
        QCOMPARE(selected(), (Indices{0, 1}));
        saveScreenshot(canvas(), QStringLiteral("select-rectangle-selected.png"));
        // Ctrl toggles what the next rectangle touches: the second goes, the third comes.
        QTest::mousePress(canvas(), Qt::LeftButton, Qt::ControlModifier, at(125.15, 43.82));
        QTest::mouseMove(canvas(), at(125.25, 43.83));
        QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::ControlModifier, at(125.25, 43.83));
        QCOMPARE(selected(), (Indices{0, 2}));
    }

    void polygonSelectsWhatItTouches()
    {
        features()->selectByPolygonAction()->trigger();
        auto *tool = qobject_cast<app::SelectTool *>(canvas()->mapTool());
        QVERIFY(tool);
        QCOMPARE(tool->shape(), app::SelectTool::Shape::Polygon);
        // A triangle over the second and third zones, closed by a double-click.
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, at(125.15, 43.82));
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, at(125.25, 43.82));
        QCOMPARE(selected(), Indices{}); // nothing until it is closed
        QTest::mouseDClick(canvas(), Qt::LeftButton, {}, at(125.2, 43.88));
        QCOMPARE(selected(), (Indices{1, 2}));
        // Closed by Enter: a triangle inside the first zone.
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, at(125.02, 43.82));
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, at(125.08, 43.82));
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, at(125.05, 43.88));
        QTest::keyClick(canvas(), Qt::Key_Return);
        QCOMPARE(selected(), (Indices{0}));
        // Esc drops the polygon: Enter then has nothing to close.
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, at(125.15, 43.82));
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, at(125.25, 43.82));
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, at(125.2, 43.88));
        QTest::keyClick(canvas(), Qt::Key_Escape);
        QTest::keyClick(canvas(), Qt::Key_Return);
        QCOMPARE(selected(), (Indices{0}));
    }

    void doubleClickOpensTheAttributeForm()
    {
        features()->selectAction()->trigger();
        QTest::mouseDClick(canvas(), Qt::LeftButton, {}, at(125.15, 43.85));
        QCOMPARE(selected(), (Indices{1}));
        app::AttributeForm *form = nullptr;
        QTRY_VERIFY((form = mWindow->findChild<app::AttributeForm *>()) && form->isVisible());
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("name_zh"))->text(),
                 QStringLiteral("中区"));
        form->reject();
    }

    void dragMovesTheFeatureByTheOffsetInOneStep()
    {
        features()->moveAction()->trigger();
        QVERIFY(qobject_cast<app::MoveFeatureTool *>(canvas()->mapTool()));
        const gis::Geometry before = *mSession->geometry(fid(0));
        const QPoint press = at(125.05, 43.85);
        const QPoint release = press + QPoint(40, -25);
        waitUntilTheMapIsStill();
        QSignalSpy frames(canvas(), &app::MapCanvas::frameRendered);
        QTest::mousePress(canvas(), Qt::LeftButton, {}, press);
        QCOMPARE(selected(), (Indices{0})); // pressed on, so selected
        QTest::mouseMove(canvas(), press + QPoint(20, -10));
        QTest::mouseMove(canvas(), release);
        QTest::qWait(3 * app::MapCanvas::refreshDelayMs);
        // Only the outline follows: no frame is rendered during the drag.
        QVERIFY(!canvas()->isRendering());
        QCOMPARE(frames.size(), 0);
        QCOMPARE(mSession->undoStack()->count(), 0);
        saveScreenshot(canvas(), QStringLiteral("move-feature-drag.png"));
        QTest::mouseRelease(canvas(), Qt::LeftButton, {}, release);

        QCOMPARE(mSession->undoStack()->count(), 1);
        const gis::Point from = mToLayer->transform(canvas()->toMap(press));
        const gis::Point to = mToLayer->transform(canvas()->toMap(release));
        const gis::Geometry after = *mSession->geometry(fid(0));
        for (int v = 0; v < 5; ++v) {
            const gis::Point was = *gis::vertexAt(before, {0, 0, v});
            const gis::Point now = *gis::vertexAt(after, {0, 0, v});
            QVERIFY(std::abs(now.x() - was.x() - (to.x() - from.x())) < 1e-9);
            QVERIFY(std::abs(now.y() - was.y() - (to.y() - from.y())) < 1e-9);
        }
        QVERIFY(!mSession->bufferedGeometry(fid(1))); // the neighbour stays
        QVERIFY(to.x() - from.x() > 0.001);
        mSession->undoStack()->undo();
        QVERIFY(!mSession->bufferedGeometry(fid(0)));
        QCOMPARE(selected(), (Indices{0})); // the edit kept the selection
    }

    void escapeDropsTheDrag()
    {
        features()->moveAction()->trigger();
        const QPoint press = at(125.05, 43.85);
        QTest::mousePress(canvas(), Qt::LeftButton, {}, press);
        QTest::mouseMove(canvas(), press + QPoint(30, 30));
        QTest::keyClick(canvas(), Qt::Key_Escape);
        QTest::mouseRelease(canvas(), Qt::LeftButton, {}, press + QPoint(30, 30));
        QCOMPARE(mSession->undoStack()->count(), 0);
        QVERIFY(mSession->buffer().isEmpty());
    }

    void dragMovesEverySelectedFeature()
    {
        features()->moveAction()->trigger();
        mWindow->project()->selection()->setSelected(mId, {0, 1});
        const QPoint press = at(125.15, 43.85);
        QTest::mousePress(canvas(), Qt::LeftButton, {}, press);
        QTest::mouseMove(canvas(), press + QPoint(0, -30));
        QTest::mouseRelease(canvas(), Qt::LeftButton, {}, press + QPoint(0, -30));
        QCOMPARE(mSession->undoStack()->count(), 1);
        QVERIFY(mSession->bufferedGeometry(fid(0)));
        QVERIFY(mSession->bufferedGeometry(fid(1)));
        QVERIFY(!mSession->bufferedGeometry(fid(2)));
        QCOMPARE(selected(), (Indices{0, 1}));
    }

    // Grabbed at its corner and let go near another zone's corner, the zone lands on it exactly.
    void grabbedVertexSnapsExactly()
    {
        features()->moveAction()->trigger();
        const gis::Point corner = *gis::vertexAt(*mSession->geometry(fid(0)), {0, 0, 0});
        const gis::Point target = *gis::vertexAt(*mSession->geometry(fid(2)), {0, 0, 1});
        const QPoint press = pixel(corner) + QPoint(2, -1);
        const QPoint release = pixel(target) + QPoint(3, 2);
        QTest::mousePress(canvas(), Qt::LeftButton, {}, press);
        QTest::mouseMove(canvas(), release);
        QTest::mouseRelease(canvas(), Qt::LeftButton, {}, release);
        QCOMPARE(mSession->undoStack()->count(), 1);
        const gis::Point moved = *gis::vertexAt(*mSession->geometry(fid(0)), {0, 0, 0});
        QCOMPARE(moved.x(), corner.x() + (target.x() - corner.x()));
        QCOMPARE(moved.y(), corner.y() + (target.y() - corner.y()));
    }

    void deleteIsOneUndoStep()
    {
        mWindow->project()->selection()->setSelected(mId, {0, 2});
        QAction *remove = features()->deleteAction();
        QVERIFY(remove->isEnabled());
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        remove->trigger();
        QCOMPARE(mSession->editedFeatures()->features.size(), std::size_t(1));
        QCOMPARE(mSession->undoStack()->count(), 1);
        QCOMPARE(selected(), Indices{}); // the deleted features left the selection
        QVERIFY(!remove->isEnabled());
        mSession->undoStack()->undo();
        QCOMPARE(mSession->editedFeatures()->features.size(), std::size_t(3));
        QVERIFY(mSession->buffer().isEmpty());
    }

    // Delete on the map removes the selected features, unless the tool takes the key.
    void deleteKeyOnTheMap()
    {
        mWindow->activateWindow();
        canvas()->setFocus();
        QTRY_VERIFY(canvas()->hasFocus());
        mWindow->project()->selection()->setSelected(mId, {1});
        QTest::keyClick(canvas(), Qt::Key_Delete);
        QCOMPARE(mSession->editedFeatures()->features.size(), std::size_t(2));
        QCOMPARE(mSession->undoStack()->count(), 1);

        // The vertex tool deletes the vertex last pressed, the features stay.
        actions()->vertexToolAction()->trigger();
        mWindow->project()->selection()->setSelected(mId, {0});
        const QPoint corner = at(125.0, 43.8);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, corner);
        QTest::keyClick(canvas(), Qt::Key_Delete);
        QCOMPARE(mSession->editedFeatures()->features.size(), std::size_t(2));
        QCOMPARE(mSession->undoStack()->count(), 2);
        QCOMPARE(gis::vertexCount(*mSession->geometry(fid(0))), std::size_t(4));
    }

    void mergeTouchingZonesAndRefuseOthers()
    {
        const double total = area(*mSession->geometry(fid(0))) + area(*mSession->geometry(fid(1)));
        mWindow->project()->selection()->setSelected(mId, {0, 1});
        QVERIFY(features()->mergeAction()->isEnabled());
        features()->mergeAction()->trigger();
        QCOMPARE(mSession->editedFeatures()->features.size(), std::size_t(2));
        QCOMPARE(mSession->undoStack()->count(), 1);
        QVERIFY(std::abs(area(*mSession->geometry(fid(0))) - total) < 1e-9);
        QCOMPARE(selected(), Indices{0}); // the merged zone
        mSession->undoStack()->undo();
        QCOMPARE(mSession->editedFeatures()->features.size(), std::size_t(3));

        // The first and the third do not touch: refused, and the planner is told why.
        mWindow->project()->selection()->setSelected(mId, {0, 2});
        features()->mergeAction()->trigger();
        QCOMPARE(mSession->undoStack()->index(), 0);
        QMessageBox *box = nullptr;
        QTRY_VERIFY(box = mWindow->findChild<QMessageBox *>(QStringLiteral("FeatureEditingError")));
        QVERIFY2(box->text().contains(QStringLiteral("do not touch")), qPrintable(box->text()));
        box->close();
    }

    void attributeFormValidatesAndWritesOneStep()
    {
        app::AttributeForm form(*mWindow->project(), mSession, {fid(0)}, mWindow.get());
        form.show();
        QPushButton *ok = form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *chinese = form.findChild<QLineEdit *>(QStringLiteral("name_zh"));
        auto *english = form.findChild<QLineEdit *>(QStringLiteral("name_en"));
        auto *plate = form.findChild<QComboBox *>(QStringLiteral("plate"));
        auto *status = form.findChild<QComboBox *>(QStringLiteral("status"));
        auto *note = form.findChild<QLineEdit *>(QStringLiteral("note"));
        QVERIFY(chinese && english && plate && status && note);
        QCOMPARE(plate->currentData().toString(), QStringLiteral("film_town"));
        QCOMPARE(status->currentData().toString(), QStringLiteral("schematic"));
        // The plates layer's plates are offered, the layer's statuses too.
        QVERIFY(plate->findData(QStringLiteral("automobile_town")) >= 0);
        QVERIFY(status->findData(QStringLiteral("planned")) >= 0);
        QVERIFY(ok->isEnabled());

        chinese->clear();
        QTest::keyClicks(chinese, QStringLiteral("Film Town"));
        QVERIFY(!ok->isEnabled());
        auto *reason = form.findChild<QLabel *>(QStringLiteral("name_zh_reason"));
        QCOMPARE(reason->text(), core::ZoneAttributeRules::checkChineseName(chinese->text()));
        QVERIFY(!reason->text().isEmpty());
        QVERIFY(!reason->isHidden());
        chinese->setText(QStringLiteral("影都新区"));
        QVERIFY(ok->isEnabled());
        QVERIFY(reason->text().isEmpty());
        QVERIFY(reason->isHidden());
        english->setText(QStringLiteral("影都"));
        QVERIFY(!ok->isEnabled());
        saveScreenshot(&form, QStringLiteral("attribute-form-invalid.png"));
        QVERIFY(!form.reason(QStringLiteral("name_en")).isEmpty());
        english->setText(QStringLiteral("Film New Area"));
        status->setCurrentIndex(status->findData(QString()));
        QVERIFY(!ok->isEnabled()); // a status is required
        status->setCurrentIndex(status->findData(QStringLiteral("planned")));
        plate->setCurrentIndex(plate->findData(QStringLiteral("automobile_town")));
        note->setText(QStringLiteral("boundary from the 2025 survey"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        QCOMPARE(form.result(), int(QDialog::Accepted));
        QCOMPARE(mSession->undoStack()->count(), 1);
        const auto feature = *mSession->feature(fid(0));
        const auto &fields = mSession->base();
        const auto value = [&](const char *field) {
            return fields.value(feature, QLatin1String(field)).toString();
        };
        QCOMPARE(value("name_zh"), QStringLiteral("影都新区"));
        QCOMPARE(value("name_en"), QStringLiteral("Film New Area"));
        QCOMPARE(value("plate"), QStringLiteral("automobile_town"));
        QCOMPARE(value("status"), QStringLiteral("planned"));
        QCOMPARE(value("note"), QStringLiteral("boundary from the 2025 survey"));
        QCOMPARE(value("key"), QStringLiteral("z0"));
        mSession->undoStack()->undo();
        QVERIFY(mSession->buffer().isEmpty());
    }

    // Zones whose names differ: the names stay empty and are kept; a status set is given to all.
    void attributeFormOnSeveralZones()
    {
        app::AttributeForm form(*mWindow->project(), mSession, {fid(0), fid(1)}, mWindow.get());
        auto *chinese = form.findChild<QLineEdit *>(QStringLiteral("name_zh"));
        auto *status = form.findChild<QComboBox *>(QStringLiteral("status"));
        QVERIFY(chinese->text().isEmpty());
        QVERIFY(form.isValid());
        status->setCurrentIndex(status->findData(QStringLiteral("planned")));
        form.accept();
        QCOMPARE(mSession->undoStack()->count(), 1);
        const auto &fields = mSession->base();
        for (qint64 id : {fid(0), fid(1)})
            QCOMPARE(fields.value(*mSession->feature(id), QStringLiteral("status")).toString(),
                     QStringLiteral("planned"));
        QCOMPARE(fields.value(*mSession->feature(fid(0)), QStringLiteral("name_zh")).toString(),
                 QStringLiteral("西区"));
        QCOMPARE(fields.value(*mSession->feature(fid(1)), QStringLiteral("name_zh")).toString(),
                 QStringLiteral("中区"));
    }

    // What the drawing tools call once a new zone is drawn.
    void editFeatureOpensTheFormWithoutBlocking()
    {
        QVERIFY(!app::AttributeForm::editFeature(*mWindow->project(), mSession, 99, mWindow.get()));
        app::AttributeForm *form =
            app::AttributeForm::editFeature(*mWindow->project(), mSession, fid(2), mWindow.get());
        QVERIFY(form);
        QVERIFY(form->isVisible());
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("name_en"))->text(),
                 QStringLiteral("East"));
        form->reject();
    }

private:
    app::MapCanvas *canvas() const { return mWindow->canvas(); }
    app::EditingActions *actions() const { return mWindow->editingActions(); }
    app::FeatureEditingActions *features() const { return actions()->featureActions(); }
    // Figures computed after the layer changed may still ask for a frame: wait them out.
    void waitUntilTheMapIsStill() const
    {
        QSignalSpy frames(canvas(), &app::MapCanvas::frameRendered);
        for (int round = 0; round < 20; ++round) {
            frames.clear();
            QTest::qWait(250);
            if (frames.isEmpty() && !canvas()->isRendering())
                return;
        }
    }
    Indices selected() const { return mWindow->project()->selection()->selected(mId); }
    QPoint pixel(const gis::Point &lonLat) const
    {
        return canvas()->toPixel(mToMap->transform(lonLat)).toPoint();
    }
    QPoint at(double lon, double lat) const { return pixel(gis::Point(lon, lat)); }
    // The id the GeoPackage gave the i-th zone.
    qint64 fid(int i) const { return mSession->base().features[std::size_t(i)].id; }

    QTemporaryDir mFolder;
    int mRun = 0;
    std::unique_ptr<app::MainWindow> mWindow;
    QString mId;
    core::EditSession *mSession = nullptr;
    std::unique_ptr<gis::CoordinateTransform> mToMap;
    std::unique_ptr<gis::CoordinateTransform> mToLayer;
};

PLANMAP_TEST(tst_featuretools)
#include "tst_featuretools.moc"
