#include "inputblocker.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace app {

InputBlocker::InputBlocker(QWidget *allowed)
    : mAllowed(allowed)
{
    qApp->installEventFilter(this);
}

InputBlocker::~InputBlocker()
{
    qApp->removeEventFilter(this);
}

bool InputBlocker::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::Wheel:
    case QEvent::Close: {
        // Windows (QWindow) pass their events on to their widgets, which are checked here.
        auto *widget = qobject_cast<QWidget *>(watched);
        return widget && !(mAllowed && (widget == mAllowed || mAllowed->isAncestorOf(widget)));
    }
    default:
        return false;
    }
}

} // namespace app
