// bench_render: loads a vector layer as planmap does and renders its full extent at the
// given sizes; prints load time, render medians and peak memory as key=value lines.
//
//   bench_render DATASET [--layer NAME] [--sizes 1920x1080,7016x4961] [--reps 5] [--dpi 96]
//                [--classes N]
//   bench_render --smoke
// --classes draws the layer graduated into N classes (by feature order, equal interval), to
// time the per-feature symbol path against the single symbol.
#include "benchsupport.h"

#include "classify/classbreaks.h"
#include "classify/colorramp.h"

#include "layer/levelofdetail.h"
#include "layer/projectedlayer.h"
#include "render/maprenderer.h"
#include "render/maptopixel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <ctime>

namespace {

void graduateByFeatureOrder(gis::VectorLayer &layer, int classes)
{
    const std::size_t count = layer.features().features.size();
    std::vector<double> numbers(count);
    std::vector<std::optional<double>> values(count);
    for (std::size_t i = 0; i < count; ++i)
        numbers[i] = *(values[i] = double(i));
    const std::vector<double> breaks = gis::equalIntervalBreaks(numbers, classes);
    const QVector<QColor> colors =
        gis::ColorRamp::namedOrDefault(QStringLiteral("YlGnBu")).colors(int(breaks.size()) - 1);
    gis::LayerStyle style;
    style.kind = gis::StyleKind::Graduated;
    style.symbol = layer.symbol();
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
        gis::Symbol symbol = style.symbol;
        symbol.fillColor = colors[int(i)];
        style.ranges.push_back({breaks[i], breaks[i + 1], symbol, QString()});
    }
    layer.setStyle(style, values);
}

} // namespace

int main(int argc, char **argv)
{
    // Fonts and images need a GUI application, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dataset"), QStringLiteral("GDAL vector dataset"));
    const QCommandLineOption layerOption(QStringLiteral("layer"), {}, QStringLiteral("name"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), {}, QStringLiteral("WxH,..."),
                                         QStringLiteral("1920x1080,7016x4961"));
    const QCommandLineOption repsOption(QStringLiteral("reps"), {}, QStringLiteral("n"),
                                        QStringLiteral("5"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"), {}, QStringLiteral("dpi"),
                                       QStringLiteral("96"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"));
    const QCommandLineOption outOption(QStringLiteral("out"), {}, QStringLiteral("prefix"));
    const QCommandLineOption classesOption(QStringLiteral("classes"), {}, QStringLiteral("n"));
    parser.addOptions(
        {layerOption, sizesOption, repsOption, dpiOption, smokeOption, outOption, classesOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    const bool smoke = parser.isSet(smokeOption);
    if (!smoke && parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "bench_render: give a dataset path, or --smoke\n";
        return 2;
    }
    const bench::LoadedLayer loaded =
        smoke ? bench::smokeLayer(60)
              : bench::loadLayer(parser.positionalArguments().front(), parser.value(layerOption));
    if (!loaded.layer)
        return 1;
    if (parser.isSet(classesOption) || smoke) {
        QElapsedTimer timer;
        timer.start();
        graduateByFeatureOrder(*loaded.layer,
                               smoke ? 5 : std::max(1, parser.value(classesOption).toInt()));
        out << "classes=" << loaded.layer->style().ranges.size() << '\n'
            << "classify_seconds=" << timer.nsecsElapsed() / 1e9 << '\n';
    }
    const auto projected = loaded.layer->projectionCache()->projected(loaded.crs, nullptr);
    const gis::GeometryStore &store = projected->geometries();
    out << "load_seconds=" << loaded.loadSeconds << '\n'
        << "features=" << loaded.layer->features().features.size() << '\n'
        << "vertices=" << store.vertexCount() << '\n'
        << "store_float_offsets=" << (store.isCompact() ? 1 : 0) << '\n'
        << "store_mb=" << store.memoryBytes() / 1048576.0 << '\n'
        << "rss_after_load_mb=" << bench::peakRssMegabytes() << '\n';
    const int reps = smoke ? 2 : std::max(1, parser.value(repsOption).toInt());
    const QStringList sizes =
        smoke ? QStringList{QStringLiteral("640x480")} : parser.value(sizesOption).split(u',');
    for (const QString &sizeText : sizes) {
        const QSize size = bench::parseSize(sizeText);
        if (size.isEmpty()) {
            QTextStream(stderr) << "bench_render: bad size " << sizeText << '\n';
            return 2;
        }
        gis::MapSettings settings;
        settings.crs = loaded.crs;
        settings.extent = loaded.extent;
        settings.outputSize = size;
        settings.dpi = parser.value(dpiOption).toDouble();
        settings.layers = {gis::snapshotOf(*loaded.layer)};
        std::vector<double> seconds, cpuSeconds;
        for (int rep = 0; rep < reps; ++rep) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpu = std::clock();
            const std::atomic_bool cancel = false;
            const gis::RenderResult result = gis::MapRenderer(settings).renderImage(cancel);
            seconds.push_back(timer.nsecsElapsed() / 1e9);
            cpuSeconds.push_back(double(std::clock() - cpu) / CLOCKS_PER_SEC);
            if (result.image.isNull())
                return 1;
            if (rep == 0 && parser.isSet(outOption))
                result.image.save(parser.value(outOption) + sizeText + QStringLiteral(".png"));
        }
        const QString key = QStringLiteral("render_%1").arg(sizeText);
        const auto level = projected->levelOfDetail(
            gis::MapToPixel(settings.visibleExtent(), size).unitsPerPixel());
        out << key << "_lod_vertices=" << (level->isUseful() ? level->vertexCount() : 0) << '\n'
            << key << "_first_seconds=" << seconds.front() << '\n'
            << key << "_median_seconds=" << bench::median(seconds) << '\n'
            << key << "_median_cpu_seconds=" << bench::median(cpuSeconds) << '\n'
            << key << "_min_seconds=" << *std::min_element(seconds.begin(), seconds.end()) << '\n';
    }
    out << "peak_rss_mb=" << bench::peakRssMegabytes() << '\n';
    return 0;
}
