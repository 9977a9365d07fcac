#pragma once

#include <QProgressDialog>

namespace app {

class BackgroundTask;

// Shows a background task's progress (a busy bar until it counts pages) and cancels it from
// its Cancel button; closes itself when the task ends.
class TaskProgressDialog : public QProgressDialog
{
    Q_OBJECT
public:
    TaskProgressDialog(BackgroundTask *task, const QString &label, QWidget *parent);

private:
    void showProgress(int done, int total);
};

} // namespace app
