#pragma once

#include "layout/exportoptions.h"
#include "layout/layoutexporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace app {

// Keeps the export dialog's "expected size" current: each request (debounced while the planner
// is still choosing) cancels the estimate under way and makes a new one on a worker thread;
// only the latest result is reported.
class ExportSizeEstimator : public QObject
{
    Q_OBJECT
public:
    explicit ExportSizeEstimator(QObject *parent = nullptr);
    ~ExportSizeEstimator() override;

    void request(const core::LayoutExporter &exporter, core::ExportFormat format,
                 const core::ExportOptions &options);

signals:
    void estimating();
    void estimated(std::optional<qint64> bytes); // nothing: the export would fail

private:
    void startPending();
    void finishedOne();

    struct Request
    {
        core::LayoutExporter exporter;
        core::ExportFormat format;
        core::ExportOptions options;
    };
    std::optional<Request> mPending;
    std::shared_ptr<std::atomic_bool> mCancel;
    QFutureWatcher<std::optional<qint64>> mWatcher;
    QTimer mDebounce;
};

} // namespace app
