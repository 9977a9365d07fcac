#include "infocommand.h"

#include "rasterinfo.h"

#include "data/datasetinspector.h"
#include "data/rastersource.h"
#include "postgis/pgsql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace app {

namespace {

QJsonObject toJson(const gis::LayerSummary &layer)
{
    QJsonObject object{{QStringLiteral("name"), layer.name},
                       {QStringLiteral("geometry_type"), layer.geometryType},
                       {QStringLiteral("crs"), layer.crsAuthId},
                       {QStringLiteral("crs_name"), layer.crsName},
                       {QStringLiteral("feature_count"), layer.featureCount},
                       {QStringLiteral("invalid_geometries"), layer.invalidGeometries}};
    if (!layer.crsProblem.isEmpty())
        object.insert(QStringLiteral("crs_problem"), layer.crsProblem);
    if (layer.extent) {
        const gis::Box &box = *layer.extent;
        object.insert(QStringLiteral("extent"),
                      QJsonArray{box.min_corner().x(), box.min_corner().y(), box.max_corner().x(),
                                 box.max_corner().y()});
    }
    return object;
}

void printText(QTextStream &out, const gis::DatasetSummary &summary)
{
    const int layerCount = static_cast<int>(summary.layers.size());
    out << QCoreApplication::translate("InfoCommand", "Dataset: %1 (%2), %n layer(s)", nullptr,
                                       layerCount)
               .arg(gis::postgis::withoutPassword(summary.name), summary.driver)
        << '\n';
    for (const gis::LayerSummary &layer : summary.layers) {
        out << "\n" << layer.name << '\n';
        out << "  "
            << QCoreApplication::translate("InfoCommand", "geometry: %1").arg(layer.geometryType)
            << '\n';
        out << "  "
            << QCoreApplication::translate("InfoCommand", "CRS: %1 %2")
                   .arg(layer.crsAuthId.isEmpty() ? QStringLiteral("-") : layer.crsAuthId,
                        layer.crsName)
            << '\n';
        if (!layer.crsProblem.isEmpty())
            out << "  "
                << QCoreApplication::translate("InfoCommand", "CRS problem: %1")
                       .arg(layer.crsProblem)
                << '\n';
        out << "  "
            << QCoreApplication::translate("InfoCommand", "features: %1").arg(layer.featureCount)
            << '\n';
        if (layer.extent) {
            const gis::Box &b = *layer.extent;
            out << "  "
                << QCoreApplication::translate("InfoCommand", "extent: %1, %2 : %3, %4")
                       .arg(b.min_corner().x(), 0, 'f', 6)
                       .arg(b.min_corner().y(), 0, 'f', 6)
                       .arg(b.max_corner().x(), 0, 'f', 6)
                       .arg(b.max_corner().y(), 0, 'f', 6)
                << '\n';
        }
        out << "  "
            << QCoreApplication::translate("InfoCommand", "invalid geometries: %1")
                   .arg(layer.invalidGeometries);
        if (layer.invalidGeometries > 0)
            out << " (" << layer.firstInvalidReason << ")";
        out << '\n';
    }
}

} // namespace

int runInfoCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const bool json = arguments.contains(QStringLiteral("--json"));
    QStringList files = arguments;
    files.removeAll(QStringLiteral("--json"));
    if (files.size() != 1) {
        err << QCoreApplication::translate("InfoCommand", "usage: planmap info FILE|PG:… [--json]")
            << '\n';
        return 2;
    }
    QString error;
    const std::optional<gis::DatasetSummary> summary = gis::inspectDataset(files.front(), &error);
    QTextStream out(stdout);
    if (!summary) {
        // Not vector data: a raster then, or the vector message stands. A PostGIS
        // connection that failed is not tried again as a raster.
        const auto raster = gis::postgis::isPostgisDataset(files.front())
                                ? nullptr
                                : gis::RasterSource::open(files.front(), nullptr);
        if (raster) {
            printRasterInfo(out, *raster, json);
            return 0;
        }
        err << "planmap: " << error << '\n';
        return 1;
    }
    if (json) {
        QJsonArray layers;
        for (const gis::LayerSummary &layer : summary->layers)
            layers.push_back(toJson(layer));
        const QJsonObject root{
            {QStringLiteral("dataset"), gis::postgis::withoutPassword(summary->name)},
            {QStringLiteral("driver"), summary->driver},
            {QStringLiteral("layers"), layers}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        printText(out, *summary);
    }
    return 0;
}

} // namespace app
