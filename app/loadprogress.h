#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class QProgressBar;

namespace core {
class LoadControl;
}

namespace app {

// A progress bar with a Cancel button for the status bar, following the load a LoadControl
// counts on its worker thread; hidden while nothing loads.
class LoadProgress : public QWidget
{
    Q_OBJECT
public:
    explicit LoadProgress(QWidget *parent = nullptr);

    void watch(std::shared_ptr<core::LoadControl> control);
    void stop(const std::shared_ptr<core::LoadControl> &control);
    QProgressBar *bar() const { return mBar; }

private:
    void poll();

    QProgressBar *mBar;
    QTimer mTimer;
    std::shared_ptr<core::LoadControl> mControl;
};

} // namespace app
