#pragma once

#include "project/projectdata.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
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
    // The current (or last) load's progress and cancel switch.
    std::shared_ptr<core::LoadControl> control() const { return mControl; }
    ProjectLoadOutcome outcome() const { return mWatcher.result(); }

signals:
    void finished();

private:
    void start(std::function<ProjectLoadOutcome(core::LoadControl *)> load);

    QFutureWatcher<ProjectLoadOutcome> mWatcher;
    std::shared_ptr<core::LoadControl> mControl;
};

} // namespace app
