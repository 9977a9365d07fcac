#include "mapexportcommand.h"

#include "extentargument.h"

#include "data/vectordataset.h"
#include "render/maprenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>
#include <QTextStream>

#include <boost/geometry/algorithms/expand.hpp>

#include <optional>

namespace app {

namespace {

// Qt's PNG writer turns quality into zlib's level; 80 is its fastest level that still
// compresses (90 and up write the pixels raw: 139 MB for an A2 map).
constexpr int fastPngQuality = 80;

// Through a temporary file renamed into place, so a killed export never leaves half an image.
// PNG is written with light compression: zlib's strongest level takes seconds on a print-size
// map and saves little on flat map colours.
// The renderer already gives an opaque map as RGB32, so no alpha channel is written for it.
bool writeImage(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QImageWriter writer(&file, QFileInfo(path).suffix().toLatin1());
    if (writer.format().isEmpty() || writer.format() == "png") {
        writer.setFormat("png");
        writer.setQuality(fastPngQuality);
    }
    return writer.write(image) && file.commit();
}

struct MapExportRequest
{
    QString dataset;
    QString layerName;
    QSize size;
    double dpi = 96.0;
    std::optional<gis::Box> extent;
    QString output;
    bool timing = false;
};

std::optional<MapExportRequest> parseRequest(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption mapOnly(QStringLiteral("map-only"));
    const QCommandLineOption layer(QStringLiteral("layer"), {}, QStringLiteral("file"));
    const QCommandLineOption layerName(QStringLiteral("layer-name"), {}, QStringLiteral("name"));
    const QCommandLineOption width(QStringLiteral("width"), {}, QStringLiteral("pixels"));
    const QCommandLineOption height(QStringLiteral("height"), {}, QStringLiteral("pixels"));
    const QCommandLineOption extent(QStringLiteral("extent"), {}, QStringLiteral("box"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), {}, QStringLiteral("dpi"),
                                 QStringLiteral("96"));
    const QCommandLineOption out(QStringLiteral("out"), {}, QStringLiteral("file"));
    const QCommandLineOption timing(QStringLiteral("timing"));
    parser.addOptions({mapOnly, layer, layerName, width, height, extent, dpi, out, timing});
    if (!parser.parse(QStringList{QStringLiteral("planmap-export")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.isSet(mapOnly)) {
        *error = QCoreApplication::translate("MapExport",
                                             "only --map-only exports are available so far");
        return std::nullopt;
    }
    MapExportRequest request;
    request.dataset = parser.value(layer);
    request.layerName = parser.value(layerName);
    request.size = QSize(parser.value(width).toInt(), parser.value(height).toInt());
    request.dpi = parser.value(dpi).toDouble();
    request.output = parser.value(out);
    request.timing = parser.isSet(timing);
    if (parser.isSet(extent)) {
        request.extent = parseExtent(parser.value(extent));
        if (!request.extent) {
            *error = QCoreApplication::translate("MapExport",
                                                 "--extent needs xmin,ymin,xmax,ymax, got \"%1\"")
                         .arg(parser.value(extent));
            return std::nullopt;
        }
    }
    if (request.dataset.isEmpty() || request.output.isEmpty() || request.size.width() <= 0 ||
        request.size.height() <= 0 || request.size.width() > 30000 ||
        request.size.height() > 30000 || request.dpi <= 0) {
        *error = QCoreApplication::translate(
            "MapExport", "export needs --layer FILE, --out FILE and a --width and "
                         "--height between 1 and 30000 pixels");
        return std::nullopt;
    }
    return request;
}

gis::Box paddedLayerExtent(const gis::Box &extent)
{
    const double dx = (extent.max_corner().x() - extent.min_corner().x()) * 0.01;
    const double dy = (extent.max_corner().y() - extent.min_corner().y()) * 0.01;
    return {gis::Point(extent.min_corner().x() - dx, extent.min_corner().y() - dy),
            gis::Point(extent.max_corner().x() + dx, extent.max_corner().y() + dy)};
}

} // namespace

int runMapExportCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QString error;
    const std::optional<MapExportRequest> request = parseRequest(arguments, &error);
    if (!request) {
        err << "planmap export: " << error << '\n';
        return 2;
    }
    QElapsedTimer total;
    total.start();
    std::unique_ptr<gis::VectorDataset> dataset =
        gis::VectorDataset::open(request->dataset, &error);
    const QString layerName = !dataset                       ? QString()
                              : request->layerName.isEmpty() ? dataset->layerNames().value(0)
                                                             : request->layerName;
    std::optional<gis::FeatureCollection> features =
        dataset ? dataset->readCompactLayer(layerName, &error) : std::nullopt;
    if (!features) {
        err << "planmap: " << error << '\n';
        return 1;
    }
    const gis::Crs crs = features->crs.isValid() ? features->crs : gis::Crs::wgs84();
    gis::VectorLayer layer(layerName,
                           std::make_shared<const gis::FeatureCollection>(std::move(*features)));
    const auto projected = layer.projectionCache()->projected(crs, &error);
    if (!projected) {
        err << "planmap: " << error << '\n';
        return 1;
    }
    gis::MapSettings settings;
    settings.crs = crs;
    settings.extent = request->extent ? *request->extent : paddedLayerExtent(projected->extent());
    settings.outputSize = request->size;
    settings.dpi = request->dpi;
    settings.layers = {gis::snapshotOf(layer)};
    const double loadSeconds = total.nsecsElapsed() / 1e9;

    QElapsedTimer render;
    render.start();
    const std::atomic_bool cancel = false;
    const gis::RenderResult result = gis::MapRenderer(settings).renderImage(cancel);
    const double renderSeconds = render.nsecsElapsed() / 1e9;
    const double totalSeconds = total.nsecsElapsed() / 1e9;

    QElapsedTimer save;
    save.start();
    if (!writeImage(result.image, request->output)) {
        err << "planmap: " << request->output << ": "
            << QCoreApplication::translate("MapExport", "cannot write the image") << '\n';
        return 1;
    }
    if (request->timing) {
        QTextStream out(stdout);
        out << "planmap_load_seconds=" << loadSeconds << '\n'
            << "planmap_seconds=" << renderSeconds << '\n'
            << "planmap_total_seconds=" << totalSeconds << '\n'
            << "planmap_save_seconds=" << save.nsecsElapsed() / 1e9 << '\n'
            << "planmap_features=" << layer.features().features.size() << '\n';
    }
    return 0;
}

} // namespace app
