#pragma once

#include "projectdata.h"

#include "layer/layersource.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

#include <map>
#include <memory>
#include <optional>

namespace gis {
class MapLayer;
class VectorDataset;
} // namespace gis

namespace core {

class JsonFields;

// Reads one project file: checks that it is a planmap project of a version this planmap
// knows, then reads each layer from its dataset (each dataset opened once). Problems that
// leave the project usable (a missing dataset, a value of the wrong type) become warnings.
class ProjectFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFileReader)
public:
    explicit ProjectFileReader(const QString &path, LoadControl *control = nullptr);
    ~ProjectFileReader();

    std::optional<ProjectData> read(QString *error);

private:
    std::optional<QJsonObject> parse(QString *error) const;
    void readCrs(const JsonFields &root);
    void readLayer(const QJsonValue &entry, int index);
    void readVectorLayer(const JsonFields &entry, const QString &id);
    void readRasterLayer(const JsonFields &entry, const QString &id);
    void readMapLayer(const JsonFields &entry, gis::MapLayer &layer);
    void readGroups(const QJsonArray &groups);
    void readBookmarks(const QJsonArray &bookmarks);
    void readStatistics(const QJsonObject &source);
    void readExtents(const JsonFields &root);
    // The dataset a source names, opened once: a file (relative to the project) or a PostGIS
    // connection's name, resolved on this machine.
    const gis::VectorDataset *sourceDataset(const JsonFields &source, const QString &layerName,
                                            QString *error);
    // The source as read, with the connection's name the project gave (so that a save keeps
    // the name, not this machine's connection string).
    static gis::LayerSource withConnection(gis::LayerSource read, const JsonFields &source);
    const gis::VectorDataset *dataset(const QString &stored, QString *error);
    const gis::VectorDataset *openDataset(const QString &path, QString *error);
    bool hasLayer(const QString &id) const;

    QString mPath;
    LoadControl *mControl;
    QDir mFolder;
    ProjectData mData;
    QStringList mProblems;
    bool mCrsReplaced = false;
    std::map<QString, std::unique_ptr<gis::VectorDataset>> mDatasets;
    std::map<QString, QString> mDatasetErrors;
};

} // namespace core
