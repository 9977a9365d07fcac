#include "previewrenderer.h"

#include "layout/layoutexporter.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace app {

PreviewRenderer::PreviewRenderer(QObject *parent)
    : QObject(parent)
{
    connect(&mWatcher, &QFutureWatcher<QImage>::finished, this, &PreviewRenderer::finished);
}

QImage PreviewRenderer::renderPage(const core::LayoutRenderer &renderer, double dpi)
{
    const std::atomic_bool never(false);
    return renderPage(renderer, dpi, never);
}

QImage PreviewRenderer::renderPage(const core::LayoutRenderer &renderer, double dpi,
                                   const std::atomic_bool &cancel)
{
    // As LayoutExporter writes a PNG: white RGB32 page of the paper's size at the dpi.
    QImage image(core::LayoutExporter::imageSize(renderer.layout(), dpi), QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(painter, dpi, cancel);
    return image;
}

PreviewRenderer::~PreviewRenderer()
{
    // Nobody will see what is being drawn: let the worker stop.
    if (mCancel)
        mCancel->store(true);
}

void PreviewRenderer::request(const core::LayoutRenderer &renderer, double dpi)
{
    if (!isBusy())
        return start(renderer, dpi);
    mPending.emplace(renderer, dpi);
    mCancel->store(true);
}

void PreviewRenderer::start(const core::LayoutRenderer &renderer, double dpi)
{
    mRunningDpi = dpi;
    mCancel = std::make_shared<std::atomic_bool>(false);
    // The task holds the flag too: it may outlive this object when the editor closes.
    mWatcher.setFuture(QtConcurrent::run(
        [renderer, dpi, cancel = mCancel] { return renderPage(renderer, dpi, *cancel); }));
}

void PreviewRenderer::finished()
{
    if (mPending) {
        // What just finished is older than the pending request: draw that one instead.
        const auto [renderer, dpi] = *std::exchange(mPending, std::nullopt);
        start(renderer, dpi);
        return;
    }
    emit rendered(mWatcher.result(), mRunningDpi);
}

} // namespace app
