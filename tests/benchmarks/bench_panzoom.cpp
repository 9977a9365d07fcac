// bench_panzoom: replays a pan/zoom session on a layer the way MapCanvas handles it. Every
// input event paints a preview: the last finished frame shifted and scaled into the new view
// (MapCanvas::paintEvent's calls, on a canvas-sized image). When a gesture ends, the finished
// frame for the new view is rendered (MapRenderer::renderImage, as MapRenderJob does). The
// canvas starts that render 20 ms after the last input, so a finished frame is on screen
// 20 ms + render after the last input; both are printed.
//
//   bench_panzoom DATASET [--layer NAME] [--size 1920x1080] [--rounds 2]
//   bench_panzoom --smoke
#include "benchsupport.h"

#include "render/maprenderer.h"
#include "render/maptopixel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QTextStream>

namespace {

constexpr double kRefreshDelayMs = 20.0; // MapCanvas::refreshDelayMs

struct Frame
{
    QImage image;
    gis::Box extent;
};

struct Step
{
    double panX = 0.0; // pixels the map is dragged by
    double panY = 0.0;
    double zoom = 1.0; // factor on the extent, about the centre
};

gis::Box moved(const gis::Box &box, const Step &step, double unitsPerPixel)
{
    const double cx = (box.min_corner().x() + box.max_corner().x()) / 2 - step.panX * unitsPerPixel;
    const double cy = (box.min_corner().y() + box.max_corner().y()) / 2 + step.panY * unitsPerPixel;
    const double hw = (box.max_corner().x() - box.min_corner().x()) / 2 * step.zoom;
    const double hh = (box.max_corner().y() - box.min_corner().y()) / 2 * step.zoom;
    return {gis::Point(cx - hw, cy - hh), gis::Point(cx + hw, cy + hh)};
}

double previewMs(QImage &screen, const Frame &frame, const gis::Box &view)
{
    QElapsedTimer timer;
    timer.start();
    const gis::MapToPixel mapToPixel(view, screen.size());
    const QPointF topLeft = mapToPixel.toPixel(
        gis::Point(frame.extent.min_corner().x(), frame.extent.max_corner().y()));
    const QPointF bottomRight = mapToPixel.toPixel(
        gis::Point(frame.extent.max_corner().x(), frame.extent.min_corner().y()));
    QPainter painter(&screen);
    painter.fillRect(screen.rect(), QColor(0xd6, 0xe6, 0xf2));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(topLeft, bottomRight), frame.image);
    painter.end();
    return timer.nsecsElapsed() / 1e6;
}

// Gestures: drags of 12 moves, wheel zooms of 4 notches (0.8 each, as MapCanvas), and back out.
std::vector<std::vector<Step>> session()
{
    const auto repeat = [](Step step, int count) {
        return std::vector<Step>(count, step);
    };
    return {repeat({40, 0, 1.0}, 12), repeat({0, 0, 0.8}, 4),      repeat({-30, 25, 1.0}, 12),
            repeat({0, 0, 0.8}, 4),   repeat({25, -40, 1.0}, 12),  repeat({0, 0, 0.8}, 4),
            repeat({0, 0, 1.25}, 4),  repeat({-20, -20, 1.0}, 12), repeat({0, 0, 1.25}, 8),
            repeat({30, 30, 1.0}, 12)};
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
    const QCommandLineOption sizeOption(QStringLiteral("size"), {}, QStringLiteral("WxH"),
                                        QStringLiteral("1920x1080"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), {}, QStringLiteral("n"),
                                          QStringLiteral("2"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"));
    parser.addOptions({layerOption, sizeOption, roundsOption, smokeOption});
    parser.addHelpOption();
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    if (!smoke && parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "bench_panzoom: give a dataset path, or --smoke\n";
        return 2;
    }
    const bench::LoadedLayer loaded =
        smoke ? bench::smokeLayer(60)
              : bench::loadLayer(parser.positionalArguments().front(), parser.value(layerOption));
    if (!loaded.layer)
        return 1;
    const QSize size = smoke ? QSize(480, 320) : bench::parseSize(parser.value(sizeOption));
    if (size.isEmpty())
        return 2;
    gis::MapSettings settings;
    settings.crs = loaded.crs;
    settings.outputSize = size;
    settings.layers = {gis::snapshotOf(*loaded.layer)};
    const auto render = [&settings](const gis::Box &view, std::vector<double> &times) {
        settings.extent = view;
        QElapsedTimer timer;
        timer.start();
        const std::atomic_bool cancel = false;
        Frame frame{gis::MapRenderer(settings).renderImage(cancel).image, view};
        times.push_back(timer.nsecsElapsed() / 1e6);
        return frame;
    };

    std::vector<double> previews, finished, initial;
    QImage screen(size, QImage::Format_ARGB32_Premultiplied);
    const int rounds = smoke ? 1 : std::max(1, parser.value(roundsOption).toInt());
    for (int round = 0; round < rounds; ++round) {
        gis::Box view = gis::fitExtentToSize(loaded.extent, size);
        Frame frame = render(view, initial);
        for (const std::vector<Step> &gesture : session()) {
            for (const Step &step : gesture) {
                view = moved(view, step, gis::MapToPixel(view, size).unitsPerPixel());
                previews.push_back(previewMs(screen, frame, view));
            }
            frame = render(view, finished);
        }
    }
    QTextStream out(stdout);
    out << "load_seconds=" << loaded.loadSeconds << '\n'
        << "size=" << size.width() << 'x' << size.height() << '\n'
        << "initial_full_extent_ms=" << bench::median(initial) << '\n'
        << "preview_frames=" << previews.size() << '\n'
        << "preview_median_ms=" << bench::median(previews) << '\n'
        << "preview_p95_ms=" << bench::percentile(previews, 0.95) << '\n'
        << "preview_max_ms=" << bench::percentile(previews, 1.0) << '\n'
        << "finished_frames=" << finished.size() << '\n'
        << "finished_render_median_ms=" << bench::median(finished) << '\n'
        << "finished_render_p95_ms=" << bench::percentile(finished, 0.95) << '\n'
        << "finished_render_max_ms=" << bench::percentile(finished, 1.0) << '\n'
        << "finished_after_input_p95_ms=" << kRefreshDelayMs + bench::percentile(finished, 0.95)
        << '\n'
        << "peak_rss_mb=" << bench::peakRssMegabytes() << '\n';
    return 0;
}
