#include "projectloader.h"

#include "project/projectfile.h"

#include <QtConcurrent/QtConcurrentRun>

namespace app {

ProjectLoader::ProjectLoader(QObject *parent)
    : QObject(parent)
{
    connect(&mWatcher, &QFutureWatcher<ProjectLoadOutcome>::finished, this,
            &ProjectLoader::finished);
}

ProjectLoader::~ProjectLoader()
{
    mWatcher.waitForFinished();
}

void ProjectLoader::loadBundled(const QString &geopackagePath)
{
    mWatcher.setFuture(QtConcurrent::run([geopackagePath] {
        ProjectLoadOutcome outcome;
        outcome.data = core::loadBundledProject(geopackagePath, &outcome.error);
        return outcome;
    }));
}

void ProjectLoader::loadDataset(const QString &datasetPath)
{
    mWatcher.setFuture(QtConcurrent::run([datasetPath] {
        ProjectLoadOutcome outcome;
        outcome.data = core::loadDatasetProject(datasetPath, &outcome.error);
        return outcome;
    }));
}

void ProjectLoader::loadProjectFile(const QString &projectPath)
{
    mWatcher.setFuture(QtConcurrent::run([projectPath] {
        ProjectLoadOutcome outcome;
        outcome.data = core::ProjectFile::read(projectPath, &outcome.error);
        return outcome;
    }));
}

} // namespace app
