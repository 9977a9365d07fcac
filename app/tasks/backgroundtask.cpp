#include "backgroundtask.h"

#include <QPointer>
#include <QtConcurrent>

namespace app {

BackgroundTask::BackgroundTask(Work work, QObject *parent)
    : QObject(parent)
    , mWork(std::move(work))
    , mCancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&mWatcher, &QFutureWatcher<QString>::finished, this,
            [this] { emit finished(mWatcher.result()); });
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    mWatcher.waitForFinished();
}

void BackgroundTask::start()
{
    const std::shared_ptr<std::atomic_bool> cancel = mCancel;
    const QPointer<BackgroundTask> self(this);
    // Reported from the worker; queued to the GUI thread, and dropped once we are gone.
    const Progress progress = [self](int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self)
                    emit self->progressed(done, total);
            },
            Qt::QueuedConnection);
    };
    mWatcher.setFuture(
        QtConcurrent::run([work = mWork, cancel, progress] { return work(*cancel, progress); }));
}

void BackgroundTask::cancel()
{
    mCancel->store(true);
}

bool BackgroundTask::isRunning() const
{
    return mWatcher.isRunning();
}

} // namespace app
