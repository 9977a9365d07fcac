#include "testregistry.h"

#include "classify/classbreaks.h"
#include "classify/colorramp.h"
#include "layer/vectorlayer.h"
#include "render/maprenderer.h"
#include "render/maptopixel.h"

#include <QDir>

#include <cmath>

namespace {

// Ten squares in a row, 0.8° wide, at 120°E + i, 40°N, with a value and a kind; the value of
// square 7 is missing.
std::shared_ptr<const gis::FeatureCollection> squares()
{
    auto collection = std::make_shared<gis::FeatureCollection>();
    collection->name = QStringLiteral("squares");
    collection->crs = gis::Crs::wgs84();
    collection->kind = gis::GeometryKind::Polygon;
    collection->fields = {{QStringLiteral("value"), QMetaType::Double},
                          {QStringLiteral("kind"), QMetaType::QString}};
    const double values[] = {1, 2, 3, 10, 11, 12, 40, 0, 41, 42};
    const char *kinds[] = {"park", "zone", "park", "port", "zone",
                           "park", "zone", "port", "road", "zone"};
    for (int i = 0; i < 10; ++i) {
        gis::Polygon square;
        const double x = 120.0 + i, y = 40.0;
        square.outer() = {{x, y}, {x, y + 0.8}, {x + 0.8, y + 0.8}, {x + 0.8, y}, {x, y}};
        const QVariant value = i == 7 ? QVariant() : QVariant(values[i]);
        collection->features.push_back(
            {i, {value, QString::fromLatin1(kinds[i])}, gis::MultiPolygon{square}});
    }
    return collection;
}

std::shared_ptr<const gis::FeatureCollection> points()
{
    auto collection = std::make_shared<gis::FeatureCollection>();
    collection->name = QStringLiteral("points");
    collection->crs = gis::Crs::wgs84();
    collection->kind = gis::GeometryKind::Point;
    collection->fields = {{QStringLiteral("investment"), QMetaType::Double}};
    collection->features.push_back({0, {100.0}, gis::MultiPoint{{121, 41}}});
    collection->features.push_back({1, {4.0}, gis::MultiPoint{{125, 41}}});
    collection->features.push_back({2, {QVariant()}, gis::MultiPoint{{123, 41}}});
    // Overlapping markers: the small one must stay visible on the large one.
    collection->features.push_back({3, {1.0}, gis::MultiPoint{{121.2, 41}}});
    return collection;
}

struct Frame
{
    QImage image;
    gis::MapToPixel mapToPixel;

    QColor at(double lon, double lat) const
    {
        return image.pixelColor(mapToPixel.toPixel(gis::Point(lon, lat)).toPoint());
    }
};

Frame render(const gis::VectorLayer &layer, gis::Box extent)
{
    gis::MapSettings settings;
    settings.crs = gis::Crs::wgs84();
    settings.extent = extent;
    settings.outputSize = QSize(600, 200);
    settings.layers = {gis::snapshotOf(layer)};
    const std::atomic_bool cancel = false;
    return {gis::MapRenderer(settings).renderImage(cancel).image,
            gis::MapToPixel(settings.visibleExtent(), settings.outputSize)};
}

gis::Box rowExtent()
{
    return gis::Box(gis::Point(119.5, 38.0), gis::Point(130.5, 42.8));
}

gis::LayerStyle graduatedByValue(const gis::FeatureCollection &features)
{
    gis::LayerStyle style;
    style.kind = gis::StyleKind::Graduated;
    style.field = QStringLiteral("value");
    style.noDataSymbol = gis::defaultNoDataSymbol(style.symbol);
    std::vector<double> values;
    for (const auto &value : features.numericValues(style.field))
        values.push_back(value.value_or(std::nan("")));
    const std::vector<double> breaks =
        gis::classBreaks(values, gis::ClassificationMethod::NaturalBreaks, 3);
    const QVector<QColor> colors =
        gis::ColorRamp::named(QStringLiteral("YlGnBu"))->colors(int(breaks.size()) - 1);
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
        gis::Symbol symbol = style.symbol;
        symbol.fillColor = colors[int(i)];
        style.ranges.push_back({breaks[i], breaks[i + 1], symbol, QString()});
    }
    return style;
}

} // namespace

class tst_thematicrender : public QObject
{
    Q_OBJECT
private slots:
    void graduatedFillsEachFeatureWithItsClassColour()
    {
        gis::VectorLayer layer(QStringLiteral("squares"), squares());
        const gis::LayerStyle style = graduatedByValue(layer.features());
        QCOMPARE(style.ranges.size(), std::size_t(3)); // 1 2 3 | 10 11 12 | 40 41 42
        layer.setStyle(style);
        QVERIFY(layer.symbology());
        const Frame frame = render(layer, rowExtent());
        const int classOf[] = {0, 0, 0, 1, 1, 1, 2, -1, 2, 2};
        for (int i = 0; i < 10; ++i) {
            const QColor expected = classOf[i] < 0 ? style.noDataSymbol.fillColor
                                                   : style.ranges[classOf[i]].symbol.fillColor;
            QCOMPARE(frame.at(120.4 + i, 40.4), expected);
        }
        QCOMPARE(frame.at(120.9, 40.4), QColor(Qt::white)); // between squares
    }
    void valuesFromElsewhereDriveTheClasses()
    {
        gis::VectorLayer layer(QStringLiteral("squares"), squares());
        gis::LayerStyle style = graduatedByValue(layer.features());
        style.field.clear();
        // An indicator joined from elsewhere: every square in the top class but square 0,
        // which has no value.
        std::vector<std::optional<double>> values(10, 41.0);
        values[0] = std::nullopt;
        layer.setStyle(style, values);
        const Frame frame = render(layer, rowExtent());
        QCOMPARE(frame.at(120.4, 40.4), style.noDataSymbol.fillColor);
        QCOMPARE(frame.at(121.4, 40.4), style.ranges[2].symbol.fillColor);
    }
    void categorizedByText()
    {
        gis::VectorLayer layer(QStringLiteral("squares"), squares());
        gis::LayerStyle style;
        style.kind = gis::StyleKind::Categorized;
        style.field = QStringLiteral("kind");
        const QVector<QColor> colors = gis::ColorRamp::named(QStringLiteral("OkabeIto"))->colors(3);
        const QStringList kinds{QStringLiteral("park"), QStringLiteral("zone"),
                                QStringLiteral("port")};
        for (int i = 0; i < 3; ++i) {
            gis::Symbol symbol;
            symbol.fillColor = colors[i];
            style.categories.push_back({kinds[i], symbol, kinds[i]});
        }
        style.otherSymbol.fillColor = Qt::magenta;
        layer.setStyle(style);
        const Frame frame = render(layer, rowExtent());
        QCOMPARE(frame.at(120.4, 40.4), colors[0]);           // park
        QCOMPARE(frame.at(121.4, 40.4), colors[1]);           // zone
        QCOMPARE(frame.at(123.4, 40.4), colors[2]);           // port
        QCOMPARE(frame.at(128.4, 40.4), QColor(Qt::magenta)); // road: no category
    }
    void proportionalMarkersGrowWithTheSquareRoot()
    {
        gis::VectorLayer layer(QStringLiteral("points"), points());
        gis::LayerStyle style;
        style.kind = gis::StyleKind::Proportional;
        style.field = QStringLiteral("investment");
        style.symbol.fillColor = QColor(0xd9, 0x48, 0x01);
        style.symbol.strokeColor = Qt::black;
        style.symbol.strokeWidthMm = 0.5;
        style.maxValue = 100;
        style.maxSizeMm = 20;
        style.noDataSymbol = gis::defaultNoDataSymbol(style.symbol);
        layer.setStyle(style);
        // 4 is 1/25 of 100: a fifth of the diameter, 4 mm against 20 mm.
        QCOMPARE(style.proportionalSizeMm(4), 4.0);
        const Frame frame = render(layer, gis::Box(gis::Point(120, 40), gis::Point(126, 42)));
        const double pixelsPerMm = 96 / 25.4;
        const auto pixelAt = [&](double lon, double lat, double dxMm) {
            const QPointF centre = frame.mapToPixel.toPixel(gis::Point(lon, lat));
            return frame.image.pixelColor((centre + QPointF(dxMm * pixelsPerMm, 0)).toPoint());
        };
        // For a person to look at: PLANMAP_SCREENSHOT_DIR=/tmp/shots build/tests/gis_tests …
        const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            frame.image.save(QDir(shots).filePath(QStringLiteral("proportional.png")));
        QCOMPARE(pixelAt(121, 41, 0), style.symbol.fillColor);
        QCOMPARE(pixelAt(121, 41, 9), style.symbol.fillColor);   // inside 10 mm radius
        QCOMPARE(pixelAt(121, 41, 11), QColor(Qt::white));       // outside it
        QCOMPARE(pixelAt(125, 41, 1.2), style.symbol.fillColor); // inside 2 mm radius
        QCOMPARE(pixelAt(125, 41, 3), QColor(Qt::white));
        // A missing value: a "no data" dot where the feature is, not nothing.
        QCOMPARE(pixelAt(123, 41, 0), style.noDataSymbol.fillColor);
        QCOMPARE(pixelAt(123, 41, 2), QColor(Qt::white));
        // Drawn largest first, the 2 mm marker of 1 at 121.2°E lies on the 20 mm one: its
        // black outline shows inside the large orange disc.
        int darkest = 255;
        for (double dx = 0.5; dx <= 1.5; dx += 0.05)
            darkest = std::min(darkest, pixelAt(121.2, 41, dx).lightness());
        QVERIFY2(darkest < 80, qPrintable(QString::number(darkest)));
    }
    void singleSymbolStaysUnresolved()
    {
        gis::VectorLayer layer(QStringLiteral("squares"), squares());
        layer.setStyle(gis::LayerStyle());
        QVERIFY(!layer.symbology());
        QCOMPARE(render(layer, rowExtent()).at(120.4, 40.4), layer.symbol().fillColor);
    }
};

PLANMAP_TEST(tst_thematicrender)
#include "tst_thematicrender.moc"
