#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace app {

// While it lives, the application's mouse, key, wheel and close events go only to `allowed`
// (a progress dialog) and its children: the windows keep painting, but nothing can change the
// data a background task is working on. A dialog that is not shown yet (it waits a moment, so
// that quick work shows none) lets nothing through either.
class InputBlocker : public QObject
{
    Q_OBJECT
public:
    explicit InputBlocker(QWidget *allowed);
    ~InputBlocker() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> mAllowed;
};

} // namespace app
