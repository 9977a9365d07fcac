#include "testregistry.h"

#include "layer/levelofdetail.h"
#include "layer/projectedlayer.h"
#include "layer/vectorlayer.h"
#include "render/maprenderer.h"
#include "render/maptopixel.h"

#include <QPainter>
#include <QPicture>

#include <cmath>

namespace {

// A vertex of a jittered lattice: every cell below walks the lattice points of its boundary,
// so neighbouring cells share their common edge vertex for vertex, as real tessellations do.
// The jitter (under a third of a step) makes the edges wiggle below a pixel.
gis::Point latticePoint(int i, int j, double step)
{
    const double jx = 0.3 * std::sin(i * 12.9898 + j * 78.233);
    const double jy = 0.3 * std::cos(i * 39.3468 + j * 11.135);
    return {120.0 + (i + jx) * step, 40.0 + (j + jy) * step};
}

gis::Polygon cell(int column, int row, int side, double step)
{
    gis::Polygon polygon;
    auto &ring = polygon.outer();
    const int x0 = column * side, y0 = row * side;
    for (int i = 0; i < side; ++i)
        ring.push_back(latticePoint(x0 + i, y0, step));
    for (int j = 0; j < side; ++j)
        ring.push_back(latticePoint(x0 + side, y0 + j, step));
    for (int i = side; i > 0; --i)
        ring.push_back(latticePoint(x0 + i, y0 + side, step));
    for (int j = side; j > 0; --j)
        ring.push_back(latticePoint(x0, y0 + j, step));
    ring.push_back(ring.front());
    return polygon;
}

std::shared_ptr<const gis::FeatureCollection> tessellation(int columns, int rows, int side,
                                                           double step)
{
    auto collection = std::make_shared<gis::FeatureCollection>();
    collection->name = QStringLiteral("cells");
    collection->crs = gis::Crs::wgs84();
    collection->kind = gis::GeometryKind::Polygon;
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column) {
            collection->geometries.append(gis::MultiPolygon{cell(column, row, side, step)});
            collection->features.push_back({row * columns + column, {}, {}});
        }
    return collection;
}

gis::MapSettings settingsFor(const gis::VectorLayer &layer, const QSize &size)
{
    gis::MapSettings settings;
    settings.crs = gis::Crs::wgs84();
    const auto data = layer.projectionCache()->projected(settings.crs, nullptr);
    settings.extent = data->extent();
    settings.outputSize = size;
    settings.layers = {gis::snapshotOf(layer)};
    return settings;
}

double unitsPerPixel(const gis::MapSettings &settings)
{
    return gis::MapToPixel(settings.visibleExtent(), settings.outputSize).unitsPerPixel();
}

// Mean absolute channel difference over the pixels that are not background in either image.
double inkDifference(const QImage &a, const QImage &b, qint64 *inkPixels)
{
    double sum = 0;
    qint64 ink = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (p == 0xffffffff && q == 0xffffffff)
                continue;
            ++ink;
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                   std::abs(qBlue(p) - qBlue(q));
        }
    *inkPixels = ink;
    return ink ? sum / (3.0 * ink) : 0.0;
}

} // namespace

class tst_levelofdetail : public QObject
{
    Q_OBJECT
private slots:
    void snapsEveryVertexToTheGridAndDropsRepeats()
    {
        gis::VectorLayer layer(QStringLiteral("cells"), tessellation(2, 1, 400, 0.001));
        const auto data = layer.projectionCache()->projected(gis::Crs::wgs84(), nullptr);
        const auto held = data->levelOfDetail(0.008);
        const gis::LevelOfDetail &level = *held;
        QVERIFY(level.isUseful());
        QVERIFY(level.vertexCount() < data->geometries().vertexCount() / 2);
        QVERIFY(level.cellSize() <= 0.008 * gis::LevelOfDetail::kCellPixels);
        const gis::GeometryStore &store = data->geometries();
        for (std::size_t ring = 0; ring < 2; ++ring) {
            const std::size_t first = level.firstVertex(ring), end = level.endVertex(ring);
            QVERIFY(end - first >= 4);
            for (std::size_t i = first + 1; i < end; ++i) {
                const auto &a = level.vertex(i - 1), &b = level.vertex(i);
                QVERIFY(a.x != b.x || a.y != b.y);
            }
            // The ring still closes, and its first vertex is its source's, snapped.
            QCOMPARE(level.vertex(first).x, level.vertex(end - 1).x);
            const gis::Point source = store.vertex(store.firstVertex(ring));
            const double x = level.originX() + level.vertex(first).x * level.cellSize();
            QVERIFY(std::abs(x - source.x()) <= level.cellSize() / 2);
        }
        // The same level is kept for the next frame at that scale, but not for ever.
        QCOMPARE(data->levelOfDetail(0.008).get(), &level);
        for (double upp : {0.016, 0.032, 0.064, 0.128})
            data->levelOfDetail(upp);
        QVERIFY(data->levelOfDetail(0.008).get() != &level);
        QVERIFY(held->isUseful()); // still valid for whoever holds it
    }
    void neighboursKeepTheirSharedEdgeAtCoarseScales()
    {
        // Two cells sharing a wiggly edge of 400 vertices, drawn 100 px wide each: filled,
        // no outline, so any gap between them would show the background.
        gis::VectorLayer layer(QStringLiteral("cells"), tessellation(2, 1, 400, 0.001));
        gis::Symbol symbol = layer.symbol();
        symbol.strokeWidthMm = 0;
        layer.setSymbol(symbol);
        gis::MapSettings settings = settingsFor(layer, QSize(200, 100));
        const auto data = layer.projectionCache()->projected(settings.crs, nullptr);
        QVERIFY(data->levelOfDetail(unitsPerPixel(settings))->isUseful());
        const std::atomic_bool cancel = false;
        const QImage image = gis::MapRenderer(settings).renderImage(cancel).image;
        const gis::MapToPixel mapToPixel(settings.visibleExtent(), settings.outputSize);
        const int edge = qRound(mapToPixel.toPixel(latticePoint(400, 200, 0.001)).x());
        const int top = qCeil(mapToPixel.toPixel(gis::Point(0, 40.0 + 0.39)).y());
        const int bottom = qFloor(mapToPixel.toPixel(gis::Point(0, 40.0 + 0.01)).y());
        QVERIFY(bottom - top > 50);
        const int halfway = (qRed(symbol.fillColor.rgb()) + 255) / 2;
        for (int y = top; y <= bottom; ++y)
            for (int x = edge - 2; x <= edge + 2; ++x)
                QVERIFY2(qRed(image.pixel(x, y)) < halfway,
                         qPrintable(QStringLiteral("background at %1,%2").arg(x).arg(y)));
    }
    void reducedRenderMatchesTheFullDetail()
    {
        // 600 cells, 240 000 vertices, five lattice steps to a pixel.
        gis::VectorLayer layer(QStringLiteral("cells"), tessellation(30, 20, 100, 0.0002));
        gis::MapSettings settings = settingsFor(layer, QSize(600, 400));
        const auto data = layer.projectionCache()->projected(settings.crs, nullptr);
        QVERIFY(data->levelOfDetail(unitsPerPixel(settings))->isUseful());
        const std::atomic_bool cancel = false;
        const QImage reduced = gis::MapRenderer(settings).renderImage(cancel).image;
        settings.reduceDetail = false;
        const QImage full = gis::MapRenderer(settings).renderImage(cancel).image;
        qint64 ink = 0;
        const double difference = inkDifference(reduced, full, &ink);
        QVERIFY(ink > 600 * 400 / 2);
        QVERIFY2(difference < 6.0, qPrintable(QString::number(difference)));
        // An empty or shifted drawing would be far off.
        QImage blank(reduced.size(), reduced.format());
        blank.fill(Qt::white);
        QVERIFY(inkDifference(blank, full, &ink) > 40.0);
    }
    // An export's simplification draws fewer vertices, and still the same map.
    void simplifyMmDrawsFewerVertices()
    {
        gis::VectorLayer layer(QStringLiteral("cells"), tessellation(30, 20, 40, 0.0005));
        gis::MapSettings settings = settingsFor(layer, QSize(600, 400));
        const auto recorded = [&](const gis::MapSettings &used) {
            QPicture picture;
            QPainter painter(&picture);
            const std::atomic_bool cancel = false;
            gis::RenderResult result;
            gis::MapRenderer(used).render(painter, cancel, result);
            painter.end();
            return picture;
        };
        const QPicture fine = recorded(settings);
        settings.simplifyMm = 1.0; // about 4 px at 96 dpi
        const QPicture coarse = recorded(settings);
        QVERIFY2(coarse.size() * 2 < fine.size(),
                 qPrintable(QStringLiteral("%1 → %2 bytes").arg(fine.size()).arg(coarse.size())));
        const std::atomic_bool cancel = false;
        const QImage simplified = gis::MapRenderer(settings).renderImage(cancel).image;
        settings.simplifyMm = 0.0;
        qint64 ink = 0;
        const double difference =
            inkDifference(simplified, gis::MapRenderer(settings).renderImage(cancel).image, &ink);
        QVERIFY(ink > 600 * 400 / 2);
        QVERIFY2(difference < 12.0, qPrintable(QString::number(difference)));
    }
    void bandsDrawWhatOnePieceDraws()
    {
        gis::VectorLayer layer(QStringLiteral("cells"), tessellation(30, 20, 20, 0.001));
        const gis::MapSettings settings = settingsFor(layer, QSize(700, 600));
        const std::atomic_bool cancel = false;
        const QImage banded = gis::MapRenderer(settings).renderImage(cancel).image;
        QImage whole(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
        whole.fill(settings.background);
        QPainter painter(&whole);
        gis::RenderResult result;
        gis::MapRenderer(settings).render(painter, cancel, result);
        painter.end();
        qint64 differing = 0;
        for (int y = 0; y < whole.height(); ++y)
            for (int x = 0; x < whole.width(); ++x) {
                const QRgb p = banded.pixel(x, y), q = whole.pixel(x, y);
                differing += std::abs(qRed(p) - qRed(q)) > 8 || std::abs(qBlue(p) - qBlue(q)) > 8;
            }
        QVERIFY2(differing < whole.width() * whole.height() / 1000,
                 qPrintable(QString::number(differing)));
    }
    void cancelStopsABandedRender()
    {
        gis::VectorLayer layer(QStringLiteral("cells"), tessellation(30, 20, 100, 0.0002));
        const std::atomic_bool cancel = true;
        const gis::RenderResult result =
            gis::MapRenderer(settingsFor(layer, QSize(1200, 800))).renderImage(cancel);
        QVERIFY(result.cancelled);
        QVERIFY(result.labels.empty());
    }
};

PLANMAP_TEST(tst_levelofdetail)
#include "tst_levelofdetail.moc"
