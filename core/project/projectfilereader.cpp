#include "projectfilereader.h"

#include "jsonfields.h"
#include "layout/layoutjson.h"
#include "projectfile.h"
#include "stylejson.h"

#include "editing/snappingsettingsjson.h"
#include "statistics/statisticsjson.h"
#include "statistics/statisticssettingsjson.h"

#include "layerfileloader.h"

#include "crs/coordinatetransform.h"
#include "data/rastersource.h"
#include "data/vectordataset.h"
#include "postgis/pgcatalog.h"
#include "postgis/pgconnectionstore.h"
#include "postgis/pgsql.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <boost/geometry/algorithms/expand.hpp>

namespace core {

namespace bg = boost::geometry;

ProjectFileReader::ProjectFileReader(const QString &path, LoadControl *control)
    : mPath(path)
    , mControl(control)
    , mFolder(QFileInfo(path).absoluteDir())
{
}

ProjectFileReader::~ProjectFileReader() = default;

std::optional<QJsonObject> ProjectFileReader::parse(QString *error) const
{
    QFile file(mPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open the project %1: %2").arg(mPath, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull()) {
        *error = tr("%1 is not a planmap project: the JSON is broken at byte %2 (%3)")
                     .arg(mPath)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")) != ProjectFile::formatName()) {
        *error =
            tr("%1 is not a planmap project (it lacks \"format\": \"planmap-project\")").arg(mPath);
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1 ||
        version.toDouble() != double(version.toInt())) {
        *error = tr("%1: the project format version is missing or not a whole number").arg(mPath);
        return std::nullopt;
    }
    if (version.toInt() > ProjectFile::formatVersion) {
        *error = tr("%1 was written by a newer planmap (project format %2; this planmap reads up "
                    "to %3). Please update planmap.")
                     .arg(mPath)
                     .arg(version.toInt())
                     .arg(ProjectFile::formatVersion);
        return std::nullopt;
    }
    if (!root.value(QStringLiteral("layers")).isArray()) {
        *error = tr("%1: “layers” is missing or not a list").arg(mPath);
        return std::nullopt;
    }
    return root;
}

std::optional<ProjectData> ProjectFileReader::read(QString *error)
{
    const std::optional<QJsonObject> root = parse(error);
    if (!root)
        return std::nullopt;
    const JsonFields fields(*root, tr("project"), &mProblems);
    mData.sourcePath = QFileInfo(mPath).absoluteFilePath();
    mData.filePath = mData.sourcePath;
    readCrs(fields);
    const QString language = fields.string(QStringLiteral("labelLanguage"), QStringLiteral("zh"));
    if (language != u"zh" && language != u"en")
        fields.reportInvalid(QStringLiteral("labelLanguage"), language);
    mData.labelLanguage = language == u"en" ? LabelLanguage::English : LabelLanguage::Chinese;
    const QJsonArray layers = fields.array(QStringLiteral("layers"));
    if (mControl)
        mControl->setTotal(int(layers.size()));
    for (int i = 0; i < layers.size(); ++i) {
        readLayer(layers[i], i);
        if (mControl && mControl->isCancelled()) {
            *error = LoadControl::cancelledMessage();
            return std::nullopt;
        }
        if (mControl)
            mControl->stepDone();
    }
    readGroups(fields.array(QStringLiteral("groups")));
    readBookmarks(fields.array(QStringLiteral("bookmarks")));
    if (fields.has(QStringLiteral("statistics")))
        readStatistics(fields.object(QStringLiteral("statistics")));
    mData.importedStatistics =
        StatisticsJson::fromJson(fields.array(QStringLiteral("importedStatistics")), &mProblems);
    // Files from before the statistics settings have none: every layer joins by its usual key.
    mData.statisticsSettings = StatisticsSettingsJson::read(fields, mData.layers, &mProblems);
    // Files from before the snapping settings have none: the defaults serve them.
    mData.snapping = SnappingSettingsJson::read(fields, &mProblems);
    mData.partitionLayers = fields.strings(QStringLiteral("partitionLayers"));
    readExtents(fields);
    // Files written before print layouts existed have none: the presets serve them.
    for (const QJsonValue &layout : fields.array(QStringLiteral("printLayouts")))
        mData.printLayouts.push_back(LayoutJson::fromJson(layout.toObject(), &mProblems));
    mData.bookmarks = presetBookmarks(mData);
    for (const QString &problem : std::as_const(mProblems))
        mData.warnings.push_back(tr("%1: %2").arg(mPath, problem));
    return std::move(mData);
}

void ProjectFileReader::readCrs(const JsonFields &root)
{
    const QString definition = root.string(QStringLiteral("crs"));
    QString crsError;
    mData.crs = definition.isEmpty() ? gis::Crs() : gis::Crs::fromUserInput(definition, &crsError);
    if (!mData.crs.isValid()) {
        mProblems.push_back(
            tr("unknown map CRS “%1”, using Web Mercator instead").arg(definition.left(80)));
        mData.crs = gis::Crs::webMercator();
        mCrsReplaced = true;
    }
}

void ProjectFileReader::readLayer(const QJsonValue &value, int index)
{
    const QString where = tr("layer %1").arg(index + 1);
    if (!value.isObject()) {
        mProblems.push_back(tr("%1 is not an object, skipped").arg(where));
        return;
    }
    const JsonFields entry(value.toObject(), where, &mProblems);
    const QString kind = entry.string(QStringLiteral("kind"), QStringLiteral("vector"));
    const QString id = entry.string(QStringLiteral("id"));
    if (id.isEmpty() || hasLayer(id)) {
        mProblems.push_back(tr("%1 has no id or the id of another layer, skipped").arg(where));
        return;
    }
    if (kind == u"vector")
        readVectorLayer(entry, id);
    else if (kind == u"raster")
        readRasterLayer(entry, id);
    else
        mProblems.push_back(tr("layer “%1” is of an unknown kind “%2”, skipped").arg(id, kind));
}

void ProjectFileReader::readVectorLayer(const JsonFields &entry, const QString &id)
{
    const QString where = tr("layer “%1”").arg(id);
    const JsonFields source(entry.object(QStringLiteral("source")), where, &mProblems);
    const QString layerName = source.string(QStringLiteral("layer"));
    QString error;
    const gis::VectorDataset *data = sourceDataset(source, layerName, &error);
    std::shared_ptr<gis::VectorLayer> layer;
    if (data && gis::postgis::isPostgisDataset(data->name())) {
        // As when added from the browser: the first frames come from the features in view,
        // the full table follows in the background (RemoteFeatureLoader).
        layer = openRemoteLayer(data->name(), layerName, &error);
        if (layer)
            layer->setId(id);
    } else if (data) {
        layer = core::readVectorLayer(*data, layerName, mData.crs, &error, id, &mData.warnings,
                                      mControl ? mControl->cancelFlag() : nullptr);
    }
    if (!layer) {
        mProblems.push_back(tr("layer “%1” skipped: %2").arg(id, error));
        return;
    }
    layer->setSource(withConnection(layer->source(), source));
    readMapLayer(entry, *layer);
    layer->setSymbol(symbolFromJson(entry.object(QStringLiteral("symbol")), where, &mProblems));
    layer->setLabels(labelsFromJson(entry.object(QStringLiteral("labels")), where, &mProblems));
    // Files from before thematic maps have no theme: the layer keeps its single symbol.
    if (entry.has(QStringLiteral("theme"))) {
        ThematicSpec theme = themeFromJson(entry.object(QStringLiteral("theme")),
                                           tr("layer “%1”, theme").arg(id), &mProblems);
        theme.layerId = layer->id();
        mData.themes.push_back(theme);
    }
    mData.layers.push_back(std::move(layer));
}

void ProjectFileReader::readRasterLayer(const JsonFields &entry, const QString &id)
{
    const JsonFields source(entry.object(QStringLiteral("source")), tr("layer “%1”").arg(id),
                            &mProblems);
    const QString stored = source.string(QStringLiteral("dataset"));
    const QString path = ProjectFile::resolvedDatasetPath(stored, mFolder);
    QString error = tr("no dataset given");
    auto raster = stored.isEmpty() ? nullptr : gis::RasterSource::open(path, &error);
    if (!raster) {
        if (!stored.isEmpty() && QFileInfo(path).isAbsolute() && !QFileInfo::exists(path))
            error = tr("the dataset %1 was not found").arg(path);
        mProblems.push_back(tr("layer “%1” skipped: %2").arg(id, error));
        return;
    }
    auto layer = std::make_shared<gis::RasterLayer>(id, std::move(raster));
    readMapLayer(entry, *layer);
    mData.rasterLayers.push_back(std::move(layer));
}

void ProjectFileReader::readMapLayer(const JsonFields &entry, gis::MapLayer &layer)
{
    layer.setTitle(entry.string(QStringLiteral("title"), layer.title()));
    layer.setVisible(entry.boolean(QStringLiteral("visible"), true));
    layer.setOpacity(std::clamp(entry.number(QStringLiteral("opacity"), 1.0), 0.0, 1.0));
    layer.setScaleRange({std::max(0.0, entry.number(QStringLiteral("minScale"), 0.0)),
                         std::max(0.0, entry.number(QStringLiteral("maxScale"), 0.0))});
}

const gis::VectorDataset *ProjectFileReader::sourceDataset(const JsonFields &source,
                                                           const QString &layerName, QString *error)
{
    const QString connection = source.string(QStringLiteral("connection"));
    if (connection.isEmpty())
        return dataset(source.string(QStringLiteral("dataset")), error);
    // A name this machine does not store may be a pg_service.conf entry.
    const QString name = gis::postgis::PgConnectionStore().datasetName(connection);
    if (const gis::VectorDataset *opened = openDataset(name, error))
        return opened;
    *error = tr("the PostGIS connection “%1” for the layer “%2” cannot be opened (%3); define "
                "the connection on this machine (File → Add PostGIS layers…) or a "
                "pg_service.conf entry of that name")
                 .arg(connection, layerName, *error);
    return nullptr;
}

gis::LayerSource ProjectFileReader::withConnection(gis::LayerSource read, const JsonFields &source)
{
    read.dataset = gis::postgis::withoutPassword(read.dataset);
    read.connection = source.string(QStringLiteral("connection"));
    return read;
}

const gis::VectorDataset *ProjectFileReader::dataset(const QString &stored, QString *error)
{
    if (stored.isEmpty()) {
        *error = tr("no dataset given");
        return nullptr;
    }
    return openDataset(ProjectFile::resolvedDatasetPath(stored, mFolder), error);
}

const gis::VectorDataset *ProjectFileReader::openDataset(const QString &path, QString *error)
{
    if (auto found = mDatasets.find(path); found != mDatasets.end())
        return found->second.get();
    if (auto failed = mDatasetErrors.find(path); failed != mDatasetErrors.end()) {
        *error = failed->second;
        return nullptr;
    }
    const bool csv = QFileInfo(path).suffix().compare(u"csv", Qt::CaseInsensitive) == 0;
    const QStringList options = gis::postgis::isPostgisDataset(path)
                                    ? gis::postgis::PgCatalog::openOptions()
                                    : (csv ? csvOpenOptions() : QStringList());
    std::unique_ptr<gis::VectorDataset> opened = gis::VectorDataset::open(path, error, options);
    if (!opened) {
        // GDAL says "no such file" in many ways; say it once, plainly.
        if (!path.startsWith(u"/vsi") && QFileInfo(path).isAbsolute() && !QFileInfo::exists(path))
            *error = tr("the dataset %1 was not found").arg(path);
        mDatasetErrors.emplace(path, *error);
        return nullptr;
    }
    return mDatasets.emplace(path, std::move(opened)).first->second.get();
}

void ProjectFileReader::readGroups(const QJsonArray &groups)
{
    QSet<QString> grouped;
    for (int i = 0; i < groups.size(); ++i) {
        const QString where = tr("group %1").arg(i + 1);
        if (!groups[i].isObject()) {
            mProblems.push_back(tr("%1 is not an object, skipped").arg(where));
            continue;
        }
        const JsonFields fields(groups[i].toObject(), where, &mProblems);
        LayerGroup group{
            fields.string(QStringLiteral("id")), fields.string(QStringLiteral("title")), {}};
        // Members whose layer was skipped were already reported.
        for (const QString &id : fields.strings(QStringLiteral("layers"))) {
            if (hasLayer(id) && !grouped.contains(id)) {
                group.layerIds.push_back(id);
                grouped.insert(id);
            }
        }
        mData.groups.push_back(group);
    }
    // The layer panel shows layers through their groups: none may be left out.
    LayerGroup others{QStringLiteral("other"), tr("Other layers"), {}};
    for (const auto &layer : mData.layers) {
        if (!grouped.contains(layer->id()))
            others.layerIds.push_front(layer->id());
    }
    for (const auto &layer : mData.rasterLayers) {
        if (!grouped.contains(layer->id()))
            others.layerIds.push_front(layer->id());
    }
    if (!others.layerIds.isEmpty())
        mData.groups.push_front(others);
}

bool ProjectFileReader::hasLayer(const QString &id) const
{
    const auto sameId = [&id](const auto &layer) {
        return layer->id() == id;
    };
    return std::any_of(mData.layers.begin(), mData.layers.end(), sameId) ||
           std::any_of(mData.rasterLayers.begin(), mData.rasterLayers.end(), sameId);
}

void ProjectFileReader::readBookmarks(const QJsonArray &bookmarks)
{
    for (int i = 0; i < bookmarks.size(); ++i) {
        const JsonFields fields(bookmarks[i].toObject(), tr("bookmark %1").arg(i + 1), &mProblems);
        const std::optional<gis::Box> extent = fields.box(QStringLiteral("extent"));
        const QString id = fields.string(QStringLiteral("id"));
        if (!extent || id.isEmpty()) {
            mProblems.push_back(tr("bookmark %1 has no id or extent, skipped").arg(i + 1));
            continue;
        }
        mData.userBookmarks.push_back({id, fields.string(QStringLiteral("name"), id), *extent});
    }
}

void ProjectFileReader::readStatistics(const QJsonObject &source)
{
    const JsonFields fields(source, tr("statistics"), &mProblems);
    QString error;
    const QString layerName = fields.string(QStringLiteral("layer"));
    const gis::VectorDataset *data = sourceDataset(fields, layerName, &error);
    std::optional<gis::FeatureCollection> table =
        data ? data->readLayer(layerName, &error) : std::nullopt;
    if (!table) {
        mProblems.push_back(tr("the statistics were not read: %1").arg(error));
        return;
    }
    mData.statistics = std::make_shared<const gis::FeatureCollection>(std::move(*table));
    mData.statisticsSource = withConnection({data->name(), layerName}, fields);
}

// The full extent falls back to the layers, the view to the full extent.
void ProjectFileReader::readExtents(const JsonFields &root)
{
    // Extents in a CRS that could not be read mean nothing in the one that replaced it.
    std::optional<gis::Box> full =
        mCrsReplaced ? std::nullopt : root.box(QStringLiteral("fullExtent"));
    if (!full && !mData.layers.empty()) {
        gis::Box box;
        bg::assign_inverse(box);
        for (const auto &layer : mData.layers)
            bg::expand(box, layer->projectionCache()->projected(mData.crs, nullptr)->extent());
        full = paddedExtent(box, 0.02);
    }
    if (!full) {
        const gis::CoordinateTransform fromLonLat(gis::Crs::wgs84(), mData.crs);
        full = fromLonLat.transformBox(gis::Box(gis::Point(104, 30), gis::Point(146, 56)));
    }
    mData.initialExtent = *full;
    if (!mCrsReplaced)
        mData.viewExtent = root.box(QStringLiteral("view"));
}

} // namespace core
