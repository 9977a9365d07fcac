#include "recentprojectsmenu.h"

#include "recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace app {

RecentProjectsMenu::RecentProjectsMenu(QWidget *parent)
    : QMenu(tr("&Recent projects"), parent)
{
    setObjectName(QStringLiteral("RecentProjectsMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentProjectsMenu::rebuild);
}

void RecentProjectsMenu::rebuild()
{
    QSettings settings;
    RecentProjects recent(settings);
    const QStringList gone = recent.prune();
    if (!gone.isEmpty())
        emit message(
            tr("No longer found, removed from the recent projects: %1").arg(gone.join(u", ")));
    clear();
    for (const QString &path : recent.paths())
        addAction(QDir::toNativeSeparators(path), this, [this, path] { open(path); });
    if (isEmpty())
        addAction(tr("(none)"))->setEnabled(false);
}

// The file may have gone while the menu was open.
void RecentProjectsMenu::open(const QString &path)
{
    if (QFileInfo::exists(path)) {
        emit openRequested(path);
        return;
    }
    QSettings settings;
    RecentProjects(settings).remove(path);
    emit message(tr("%1 no longer exists; it was removed from the recent projects.").arg(path));
}

} // namespace app
