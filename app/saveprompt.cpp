#include "saveprompt.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace app {

SaveChoice askToSave(QWidget *parent, const QString &projectName)
{
    const QString title = QCoreApplication::translate("app::SavePrompt", "Unsaved changes");
    const QString text = QCoreApplication::translate("app::SavePrompt", "Save the changes to “%1”?")
                             .arg(projectName);
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        parent, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveChoice::Save;
    return answer == QMessageBox::Discard ? SaveChoice::Discard : SaveChoice::Cancel;
}

} // namespace app
