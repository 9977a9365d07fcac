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
    if (mControl)
        mControl->cancel(); // closing the window does not wait for a big file
    mWatcher.waitForFinished();
}

void ProjectLoader::start(std::function<ProjectLoadOutcome(core::LoadControl *)> load)
{
    if (mControl)
        mControl->cancel(); // a newer request replaces one still reading
    mWatcher.waitForFinished();
    auto control = std::make_shared<core::LoadControl>();
    mControl = control;
    mWatcher.setFuture(QtConcurrent::run([load, control] { return load(control.get()); }));
}

void ProjectLoader::loadBundled(const QString &geopackagePath)
{
    start([geopackagePath](core::LoadControl *control) {
        ProjectLoadOutcome outcome;
        outcome.data = core::loadBundledProject(geopackagePath, &outcome.error, control);
        return outcome;
    });
}

void ProjectLoader::loadDataset(const QString &datasetPath)
{
    start([datasetPath](core::LoadControl *control) {
        ProjectLoadOutcome outcome;
        outcome.data = core::loadDatasetProject(datasetPath, &outcome.error, control);
        return outcome;
    });
}

void ProjectLoader::loadProjectFile(const QString &projectPath)
{
    start([projectPath](core::LoadControl *control) {
        ProjectLoadOutcome outcome;
        outcome.data = core::ProjectFile::read(projectPath, &outcome.error, control);
        return outcome;
    });
}

} // namespace app
