#include "bundledproject.h"
#include "testdata.h"
#include "testregistry.h"

#include "layout/layoutexporter.h"
#include "project/planproject.h"
#include "project/projectdata.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gdal.h>
#include <ogr_srs_api.h>

namespace {

struct Opened
{
    GDALDatasetH dataset = nullptr;
    ~Opened()
    {
        if (dataset)
            GDALClose(dataset);
    }
};

} // namespace

// The map frame as a GeoTIFF lands where the frame shows: its geotransform is the frame's
// extent and its CRS the map's.
class tst_geotiffexport : public QObject
{
    Q_OBJECT
private slots:
    void geotransformIsTheFramesExtent()
    {
        QString error;
        const auto opened = testing::bundledProject();
        const core::PlanProject &project = *opened;
        const core::PrintLayout layout = core::PrintLayout::wallMap();
        const core::LayoutExporter exporter(
            core::LayoutRenderer(layout, core::LayoutContent::fromProject(project, layout)));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("frame.tif"));
        QVERIFY2(exporter.writeGeoTiff(path, 60, &error), qPrintable(error));

        const gis::MapSettings frame = exporter.renderer().frameSettings(60);
        const gis::Box extent = frame.visibleExtent();
        Opened tiff{GDALOpen(path.toUtf8().constData(), GA_ReadOnly)};
        QVERIFY(tiff.dataset);
        QCOMPARE(GDALGetRasterXSize(tiff.dataset), frame.outputSize.width());
        QCOMPARE(GDALGetRasterYSize(tiff.dataset), frame.outputSize.height());
        QCOMPARE(GDALGetRasterCount(tiff.dataset), 3);
        double transform[6];
        QCOMPARE(GDALGetGeoTransform(tiff.dataset, transform), CE_None);
        const double pixel = transform[1];
        QVERIFY(std::abs(transform[0] - extent.min_corner().x()) < pixel * 1e-6);
        QVERIFY(std::abs(transform[3] - extent.max_corner().y()) < pixel * 1e-6);
        const double right = transform[0] + transform[1] * frame.outputSize.width();
        const double bottom = transform[3] + transform[5] * frame.outputSize.height();
        QVERIFY(std::abs(right - extent.max_corner().x()) < pixel * 1e-6);
        QVERIFY(std::abs(bottom - extent.min_corner().y()) < pixel * 1e-6);
        QVERIFY(std::abs(transform[1] + transform[5]) < pixel * 1e-6); // square pixels

        OGRSpatialReferenceH written = OSRNewSpatialReference(GDALGetProjectionRef(tiff.dataset));
        OGRSpatialReferenceH map = OSRNewSpatialReference(project.crs().wkt().toUtf8().constData());
        QVERIFY(written && map);
        QVERIFY(OSRIsSame(written, map));
        OSRDestroySpatialReference(written);
        OSRDestroySpatialReference(map);

        // The map is drawn: the middle row is not all background.
        GDALRasterBandH red = GDALGetRasterBand(tiff.dataset, 1);
        std::vector<unsigned char> row(std::size_t(frame.outputSize.width()));
        QCOMPARE(GDALRasterIO(red, GF_Read, 0, frame.outputSize.height() / 2,
                              frame.outputSize.width(), 1, row.data(), frame.outputSize.width(), 1,
                              GDT_Byte, 0, 0),
                 CE_None);
        QVERIFY(std::any_of(row.begin(), row.end(), [](unsigned char v) { return v < 200; }));
    }

    void unwritablePathLeavesNoFile()
    {
        QString error;
        const auto opened = testing::bundledProject();
        const core::PlanProject &project = *opened;
        const core::PrintLayout layout = core::PrintLayout::reportPage();
        const core::LayoutExporter exporter(
            core::LayoutRenderer(layout, core::LayoutContent::fromProject(project, layout)));
        const QString path = QStringLiteral("/nonexistent-folder/frame.tif");
        QVERIFY(!exporter.writeGeoTiff(path, 60, &error));
        QVERIFY(error.contains(path));
        QVERIFY(!QFileInfo::exists(path));
    }
};

PLANMAP_TEST(tst_geotiffexport)
#include "tst_geotiffexport.moc"
