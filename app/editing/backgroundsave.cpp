#include "backgroundsave.h"

#include "tasks/backgroundtask.h"
#include "tasks/inputblocker.h"
#include "tasks/taskprogressdialog.h"

#include "editing/savejob.h"

#include <QEventLoop>

namespace app {

void BackgroundSave::run(core::SaveJob &job, const QString &layerTitle, QWidget *window)
{
    BackgroundTask task([&job](const std::atomic_bool &cancel, const BackgroundTask::Progress &) {
        job.run(&cancel);
        return QString();
    });
    TaskProgressDialog progress(&task, tr("Saving the edits of %1…").arg(layerTitle), window);
    progress.setObjectName(QStringLiteral("saveProgress"));
    const InputBlocker blocker(&progress);
    QEventLoop loop;
    QObject::connect(&task, &BackgroundTask::finished, &loop, &QEventLoop::quit);
    task.start();
    loop.exec(); // the task's end arrives through this loop, however quick the save
}

} // namespace app
