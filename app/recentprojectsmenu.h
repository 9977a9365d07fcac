#pragma once

#include <QMenu>

namespace app {

// File → Recent projects: the list from RecentProjects, newest first, rebuilt each time it
// opens. Files that vanished are dropped from the list and reported.
class RecentProjectsMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentProjectsMenu(QWidget *parent = nullptr);

    // Fills the menu from the settings; public so that tests need not pop it up.
    void rebuild();

signals:
    void openRequested(const QString &path);
    void message(const QString &text);

private:
    void open(const QString &path);
};

} // namespace app
