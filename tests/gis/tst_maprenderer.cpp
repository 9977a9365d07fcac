#include "testregistry.h"

#include "layer/vectorlayer.h"
#include "render/maprenderer.h"
#include "render/maprenderjob.h"
#include "render/maptopixel.h"

#include <QSignalSpy>

#include <cmath>

namespace {

std::shared_ptr<const gis::FeatureCollection> squares(int count)
{
    auto collection = std::make_shared<gis::FeatureCollection>();
    collection->name = QStringLiteral("squares");
    collection->crs = gis::Crs::wgs84();
    collection->kind = gis::GeometryKind::Polygon;
    collection->fields = {{QStringLiteral("name"), QMetaType::QString}};
    for (int i = 0; i < count; ++i) {
        gis::Polygon square;
        const double x = 120.0 + (i % 10), y = 40.0 + (i / 10);
        square.outer() = {{x, y}, {x + 0.8, y}, {x + 0.8, y + 0.8}, {x, y + 0.8}, {x, y}};
        collection->features.push_back(
            {i, {QStringLiteral("Square %1").arg(i)}, gis::MultiPolygon{square}});
    }
    return collection;
}

// A disc of 64 vertices: its edge runs at every angle, so antialiasing shows all along it.
std::shared_ptr<const gis::FeatureCollection> disc()
{
    auto collection = std::make_shared<gis::FeatureCollection>();
    collection->name = QStringLiteral("disc");
    collection->crs = gis::Crs::wgs84();
    collection->kind = gis::GeometryKind::Polygon;
    gis::Polygon polygon;
    for (int i = 0; i <= 64; ++i) {
        const double angle = (i % 64) * 2 * M_PI / 64;
        polygon.outer().push_back({125.0 + 4 * std::cos(angle), 45.0 + 4 * std::sin(angle)});
    }
    collection->features.push_back({0, {}, gis::MultiPolygon{polygon}});
    return collection;
}

// Mean absolute difference per channel, 0-255.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        for (int column = 0; column < x.width(); ++column) {
            const QRgb p = x.pixel(column, row), q = y.pixel(column, row);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                   std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * x.width() * x.height());
}

// The disc drawn with `symbol`, with or without the renderer's shortcuts.
QImage renderedDisc(const gis::Symbol &symbol, bool reduceDetail)
{
    gis::VectorLayer layer(QStringLiteral("disc"), disc());
    layer.setSymbol(symbol);
    gis::MapSettings settings;
    settings.crs = gis::Crs::wgs84();
    settings.extent = gis::Box(gis::Point(120.0, 40.0), gis::Point(130.0, 50.0));
    settings.outputSize = QSize(300, 300);
    settings.layers = {gis::snapshotOf(layer)};
    settings.reduceDetail = reduceDetail;
    const std::atomic_bool cancel = false;
    return gis::MapRenderer(settings).renderImage(cancel).image.convertToFormat(
        QImage::Format_RGB32);
}

gis::MapSettings settingsFor(const gis::VectorLayer &layer, QSize size)
{
    gis::MapSettings settings;
    settings.crs = gis::Crs::wgs84();
    settings.extent = gis::Box(gis::Point(119.5, 39.5), gis::Point(130.5, 50.5));
    settings.outputSize = size;
    settings.layers = {gis::snapshotOf(layer)};
    return settings;
}

} // namespace

class tst_maprenderer : public QObject
{
    Q_OBJECT
private slots:
    void fillsPolygonInteriorWithFillColour()
    {
        gis::VectorLayer layer(QStringLiteral("squares"), squares(1));
        const gis::MapSettings settings = settingsFor(layer, QSize(400, 400));
        const std::atomic_bool cancel = false;
        const gis::RenderResult result = gis::MapRenderer(settings).renderImage(cancel);
        const gis::MapToPixel mapToPixel(settings.visibleExtent(), settings.outputSize);
        const QPoint inside = mapToPixel.toPixel(gis::Point(120.4, 40.4)).toPoint();
        const QPoint outside = mapToPixel.toPixel(gis::Point(125.0, 45.0)).toPoint();
        QCOMPARE(result.image.pixelColor(inside), layer.symbol().fillColor);
        QCOMPARE(result.image.pixelColor(outside), QColor(Qt::white));
        // The outline is drawn on the boundary.
        const QPoint edge = mapToPixel.toPixel(gis::Point(120.0, 40.4)).toPoint();
        QVERIFY(result.image.pixelColor(edge) != layer.symbol().fillColor);
    }
    void aliasedFillUnderAnOpaqueOutlineLooksTheSame()
    {
        // The default outline, 0.26 mm = 0.98 px at 96 dpi, hides the fill's edge, so the fill
        // is drawn without antialiasing: a different image, but not by more than a trace.
        const gis::Symbol symbol;
        const QImage fast = renderedDisc(symbol, true);
        const QImage full = renderedDisc(symbol, false);
        QVERIFY(fast != full);
        QVERIFY2(meanDifference(fast, full) < 0.5,
                 qPrintable(QString::number(meanDifference(fast, full))));
        QCOMPARE(fast.pixelColor(150, 150), symbol.fillColor);
    }
    void fillStaysAntialiasedWhenTheOutlineCannotHideItsEdge()
    {
        gis::Symbol translucent;
        translucent.strokeColor.setAlpha(128);
        QCOMPARE(renderedDisc(translucent, true), renderedDisc(translucent, false));
        gis::Symbol thin;
        thin.strokeWidthMm = 0.1;
        QCOMPARE(renderedDisc(thin, true), renderedDisc(thin, false));
        gis::Symbol dashed;
        dashed.strokeStyle = Qt::DashLine;
        QCOMPARE(renderedDisc(dashed, true), renderedDisc(dashed, false));
    }
    void labelsNeverOverlap()
    {
        gis::VectorLayer layer(QStringLiteral("squares"), squares(100));
        gis::LabelSettings labels;
        labels.enabled = true;
        labels.field = QStringLiteral("name");
        labels.sizePt = 14;
        layer.setLabels(labels);
        const std::atomic_bool cancel = false;
        const gis::RenderResult result =
            gis::MapRenderer(settingsFor(layer, QSize(300, 300))).renderImage(cancel);
        QVERIFY(!result.labels.empty());
        QVERIFY(result.labels.size() < 100); // crowded: some must yield
        for (std::size_t i = 0; i < result.labels.size(); ++i)
            for (std::size_t j = i + 1; j < result.labels.size(); ++j)
                QVERIFY(!result.labels[i].box.intersects(result.labels[j].box));
    }
    void placementIsTheSameForTheSameFrame()
    {
        gis::VectorLayer layer(QStringLiteral("squares"), squares(100));
        gis::LabelSettings labels;
        labels.enabled = true;
        labels.field = QStringLiteral("name");
        layer.setLabels(labels);
        const std::atomic_bool cancel = false;
        // Qt's glyph cache antialiases a glyph's very first drawing slightly differently (a few
        // pixels' shade, never position); a warm-up frame takes that out of the comparison.
        gis::MapRenderer(settingsFor(layer, QSize(500, 400))).renderImage(cancel);
        const auto first =
            gis::MapRenderer(settingsFor(layer, QSize(500, 400))).renderImage(cancel);
        const auto second =
            gis::MapRenderer(settingsFor(layer, QSize(500, 400))).renderImage(cancel);
        QCOMPARE(first.labels.size(), second.labels.size());
        for (std::size_t i = 0; i < first.labels.size(); ++i)
            QCOMPARE(first.labels[i].box, second.labels[i].box);
        int differing = 0;
        for (int y = 0; y < first.image.height(); ++y)
            for (int x = 0; x < first.image.width(); ++x)
                differing += first.image.pixel(x, y) != second.image.pixel(x, y);
        QCOMPARE(differing, 0);
    }
    void cancelledRenderSaysSo()
    {
        gis::VectorLayer layer(QStringLiteral("squares"), squares(10));
        const std::atomic_bool cancel = true;
        const gis::RenderResult result =
            gis::MapRenderer(settingsFor(layer, QSize(100, 100))).renderImage(cancel);
        QVERIFY(result.cancelled);
    }
    void jobRendersOnWorkerThread()
    {
        gis::VectorLayer layer(QStringLiteral("squares"), squares(100));
        gis::MapRenderJob job(settingsFor(layer, QSize(200, 200)));
        QSignalSpy finished(&job, &gis::MapRenderJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        const gis::RenderResult result = job.result();
        QVERIFY(!result.cancelled);
        QCOMPARE(result.image.size(), QSize(200, 200));
    }
    void layerWithoutCrsIsTakenAsLongitudeLatitude()
    {
        auto collection = std::make_shared<gis::FeatureCollection>(*squares(1));
        collection->crs = gis::Crs();
        gis::VectorLayer layer(QStringLiteral("nocrs"), collection);
        gis::MapSettings settings = settingsFor(layer, QSize(400, 400));
        settings.crs = gis::Crs::webMercator();
        settings.extent = gis::Box(gis::Point(13300000, 4800000), gis::Point(13500000, 5000000));
        const std::atomic_bool cancel = false;
        const auto result = gis::MapRenderer(settings).renderImage(cancel);
        QVERIFY(result.errors.isEmpty());
        // 120.4°E 40.4°N in Web Mercator.
        const gis::MapToPixel mapToPixel(settings.visibleExtent(), settings.outputSize);
        const QPoint inside = mapToPixel.toPixel(gis::Point(13402866.7, 4924240.6)).toPoint();
        QCOMPARE(result.image.pixelColor(inside), layer.symbol().fillColor);
    }
};

PLANMAP_TEST(tst_maprenderer)
#include "tst_maprenderer.moc"
