#pragma once

#include <QCoreApplication>

class QWidget;

namespace core {
class SaveJob;
}

namespace app {

// Runs a layer's save on a worker thread and returns when it has ended: the window keeps
// painting, and a save that waits (a PostGIS row a colleague's open transaction holds, a slow
// server) shows a progress dialog whose Cancel stops it with nothing written. The window
// takes no input meanwhile, so the edits cannot change under the save.
class BackgroundSave
{
    Q_DECLARE_TR_FUNCTIONS(app::BackgroundSave)
public:
    static void run(core::SaveJob &job, const QString &layerTitle, QWidget *window);
};

} // namespace app
