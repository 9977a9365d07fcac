#include "remotefeatureloader.h"

#include "layer/extentfeaturesource.h"
#include "project/planproject.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace app {

namespace {

struct FullRead
{
    std::shared_ptr<gis::FeatureCollection> features;
    QString error;
};

} // namespace

RemoteFeatureLoader::RemoteFeatureLoader(core::PlanProject *project)
    : QObject(project)
    , mProject(project)
{
}

RemoteFeatureLoader::~RemoteFeatureLoader()
{
    mCancel->store(true);
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

void RemoteFeatureLoader::loadAwaited()
{
    for (const std::shared_ptr<gis::VectorLayer> &layer : mProject->layers()) {
        if (layer->isAwaitingFeatures() && !mStarted.contains(layer->id()))
            start(layer->id());
    }
}

void RemoteFeatureLoader::start(const QString &layerId)
{
    const auto &layers = mProject->layers();
    const auto found = std::find_if(layers.begin(), layers.end(),
                                    [&](const auto &layer) { return layer->id() == layerId; });
    if (found == layers.end())
        return;
    mStarted.insert(layerId);
    const std::weak_ptr<gis::VectorLayer> layer = *found;
    auto *watcher = new QFutureWatcher<FullRead>(this);
    connect(watcher, &QFutureWatcher<FullRead>::finished, this, [this, watcher, layerId, layer] {
        watcher->deleteLater();
        FullRead read = watcher->result();
        const std::shared_ptr<gis::VectorLayer> target = layer.lock();
        // Removed, replaced or edited meanwhile: the read is of no use any more.
        if (!target || mProject->layer(layerId) != target.get() || !target->isAwaitingFeatures())
            return;
        if (!read.features) {
            emit failed(read.error);
            return;
        }
        mProject->replaceLayerFeatures(layerId, std::move(read.features));
    });
    watcher->setFuture(QtConcurrent::run([source = (*found)->extentSource(), cancel = mCancel] {
        FullRead read;
        read.features = source->readAll(cancel.get(), &read.error);
        return read;
    }));
}

} // namespace app
