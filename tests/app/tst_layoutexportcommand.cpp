#include "planmapprocess.h"
#include "testregistry.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPdfDocument>
#include <QTemporaryDir>

#include <gdal.h>

namespace {

using Run = testing::PlanmapRun;

double points(double mm)
{
    return mm / 25.4 * 72.0;
}

} // namespace

class tst_layoutexportcommand : public QObject
{
    Q_OBJECT
private slots:
    // The bundled project on the A3 wall map, headless, as a PDF with real text.
    void pdfOfTheBundledProject()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("wall.pdf"));
        const Run run = testing::runPlanmap(
            {QStringLiteral("export"), QStringLiteral("--out"), pdf, QStringLiteral("--paper"),
             QStringLiteral("A3"), QStringLiteral("--landscape"), QStringLiteral("--title"),
             QStringLiteral("Changchun wall map")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), 1);
        const QSizeF page = document.pagePointSize(0);
        QVERIFY(std::abs(page.width() - points(420)) < 1);
        QVERIFY(std::abs(page.height() - points(297)) < 1);
        const QString text = document.getAllText(0).text();
        QVERIFY2(text.contains(QStringLiteral("Changchun wall map")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("002_43f3953580f3cd6d.txt")), qPrintable(text));
    }

    // A preset by its English name in any language; paper, orientation, dpi and an extent in
    // another CRS reach the image.
    void pngWithPaperDpiAndExtent()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("report.png"));
        qputenv("PLANMAP_LANG", "zh_CN");
        const Run run = testing::runPlanmap(
            {QStringLiteral("export"), QStringLiteral("--out"), png, QStringLiteral("--layout"),
             QStringLiteral("A3 landscape wall map"), QStringLiteral("--paper"),
             QStringLiteral("A4"), QStringLiteral("--portrait"), QStringLiteral("--dpi"),
             QStringLiteral("50"), QStringLiteral("--extent"),
             QStringLiteral("13850000,5350000,14150000,5650000"), QStringLiteral("--crs"),
             QStringLiteral("EPSG:3857")});
        qunsetenv("PLANMAP_LANG");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImageReader(png).size(), QSize(413, 585)); // 210 × 297 mm at 50 dpi
    }

    // --quality sets the dpi (unless --dpi does) and the simplification.
    void qualityPreset()
    {
        QTemporaryDir dir;
        const QString screen = dir.filePath(QStringLiteral("screen.png"));
        Run run = testing::runPlanmap({QStringLiteral("export"), QStringLiteral("--out"), screen,
                                       QStringLiteral("--paper"), QStringLiteral("A4"),
                                       QStringLiteral("--portrait"), QStringLiteral("--quality"),
                                       QStringLiteral("screen")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImageReader(screen).size(), QSize(1240, 1754)); // 210 × 297 mm at 150 dpi
        const QString pressAt50 = dir.filePath(QStringLiteral("press.png"));
        run = testing::runPlanmap({QStringLiteral("export"), QStringLiteral("--out"), pressAt50,
                                   QStringLiteral("--paper"), QStringLiteral("A4"),
                                   QStringLiteral("--portrait"), QStringLiteral("--quality"),
                                   QStringLiteral("press"), QStringLiteral("--dpi"),
                                   QStringLiteral("50")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImageReader(pressAt50).size(), QSize(413, 585));
    }

    void failsClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no out") << QStringList() << QStringLiteral("--out") << 2;
        QTest::newRow("bad paper") << QStringList{QStringLiteral("--paper"), QStringLiteral("B5")}
                                   << QStringLiteral("B5") << 2;
        QTest::newRow("bad quality")
            << QStringList{QStringLiteral("--quality"), QStringLiteral("poster")}
            << QStringLiteral("poster") << 2;
        QTest::newRow("georeferenced PDF")
            << QStringList{QStringLiteral("--georeferenced")} << QStringLiteral("GeoTIFF") << 2;
        QTest::newRow("atlas of no layer")
            << QStringList{QStringLiteral("--atlas"), QStringLiteral("nowhere")}
            << QStringLiteral("nowhere") << 1;
        QTest::newRow("unknown layout")
            << QStringList{QStringLiteral("--layout"), QStringLiteral("nothing")}
            << QStringLiteral("nothing") << 1;
    }

    void failsClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        QStringList all{QStringLiteral("export")};
        all += arguments;
        if (!arguments.isEmpty())
            all += {QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))};
        const Run run = testing::runPlanmap(all);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
    }

    // One page per plate, headless.
    void atlasOfThePlates()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("plates.pdf"));
        const Run run = testing::runPlanmap({QStringLiteral("export"), QStringLiteral("--out"), pdf,
                                             QStringLiteral("--atlas"), QStringLiteral("plates"),
                                             QStringLiteral("--dpi"), QStringLiteral("72")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), 4);
    }

    // The map frame alone, placed on the map by GIS software.
    void georeferencedFrame()
    {
        QTemporaryDir dir;
        const QString tif = dir.filePath(QStringLiteral("frame.tif"));
        const Run run = testing::runPlanmap(
            {QStringLiteral("export"), QStringLiteral("--out"), tif,
             QStringLiteral("--georeferenced"), QStringLiteral("--dpi"), QStringLiteral("40"),
             QStringLiteral("--extent"), QStringLiteral("13850000,5350000,14150000,5650000"),
             QStringLiteral("--crs"), QStringLiteral("EPSG:3857")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        GDALAllRegister();
        GDALDatasetH frame = GDALOpen(tif.toUtf8().constData(), GA_ReadOnly);
        QVERIFY(frame);
        double transform[6];
        const bool georeferenced = GDALGetGeoTransform(frame, transform) == CE_None;
        const double width = transform[1] * GDALGetRasterXSize(frame);
        const double height = -transform[5] * GDALGetRasterYSize(frame);
        GDALClose(frame);
        QVERIFY(georeferenced);
        // The frame is the asked extent grown to its shape, around the same centre.
        QVERIFY(std::abs(transform[0] + width / 2 - 14000000) < transform[1]);
        QVERIFY(std::abs(transform[3] - height / 2 - 5500000) < transform[1]);
        QVERIFY(width >= 300000 - transform[1] && height >= 300000 - transform[1]);
    }

    void unwritablePathLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("no/such/folder/map.pdf"));
        const Run run = testing::runPlanmap({QStringLiteral("export"), QStringLiteral("--out"), pdf,
                                             QStringLiteral("--dpi"), QStringLiteral("72")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(pdf), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(pdf));
    }
};

PLANMAP_TEST(tst_layoutexportcommand)
#include "tst_layoutexportcommand.moc"
