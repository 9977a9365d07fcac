#pragma once

#include "layout/layoutrenderer.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

namespace app {

// Renders layout pages for the editor's preview off the GUI thread. Each request carries its
// own snapshot (layout and content), so nothing it reads changes while it draws. One render
// runs at a time; requests made meanwhile replace one another, and a result that a newer
// request has made stale is dropped instead of shown.
class PreviewRenderer : public QObject
{
    Q_OBJECT
public:
    explicit PreviewRenderer(QObject *parent = nullptr);
    ~PreviewRenderer() override;

    // The page as the preview shows it: the image the PNG export writes at the same dpi.
    static QImage renderPage(const core::LayoutRenderer &renderer, double dpi);
    // The same, giving up on the map as soon as `cancel` is set.
    static QImage renderPage(const core::LayoutRenderer &renderer, double dpi,
                             const std::atomic_bool &cancel);

    void request(const core::LayoutRenderer &renderer, double dpi);
    bool isBusy() const { return mWatcher.isRunning(); }

signals:
    void rendered(const QImage &image, double dpi);

private:
    void start(const core::LayoutRenderer &renderer, double dpi);
    void finished();

    QFutureWatcher<QImage> mWatcher;
    double mRunningDpi = 0;
    // Set when a newer request makes the running render stale, so it stops early.
    std::shared_ptr<std::atomic_bool> mCancel;
    std::optional<std::pair<core::LayoutRenderer, double>> mPending;
};

} // namespace app
