#pragma once

#include "maprenderer.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace gis {

// Renders one MapSettings snapshot on a worker thread (QtConcurrent). The GUI thread only
// starts it and receives the finished image; cancel() makes the worker stop at its next check.
class MapRenderJob : public QObject
{
    Q_OBJECT
public:
    explicit MapRenderJob(MapSettings settings, QObject *parent = nullptr);
    ~MapRenderJob() override;

    void start();
    void cancel();
    bool isActive() const;
    const MapSettings &settings() const { return mRenderer.settings(); }
    RenderResult result() const;
    void waitForFinished();

signals:
    void finished();

private:
    MapRenderer mRenderer;
    std::shared_ptr<std::atomic_bool> mCancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<RenderResult> mWatcher;
};

} // namespace gis
