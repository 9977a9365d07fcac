#include "layerloader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace app {

LayerLoader::LayerLoader(QObject *parent)
    : QObject(parent)
{
}

LayerLoader::~LayerLoader()
{
    for (auto *watcher : findChildren<QFutureWatcher<core::LoadedLayers> *>())
        watcher->waitForFinished();
}

std::shared_ptr<core::LoadControl> LayerLoader::load(const QStringList &paths,
                                                     const gis::Crs &mapCrs)
{
    return start([paths, mapCrs](core::LoadControl *control) {
        return core::loadLayerFiles(paths, mapCrs, control);
    });
}

std::shared_ptr<core::LoadControl>
LayerLoader::loadDatasetLayers(const core::DatasetLayers &request, const gis::Crs &mapCrs)
{
    return start([request, mapCrs](core::LoadControl *control) {
        return core::loadDatasetLayers(request, mapCrs, control);
    });
}

std::shared_ptr<core::LoadControl>
LayerLoader::start(std::function<core::LoadedLayers(core::LoadControl *)> work)
{
    auto control = std::make_shared<core::LoadControl>();
    auto *watcher = new QFutureWatcher<core::LoadedLayers>(this);
    connect(watcher, &QFutureWatcher<core::LoadedLayers>::finished, this, [this, watcher, control] {
        --mRunning;
        watcher->deleteLater();
        emit loaded(watcher->result(), control);
    });
    ++mRunning;
    watcher->setFuture(QtConcurrent::run([work, control] { return work(control.get()); }));
    return control;
}

} // namespace app
