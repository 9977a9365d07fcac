#pragma once

#include <QMenu>
#include <QPointer>

namespace core {
class PlanProject;
}

namespace app {

class MapCanvas;

// View → Bookmarks: the presets, then the user's own bookmarks, then adding the current view
// and renaming or deleting the user's bookmarks.
class BookmarkMenu : public QMenu
{
    Q_OBJECT
public:
    BookmarkMenu(MapCanvas *canvas, QWidget *parent = nullptr);

    void setProject(core::PlanProject *project);
    // Keeps what the canvas shows as a user bookmark, in lon/lat; returns its id.
    QString addCurrentView(const QString &name);

private:
    void rebuild();
    void askToAdd();
    void askToRename(const QString &id, const QString &name);

    MapCanvas *mCanvas;
    QPointer<core::PlanProject> mProject;
};

} // namespace app
