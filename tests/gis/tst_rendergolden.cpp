#include "bundledlayer.h"
#include "testregistry.h"

#include "crs/coordinatetransform.h"
#include "layer/vectorlayer.h"
#include "render/maprenderer.h"
#include "render/maptopixel.h"

#include <QDir>

#include <cmath>

namespace {

// Changchun and its neighbours in Web Mercator.
gis::MapSettings changchunView(std::vector<gis::LayerSnapshot> layers, QSize size)
{
    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), gis::Crs::webMercator());
    gis::MapSettings settings;
    settings.crs = gis::Crs::webMercator();
    settings.extent =
        toMap.transformBox(gis::Box(gis::Point(124.6, 43.3), gis::Point(126.2, 44.4)));
    settings.outputSize = size;
    settings.layers = std::move(layers);
    settings.labelsEnabled = false;
    return settings;
}

QImage render(const gis::MapSettings &settings)
{
    const std::atomic_bool cancel = false;
    return gis::MapRenderer(settings).renderImage(cancel).image.convertToFormat(
        QImage::Format_RGB32);
}

struct ImageDifference
{
    double meanPerChannel = 0.0; // 0–255
    double shareOver48 = 0.0;    // share of pixels with a channel off by more than 48
};

ImageDifference difference(const QImage &a, const QImage &b)
{
    ImageDifference result;
    qint64 total = 0, over = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int dr = std::abs(qRed(p) - qRed(q)), dg = std::abs(qGreen(p) - qGreen(q)),
                      db = std::abs(qBlue(p) - qBlue(q));
            total += dr + dg + db;
            over += std::max({dr, dg, db}) > 48;
        }
    const double pixels = double(a.width()) * a.height();
    result.meanPerChannel = total / (3 * pixels);
    result.shareOver48 = over / pixels;
    return result;
}

// Pixels darker than the background, i.e. where an outline was drawn.
std::vector<QPoint> inkedPixels(const QImage &image)
{
    std::vector<QPoint> inked;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 160)
                inked.push_back({x, y});
    return inked;
}

// Share of `a`'s inked pixels that have an inked pixel of `b` within one pixel.
double shareCoveredWithinOnePixel(const QImage &a, const QImage &b)
{
    const std::vector<QPoint> inked = inkedPixels(a);
    int covered = 0;
    for (const QPoint &p : inked) {
        bool found = false;
        for (int dy = -1; dy <= 1 && !found; ++dy)
            for (int dx = -1; dx <= 1 && !found; ++dx) {
                const QPoint q = p + QPoint(dx, dy);
                found = b.rect().contains(q) && qGray(b.pixel(q)) < 160;
            }
        covered += found;
    }
    return inked.empty() ? 0.0 : double(covered) / double(inked.size());
}

gis::LayerSnapshot outlineOnly(const gis::VectorLayer &layer)
{
    gis::LayerSnapshot snapshot = gis::snapshotOf(layer);
    snapshot.symbol.fillColor = Qt::transparent;
    snapshot.symbol.strokeColor = Qt::black;
    snapshot.symbol.strokeWidthMm = 0.3;
    return snapshot;
}

} // namespace

class tst_rendergolden : public QObject
{
    Q_OBJECT
private slots:
    void countiesMatchTheGoldenImage()
    {
        const auto counties = testing::readBundledLayer(QStringLiteral("counties"));
        QVERIFY(counties);
        gis::VectorLayer layer(QStringLiteral("counties"), counties);
        const gis::MapSettings settings = changchunView({gis::snapshotOf(layer)}, QSize(600, 480));
        const QImage image = render(settings);

        // Nanguan district, in the centre of Changchun, has the fill colour.
        const gis::CoordinateTransform toMap(gis::Crs::wgs84(), settings.crs);
        const gis::MapToPixel mapToPixel(settings.visibleExtent(), settings.outputSize);
        const QPoint nanguan =
            mapToPixel.toPixel(toMap.transform(gis::Point(125.35, 43.86))).toPoint();
        QCOMPARE(image.pixelColor(nanguan), layer.symbol().fillColor);

        const QString goldenPath = QDir(QStringLiteral(PLANMAP_GOLDEN_DIR))
                                       .filePath(QStringLiteral("counties_changchun.png"));
        if (qEnvironmentVariableIsSet("PLANMAP_UPDATE_GOLDEN"))
            QVERIFY(image.save(goldenPath));
        const QImage golden(goldenPath);
        QVERIFY2(!golden.isNull(),
                 qPrintable(goldenPath +
                            QStringLiteral(" is missing; run with PLANMAP_UPDATE_GOLDEN=1")));
        QCOMPARE(golden.size(), image.size());
        // Antialiasing and level of detail may move edges by a fraction of a pixel; a missing
        // or misplaced county changes thousands of pixels.
        const ImageDifference diff =
            difference(image, golden.convertToFormat(QImage::Format_RGB32));
        QVERIFY2(diff.meanPerChannel < 1.5 && diff.shareOver48 < 0.004,
                 qPrintable(QStringLiteral("mean %1, over 48: %2")
                                .arg(diff.meanPerChannel)
                                .arg(diff.shareOver48)));
    }
    void goldenComparisonSeesAMissingCounty()
    {
        // The tolerance above must not hide a real change: drop one county and compare.
        const auto counties = testing::readBundledLayer(QStringLiteral("counties"));
        QVERIFY(counties);
        auto fewer = std::make_shared<gis::FeatureCollection>(*counties);
        const auto nanguan = std::find_if(
            fewer->features.begin(), fewer->features.end(), [&](const gis::Feature &feature) {
                return fewer->value(feature, QStringLiteral("name_en")) ==
                       QStringLiteral("Nanguan District");
            });
        QVERIFY(nanguan != fewer->features.end());
        fewer->features.erase(nanguan);
        gis::VectorLayer all(QStringLiteral("all"), counties),
            missing(QStringLiteral("missing"), fewer);
        const QImage a = render(changchunView({gis::snapshotOf(all)}, QSize(600, 480)));
        const QImage b = render(changchunView({gis::snapshotOf(missing)}, QSize(600, 480)));
        const ImageDifference diff = difference(a, b);
        QVERIFY2(diff.meanPerChannel >= 1.5 || diff.shareOver48 >= 0.004,
                 qPrintable(QStringLiteral("mean %1, over 48: %2")
                                .arg(diff.meanPerChannel)
                                .arg(diff.shareOver48)));
    }
    void gaussKrugerLayerOverlaysItsLonLatTwin()
    {
        const auto counties = testing::readBundledLayer(QStringLiteral("counties"));
        QVERIFY(counties);
        // The same counties stored in CGCS2000 / 3-degree Gauss-Krüger CM 126E.
        const gis::Crs gaussKruger = gis::Crs::fromUserInput(QStringLiteral("EPSG:4551"));
        QVERIFY(gaussKruger.isValid());
        auto twin = std::make_shared<gis::FeatureCollection>(*counties);
        twin->crs = gaussKruger;
        const gis::CoordinateTransform toGaussKruger(counties->crs, gaussKruger);
        for (gis::Feature &feature : twin->features)
            QVERIFY(toGaussKruger.transformInPlace(feature.geometry));
        gis::VectorLayer lonLat(QStringLiteral("lonlat"), counties),
            projected(QStringLiteral("gk"), twin);
        const QImage a = render(changchunView({outlineOnly(lonLat)}, QSize(800, 640)));
        const QImage b = render(changchunView({outlineOnly(projected)}, QSize(800, 640)));
        QVERIFY(inkedPixels(a).size() > 2000);
        const double ab = shareCoveredWithinOnePixel(a, b), ba = shareCoveredWithinOnePixel(b, a);
        QVERIFY2(ab > 0.995 && ba > 0.995, qPrintable(QStringLiteral("%1 / %2").arg(ab).arg(ba)));
        // A shift of two pixels is seen.
        gis::MapSettings shifted = changchunView({outlineOnly(projected)}, QSize(800, 640));
        const double shift =
            2 * gis::MapToPixel(shifted.visibleExtent(), shifted.outputSize).unitsPerPixel();
        shifted.extent = gis::Box(
            gis::Point(shifted.extent.min_corner().x() + shift, shifted.extent.min_corner().y()),
            gis::Point(shifted.extent.max_corner().x() + shift, shifted.extent.max_corner().y()));
        QVERIFY(shareCoveredWithinOnePixel(a, render(shifted)) < 0.9);
    }
};

PLANMAP_TEST(tst_rendergolden)
#include "tst_rendergolden.moc"
