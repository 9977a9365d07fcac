#include "bookmarkmenu.h"

#include "canvas/mapcanvas.h"

#include "crs/coordinatetransform.h"
#include "project/planproject.h"

#include <QInputDialog>

namespace app {

BookmarkMenu::BookmarkMenu(MapCanvas *canvas, QWidget *parent)
    : QMenu(tr("&Bookmarks"), parent)
    , mCanvas(canvas)
{
    setObjectName(QStringLiteral("BookmarkMenu"));
}

void BookmarkMenu::setProject(core::PlanProject *project)
{
    mProject = project;
    if (project)
        connect(project, &core::PlanProject::bookmarksChanged, this, &BookmarkMenu::rebuild);
    rebuild();
}

void BookmarkMenu::rebuild()
{
    // clear() leaves the submenus alive.
    for (QMenu *submenu : findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
        submenu->deleteLater();
    clear();
    if (!mProject)
        return;
    const auto addZoom = [this](QMenu *menu, const core::Bookmark &bookmark) {
        const gis::Box extent = bookmark.lonLatExtent;
        menu->addAction(bookmark.name, this, [this, extent] { mCanvas->zoomToLonLat(extent); });
    };
    for (const core::Bookmark &bookmark : mProject->presetBookmarks())
        addZoom(this, bookmark);
    const QVector<core::Bookmark> &user = mProject->userBookmarks();
    if (!user.isEmpty())
        addSeparator();
    for (const core::Bookmark &bookmark : user)
        addZoom(this, bookmark);
    addSeparator();
    addAction(tr("&Add bookmark…"), this, &BookmarkMenu::askToAdd);
    QMenu *rename = addMenu(tr("&Rename bookmark"));
    QMenu *remove = addMenu(tr("&Delete bookmark"));
    rename->setEnabled(!user.isEmpty());
    remove->setEnabled(!user.isEmpty());
    for (const core::Bookmark &bookmark : user) {
        const QString id = bookmark.id;
        const QString name = bookmark.name;
        rename->addAction(name, this, [this, id, name] { askToRename(id, name); });
        remove->addAction(name, this, [this, id] {
            if (mProject)
                mProject->removeBookmark(id);
        });
    }
}

QString BookmarkMenu::addCurrentView(const QString &name)
{
    if (!mProject)
        return {};
    const gis::CoordinateTransform toLonLat(mProject->crs(), gis::Crs::wgs84());
    if (!toLonLat.isValid())
        return {};
    return mProject->addBookmark(name, toLonLat.transformBox(mCanvas->visibleExtent()));
}

void BookmarkMenu::askToAdd()
{
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Add bookmark"),
                                               tr("Name of the bookmark for the current view:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        addCurrentView(name);
}

void BookmarkMenu::askToRename(const QString &id, const QString &name)
{
    bool ok = false;
    const QString newName =
        QInputDialog::getText(parentWidget(), tr("Rename bookmark"),
                              tr("New name of the bookmark:"), QLineEdit::Normal, name, &ok)
            .trimmed();
    if (ok && !newName.isEmpty() && mProject)
        mProject->renameBookmark(id, newName);
}

} // namespace app
