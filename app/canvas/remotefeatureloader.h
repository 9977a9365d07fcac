#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <set>

namespace core {
class PlanProject;
}

namespace app {

// Reads, on worker threads, the full feature collection of every layer the map draws from an
// extent source (a PostGIS table), once the map has shown it, and hands it to the project:
// statistics, identify, the attribute table and editing then have every feature, while the
// first frames needed only the features in view. A child of the project; deleting it cancels
// the reads still running and waits for them.
class RemoteFeatureLoader : public QObject
{
    Q_OBJECT
public:
    explicit RemoteFeatureLoader(core::PlanProject *project);
    ~RemoteFeatureLoader() override;

    // Starts a read for each layer still awaiting its features and not read yet.
    void loadAwaited();

signals:
    void failed(const QString &error); // names the dataset and layer

private:
    void start(const QString &layerId);

    core::PlanProject *mProject;
    std::set<QString> mStarted; // each layer is read once, even when that fails
    std::shared_ptr<std::atomic_bool> mCancel = std::make_shared<std::atomic_bool>(false);
    int mRunning = 0;
};

} // namespace app
