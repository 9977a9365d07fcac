#pragma once

#include "project/projectdata.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace app {

struct ProjectLoadOutcome
{
    std::optional<core::ProjectData> data;
    QString error;
};

// Reads a project on a worker thread so that the window is up and responsive at once.
class ProjectLoader : public QObject
{
    Q_OBJECT
public:
    explicit ProjectLoader(QObject *parent = nullptr);
    ~ProjectLoader() override;

    void loadBundled(const QString &geopackagePath);
    void loadDataset(const QString &datasetPath);
    void loadProjectFile(const QString &projectPath);
    bool isLoading() const { return mWatcher.isRunning(); }
    ProjectLoadOutcome outcome() const { return mWatcher.result(); }

signals:
    void finished();

private:
    QFutureWatcher<ProjectLoadOutcome> mWatcher;
};

} // namespace app
