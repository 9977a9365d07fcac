#include "bundledproject.h"
#include "testdata.h"
#include "testregistry.h"

#include "layout/layoutjson.h"
#include "layout/layoutrenderer.h"
#include "layout/printlayout.h"
#include "project/planproject.h"
#include "project/projectfile.h"

#include "crs/coordinatetransform.h"

#include <boost/geometry/algorithms/distance.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/strategies/geographic/distance_vincenty.hpp>

#include <QTemporaryDir>

namespace {

namespace bg = boost::geometry;
using GeographicPoint = bg::model::point<double, 2, bg::cs::geographic<bg::degree>>;

bool inside(const QRectF &inner, const QRectF &outer)
{
    return inner.adjusted(0.001, 0.001, -0.001, -0.001).intersected(outer) ==
           inner.adjusted(0.001, 0.001, -0.001, -0.001);
}

} // namespace

class tst_printlayout : public QObject
{
    Q_OBJECT
private slots:
    void paperSizes_data()
    {
        QTest::addColumn<core::PaperSize>("paper");
        QTest::addColumn<core::PageOrientation>("orientation");
        QTest::addColumn<QSizeF>("size");
        QTest::newRow("A4 portrait")
            << core::PaperSize::A4 << core::PageOrientation::Portrait << QSizeF(210, 297);
        QTest::newRow("A3 landscape")
            << core::PaperSize::A3 << core::PageOrientation::Landscape << QSizeF(420, 297);
        QTest::newRow("A0 portrait")
            << core::PaperSize::A0 << core::PageOrientation::Portrait << QSizeF(841, 1189);
    }

    void paperSizes()
    {
        QFETCH(core::PaperSize, paper);
        QFETCH(core::PageOrientation, orientation);
        QFETCH(QSizeF, size);
        const core::PrintLayout layout = core::PrintLayout::arranged(
            QStringLiteral("x"), paper, orientation, {},
            {core::LayoutItemKind::Overview, core::LayoutItemKind::StatisticsTable});
        QCOMPARE(layout.pageSizeMm(), size);
        QCOMPARE(layout.items.size(), 10);
        // With the overview and the table too, no two items overlap.
        for (const core::LayoutItem &a : layout.items) {
            for (const core::LayoutItem &b : layout.items) {
                if (&a != &b)
                    QVERIFY(!a.rectMm.intersects(b.rectMm.adjusted(0.01, 0.01, -0.01, -0.01)));
            }
        }
        // Every item of the standard arrangement sits on the printable area, none overlapping
        // the map.
        const QRectF printable = layout.printableRectMm();
        const QRectF map = layout.item(core::LayoutItemKind::Map)->rectMm;
        for (const core::LayoutItem &item : layout.items) {
            QVERIFY2(inside(item.rectMm, printable),
                     qPrintable(core::LayoutJson::kindName(item.kind)));
            if (item.kind != core::LayoutItemKind::Map)
                QVERIFY(!item.rectMm.intersects(map.adjusted(0.01, 0.01, -0.01, -0.01)));
        }
    }

    void presets()
    {
        const core::PrintLayout wall = core::PrintLayout::wallMap();
        QCOMPARE(wall.paper, core::PaperSize::A3);
        QCOMPARE(wall.orientation, core::PageOrientation::Landscape);
        const core::PrintLayout report = core::PrintLayout::reportPage();
        QCOMPARE(report.paper, core::PaperSize::A4);
        QCOMPARE(report.orientation, core::PageOrientation::Portrait);
        QVERIFY(wall.item(core::LayoutItemKind::Legend));
        QVERIFY(report.item(core::LayoutItemKind::NorthArrow));
        // Another paper keeps the items in place relative to the printable area.
        const core::PrintLayout a1 =
            wall.onPage(core::PaperSize::A1, core::PageOrientation::Landscape);
        QCOMPARE(a1.pageSizeMm(), QSizeF(841, 594));
        const QRectF map = a1.item(core::LayoutItemKind::Map)->rectMm;
        QVERIFY(inside(map, a1.printableRectMm()));
        QVERIFY(map.width() > 2 * wall.item(core::LayoutItemKind::Map)->rectMm.width() * 0.99);
    }

    void jsonRoundTrip()
    {
        core::PrintLayout layout = core::PrintLayout::reportPage();
        layout.name = QStringLiteral("工作图");
        layout.item(core::LayoutItemKind::Date)->visible = false;
        layout.item(core::LayoutItemKind::Title)->text = QStringLiteral("长春四大板块");
        layout.map.extent = gis::Box(gis::Point(124, 43), gis::Point(127, 45));
        layout.map.crs = gis::Crs::webMercator();
        layout.map.scaleDenominator = 500000;
        QStringList problems;
        const core::PrintLayout back =
            core::LayoutJson::fromJson(core::LayoutJson::toJson(layout), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(back, layout);
        core::PrintLayout custom =
            core::PrintLayout::arranged(QStringLiteral("banner"), core::PaperSize::Custom,
                                        core::PageOrientation::Landscape, QSizeF(300, 1000));
        QCOMPARE(core::LayoutJson::fromJson(core::LayoutJson::toJson(custom), &problems), custom);
        QCOMPARE(custom.pageSizeMm(), QSizeF(1000, 300));
    }

    void savedInProjectFile()
    {
        auto project = testing::bundledProject();
        QCOMPARE(project->printLayouts().size(), 2); // the presets
        core::PrintLayout mine = core::PrintLayout::wallMap();
        mine.name = QStringLiteral("Changchun plates");
        mine.item(core::LayoutItemKind::Subtitle)->visible = false;
        project->savePrintLayout(mine);
        QVERIFY(project->isModified());
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("p.planmap"));
        QString error;
        QVERIFY2(core::ProjectFile::write(*project, path, &error), qPrintable(error));
        auto data = core::ProjectFile::read(path, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY2(data->warnings.isEmpty(), qPrintable(data->warnings.join(u'\n')));
        const core::PlanProject reopened(std::move(*data));
        QCOMPARE(reopened.printLayouts().size(), 3);
        QCOMPARE(reopened.printLayout(mine.name), mine);
        QVERIFY(reopened.printLayout(core::PrintLayout::wallMap().name));
    }

    void oldFilesOpenWithPresets()
    {
        auto project = testing::bundledProject();
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("old.planmap"));
        QString error;
        QVERIFY(core::ProjectFile::write(*project, path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("printLayouts")); // as files before layouts were
        auto data = core::ProjectFile::read(path, &error);
        QVERIFY(data);
        QCOMPARE(core::PlanProject(std::move(*data)).printLayouts().size(), 2);
    }

    void scaleBarMatchesTheMap_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<core::PaperSize>("paper");
        QTest::newRow("WGS 84, A3") << QStringLiteral("EPSG:4326") << core::PaperSize::A3;
        QTest::newRow("Web Mercator, A4") << QStringLiteral("EPSG:3857") << core::PaperSize::A4;
        QTest::newRow("UTM 52N, A1") << QStringLiteral("EPSG:32652") << core::PaperSize::A1;
    }

    // The bar's length on paper, laid across the frame's centre and measured on the ellipsoid,
    // is the distance it is labelled with.
    void scaleBarMatchesTheMap()
    {
        QFETCH(QString, crs);
        QFETCH(core::PaperSize, paper);
        const gis::Crs mapCrs = gis::Crs::fromUserInput(crs);
        QVERIFY(mapCrs.isValid());
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), mapCrs);
        core::PrintLayout layout = core::PrintLayout::arranged(QStringLiteral("t"), paper,
                                                               core::PageOrientation::Landscape);
        layout.map.crs = mapCrs;
        layout.map.extent =
            toMap.transformBox(gis::Box(gis::Point(124.5, 43.2), gis::Point(126.5, 44.6)));
        core::LayoutContent content;
        content.map.crs = mapCrs;
        content.map.extent = *layout.map.extent;
        const core::LayoutRenderer renderer(layout, content);
        const core::ScaleBar bar = renderer.scaleBar();
        QVERIFY(bar.isValid());
        QVERIFY(bar.lengthMm <= layout.item(core::LayoutItemKind::ScaleBar)->rectMm.width());
        const double dpi = 150;
        const gis::MapSettings frame = renderer.frameSettings(dpi);
        const gis::Box visible = frame.visibleExtent();
        const double unitsPerPixel =
            (visible.max_corner().x() - visible.min_corner().x()) / frame.outputSize.width();
        const double half = bar.lengthMm / 25.4 * dpi * unitsPerPixel / 2;
        const double cx = (visible.min_corner().x() + visible.max_corner().x()) / 2;
        const double cy = (visible.min_corner().y() + visible.max_corner().y()) / 2;
        const gis::CoordinateTransform toLonLat(mapCrs, gis::Crs::wgs84());
        const gis::Point a = toLonLat.transform(gis::Point(cx - half, cy));
        const gis::Point b = toLonLat.transform(gis::Point(cx + half, cy));
        const double metres =
            bg::distance(GeographicPoint(a.x(), a.y()), GeographicPoint(b.x(), b.y()),
                         bg::strategy::distance::vincenty<>());
        QVERIFY2(std::abs(metres - bar.metres) <= 0.01 * bar.metres,
                 qPrintable(QStringLiteral("bar %1 m, measured %2 m").arg(bar.metres).arg(metres)));
    }

    void fixedScale()
    {
        core::PrintLayout layout = core::PrintLayout::reportPage();
        layout.map.crs = gis::Crs::wgs84();
        layout.map.extent = gis::Box(gis::Point(125, 43.5), gis::Point(125.6, 44.2));
        layout.map.scaleDenominator = 250000;
        core::LayoutContent content;
        content.map.crs = gis::Crs::wgs84();
        content.map.extent = *layout.map.extent;
        const auto denominator = core::LayoutRenderer(layout, content).scaleDenominator();
        QVERIFY(denominator);
        QVERIFY2(std::abs(*denominator - 250000) < 2500, qPrintable(QString::number(*denominator)));
    }

    void scaleBarLengths()
    {
        const core::ScaleBar bar = core::ScaleBar::fitting(1000000, 60); // 60 km fit
        QCOMPARE(bar.metres, 50000.0);
        QCOMPARE(bar.lengthMm, 50.0);
        QCOMPARE(core::ScaleBar::fitting(250000, 60).metres, 10000.0);
        QVERIFY(!core::ScaleBar::fitting(0, 60).isValid());
    }
};

PLANMAP_TEST(tst_printlayout)
#include "tst_printlayout.moc"
