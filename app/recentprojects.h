#pragma once

#include <QStringList>

class QSettings;

namespace app {

// The project files opened or saved lately, most recent first, kept in the settings.
class RecentProjects
{
public:
    static constexpr int maximum = 10;

    explicit RecentProjects(QSettings &settings);

    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
    // Drops the files that no longer exist and returns them, so the user can be told.
    QStringList prune();

private:
    void store(const QStringList &paths);

    QSettings &mSettings;
};

} // namespace app
