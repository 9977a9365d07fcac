#include "planmapprocess.h"
#include "testregistry.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = testing::PlanmapRun;

Run planmap(const QStringList &arguments)
{
    return testing::runPlanmap(arguments);
}

const QString changchun = QStringLiteral(
    PLANMAP_SOURCE_DIR "/resources/data/upstream/jilin-counties/ji2_lin2_chang2_chun1.geojson");

} // namespace

class tst_mapexportcommand : public QObject
{
    Q_OBJECT
private slots:
    // The bench contract: default style (fill #a6cee3, outline #1f4e79), white background, the
    // extent grown to the image's aspect ratio, key=value timing lines.
    void rendersTheBenchContract()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("map.png"));
        const Run run =
            planmap({QStringLiteral("export"), QStringLiteral("--map-only"),
                     QStringLiteral("--layer"), changchun, QStringLiteral("--width"),
                     QStringLiteral("800"), QStringLiteral("--height"), QStringLiteral("600"),
                     QStringLiteral("--extent=125.0,43.5,126.0,44.5"), QStringLiteral("--out"), png,
                     QStringLiteral("--timing")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const char *key : {"planmap_seconds=", "planmap_total_seconds="})
            QVERIFY2(run.out.contains(QString::fromLatin1(key)), qPrintable(run.out));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 600));
        // Extent 1°×1° in a 4:3 image: 600 px per degree vertically, widened to 1.333° across.
        // Nanguan district, centre of Changchun (125.35°E, 43.86°N), lies inside the fill.
        const double unitsPerPixel = 1.0 / 600.0;
        const double xmin = 125.5 - 400 * unitsPerPixel, ymax = 44.5;
        const QPoint nanguan(int((125.35 - xmin) / unitsPerPixel),
                             int((ymax - 43.86) / unitsPerPixel));
        QCOMPARE(image.pixelColor(nanguan), QColor(0xa6, 0xce, 0xe3));
        // 124.84°E 43.50°N is Gongzhuling, which the upstream Changchun file does not hold.
        QCOMPARE(image.pixelColor(2, 598), QColor(Qt::white));
    }
    void badExtentIsRefused()
    {
        const Run run = planmap({QStringLiteral("export"), QStringLiteral("--map-only"),
                                 QStringLiteral("--layer"), changchun, QStringLiteral("--width"),
                                 QStringLiteral("10"), QStringLiteral("--height"),
                                 QStringLiteral("10"), QStringLiteral("--extent=1,2,3"),
                                 QStringLiteral("--out"), QStringLiteral("/tmp/x.png")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--extent")));
    }
    void missingDatasetIsNamed()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("never.png"));
        const Run run = planmap(
            {QStringLiteral("export"), QStringLiteral("--map-only"), QStringLiteral("--layer"),
             QStringLiteral("/no/such.gpkg"), QStringLiteral("--width"), QStringLiteral("10"),
             QStringLiteral("--height"), QStringLiteral("10"), QStringLiteral("--out"), png});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("/no/such.gpkg")));
        QVERIFY(!QFile::exists(png));
    }
};

PLANMAP_TEST(tst_mapexportcommand)
#include "tst_mapexportcommand.moc"
