#include "taskprogressdialog.h"

#include "backgroundtask.h"

namespace app {

TaskProgressDialog::TaskProgressDialog(BackgroundTask *task, const QString &label, QWidget *parent)
    : QProgressDialog(label, tr("Cancel"), 0, 0, parent)
{
    setWindowTitle(label);
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(400); // a quick export shows no flash of a dialog
    setAutoClose(false);
    setAutoReset(false);
    connect(this, &QProgressDialog::canceled, task, &BackgroundTask::cancel);
    connect(task, &BackgroundTask::progressed, this, &TaskProgressDialog::showProgress);
    connect(task, &BackgroundTask::finished, this, &QProgressDialog::close);
}

void TaskProgressDialog::showProgress(int done, int total)
{
    setMaximum(total);
    setValue(done);
    setLabelText(tr("%1 of %2 pages").arg(done).arg(total));
}

} // namespace app
