#pragma once

#include "projectdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

#include <optional>

namespace core {

class PlanProject;

// The planmap project file (*.planmap): JSON holding every layer with its dataset and style,
// the drawing order, groups, map CRS, view, label language and the user's bookmarks.
// Datasets are kept relative to the file's folder, so a project moves with its data; layers
// of the bundled GeoPackage are kept as "bundled:" so a project survives moving planmap.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
public:
    static constexpr int formatVersion = 1;
    static QString formatName() { return QStringLiteral("planmap-project"); }
    static QString suffix() { return QStringLiteral("planmap"); }

    // The project as a JSON document, dataset paths relative to `folder`.
    static QJsonObject toJson(const PlanProject &project, const QDir &folder);
    // Writes atomically: when anything fails the previous file is left as it was.
    static bool write(const PlanProject &project, const QString &path, QString *error);
    // Writes, then records the path in the project and clears its modified flag.
    static bool save(PlanProject &project, const QString &path, QString *error);

    // Reads the file and every dataset it names: slow, so call it off the GUI thread. A
    // dataset that cannot be read skips its layer with a warning; the project still opens.
    static std::optional<ProjectData> read(const QString &path, QString *error,
                                           LoadControl *control = nullptr);

    // How a dataset is written into a file in `folder`, and read back.
    static QString storedDatasetPath(const QString &dataset, const QDir &folder);
    static QString resolvedDatasetPath(const QString &stored, const QDir &folder);
};

} // namespace core
