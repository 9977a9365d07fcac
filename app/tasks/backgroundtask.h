#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace app {

// Long work (an export, an atlas) on a worker thread, so the window stays responsive: it is
// told a cancel flag and a progress reporter, and returns an error message (empty when it
// succeeded). Progress and the end reach the GUI thread as signals.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<void(int done, int total)>;
    using Work = std::function<QString(const std::atomic_bool &cancel, const Progress &progress)>;

    explicit BackgroundTask(Work work, QObject *parent = nullptr);
    ~BackgroundTask() override; // cancels and waits: the work may hold references to us

    void start();
    void cancel();
    bool isRunning() const;
    bool isCancelled() const { return mCancel->load(); }

signals:
    void progressed(int done, int total);
    void finished(const QString &error);

private:
    Work mWork;
    std::shared_ptr<std::atomic_bool> mCancel;
    QFutureWatcher<QString> mWatcher;
};

} // namespace app
