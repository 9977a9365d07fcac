#include "rasterfixture.h"
#include "testregistry.h"

#include "crs/coordinatetransform.h"
#include "layer/rasterlayer.h"
#include "render/maprenderer.h"
#include "render/maptopixel.h"

#include <QTemporaryDir>

namespace {

const QColor west(220, 30, 30);
const QColor east(30, 30, 220);
const QColor sea(Qt::white);

// Renders `layer` in Web Mercator over the lon/lat box and returns the frame and its grid.
struct Frame
{
    QImage image;
    gis::MapToPixel mapToPixel;
    QStringList errors;
};

Frame renderInWebMercator(const gis::RasterLayer &layer, const gis::Box &lonLat)
{
    const gis::CoordinateTransform toMercator(gis::Crs::wgs84(), gis::Crs::webMercator());
    gis::MapSettings settings;
    settings.crs = gis::Crs::webMercator();
    settings.extent = toMercator.transformBox(lonLat);
    settings.outputSize = QSize(400, 400);
    settings.background = sea;
    settings.layers = {gis::snapshotOf(layer)};
    const std::atomic_bool cancel = false;
    gis::RenderResult result = gis::MapRenderer(settings).renderImage(cancel);
    return {result.image, gis::MapToPixel(settings.visibleExtent(), settings.outputSize),
            result.errors};
}

QColor colourAt(const Frame &frame, double lon, double lat)
{
    const gis::CoordinateTransform toMercator(gis::Crs::wgs84(), gis::Crs::webMercator());
    const QPointF pixel = frame.mapToPixel.toPixel(toMercator.transform(gis::Point(lon, lat)));
    return frame.image.pixelColor(pixel.toPoint());
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 8 && std::abs(a.green() - b.green()) <= 8 &&
           std::abs(a.blue() - b.blue()) <= 8;
}

// The x pixel (along the row through `lat`) where the colour turns from west to east.
int boundaryColumn(const Frame &frame, double lat)
{
    const gis::CoordinateTransform toMercator(gis::Crs::wgs84(), gis::Crs::webMercator());
    const int row =
        qRound(frame.mapToPixel.toPixel(toMercator.transform(gis::Point(125, lat))).y());
    for (int x = 0; x < frame.image.width(); ++x)
        if (near(frame.image.pixelColor(x, row), east))
            return x;
    return -1;
}

double columnOfLongitude(const Frame &frame, double lon, double lat)
{
    const gis::CoordinateTransform toMercator(gis::Crs::wgs84(), gis::Crs::webMercator());
    return frame.mapToPixel.toPixel(toMercator.transform(gis::Point(lon, lat))).x();
}

} // namespace

class tst_rasterlayer : public QObject
{
    Q_OBJECT
private slots:
    void geographicRasterLandsInWebMercator()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lonlat.tif"));
        // 125–126°E, 43–44°N; west half red, east half blue.
        QVERIFY(
            testing::writeRgbGeoTiff(path, 4326, 125.0, 44.0, 0.01, 100, 100,
                                     [](int column, int) { return column < 50 ? west : east; }));
        QString error;
        auto source = gis::RasterSource::open(path, &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->layout, gis::RasterBandLayout::Rgb);
        gis::RasterLayer layer(QStringLiteral("lonlat"), source);
        const Frame frame =
            renderInWebMercator(layer, gis::Box(gis::Point(124.5, 42.5), gis::Point(126.5, 44.5)));
        QVERIFY2(frame.errors.isEmpty(), qPrintable(frame.errors.join(u"; ")));
        QVERIFY(near(colourAt(frame, 125.25, 43.5), west));
        QVERIFY(near(colourAt(frame, 125.75, 43.5), east));
        QVERIFY(near(colourAt(frame, 124.8, 43.5), sea));
        QVERIFY(near(colourAt(frame, 125.5, 44.2), sea));
        const int boundary = boundaryColumn(frame, 43.5);
        QVERIFY(std::abs(boundary - columnOfLongitude(frame, 125.5, 43.5)) <= 2);
    }
    void gaussKrugerRasterLandsInWebMercator()
    {
        // 20 km square in CGCS2000 / 3-degree Gauss–Krüger CM 126E, centred on the central
        // meridian at 43.5°N; west of the meridian red, east blue.
        const gis::Crs gk = gis::Crs::fromUserInput(QStringLiteral("EPSG:4551"));
        QVERIFY(gk.isValid());
        const gis::CoordinateTransform toGk(gis::Crs::wgs84(), gk);
        const gis::Point centre = toGk.transform(gis::Point(126.0, 43.5));
        QVERIFY(std::abs(centre.x() - 500000) < 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gk.tif"));
        QVERIFY(
            testing::writeRgbGeoTiff(path, 4551, 490000, centre.y() + 10000, 100, 200, 200,
                                     [](int column, int) { return column < 100 ? west : east; }));
        QString error;
        auto source = gis::RasterSource::open(path, &error);
        QVERIFY2(source, qPrintable(error));
        gis::RasterLayer layer(QStringLiteral("gk"), source);
        const Frame frame = renderInWebMercator(
            layer, gis::Box(gis::Point(125.8, 43.35), gis::Point(126.2, 43.65)));
        QVERIFY2(frame.errors.isEmpty(), qPrintable(frame.errors.join(u"; ")));
        QVERIFY(near(colourAt(frame, 125.95, 43.5), west));
        QVERIFY(near(colourAt(frame, 126.05, 43.5), east));
        // 10 km north of the centre is the top edge, about 0.09° of latitude.
        QVERIFY(near(colourAt(frame, 126.05, 43.55), east));
        QVERIFY(near(colourAt(frame, 126.05, 43.62), sea));
        QVERIFY(near(colourAt(frame, 125.83, 43.5), sea));
        const int boundary = boundaryColumn(frame, 43.5);
        QVERIFY2(std::abs(boundary - columnOfLongitude(frame, 126.0, 43.5)) <= 2,
                 qPrintable(QString::number(boundary)));
    }
    void palettedRasterUsesItsColourTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("classes.tif"));
        // Two columns of classes: 0 (west) and 1 (east).
        std::vector<unsigned char> values;
        for (int row = 0; row < 10; ++row)
            for (int column = 0; column < 10; ++column)
                values.push_back(column < 5 ? 0 : 1);
        QVERIFY(testing::writeSingleBandGeoTiff(path, 125, 44, 0.1, 10, 10, values, {west, east}));
        auto source = gis::RasterSource::open(path, nullptr);
        QVERIFY(source);
        QCOMPARE(source->layout, gis::RasterBandLayout::Paletted);
        gis::RasterLayer layer(QStringLiteral("classes"), source);
        const Frame frame =
            renderInWebMercator(layer, gis::Box(gis::Point(124.5, 42.5), gis::Point(126.5, 44.5)));
        QVERIFY(near(colourAt(frame, 125.25, 43.5), west));
        QVERIFY(near(colourAt(frame, 125.75, 43.5), east));
    }
    void greyRasterIsStretchedAndNoDataLeftOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grey.tif"));
        // Values 10 (west), 110 (east) and 0 as nodata in the north-east quarter, which would
        // be black if it were drawn.
        std::vector<unsigned char> values;
        for (int row = 0; row < 10; ++row)
            for (int column = 0; column < 10; ++column)
                values.push_back(column < 5 ? 10 : row < 5 ? 0 : 110);
        QVERIFY(testing::writeSingleBandGeoTiff(path, 125, 44, 0.1, 10, 10, values, {}, 0));
        auto source = gis::RasterSource::open(path, nullptr);
        QVERIFY(source);
        QCOMPARE(source->layout, gis::RasterBandLayout::Grey);
        QCOMPARE(source->stretchMin, 10.0);
        QCOMPARE(source->stretchMax, 110.0);
        gis::RasterLayer layer(QStringLiteral("grey"), source);
        const Frame frame =
            renderInWebMercator(layer, gis::Box(gis::Point(124.5, 42.5), gis::Point(126.5, 44.5)));
        QVERIFY(near(colourAt(frame, 125.25, 43.5), Qt::black));
        QVERIFY(near(colourAt(frame, 125.75, 43.25), Qt::white));
        QVERIFY(near(colourAt(frame, 125.75, 43.75), sea)); // nodata: the background shows
    }
    void opacityFadesTheRaster()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("red.tif"));
        QVERIFY(testing::writeRgbGeoTiff(path, 4326, 125.0, 44.0, 0.01, 100, 100,
                                         [](int, int) { return west; }));
        gis::RasterLayer layer(QStringLiteral("red"), gis::RasterSource::open(path, nullptr));
        layer.setOpacity(0.5);
        const Frame frame =
            renderInWebMercator(layer, gis::Box(gis::Point(124.5, 42.5), gis::Point(126.5, 44.5)));
        const QColor half = colourAt(frame, 125.5, 43.5);
        QVERIFY2(std::abs(half.red() - (220 + 255) / 2) <= 3, qPrintable(half.name()));
        QVERIFY2(std::abs(half.green() - (30 + 255) / 2) <= 3, qPrintable(half.name()));
    }
    void unreadableFileIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.tif"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a tiff");
        file.close();
        QString error;
        QVERIFY(!gis::RasterSource::open(path, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
    }
};

PLANMAP_TEST(tst_rasterlayer)
#include "tst_rasterlayer.moc"
