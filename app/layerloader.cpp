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

void LayerLoader::load(const QStringList &paths, const gis::Crs &mapCrs)
{
    auto *watcher = new QFutureWatcher<core::LoadedLayers>(this);
    connect(watcher, &QFutureWatcher<core::LoadedLayers>::finished, this, [this, watcher] {
        --mRunning;
        watcher->deleteLater();
        emit loaded(watcher->result());
    });
    ++mRunning;
    watcher->setFuture(
        QtConcurrent::run([paths, mapCrs] { return core::loadLayerFiles(paths, mapCrs); }));
}

} // namespace app
