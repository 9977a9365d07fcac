// bench_postgis: a large layer in PostGIS against the same data in a GeoPackage, at the
// canvas's size. The GeoPackage is read whole and drawn from memory (planmap's path for
// files); the PostGIS layer is drawn from bounding-box requests (gis::ExtentFeatureSource),
// with no download before its first frame. Measured per data source:
//   * time to first frame: open + first render, at the full extent and zoomed in (a view 1/20
//     of the full width), each from a freshly opened source;
//   * per-frame time over a sequence of pans (10% of the view each) at the zoomed-in scale;
//   * for PostGIS, the background read of the full collection the layer gets after it shows.
//
//   bench_postgis --pg "PG:host=… dbname=… user=…" [--gpkg FILE] [--layer NAME]
//                 [--size 1920x1080] [--rounds 3] [--pans 20] [--reload]
//   bench_postgis --smoke    (a small generated layer, into the test cluster of ctest)
//
// The GeoPackage is copied into PostGIS (GDAL, as ogr2ogr does: GiST index, ANALYZE) into
// table bench_postgis_<layer> unless that table already holds as many features (--reload
// copies it again).
#include "benchsupport.h"

#include "data/gdalhandles.h"
#include "data/gdalsupport.h"
#include "data/geopackagewriter.h"
#include "data/vectordataset.h"
#include "layer/extentfeaturesource.h"
#include "postgis/pgpasswordsource.h"
#include "postgis/pgsql.h"
#include "render/maprenderer.h"
#include "render/maptopixel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <gdal_utils.h>

namespace {

struct Options
{
    QString pg;
    QString gpkg;
    QString layer;
    QSize size;
    int rounds = 3;
    int pans = 20;
    bool reload = false;
};

struct Frames
{
    std::vector<double> firstFull;   // ms, one per round
    std::vector<double> firstZoomed; // ms, one per round
    std::vector<double> pans;        // ms, every pan of every round
    std::vector<double> fullRead;    // ms, PostGIS only: the background read of every feature
    int requests = 0;                // PostGIS only: requests during the pans of one round
    std::size_t featuresInView = 0;  // at the zoomed-in scale
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

gis::MapSettings settingsFor(const gis::LayerSnapshot &layer, const gis::Crs &crs,
                             const gis::Box &extent, QSize size)
{
    gis::MapSettings settings;
    settings.crs = crs;
    settings.extent = extent;
    settings.outputSize = size;
    settings.layers = {layer};
    return settings;
}

bool renderOk(const gis::MapSettings &settings)
{
    const std::atomic_bool cancel = false;
    const gis::RenderResult result = gis::MapRenderer(settings).renderImage(cancel);
    for (const QString &error : result.errors)
        QTextStream(stderr) << error << '\n';
    return result.errors.isEmpty();
}

gis::Box zoomedIn(const gis::Box &full)
{
    const double cx = (full.min_corner().x() + full.max_corner().x()) / 2;
    const double cy = (full.min_corner().y() + full.max_corner().y()) / 2;
    const double hw = (full.max_corner().x() - full.min_corner().x()) / 40;
    const double hh = (full.max_corner().y() - full.min_corner().y()) / 40;
    return {gis::Point(cx - hw, cy - hh), gis::Point(cx + hw, cy + hh)};
}

gis::Box pannedEast(const gis::Box &view, double share)
{
    const double dx = (view.max_corner().x() - view.min_corner().x()) * share;
    return {gis::Point(view.min_corner().x() + dx, view.min_corner().y()),
            gis::Point(view.max_corner().x() + dx, view.max_corner().y())};
}

// A source opened and its layer made ready to draw, as the app does for each kind.
using Opener = std::function<std::optional<gis::LayerSnapshot>()>;

// Times open + first render at `extent`.
bool timeFirstFrame(const Opener &open, const gis::Crs &crs, const gis::Box &extent,
                    const Options &options, std::vector<double> &times)
{
    QElapsedTimer timer;
    timer.start();
    const std::optional<gis::LayerSnapshot> layer = open();
    if (!layer || !renderOk(settingsFor(*layer, crs, extent, options.size)))
        return false;
    times.push_back(elapsedMs(timer));
    return true;
}

bool timePans(const gis::LayerSnapshot &layer, const gis::Crs &crs, const gis::Box &start,
              const Options &options, std::vector<double> &times)
{
    gis::MapSettings settings = settingsFor(layer, crs, start, options.size);
    if (!renderOk(settings))
        return false;
    for (int pan = 0; pan < options.pans; ++pan) {
        settings.extent = pannedEast(settings.extent, 0.1);
        QElapsedTimer timer;
        timer.start();
        if (!renderOk(settings))
            return false;
        times.push_back(elapsedMs(timer));
    }
    return true;
}

bool copyIntoPostgis(const QString &gpkg, const QString &layer, const QString &pg,
                     const QString &table, bool reload)
{
    gis::ensureGdalRegistered();
    const gis::GdalDatasetPointer target(
        GDALDataset::Open(gis::postgis::PgPasswordSource::openableName(pg).toUtf8().constData(),
                          GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    if (!target) {
        QTextStream(stderr) << gis::postgis::withoutPassword(pg) << ": cannot connect\n";
        return false;
    }
    QString error;
    const auto local = gis::openVectorReadOnly(gpkg);
    if (!local || !local->GetLayerByName(layer.toUtf8().constData())) {
        QTextStream(stderr) << gpkg << ": no layer " << layer << '\n';
        return false;
    }
    const GIntBig wanted = local->GetLayerByName(layer.toUtf8().constData())->GetFeatureCount();
    const auto present = gis::postgis::queryValue(
        *target,
        QStringLiteral("SELECT count(*) FROM %1").arg(gis::postgis::quoteIdentifier(table)),
        &error);
    if (!reload && present && present->toLongLong() == wanted)
        return true;
    QElapsedTimer timer;
    timer.start();
    QByteArrayList arguments{"-f",
                             "PostgreSQL",
                             "-overwrite",
                             "-nln",
                             table.toUtf8(),
                             "-lco",
                             "GEOMETRY_NAME=geom",
                             "-lco",
                             "FID=fid",
                             "-lco",
                             "SPATIAL_INDEX=GIST",
                             "-nlt",
                             "PROMOTE_TO_MULTI",
                             "-gt",
                             "20000",
                             layer.toUtf8()};
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    GDALVectorTranslateOptions *translate = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    GDALDatasetH source = local.get();
    GDALDatasetH written =
        GDALVectorTranslate(nullptr, target.get(), 1, &source, translate, nullptr);
    GDALVectorTranslateOptionsFree(translate);
    if (!written) {
        QTextStream(stderr) << "copy into PostGIS failed\n";
        return false;
    }
    if (!gis::postgis::execute(
            *target, QStringLiteral("ANALYZE %1").arg(gis::postgis::quoteIdentifier(table)),
            &error)) {
        QTextStream(stderr) << error << '\n';
        return false;
    }
    out() << "copy_into_postgis_seconds=" << timer.nsecsElapsed() / 1e9 << '\n';
    return true;
}

// A grid of small squares written to a GeoPackage, for --smoke.
QString smokeGeoPackage(const QString &dir)
{
    const bench::LoadedLayer smoke = bench::smokeLayer(40);
    const QString path = dir + QStringLiteral("/smoke.gpkg");
    gis::GeoPackageWriter writer(path);
    QString error;
    if (!writer.open(&error) || !writer.writeLayer(smoke.layer->features(), &error) ||
        !writer.commit(&error)) {
        QTextStream(stderr) << error << '\n';
        return {};
    }
    return path;
}

std::optional<gis::LayerSnapshot> openGeoPackage(const Options &options, const gis::Crs &crs)
{
    QString error;
    const auto dataset = gis::VectorDataset::open(options.gpkg, &error);
    auto features = dataset ? dataset->readCompactLayer(options.layer, &error) : std::nullopt;
    if (!features) {
        QTextStream(stderr) << error << '\n';
        return std::nullopt;
    }
    auto layer = std::make_shared<gis::VectorLayer>(
        options.layer, std::make_shared<const gis::FeatureCollection>(std::move(*features)));
    if (!layer->projectionCache()->projected(crs, &error)) {
        QTextStream(stderr) << error << '\n';
        return std::nullopt;
    }
    return gis::snapshotOf(*layer);
}

std::shared_ptr<gis::ExtentFeatureSource> openPostgis(const Options &options, const QString &table)
{
    QString error;
    auto source = gis::ExtentFeatureSource::open(options.pg, table, &error);
    if (!source)
        QTextStream(stderr) << error << '\n';
    return source;
}

std::optional<gis::LayerSnapshot> postgisSnapshot(std::shared_ptr<gis::ExtentFeatureSource> source)
{
    if (!source)
        return std::nullopt;
    gis::VectorLayer layer(source->layerName(), source->schema());
    layer.setExtentSource(std::move(source));
    return gis::snapshotOf(layer);
}

void report(const QString &name, const Frames &frames)
{
    out() << name << "_first_frame_full_ms=" << bench::median(frames.firstFull) << '\n'
          << name << "_first_frame_zoomed_ms=" << bench::median(frames.firstZoomed) << '\n'
          << name << "_pan_frames=" << frames.pans.size() << '\n'
          << name << "_pan_median_ms=" << bench::median(frames.pans) << '\n'
          << name << "_pan_p95_ms=" << bench::percentile(frames.pans, 0.95) << '\n'
          << name << "_pan_max_ms=" << bench::percentile(frames.pans, 1.0) << '\n';
    if (!frames.fullRead.empty())
        out() << name << "_full_read_ms=" << bench::median(frames.fullRead) << '\n'
              << name << "_pan_requests_per_round=" << frames.requests << '\n';
}

int run(const Options &options)
{
    const QString table = QStringLiteral("bench_postgis_") + options.layer.toLower();
    if (!copyIntoPostgis(options.gpkg, options.layer, options.pg, table, options.reload))
        return 1;
    // The extent and CRS both sources share, from the file's reading.
    const auto reference = openGeoPackage(options, gis::Crs::wgs84());
    if (!reference)
        return 1;
    const gis::Crs crs = reference->data->source()->crs.isValid() ? reference->data->source()->crs
                                                                  : gis::Crs::wgs84();
    QString error;
    const auto projected = reference->data->projected(crs, &error);
    const gis::Box full = gis::fitExtentToSize(projected->extent(), options.size);
    const gis::Box zoomed = gis::fitExtentToSize(zoomedIn(full), options.size);
    const std::size_t inView = projected->index().query(zoomed).size();

    Frames gpkg, pg;
    gpkg.featuresInView = pg.featuresInView = inView;
    const Opener fromFile = [&] {
        return openGeoPackage(options, crs);
    };
    std::shared_ptr<gis::ExtentFeatureSource> lastSource;
    const Opener fromPostgis = [&] {
        lastSource = openPostgis(options, table);
        return postgisSnapshot(lastSource);
    };
    for (int round = 0; round < options.rounds; ++round) {
        // Interleaved, so that the machine's noise falls on both alike.
        if (!timeFirstFrame(fromFile, crs, full, options, gpkg.firstFull) ||
            !timeFirstFrame(fromPostgis, crs, full, options, pg.firstFull) ||
            !timeFirstFrame(fromFile, crs, zoomed, options, gpkg.firstZoomed) ||
            !timeFirstFrame(fromPostgis, crs, zoomed, options, pg.firstZoomed))
            return 1;
        if (!timePans(*reference, crs, zoomed, options, gpkg.pans))
            return 1;
        const auto source = openPostgis(options, table);
        const int before = source ? source->requestCount() : 0;
        if (!source || !timePans(*postgisSnapshot(source), crs, zoomed, options, pg.pans))
            return 1;
        pg.requests = source->requestCount() - before - 1; // the pans', not the first frame's
        QElapsedTimer timer;
        timer.start();
        const auto all = source->readAll(nullptr, &error);
        if (!all) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        pg.fullRead.push_back(elapsedMs(timer));
    }
    out() << "features=" << projected->size() << '\n'
          << "size=" << options.size.width() << 'x' << options.size.height() << '\n'
          << "rounds=" << options.rounds << '\n'
          << "features_in_zoomed_view=" << inView << '\n';
    report(QStringLiteral("gpkg"), gpkg);
    report(QStringLiteral("postgis"), pg);
    out() << "peak_rss_mb=" << bench::peakRssMegabytes() << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption pgOption(QStringLiteral("pg"), {}, QStringLiteral("PG:…"));
    const QCommandLineOption gpkgOption(
        QStringLiteral("gpkg"), {}, QStringLiteral("file"),
        qEnvironmentVariable("BENCH_WORK", QStringLiteral("/tmp/planmap-bench")) +
            QStringLiteral("/data/synthetic_100000.gpkg"));
    const QCommandLineOption layerOption(QStringLiteral("layer"), {}, QStringLiteral("name"),
                                         QStringLiteral("counties"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), {}, QStringLiteral("WxH"),
                                        QStringLiteral("1920x1080"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), {}, QStringLiteral("n"),
                                          QStringLiteral("3"));
    const QCommandLineOption pansOption(QStringLiteral("pans"), {}, QStringLiteral("n"),
                                        QStringLiteral("20"));
    const QCommandLineOption reloadOption(QStringLiteral("reload"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"));
    parser.addOptions({pgOption, gpkgOption, layerOption, sizeOption, roundsOption, pansOption,
                       reloadOption, smokeOption});
    parser.addHelpOption();
    parser.process(app);

    Options options;
    options.pg = parser.value(pgOption);
    options.gpkg = parser.value(gpkgOption);
    options.layer = parser.value(layerOption);
    options.size = bench::parseSize(parser.value(sizeOption));
    options.rounds = std::max(1, parser.value(roundsOption).toInt());
    options.pans = std::max(1, parser.value(pansOption).toInt());
    options.reload = parser.isSet(reloadOption);
    QTemporaryDir smokeDir;
    if (parser.isSet(smokeOption)) {
        // The cluster ctest starts for the postgis tests (fixture pgserver).
        QFile conninfo(qEnvironmentVariable("PLANMAP_PG_TEST_DIR") + QStringLiteral("/conninfo"));
        if (!conninfo.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "bench_postgis --smoke: no test cluster (run it via ctest)\n";
            return 2;
        }
        options.pg = QStringLiteral("PG:") + QString::fromUtf8(conninfo.readAll()).trimmed();
        options.gpkg = smokeGeoPackage(smokeDir.path());
        options.layer = QStringLiteral("smoke");
        options.size = QSize(480, 320);
        options.rounds = 1;
        options.pans = 4;
        options.reload = true;
        if (options.gpkg.isEmpty())
            return 1;
    }
    if (options.pg.isEmpty() || options.size.isEmpty()) {
        QTextStream(stderr) << "bench_postgis: give --pg \"PG:…\" (and --gpkg), or --smoke\n";
        return 2;
    }
    return run(options);
}
