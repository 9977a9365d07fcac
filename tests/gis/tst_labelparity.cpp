#include "bundledlayer.h"
#include "testregistry.h"

#include "crs/coordinatetransform.h"
#include "layer/vectorlayer.h"
#include "render/maprenderer.h"

namespace {

std::vector<gis::PlacedLabel> placedLabels(const std::vector<gis::LayerSnapshot> &layers,
                                           const QSize &size, double dpi)
{
    const gis::CoordinateTransform toMap(gis::Crs::wgs84(), gis::Crs::webMercator());
    gis::MapSettings settings;
    settings.crs = gis::Crs::webMercator();
    settings.extent =
        toMap.transformBox(gis::Box(gis::Point(121.5, 40.8), gis::Point(131.5, 46.4)));
    settings.outputSize = size;
    settings.dpi = dpi;
    settings.layers = layers;
    const std::atomic_bool cancel = false;
    return gis::MapRenderer(settings).renderImage(cancel).labels;
}

} // namespace

class tst_labelparity : public QObject
{
    Q_OBJECT
private slots:
    void exportAtAnotherDpiPlacesTheSameLabels_data()
    {
        QTest::addColumn<double>("factor");
        QTest::newRow("print 300 dpi") << 300.0 / 96.0;
        QTest::newRow("hi-dpi screen 2x") << 2.0;
        QTest::newRow("half size") << 0.5;
    }
    void exportAtAnotherDpiPlacesTheSameLabels()
    {
        QFETCH(double, factor);
        // Counties of Jilin labelled with their Chinese names: crowded enough at province
        // scale that some labels must yield, so the test sees a change of collisions.
        const auto counties = testing::readBundledLayer(QStringLiteral("counties"));
        QVERIFY(counties);
        gis::VectorLayer layer(QStringLiteral("counties"), counties);
        gis::LabelSettings labels;
        labels.enabled = true;
        labels.field = QStringLiteral("name_zh");
        labels.sizePt = 10;
        layer.setLabels(labels);
        const std::vector<gis::LayerSnapshot> layers{gis::snapshotOf(layer)};

        const QSize screenSize(900, 600);
        const auto screen = placedLabels(layers, screenSize, 96.0);
        const auto exported = placedLabels(
            layers,
            QSize(qRound(screenSize.width() * factor), qRound(screenSize.height() * factor)),
            96.0 * factor);
        QVERIFY(screen.size() > 20);
        QVERIFY2(screen.size() < 60, "some labels yield at this scale");
        QCOMPARE(exported.size(), screen.size());
        for (std::size_t i = 0; i < screen.size(); ++i) {
            QCOMPARE(exported[i].text, screen[i].text);
            const QRectF expected(screen[i].box.topLeft() * factor, screen[i].box.size() * factor);
            QVERIFY2(std::abs(exported[i].box.left() - expected.left()) < 0.5 &&
                         std::abs(exported[i].box.top() - expected.top()) < 0.5 &&
                         std::abs(exported[i].box.width() - expected.width()) < 0.5,
                     qPrintable(screen[i].text));
        }
    }
};

PLANMAP_TEST(tst_labelparity)
#include "tst_labelparity.moc"
