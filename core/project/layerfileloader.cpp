#include "layerfileloader.h"

#include "projectdata.h"

#include "data/rastersource.h"
#include "data/vectordataset.h"
#include "layer/extentfeaturesource.h"
#include "postgis/pgcatalog.h"
#include "postgis/pgsql.h"

#include <QFileInfo>

namespace core {

namespace {

// GDAL's messages start with the file name, which the combined message already gives.
QString withoutPath(const QString &message, const QString &path)
{
    const QString prefix = path + QStringLiteral(": ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

bool readVectorFile(const QString &path, const gis::Crs &mapCrs, LoadedLayers &loaded,
                    QString *error, const std::atomic_bool *cancel)
{
    const bool csv = QFileInfo(path).suffix().compare(u"csv", Qt::CaseInsensitive) == 0;
    std::unique_ptr<gis::VectorDataset> dataset =
        gis::VectorDataset::open(path, error, csv ? csvOpenOptions() : QStringList());
    if (!dataset)
        return false;
    const QStringList names = dataset->layerNames();
    for (const QString &name : names) {
        QString layerError;
        // A single-layer file is known by its file name, a multi-layer one by its layers'.
        const QString id = names.size() == 1 ? QFileInfo(path).completeBaseName() : name;
        // The same reading as a project's: it remembers the source for the project file and
        // warns about a CRS the coordinates cannot be in.
        std::shared_ptr<gis::VectorLayer> layer =
            readVectorLayer(*dataset, name, mapCrs, &layerError, id, &loaded.warnings, cancel);
        if (cancel && *cancel)
            return true; // nothing more to read; the caller reports the cancellation
        if (!layer) {
            loaded.errors.push_back(layerError.startsWith(path)
                                        ? layerError
                                        : QStringLiteral("%1: %2").arg(path, layerError));
            continue;
        }
        layer->setTitle(id);
        loaded.vectorLayers.push_back(std::move(layer));
    }
    return true;
}

// Every spatial table of a database, each shown at once from the features in view.
void openDatabaseLayers(const QString &dataset, LoadedLayers &loaded)
{
    QString error;
    const std::unique_ptr<gis::VectorDataset> opened = gis::VectorDataset::open(dataset, &error);
    if (!opened) {
        loaded.errors.push_back(error);
        return;
    }
    for (const QString &name : opened->layerNames()) {
        QString layerError;
        if (auto layer = openRemoteLayer(dataset, name, &layerError))
            loaded.vectorLayers.push_back(std::move(layer));
        else
            loaded.errors.push_back(layerError);
    }
}

} // namespace

std::shared_ptr<gis::VectorLayer> openRemoteLayer(const QString &dataset, const QString &layerName,
                                                  QString *error)
{
    std::shared_ptr<gis::ExtentFeatureSource> source =
        gis::ExtentFeatureSource::open(dataset, layerName, error);
    if (!source)
        return nullptr;
    auto layer = std::make_shared<gis::VectorLayer>(layerName, source->schema());
    layer->setSource({gis::postgis::withoutPassword(dataset), layerName});
    layer->setExtentSource(std::move(source));
    return layer;
}

QStringList csvOpenOptions()
{
    return {QStringLiteral("X_POSSIBLE_NAMES=lon,lng,long,longitude,x,经度"),
            QStringLiteral("Y_POSSIBLE_NAMES=lat,latitude,y,纬度"),
            QStringLiteral("GEOM_POSSIBLE_NAMES=wkt,geom,geometry,the_geom"),
            QStringLiteral("KEEP_GEOM_COLUMNS=NO"), QStringLiteral("AUTODETECT_TYPE=YES")};
}

LoadedLayers loadDatasetLayers(const DatasetLayers &request, const gis::Crs &mapCrs,
                               LoadControl *control)
{
    LoadedLayers loaded;
    if (control)
        control->setTotal(int(request.layerNames.size()) + 1);
    const bool postgis = gis::postgis::isPostgisDataset(request.dataset);
    const QString shownName = gis::postgis::withoutPassword(request.dataset);
    QString error;
    std::unique_ptr<gis::VectorDataset> dataset = gis::VectorDataset::open(
        request.dataset, &error, postgis ? gis::postgis::PgCatalog::openOptions() : QStringList());
    if (control)
        control->stepDone(); // the connection
    if (!dataset) {
        loaded.errors.push_back(error);
        return loaded;
    }
    for (const QString &name : request.layerNames) {
        if (control && control->isCancelled())
            break;
        QString layerError;
        // A PostGIS table shows from the features in view; its full collection follows.
        std::shared_ptr<gis::VectorLayer> layer =
            postgis ? openRemoteLayer(request.dataset, name, &layerError)
                    : readVectorLayer(*dataset, name, mapCrs, &layerError, name, &loaded.warnings,
                                      control ? control->cancelFlag() : nullptr);
        if (control)
            control->stepDone();
        if (!layer) {
            if (request.dataset != shownName) // GDAL names the dataset as opened
                layerError.replace(request.dataset, shownName);
            if (!(control && control->isCancelled()))
                loaded.errors.push_back(
                    QStringLiteral("%1, layer %2: %3")
                        .arg(shownName, name, withoutPath(layerError, shownName)));
            continue;
        }
        layer->setTitle(name);
        gis::LayerSource source = layer->source();
        source.dataset = shownName;
        source.connection = request.connection;
        layer->setSource(source);
        loaded.vectorLayers.push_back(std::move(layer));
    }
    if (control && control->isCancelled()) {
        loaded = {};
        loaded.errors.push_back(LoadControl::cancelledMessage());
    }
    // Warnings name the dataset as opened too, which may have held a password.
    if (request.dataset != shownName)
        loaded.warnings.replaceInStrings(request.dataset, shownName);
    return loaded;
}

LoadedLayers loadLayerFiles(const QStringList &paths, const gis::Crs &mapCrs, LoadControl *control)
{
    LoadedLayers loaded;
    if (control)
        control->setTotal(int(paths.size()));
    for (const QString &path : paths) {
        if (control && control->isCancelled())
            break;
        if (control)
            control->stepDone(); // counted as started: a file is the step a user sees
        if (gis::postgis::isPostgisDataset(path)) {
            openDatabaseLayers(path, loaded);
            continue;
        }
        if (!QFileInfo::exists(path)) {
            loaded.errors.push_back(QStringLiteral("%1: no such file").arg(path));
            continue;
        }
        QString vectorError;
        if (readVectorFile(path, mapCrs, loaded, &vectorError,
                           control ? control->cancelFlag() : nullptr))
            continue;
        QString rasterError;
        if (auto source = gis::RasterSource::open(path, &rasterError)) {
            loaded.rasterLayers.push_back(
                std::make_shared<gis::RasterLayer>(QFileInfo(path).completeBaseName(), source));
            continue;
        }
        loaded.errors.push_back(
            QStringLiteral("%1: neither vector data nor a raster GDAL can read (%2; %3)")
                .arg(path, withoutPath(vectorError, path), withoutPath(rasterError, path)));
    }
    if (control && control->isCancelled()) {
        loaded = {}; // a cancelled load adds nothing, not half of what was asked
        loaded.errors.push_back(LoadControl::cancelledMessage());
    }
    return loaded;
}

} // namespace core
