// bench_vertexdrag: a vertex drag as the planner makes it, on the real VertexTool, MapCanvas,
// EditSession and LayerEditing (edits shown on the map as in the app). The largest polygon of
// a layer is zoomed to; each round presses on one of its vertices, moves the pointer 60 times
// (each: the tool's snap search and state, then the canvas painted into an image, rubber band
// and all), releases (the command, the buffer, the map's features replaced), waits for the
// map's finished frame, and goes on to the next round's press (the pick index after an edit).
//
//   bench_vertexdrag --counties [--bundled PATH]   the largest county of the bundled dataset
//   bench_vertexdrag --synthetic 5000000           a generated grid of zones, N vertices
//   bench_vertexdrag DATASET [--layer NAME]        any polygon layer GDAL opens
//   bench_vertexdrag --smoke
#include "canvas/mapcanvas.h"
#include "editing/editsession.h"
#include "editing/layerediting.h"
#include "editing/vertextool.h"
#include "project/planproject.h"
#include "project/projectdata.h"

#include "crs/coordinatetransform.h"
#include "data/geopackagewriter.h"
#include "geometry/vertexedit.h"

#include "benchsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

// A side×side grid of square zones whose edges are cut into `perEdge` pieces on one integer
// lattice, so neighbours share every vertex exactly, as a partition of zones does.
bool writeSyntheticZones(const QString &path, qint64 vertices, QString *error)
{
    const int perEdge = 125;
    const int side = std::max(2, int(std::sqrt(double(vertices) / (4.0 * perEdge))));
    const double step = 0.01 / perEdge;
    gis::FeatureCollection zones;
    zones.name = QStringLiteral("zones");
    zones.crs = gis::Crs::wgs84();
    zones.kind = gis::GeometryKind::Polygon;
    zones.fields = {{QStringLiteral("name"), QMetaType::QString}};
    const auto at = [&](qint64 i, qint64 j) {
        return gis::Point(120.0 + double(i) * step, 40.0 + double(j) * step);
    };
    for (int row = 0; row < side; ++row) {
        for (int column = 0; column < side; ++column) {
            const qint64 x0 = qint64(column) * perEdge, y0 = qint64(row) * perEdge;
            gis::Polygon zone;
            auto &ring = zone.outer();
            for (int k = 0; k < perEdge; ++k)
                ring.push_back(at(x0 + k, y0));
            for (int k = 0; k < perEdge; ++k)
                ring.push_back(at(x0 + perEdge, y0 + k));
            for (int k = 0; k < perEdge; ++k)
                ring.push_back(at(x0 + perEdge - k, y0 + perEdge));
            for (int k = 0; k < perEdge; ++k)
                ring.push_back(at(x0, y0 + perEdge - k));
            ring.push_back(ring.front());
            zones.features.push_back({qint64(zones.features.size()),
                                      {QStringLiteral("zone %1").arg(zones.features.size())},
                                      gis::MultiPolygon{zone}});
        }
    }
    gis::GeoPackageWriter writer(path);
    return writer.open(error) && writer.writeLayer(zones, error) && writer.commit(error);
}

QMouseEvent mouseEvent(QEvent::Type type, const QPointF &pixel, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button =
        type == QEvent::MouseMove ? Qt::NoButton : Qt::MouseButton::LeftButton;
    return QMouseEvent(type, pixel, pixel, button, buttons, Qt::NoModifier);
}

// Runs the event loop until the canvas has swapped in its next finished frame.
void waitForFrame(app::MapCanvas &canvas)
{
    QEventLoop loop;
    QObject::connect(&canvas, &app::MapCanvas::frameRendered, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Largest
{
    std::size_t index = 0;
    std::size_t vertices = 0;
    std::size_t layerVertices = 0;
};

Largest largestFeature(const gis::FeatureCollection &features)
{
    Largest largest;
    for (std::size_t i = 0; i < features.features.size(); ++i) {
        const std::size_t count = gis::vertexCount(features.geometry(i));
        largest.layerVertices += count;
        if (count > largest.vertices)
            largest = {i, count, largest.layerVertices};
    }
    return largest;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dataset"), QStringLiteral("GDAL vector dataset"));
    const QCommandLineOption layerOption(QStringLiteral("layer"), {}, QStringLiteral("name"));
    const QCommandLineOption countiesOption(QStringLiteral("counties"));
    const QCommandLineOption bundledOption(QStringLiteral("bundled"), {}, QStringLiteral("gpkg"),
                                           QStringLiteral(PLANMAP_BUNDLED_GPKG));
    const QCommandLineOption syntheticOption(QStringLiteral("synthetic"), {},
                                             QStringLiteral("vertices"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), {}, QStringLiteral("n"),
                                          QStringLiteral("5"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"));
    parser.addOptions(
        {layerOption, countiesOption, bundledOption, syntheticOption, roundsOption, smokeOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout), err(stderr);

    QTemporaryDir work;
    QString error;
    QElapsedTimer loadTimer;
    loadTimer.start();
    std::optional<core::ProjectData> data;
    QString layerName = parser.value(layerOption);
    if (parser.isSet(countiesOption)) {
        data = core::loadBundledProject(parser.value(bundledOption), &error);
        layerName = QStringLiteral("counties");
    } else {
        QString path = parser.positionalArguments().value(0);
        if (parser.isSet(syntheticOption) || parser.isSet(smokeOption)) {
            path = work.filePath(QStringLiteral("synthetic.gpkg"));
            const qint64 vertices =
                parser.isSet(smokeOption) ? 20000 : parser.value(syntheticOption).toLongLong();
            if (!writeSyntheticZones(path, vertices, &error)) {
                err << "bench_vertexdrag: " << error << '\n';
                return 1;
            }
        }
        if (path.isEmpty()) {
            err << "bench_vertexdrag: give --counties, --synthetic N, a dataset, or --smoke\n";
            return 2;
        }
        data = core::loadDatasetProject(path, &error);
    }
    if (!data) {
        err << "bench_vertexdrag: " << error << '\n';
        return 1;
    }
    core::PlanProject project(std::move(*data));
    QString layerId;
    for (const auto &layer : project.layers()) {
        if (layerName.isEmpty() || layer->id() == layerName || layer->title() == layerName) {
            layerId = layer->id();
            break;
        }
    }
    if (layerId.isEmpty()) {
        err << "bench_vertexdrag: no layer " << layerName << '\n';
        return 1;
    }
    const double loadSeconds = loadTimer.nsecsElapsed() / 1e9;
    const Largest largest = largestFeature(project.layer(layerId)->features());

    app::MapCanvas canvas;
    canvas.resize(parser.isSet(smokeOption) ? QSize(480, 320) : QSize(1920, 1080));
    canvas.setProject(&project);
    canvas.show();
    core::LayerEditing editing(&project);
    editing.setJournalFolder(work.path());
    core::EditSession *session = editing.start(layerId, &error);
    if (!session) {
        err << "bench_vertexdrag: " << error << '\n';
        return 1;
    }
    const gis::FeatureCollection &base = session->base();
    const qint64 feature = base.features[largest.index].id;
    const gis::CoordinateTransform toMap(base.crs, project.crs());
    canvas.zoomToBox(toMap.transformBox(base.envelope(largest.index)));
    waitForFrame(canvas);

    app::VertexTool tool(&canvas, project, session, {layerId});
    canvas.setMapTool(&tool);
    QImage screen(canvas.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> moves, releases, presses, frameTimes;
    double firstPress = 0;
    const int rounds =
        parser.isSet(smokeOption) ? 1 : std::max(1, parser.value(roundsOption).toInt());
    for (int round = 0; round <= rounds; ++round) {
        // A vertex a third along the outer ring, a different one each round.
        const int vertex = int(largest.vertices / 3) + round * 7;
        const auto point = gis::vertexAt(*session->geometry(feature), {0, 0, vertex});
        if (!point)
            break;
        const QPointF pixel = canvas.toPixel(toMap.transform(*point));
        QElapsedTimer timer;
        timer.start();
        auto press = mouseEvent(QEvent::MouseButtonPress, pixel, Qt::LeftButton);
        if (!tool.mousePress(&press)) {
            err << "bench_vertexdrag: the press missed the vertex\n";
            return 1;
        }
        (round == 0 ? firstPress : presses.emplace_back()) = elapsedMs(timer);
        if (round == rounds)
            break; // the last press is only measured
        for (int step = 1; step <= 60; ++step) {
            const QPointF to = pixel + QPointF(step * 0.7, -step * 0.4);
            timer.restart();
            auto move = mouseEvent(QEvent::MouseMove, to, Qt::LeftButton);
            tool.mouseMove(&move);
            canvas.render(&screen); // what the screen shows: the last frame, then the tool
            moves.push_back(elapsedMs(timer));
        }
        timer.restart();
        auto release =
            mouseEvent(QEvent::MouseButtonRelease, pixel + QPointF(42, -24), Qt::NoButton);
        tool.mouseRelease(&release);
        releases.push_back(elapsedMs(timer));
        waitForFrame(canvas); // the map drawn again with the edit
        frameTimes.push_back(elapsedMs(timer));
    }
    out << "layer=" << layerId << '\n'
        << "layer_features=" << base.features.size() << '\n'
        << "layer_vertices=" << largest.layerVertices << '\n'
        << "edited_feature_vertices=" << largest.vertices << '\n'
        << "load_seconds=" << loadSeconds << '\n'
        << "first_press_ms=" << firstPress << '\n'
        << "move_median_ms=" << bench::median(moves) << '\n'
        << "move_p95_ms=" << bench::percentile(moves, 0.95) << '\n'
        << "move_max_ms=" << bench::percentile(moves, 1.0) << '\n'
        << "release_median_ms=" << bench::median(releases) << '\n'
        << "release_max_ms=" << bench::percentile(releases, 1.0) << '\n'
        << "frame_after_release_median_ms=" << bench::median(frameTimes) << '\n'
        << "next_press_median_ms=" << bench::median(presses) << '\n'
        << "next_press_max_ms=" << bench::percentile(presses, 1.0) << '\n'
        << "undo_steps=" << session->undoStack()->count() << '\n'
        << "peak_rss_mb=" << bench::peakRssMegabytes() << '\n';
    canvas.setMapTool(nullptr);
    return session->undoStack()->count() == rounds ? 0 : 1;
}
