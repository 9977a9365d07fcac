#include "bundledwindow.h"
#include "testregistry.h"

#include "canvas/mapcanvas.h"
#include "dialogs/colorbutton.h"
#include "dialogs/layerpropertiesdialog.h"
#include "docks/layertreedock.h"
#include "mainwindow.h"
#include "project/planproject.h"

#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

namespace {

int countColour(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            count += image.pixelColor(x, y) == colour;
    return count;
}

QStringList treeOrder(const QTreeWidget *tree)
{
    QStringList ids;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            ids.push_back(tree->topLevelItem(i)->child(j)->data(0, Qt::UserRole + 1).toString());
    return ids;
}

} // namespace

class tst_layertree : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        mWindow = testing::openBundledWindow();
        QVERIFY(mWindow);
    }
    void cleanup() { mWindow.reset(); }

    void movingAGroupReordersTheTree()
    {
        core::PlanProject *project = mWindow->project();
        QTreeWidget *tree = mWindow->layerTree()->tree();
        const QString base = project->groups().last().id;
        const QString baseTitle = project->groups().last().title;
        QVERIFY(tree->topLevelItem(0)->text(0) != baseTitle);
        QVERIFY(project->moveGroup(base, 0));
        QCOMPARE(tree->topLevelItem(0)->text(0), baseTitle);
        QVERIFY(project->renameGroup(base, QStringLiteral("Base on top")));
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Base on top"));
        // The countries now cover the map: the frame changes.
        const QImage before = mWindow->canvas()->frame();
        QVERIFY(testing::waitForFrame(mWindow->canvas()));
        QVERIFY(mWindow->canvas()->frame() != before);
    }
    void propertiesDialogAppliesAStyle()
    {
        const QColor magenta(255, 0, 255);
        const QImage before = mWindow->canvas()->frame();
        QCOMPARE(countColour(before, magenta), 0);
        core::PlanProject *project = mWindow->project();
        app::LayerPropertiesDialog dialog(project, QStringLiteral("prefectures"));
        // For a person to look at: PLANMAP_SCREENSHOT_DIR=/tmp/shots build/tests/app_tests …
        const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog.show();
            dialog.grab().save(QDir(shots).filePath(QStringLiteral("layer_properties.png")));
        }
        dialog.findChild<app::ColorButton *>(QStringLiteral("fill"))->setColor(magenta);
        dialog.findChild<QSlider *>(QStringLiteral("opacity"))->setValue(100);
        dialog.apply();
        QCOMPARE(project->layer(QStringLiteral("prefectures"))->symbol().fillColor, magenta);
        QVERIFY(testing::waitForFrame(mWindow->canvas()));
        QVERIFY(countColour(mWindow->canvas()->frame(), magenta) > 100);
        // A scale range that excludes the current view hides the layer and greys it out.
        QTreeWidgetItem *item = mWindow->layerTree()->itemForLayer(QStringLiteral("prefectures"));
        const QColor normalText = item->foreground(0).color();
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("maxScale"))->setValue(1000);
        dialog.apply();
        QVERIFY(testing::waitForFrame(mWindow->canvas()));
        QCOMPARE(countColour(mWindow->canvas()->frame(), magenta), 0);
        item = mWindow->layerTree()->itemForLayer(QStringLiteral("prefectures"));
        QVERIFY(item->foreground(0).color() != normalText);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("maxScale"))->setValue(0);
        dialog.apply();
        QVERIFY(testing::waitForFrame(mWindow->canvas()));
        QVERIFY(countColour(mWindow->canvas()->frame(), magenta) > 100);
        // Half opacity: the magenta is gone, blended with what lies beneath.
        dialog.findChild<QSlider *>(QStringLiteral("opacity"))->setValue(50);
        dialog.apply();
        QCOMPARE(project->layer(QStringLiteral("prefectures"))->opacity(), 0.5);
        QVERIFY(testing::waitForFrame(mWindow->canvas()));
        QCOMPARE(countColour(mWindow->canvas()->frame(), magenta), 0);
    }
    void droppingAFileAddsALayer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sites.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature",
            "properties":{"name":"Site"},"geometry":{"type":"Point","coordinates":[125.3,43.9]}}]})");
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint centre = mWindow->canvas()->rect().center();
        // Dragged onto the map: the canvas passes it up to the window.
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(mWindow->canvas(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy added(mWindow.get(), &app::MainWindow::layersAdded);
        QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(mWindow->canvas(), &drop);
        QVERIFY(added.wait(15000));
        QCOMPARE(added.front().front().toInt(), 1);
        const gis::VectorLayer *layer = mWindow->project()->layer(QStringLiteral("sites"));
        QVERIFY(layer);
        QCOMPARE(mWindow->project()->drawingOrder().back(), QStringLiteral("sites"));
        QVERIFY(mWindow->layerTree()->itemForLayer(QStringLiteral("sites")));
    }
    void rasterLayerIsDrawnAndFadedThroughItsProperties()
    {
        // An ESRI ASCII grid, 125–126°E 43–44°N, all white (255), beside its CRS.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grid.asc"));
        QFile grid(path);
        QVERIFY(grid.open(QIODevice::WriteOnly));
        grid.write("ncols 4\nnrows 4\nxllcorner 125\nyllcorner 43\ncellsize 0.25\n"
                   "0 0 0 0\n0 0 0 0\n0 0 0 0\n0 0 0 255\n");
        grid.close();
        QFile prj(dir.filePath(QStringLiteral("grid.prj")));
        QVERIFY(prj.open(QIODevice::WriteOnly));
        prj.write(
            R"(GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.0174532925199433]])");
        prj.close();
        QSignalSpy added(mWindow.get(), &app::MainWindow::layersAdded);
        mWindow->addLayerFiles({path});
        QVERIFY(added.wait(15000));
        core::PlanProject *project = mWindow->project();
        QVERIFY(project->rasterLayer(QStringLiteral("grid")));
        app::MapCanvas *canvas = mWindow->canvas();
        canvas->zoomToLayer(QStringLiteral("grid"));
        QVERIFY(testing::waitForFrame(canvas));
        // Grey values stretch from black (0) to white (255).
        const QImage shown = canvas->frame();
        QVERIFY(countColour(shown, Qt::black) > 1000);
        app::LayerPropertiesDialog dialog(project, QStringLiteral("grid"));
        QCOMPARE(dialog.findChild<QTabWidget *>()->count(), 1); // no vector style for a raster
        dialog.findChild<QSlider *>(QStringLiteral("opacity"))->setValue(0);
        dialog.apply();
        QCOMPARE(project->rasterLayer(QStringLiteral("grid"))->opacity(), 0.0);
        QVERIFY(testing::waitForFrame(canvas));
        QCOMPARE(countColour(canvas->frame(), Qt::black), 0);
    }
    void draggingInTheTreeChangesTheDrawingOrder()
    {
        QTreeWidget *tree = mWindow->layerTree()->tree();
        core::PlanProject *project = mWindow->project();
        const QString bottom = project->drawingOrder().front();
        QTreeWidgetItem *dragged = mWindow->layerTree()->itemForLayer(bottom);
        QTreeWidgetItem *firstGroup = tree->topLevelItem(0);
        QTreeWidgetItem *target = firstGroup->child(0);
        const QString firstGroupId = firstGroup->data(0, Qt::UserRole + 2).toString();
        tree->setCurrentItem(dragged);
        tree->scrollToItem(target);
        // Dropped on the upper half of the top layer: the dragged layer goes above it.
        const QRect rect = tree->visualItemRect(target);
        const QPoint at(rect.center().x(), rect.top() + 2);
        QMimeData mime;
        mime.setData(QStringLiteral("application/x-qabstractitemmodeldatalist"), QByteArray());
        // A drop reaches only the widget that accepted the drag's entry.
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy moved(project, &core::PlanProject::layerMoved);
        QApplication::sendEvent(tree->viewport(), &drop);
        QVERIFY(moved.wait(5000));
        QCOMPARE(project->drawingOrder().back(), bottom);
        QCOMPARE(project->visibleLayerSnapshots().back().id, bottom);
        QCOMPARE(treeOrder(tree).front(), bottom);
        // The tree was rebuilt from the project: the old items are gone.
        QCOMPARE(project->groupOf(bottom), firstGroupId);
    }
    void removingALayerAsksFirst()
    {
        app::LayerTreeDock *dock = mWindow->layerTree();
        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (box)
                    box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        QVERIFY(!dock->removeLayerAfterConfirmation(QStringLiteral("cities")));
        QVERIFY(mWindow->project()->layer(QStringLiteral("cities")));
        answer(QMessageBox::Yes);
        QVERIFY(dock->removeLayerAfterConfirmation(QStringLiteral("cities")));
        QVERIFY(!mWindow->project()->layer(QStringLiteral("cities")));
        QVERIFY(!dock->itemForLayer(QStringLiteral("cities")));
        QVERIFY(testing::waitForFrame(mWindow->canvas()));
    }

private:
    std::unique_ptr<app::MainWindow> mWindow;
};

PLANMAP_TEST(tst_layertree)
#include "tst_layertree.moc"
