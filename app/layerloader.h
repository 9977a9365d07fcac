#pragma once

#include "project/layerfileloader.h"

#include <QObject>

#include <functional>

namespace app {

// Reads files to add as layers on worker threads; several loads may run at once (a second
// drop while the first is still reading), each reported by its own `loaded` signal.
class LayerLoader : public QObject
{
    Q_OBJECT
public:
    explicit LayerLoader(QObject *parent = nullptr);
    ~LayerLoader() override;

    // The returned control shows the load's progress and cancels it.
    std::shared_ptr<core::LoadControl> load(const QStringList &paths, const gis::Crs &mapCrs);
    // The same for chosen layers of one dataset (PostGIS tables).
    std::shared_ptr<core::LoadControl> loadDatasetLayers(const core::DatasetLayers &request,
                                                         const gis::Crs &mapCrs);
    bool isLoading() const { return mRunning > 0; }

signals:
    void loaded(const core::LoadedLayers &layers,
                const std::shared_ptr<core::LoadControl> &control);

private:
    std::shared_ptr<core::LoadControl>
    start(std::function<core::LoadedLayers(core::LoadControl *)> work);

    int mRunning = 0;
};

} // namespace app
