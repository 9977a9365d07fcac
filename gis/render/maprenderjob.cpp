#include "maprenderjob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace gis {

MapRenderJob::MapRenderJob(MapSettings settings, QObject *parent)
    : QObject(parent)
    , mRenderer(std::move(settings))
{
    connect(&mWatcher, &QFutureWatcher<RenderResult>::finished, this, &MapRenderJob::finished);
}

MapRenderJob::~MapRenderJob()
{
    cancel();
    mWatcher.waitForFinished();
}

void MapRenderJob::start()
{
    // The worker owns copies of the renderer and the flag, so a job deleted mid-render
    // leaves nothing dangling behind.
    MapRenderer renderer = mRenderer;
    std::shared_ptr<std::atomic_bool> cancelFlag = mCancel;
    mWatcher.setFuture(
        QtConcurrent::run([renderer, cancelFlag]() { return renderer.renderImage(*cancelFlag); }));
}

void MapRenderJob::cancel()
{
    mCancel->store(true);
}

bool MapRenderJob::isActive() const
{
    return mWatcher.isRunning();
}

RenderResult MapRenderJob::result() const
{
    return mWatcher.future().isFinished() && mWatcher.future().resultCount() > 0
               ? mWatcher.future().result()
               : RenderResult{};
}

void MapRenderJob::waitForFinished()
{
    mWatcher.waitForFinished();
}

} // namespace gis
