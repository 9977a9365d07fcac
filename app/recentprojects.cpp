#include "recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace app {

namespace {

QString settingsKey()
{
    return QStringLiteral("recentProjects");
}

} // namespace

RecentProjects::RecentProjects(QSettings &settings)
    : mSettings(settings)
{
}

QStringList RecentProjects::paths() const
{
    return mSettings.value(settingsKey()).toStringList();
}

void RecentProjects::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, maximum));
}

void RecentProjects::remove(const QString &path)
{
    QStringList list = paths();
    if (list.removeAll(path) > 0)
        store(list);
}

QStringList RecentProjects::prune()
{
    QStringList kept;
    QStringList gone;
    for (const QString &path : paths())
        (QFileInfo::exists(path) ? kept : gone).push_back(path);
    if (!gone.isEmpty())
        store(kept);
    return gone;
}

void RecentProjects::store(const QStringList &paths)
{
    mSettings.setValue(settingsKey(), paths);
}

} // namespace app
