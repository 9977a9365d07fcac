#include "bundledwindow.h"
#include "testregistry.h"

#include "canvas/mapcanvas.h"
#include "crs/coordinatetransform.h"
#include "docks/layertreedock.h"
#include "loadprogress.h"
#include "mainwindow.h"
#include "project/planproject.h"

#include <boost/geometry/algorithms/equals.hpp>
#include <boost/geometry/algorithms/within.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeWidget>

#include <set>

namespace {

int distinctColours(const QImage &image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class tst_mainwindow : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        mWindow = testing::openBundledWindow();
        QVERIFY(mWindow);
    }
    void cleanup() { mWindow.reset(); }

    void showsTheLayersInGroups()
    {
        QTreeWidget *tree = mWindow->layerTree()->tree();
        QCOMPARE(tree->topLevelItemCount(), 5);
        int layers = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            layers += tree->topLevelItem(i)->childCount();
        QCOMPARE(layers, 10);
    }
    void loadingShowsProgressAndCanBeCancelled()
    {
        app::LoadProgress *progress = mWindow->loadProgress();
        QVERIFY(!progress->isVisible());
        const core::PlanProject *before = mWindow->project();
        QSignalSpy opened(mWindow.get(), &app::MainWindow::projectOpened);
        QVERIFY(mWindow->openInitialProject({}));
        QVERIFY(progress->isVisible());
        progress->findChild<QToolButton *>(QStringLiteral("CancelLoad"))->click();
        QTRY_VERIFY(!mWindow->isLoading());
        QVERIFY(!opened.wait(500));
        QTRY_VERIFY(!progress->isVisible());
        QCOMPARE(mWindow->project(), before); // the open project stays
        // Loading again, uncancelled, replaces it and hides the bar.
        QVERIFY(mWindow->openInitialProject({}));
        QVERIFY(opened.wait(15000));
        QVERIFY(!progress->isVisible());
        QVERIFY(mWindow->project() != before);
    }
    void drawsAMapWithManyColours()
    {
        const QImage frame = mWindow->canvas()->frame();
        QVERIFY(!frame.isNull());
        QVERIFY2(distinctColours(frame) > 30, qPrintable(QString::number(distinctColours(frame))));
        QVERIFY(!mWindow->canvas()->frameLabels().empty());
    }
    // An edit replaces a layer's features: the map draws the new ones without being asked.
    void replacedFeaturesAreDrawn()
    {
        core::PlanProject *project = mWindow->project();
        auto empty = std::make_shared<gis::FeatureCollection>(
            project->layer(QStringLiteral("plates"))->features());
        empty->features.clear();
        empty->geometries = gis::GeometryStore();
        QSignalSpy frames(mWindow->canvas(), &app::MapCanvas::frameRendered);
        QVERIFY(project->replaceLayerFeatures(QStringLiteral("plates"), empty));
        QVERIFY(frames.wait(15000));
        QCOMPARE(project->layer(QStringLiteral("plates"))->features().features.size(),
                 std::size_t(0));
    }
    void uncheckingALayerHidesIt()
    {
        QTreeWidget *tree = mWindow->layerTree()->tree();
        QTreeWidgetItem *cities = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                if (tree->topLevelItem(i)->child(j)->data(0, Qt::UserRole + 1).toString() ==
                    u"cities")
                    cities = tree->topLevelItem(i)->child(j);
        QVERIFY(cities);
        const std::size_t labelsBefore = mWindow->canvas()->frameLabels().size();
        cities->setCheckState(0, Qt::Unchecked);
        QVERIFY(!mWindow->project()->layer(QStringLiteral("cities"))->isVisible());
        QVERIFY(testing::waitForFrame(mWindow->canvas()));
        QVERIFY(mWindow->canvas()->frameLabels().size() != labelsBefore);
    }
    void wheelZoomChangesTheScale()
    {
        app::MapCanvas *canvas = mWindow->canvas();
        const double before = canvas->scaleDenominator();
        canvas->zoomBy(0.5, QPointF(canvas->width() / 2.0, canvas->height() / 2.0));
        QVERIFY(std::abs(canvas->scaleDenominator() / before - 0.5) < 1e-3);
        QVERIFY(testing::waitForFrame(canvas));
    }
    void statusBarShowsCursorLongitudeLatitude()
    {
        app::MapCanvas *canvas = mWindow->canvas();
        // The centre of the first view lies inside Jilin: 121.6–131.3°E, 40.9–46.3°N.
        QTest::mouseMove(canvas, QPoint(canvas->width() / 2, canvas->height() / 2));
        const QString text = mWindow->coordinateText();
        QRegularExpression lonLat(QStringLiteral("([0-9.]+)°\\D+([0-9.]+)°"));
        const auto match = lonLat.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        const double lon = match.captured(1).toDouble(), lat = match.captured(2).toDouble();
        QVERIFY2(lon > 121.6 && lon < 131.3 && lat > 40.9 && lat < 46.3, qPrintable(text));
    }
    void dragPansTheMap()
    {
        app::MapCanvas *canvas = mWindow->canvas();
        const gis::Box before = canvas->extent();
        const QPoint start(canvas->width() / 2, canvas->height() / 2);
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, start);
        QMouseEvent move(QEvent::MouseMove, start + QPoint(100, 0),
                         canvas->mapToGlobal(start + QPoint(100, 0)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, start + QPoint(100, 0));
        // Dragging right moves the view west by 100 pixels' worth of map units.
        QVERIFY(canvas->extent().min_corner().x() < before.min_corner().x());
        QVERIFY(testing::waitForFrame(canvas));
    }
    void typedScaleZoomsThere()
    {
        QLineEdit *scale = mWindow->scaleEdit();
        scale->setText(QStringLiteral("1:50000"));
        QMetaObject::invokeMethod(scale, "returnPressed");
        const double reached = mWindow->canvas()->scaleDenominator();
        QVERIFY2(std::abs(reached / 50000.0 - 1.0) < 0.005, qPrintable(QString::number(reached)));
        QVERIFY(testing::waitForFrame(mWindow->canvas()));
    }
    void switchingCrsKeepsCentreAndScale()
    {
        app::MapCanvas *canvas = mWindow->canvas();
        canvas->zoomToScale(1000000);
        const auto centreLonLat = [canvas](const gis::Crs &crs) {
            const gis::Box box = canvas->visibleExtent();
            gis::CoordinateTransform toLonLat(crs, gis::Crs::wgs84());
            return toLonLat.transform(
                gis::Point((box.min_corner().x() + box.max_corner().x()) / 2,
                           (box.min_corner().y() + box.max_corner().y()) / 2));
        };
        const gis::Point before = centreLonLat(mWindow->project()->crs());
        const double scaleBefore = canvas->scaleDenominator();
        const gis::Crs gaussKruger = gis::Crs::fromUserInput(QStringLiteral("EPSG:4551"));
        canvas->setCrs(gaussKruger);
        QCOMPARE(mWindow->project()->crs().authId(), QStringLiteral("EPSG:4551"));
        const gis::Point after = centreLonLat(gaussKruger);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-6 && std::abs(after.y() - before.y()) < 1e-6);
        QVERIFY2(std::abs(canvas->scaleDenominator() / scaleBefore - 1.0) < 0.005,
                 qPrintable(QString::number(canvas->scaleDenominator())));
        // Meridian convergence of a transverse Mercator: about (λ − λ0)·sin φ, clockwise when
        // west of the central meridian.
        const double expected = -(before.x() - 126.0) * std::sin(before.y() * M_PI / 180.0);
        QVERIFY2(std::abs(canvas->northAngle() - expected) < 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(canvas->northAngle()).arg(expected)));
        QVERIFY(testing::waitForFrame(canvas));
        QVERIFY2(distinctColours(canvas->frame()) > 10, "the map is drawn in the new CRS");
    }
    void previousAndNextViews()
    {
        app::MapCanvas *canvas = mWindow->canvas();
        const gis::Box first = canvas->extent();
        canvas->zoomBy(0.5, QPointF(10, 10));
        const gis::Box second = canvas->extent();
        QVERIFY(canvas->canGoBack());
        canvas->goBack();
        QVERIFY(boost::geometry::equals(canvas->extent(), first));
        QVERIFY(canvas->canGoForward());
        canvas->goForward();
        QVERIFY(boost::geometry::equals(canvas->extent(), second));
        QVERIFY(!canvas->canGoForward());
        QVERIFY(testing::waitForFrame(canvas));
    }
    void bookmarksPlaceTheirPlaces()
    {
        const QVector<core::Bookmark> &bookmarks = mWindow->project()->bookmarks();
        QCOMPARE(bookmarks.size(), 5);
        app::MapCanvas *canvas = mWindow->canvas();
        for (const core::Bookmark &bookmark : bookmarks) {
            if (bookmark.id != u"changchun_jilin_axis")
                continue;
            canvas->zoomToLonLat(bookmark.lonLatExtent);
            gis::CoordinateTransform toMap(gis::Crs::wgs84(), mWindow->project()->crs());
            for (const gis::Point &city :
                 {gis::Point(125.3245, 43.8868), gis::Point(126.5496, 43.8378)})
                QVERIFY(boost::geometry::within(toMap.transform(city), canvas->visibleExtent()));
            QVERIFY(canvas->scaleDenominator() < 2e6);
        }
        QVERIFY(testing::waitForFrame(canvas));
    }
    void zoomToLayerShowsIt()
    {
        app::MapCanvas *canvas = mWindow->canvas();
        canvas->zoomToLayer(QStringLiteral("plates"));
        // The four plates lie within ~50 km of Changchun: a city-scale view.
        QVERIFY2(canvas->scaleDenominator() < 600000,
                 qPrintable(QString::number(canvas->scaleDenominator())));
        QVERIFY(testing::waitForFrame(canvas));
    }
    void provinceScaleIsPlausible()
    {
        // Jilin is ~750 km across; in a ~900 px wide view at 96 dpi that is about 1:3.5 million.
        const double scale = mWindow->canvas()->scaleDenominator();
        QVERIFY2(scale > 1e6 && scale < 1e7, qPrintable(QString::number(scale)));
    }

private:
    std::unique_ptr<app::MainWindow> mWindow;
};

PLANMAP_TEST(tst_mainwindow)
#include "tst_mainwindow.moc"
