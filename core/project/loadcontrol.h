#pragma once

#include <QCoreApplication>

#include <atomic>

namespace core {

// Progress and cancellation of one load: the worker thread that reads layers counts them and
// checks the flag; the GUI thread shows the count and may raise the flag.
class LoadControl
{
    Q_DECLARE_TR_FUNCTIONS(LoadControl)
public:
    void cancel() { mCancelled = true; }
    bool isCancelled() const { return mCancelled; }
    const std::atomic_bool *cancelFlag() const { return &mCancelled; }

    void setTotal(int steps) { mTotal = steps; }
    void stepDone() { ++mDone; }
    int total() const { return mTotal; }
    int done() const { return mDone; }

    static QString cancelledMessage() { return tr("Loading was cancelled"); }

private:
    std::atomic_bool mCancelled{false};
    std::atomic_int mTotal{0};
    std::atomic_int mDone{0};
};

} // namespace core
