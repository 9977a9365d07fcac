#include "projectfile.h"

#include "jsonfields.h"
#include "planproject.h"
#include "projectfilereader.h"
#include "stylejson.h"

#include "editing/snappingsettingsjson.h"
#include "layout/layoutjson.h"
#include "statistics/statisticsjson.h"
#include "statistics/statisticsmodel.h"
#include "statistics/statisticssettingsjson.h"

#include "data/rastersource.h"
#include "postgis/pgsql.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace core {

namespace {

const QString bundledPrefix = QStringLiteral("bundled:");

bool isBundled(const QString &dataset)
{
    const QString bundled = QFileInfo(bundledDatasetPath()).canonicalFilePath();
    return !bundled.isEmpty() && QFileInfo(dataset).canonicalFilePath() == bundled;
}

// A connection string may carry a password; a project file must not.
QString withoutCredentials(QString dataset)
{
    static const QRegularExpression password(
        QStringLiteral("\\s*\\b(password|pwd)\\s*=\\s*('[^']*'|\\S+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression urlUser(QStringLiteral("://([^/:@]+):[^/@]*@"));
    dataset.remove(password);
    dataset.replace(urlUser, QStringLiteral("://\\1@"));
    return dataset;
}

// A PostGIS layer from a named connection keeps only that name: each machine knows where
// the connection points and where its password comes from.
QJsonObject sourceToJson(const gis::LayerSource &source, const QDir &folder)
{
    if (!source.connection.isEmpty())
        return {{QStringLiteral("connection"), source.connection},
                {QStringLiteral("layer"), source.layerName}};
    const QString dataset = gis::postgis::isPostgisDataset(source.dataset)
                                ? gis::postgis::withoutPassword(source.dataset)
                                : ProjectFile::storedDatasetPath(source.dataset, folder);
    return {{QStringLiteral("dataset"), dataset}, {QStringLiteral("layer"), source.layerName}};
}

// What every kind of layer keeps.
QJsonObject mapLayerToJson(const gis::MapLayer &layer, const QString &kind)
{
    return {
        {QStringLiteral("kind"), kind},
        {QStringLiteral("id"), layer.id()},
        {QStringLiteral("title"), layer.title()},
        {QStringLiteral("visible"), layer.isVisible()},
        {QStringLiteral("opacity"), layer.opacity()},
        {QStringLiteral("minScale"), layer.scaleRange().minDenominator},
        {QStringLiteral("maxScale"), layer.scaleRange().maxDenominator},
    };
}

// One function per kind of layer, so that other kinds slot in beside it.
QJsonObject vectorLayerToJson(const gis::VectorLayer &layer, const QDir &folder,
                              const std::optional<ThematicSpec> &theme)
{
    QJsonObject json = mapLayerToJson(layer, QStringLiteral("vector"));
    json.insert(QStringLiteral("source"), sourceToJson(layer.source(), folder));
    json.insert(QStringLiteral("symbol"), symbolToJson(layer.symbol()));
    json.insert(QStringLiteral("labels"), labelsToJson(layer.labels()));
    if (theme)
        json.insert(QStringLiteral("theme"), themeToJson(*theme, layer.style()));
    return json;
}

QJsonObject rasterLayerToJson(const gis::RasterLayer &layer, const QDir &folder)
{
    QJsonObject json = mapLayerToJson(layer, QStringLiteral("raster"));
    json.insert(QStringLiteral("source"),
                QJsonObject{{QStringLiteral("dataset"),
                             ProjectFile::storedDatasetPath(layer.source()->path, folder)}});
    return json;
}

QJsonArray groupsToJson(const QVector<LayerGroup> &groups)
{
    QJsonArray array;
    for (const LayerGroup &group : groups)
        array.push_back(
            QJsonObject{{QStringLiteral("id"), group.id},
                        {QStringLiteral("title"), group.title},
                        {QStringLiteral("layers"), QJsonArray::fromStringList(group.layerIds)}});
    return array;
}

QJsonArray bookmarksToJson(const QVector<Bookmark> &bookmarks)
{
    QJsonArray array;
    for (const Bookmark &bookmark : bookmarks)
        array.push_back(QJsonObject{{QStringLiteral("id"), bookmark.id},
                                    {QStringLiteral("name"), bookmark.name},
                                    {QStringLiteral("extent"), boxToJson(bookmark.lonLatExtent)}});
    return array;
}

} // namespace

QString ProjectFile::storedDatasetPath(const QString &dataset, const QDir &folder)
{
    const QFileInfo file(dataset);
    if (!file.exists())
        return withoutCredentials(dataset);
    if (isBundled(dataset))
        return bundledPrefix + file.fileName();
    return folder.relativeFilePath(file.absoluteFilePath());
}

QString ProjectFile::resolvedDatasetPath(const QString &stored, const QDir &folder)
{
    if (stored.startsWith(bundledPrefix))
        return bundledDatasetPath();
    if (QFileInfo(stored).isAbsolute() || stored.contains(u':'))
        return stored; // an absolute path, or a dataset name GDAL understands
    return QDir::cleanPath(folder.absoluteFilePath(stored));
}

QJsonObject ProjectFile::toJson(const PlanProject &project, const QDir &folder)
{
    QJsonArray layers;
    for (const QString &id : project.drawingOrder()) {
        if (const gis::VectorLayer *vector = project.layer(id))
            layers.push_back(vectorLayerToJson(*vector, folder, project.layerTheme(id)));
        else if (const gis::RasterLayer *raster = project.rasterLayer(id))
            layers.push_back(rasterLayerToJson(*raster, folder));
    }
    const gis::Crs &crs = project.crs();
    QJsonObject root{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("crs"), crs.authId().isEmpty() ? crs.wkt() : crs.authId()},
        {QStringLiteral("labelLanguage"), project.labelLanguage() == LabelLanguage::Chinese
                                              ? QStringLiteral("zh")
                                              : QStringLiteral("en")},
        {QStringLiteral("view"), boxToJson(project.viewExtent())},
        {QStringLiteral("fullExtent"), boxToJson(project.fullExtent())},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("groups"), groupsToJson(project.groups())},
        {QStringLiteral("bookmarks"), bookmarksToJson(project.userBookmarks())},
    };
    if (!project.savedPrintLayouts().isEmpty()) {
        QJsonArray layouts;
        for (const PrintLayout &layout : project.savedPrintLayouts())
            layouts.push_back(LayoutJson::toJson(layout));
        root.insert(QStringLiteral("printLayouts"), layouts);
    }
    if (!project.statisticsSource().isEmpty())
        root.insert(QStringLiteral("statistics"), sourceToJson(project.statisticsSource(), folder));
    if (const StatisticsTable &imported = project.statisticsModel()->userImported();
        !imported.isEmpty())
        root.insert(QStringLiteral("importedStatistics"), StatisticsJson::toJson(imported));
    StatisticsSettingsJson::write(project.statisticsModel()->settings(), root);
    SnappingSettingsJson::write(project.snappingSettings(), root);
    const QStringList partitions = project.partitionLayers();
    if (!partitions.isEmpty())
        root.insert(QStringLiteral("partitionLayers"), QJsonArray::fromStringList(partitions));
    return root;
}

bool ProjectFile::write(const PlanProject &project, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QJsonObject json = toJson(project, QFileInfo(path).absoluteDir());
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = tr("Cannot save the project to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ProjectFile::save(PlanProject &project, const QString &path, QString *error)
{
    if (!write(project, path, error))
        return false;
    project.setSaved(QFileInfo(path).absoluteFilePath());
    return true;
}

std::optional<ProjectData> ProjectFile::read(const QString &path, QString *error,
                                             LoadControl *control)
{
    return ProjectFileReader(path, control).read(error);
}

} // namespace core
