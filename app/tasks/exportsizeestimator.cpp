#include "exportsizeestimator.h"

#include "layout/exportsizeestimate.h"

#include <QtConcurrent>

namespace app {

ExportSizeEstimator::ExportSizeEstimator(QObject *parent)
    : QObject(parent)
{
    mDebounce.setSingleShot(true);
    mDebounce.setInterval(250);
    connect(&mDebounce, &QTimer::timeout, this, &ExportSizeEstimator::startPending);
    connect(&mWatcher, &QFutureWatcher<std::optional<qint64>>::finished, this,
            &ExportSizeEstimator::finishedOne);
}

ExportSizeEstimator::~ExportSizeEstimator()
{
    if (mCancel)
        mCancel->store(true);
    mWatcher.waitForFinished();
}

void ExportSizeEstimator::request(const core::LayoutExporter &exporter, core::ExportFormat format,
                                  const core::ExportOptions &options)
{
    if (mCancel)
        mCancel->store(true); // its result is stale already
    mPending = Request{exporter, format, options};
    emit estimating();
    mDebounce.start();
}

void ExportSizeEstimator::startPending()
{
    if (!mPending || mWatcher.isRunning())
        return; // finishedOne() starts it once the cancelled one has stopped
    mCancel = std::make_shared<std::atomic_bool>(false);
    Request request = std::move(*mPending);
    mPending.reset();
    request.options.cancel = mCancel.get();
    mWatcher.setFuture(QtConcurrent::run([request = std::move(request), cancel = mCancel]() {
        return core::ExportSizeEstimate::bytes(request.exporter, request.format, request.options);
    }));
}

void ExportSizeEstimator::finishedOne()
{
    if (mPending) {
        if (!mDebounce.isActive())
            startPending();
        return;
    }
    if (mCancel && !mCancel->load())
        emit estimated(mWatcher.result());
}

} // namespace app
