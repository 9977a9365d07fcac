#include "loadprogress.h"

#include "project/loadcontrol.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

namespace app {

LoadProgress::LoadProgress(QWidget *parent)
    : QWidget(parent)
    , mBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("LoadProgress"));
    auto *cancel = new QToolButton(this);
    cancel->setObjectName(QStringLiteral("CancelLoad"));
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop reading; the map keeps what it showed before"));
    mBar->setMaximumWidth(160);
    mBar->setFormat(tr("Reading %v of %m"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mBar);
    layout->addWidget(cancel);
    connect(cancel, &QToolButton::clicked, this, [this] {
        if (mControl)
            mControl->cancel();
    });
    mTimer.setInterval(100);
    connect(&mTimer, &QTimer::timeout, this, &LoadProgress::poll);
    hide();
}

void LoadProgress::watch(std::shared_ptr<core::LoadControl> control)
{
    mControl = std::move(control);
    poll();
    mTimer.start();
    show();
}

void LoadProgress::stop(const std::shared_ptr<core::LoadControl> &control)
{
    if (control != mControl)
        return; // an older load finished; the newer one is still shown
    mControl.reset();
    mTimer.stop();
    hide();
}

void LoadProgress::poll()
{
    if (!mControl)
        return;
    // Until the worker knows how many layers there are, the bar just says it is busy.
    const int total = mControl->total();
    mBar->setRange(0, total);
    mBar->setValue(std::min(mControl->done(), total));
}

} // namespace app
