#include "testregistry.h"

#include "layer/vectorlayer.h"
#include "render/maprenderer.h"
#include "render/maptopixel.h"
#include "render/svgmarker.h"

namespace {

std::shared_ptr<const gis::FeatureCollection> oneSquare()
{
    auto collection = std::make_shared<gis::FeatureCollection>();
    collection->name = QStringLiteral("square");
    collection->crs = gis::Crs::wgs84();
    collection->kind = gis::GeometryKind::Polygon;
    gis::Polygon square;
    square.outer() = {{121, 41}, {121, 45}, {125, 45}, {125, 41}, {121, 41}};
    collection->features.push_back({0, {}, gis::MultiPolygon{square}});
    return collection;
}

std::shared_ptr<const gis::FeatureCollection> onePoint()
{
    auto collection = std::make_shared<gis::FeatureCollection>();
    collection->name = QStringLiteral("point");
    collection->crs = gis::Crs::wgs84();
    collection->kind = gis::GeometryKind::Point;
    collection->features.push_back({0, {}, gis::MultiPoint{{123, 43}}});
    return collection;
}

struct Frame
{
    QImage image;
    gis::MapToPixel mapToPixel;
};

Frame render(const gis::VectorLayer &layer)
{
    gis::MapSettings settings;
    settings.crs = gis::Crs::wgs84();
    settings.extent = gis::Box(gis::Point(120, 40), gis::Point(126, 46));
    settings.outputSize = QSize(300, 300);
    settings.layers = {gis::snapshotOf(layer)};
    const std::atomic_bool cancel = false;
    return {gis::MapRenderer(settings).renderImage(cancel).image,
            gis::MapToPixel(settings.visibleExtent(), settings.outputSize)};
}

QColor pixel(const Frame &frame, double lon, double lat)
{
    return frame.image.pixelColor(frame.mapToPixel.toPixel(gis::Point(lon, lat)).toPoint());
}

gis::Symbol blackFill()
{
    gis::Symbol symbol;
    symbol.fillColor = Qt::black;
    symbol.strokeColor = Qt::black;
    return symbol;
}

} // namespace

class tst_layerstyle : public QObject
{
    Q_OBJECT
private slots:
    void opacityLowersContrast_data()
    {
        QTest::addColumn<double>("opacity");
        QTest::newRow("opaque") << 1.0;
        QTest::newRow("half") << 0.5;
        QTest::newRow("quarter") << 0.25;
    }
    void opacityLowersContrast()
    {
        QFETCH(double, opacity);
        gis::VectorLayer layer(QStringLiteral("square"), oneSquare());
        layer.setSymbol(blackFill());
        layer.setOpacity(opacity);
        const QColor inside = pixel(render(layer), 123, 43);
        // Black over white at opacity a leaves 255 × (1 − a).
        QVERIFY2(std::abs(inside.red() - 255 * (1 - opacity)) <= 2, qPrintable(inside.name()));
        QCOMPARE(inside.red(), inside.blue());
    }
    void layerOutsideItsScaleRangeIsNotDrawn_data()
    {
        // The frame shows 6° across 300 px, about 1:8 million at 96 dpi.
        QTest::addColumn<double>("minDenominator");
        QTest::addColumn<double>("maxDenominator");
        QTest::addColumn<bool>("drawn");
        QTest::newRow("no limits") << 0.0 << 0.0 << true;
        QTest::newRow("within") << 1e6 << 1e8 << true;
        QTest::newRow("zoomed out too far") << 0.0 << 1e6 << false;
        QTest::newRow("zoomed in too close") << 1e8 << 0.0 << false;
    }
    void layerOutsideItsScaleRangeIsNotDrawn()
    {
        QFETCH(double, minDenominator);
        QFETCH(double, maxDenominator);
        QFETCH(bool, drawn);
        gis::VectorLayer layer(QStringLiteral("square"), oneSquare());
        layer.setSymbol(blackFill());
        layer.setScaleRange({minDenominator, maxDenominator});
        const QColor inside = pixel(render(layer), 123, 43);
        QCOMPARE(inside == QColor(Qt::black), drawn);
        QCOMPARE(inside == QColor(Qt::white), !drawn);
    }
    void svgMarkerIsDrawnAtThePoint()
    {
        QVERIFY(gis::bundledMarkerIcons().contains(QStringLiteral(":/planmap/markers/city.svg")));
        gis::VectorLayer layer(QStringLiteral("point"), onePoint());
        gis::Symbol symbol;
        symbol.markerSvg = QStringLiteral(":/planmap/markers/city.svg");
        symbol.markerSizeMm = 8; // 30 px at 96 dpi
        layer.setSymbol(symbol);
        const Frame frame = render(layer);
        // city.svg: a dark red dot inside a white disc with a dark red ring.
        const QColor centre = pixel(frame, 123, 43);
        QVERIFY2(std::abs(centre.red() - 0xb2) <= 6 && std::abs(centre.green() - 0x18) <= 6,
                 qPrintable(centre.name()));
        const QPointF at = frame.mapToPixel.toPixel(gis::Point(123, 43));
        QCOMPARE(frame.image.pixelColor((at + QPointF(7.5, 0)).toPoint()), QColor(Qt::white));
        QVERIFY(frame.image.pixelColor((at + QPointF(12, 0)).toPoint()) != QColor(Qt::white));
        QCOMPARE(frame.image.pixelColor((at + QPointF(25, 0)).toPoint()), QColor(Qt::white));
        // The shape marker's fill colour appears nowhere: the icon replaced it.
        QVERIFY(centre != symbol.fillColor);
    }
    void unreadableSvgFallsBackToTheShape()
    {
        gis::VectorLayer layer(QStringLiteral("point"), onePoint());
        gis::Symbol symbol;
        symbol.markerSvg = QStringLiteral("/no/such/icon.svg");
        symbol.markerSizeMm = 8;
        layer.setSymbol(symbol);
        QCOMPARE(pixel(render(layer), 123, 43), symbol.fillColor);
    }
};

PLANMAP_TEST(tst_layerstyle)
#include "tst_layerstyle.moc"
