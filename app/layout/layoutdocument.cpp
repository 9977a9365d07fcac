#include "layoutdocument.h"

#include "additemcommand.h"
#include "changeitemcommand.h"
#include "changemapframecommand.h"
#include "changepagecommand.h"
#include "changetextcommand.h"
#include "itemgeometry.h"
#include "moveitemcommand.h"
#include "toggleitemcommand.h"

#include <QUndoStack>

namespace app {

LayoutDocument::LayoutDocument(QObject *parent)
    : QObject(parent)
    , mUndoStack(new QUndoStack(this))
{
}

void LayoutDocument::load(const core::PrintLayout &layout)
{
    mUndoStack->clear();
    mLayout = layout;
    mSelected = -1;
    emit loaded();
    emit changed();
    emit selectionChanged(-1);
}

void LayoutDocument::rename(const QString &name)
{
    mLayout.name = name;
    emit changed();
}

const core::LayoutItem *LayoutDocument::selectedItem() const
{
    return isItem(mSelected) ? &mLayout.items[mSelected] : nullptr;
}

void LayoutDocument::select(int index)
{
    const int selected = isItem(index) ? index : -1;
    if (selected == mSelected)
        return;
    mSelected = selected;
    emit selectionChanged(mSelected);
}

void LayoutDocument::setItemRect(int index, const QRectF &rectMm, int dragId)
{
    if (!isItem(index))
        return;
    const QRectF onPage = ItemGeometry::movedOntoPage(rectMm, mLayout.pageSizeMm());
    if (onPage == mLayout.items[index].rectMm)
        return;
    mUndoStack->push(new MoveItemCommand(this, index, onPage, dragId));
}

void LayoutDocument::setItemVisible(int index, bool visible)
{
    if (isItem(index) && mLayout.items[index].visible != visible)
        mUndoStack->push(new ToggleItemCommand(this, index, visible));
}

void LayoutDocument::setItemText(int index, const QString &text)
{
    if (isItem(index) && mLayout.items[index].text != text)
        mUndoStack->push(new ChangeTextCommand(this, index, text));
}

void LayoutDocument::changePage(const core::PrintLayout &changed, const QString &description)
{
    if (!(changed == mLayout))
        mUndoStack->push(new ChangePageCommand(this, changed, description));
}

void LayoutDocument::setMapFrame(const core::MapFrameSettings &map)
{
    if (!(map == mLayout.map))
        mUndoStack->push(new ChangeMapFrameCommand(this, map));
}

void LayoutDocument::addItem(core::LayoutItemKind kind)
{
    if (!missingKinds().contains(kind))
        return;
    const QRectF printable = mLayout.printableRectMm();
    const QSizeF size(printable.width() / 3, printable.height() / 4);
    const QRectF rect(printable.center() - QPointF(size.width() / 2, size.height() / 2), size);
    mUndoStack->push(new AddItemCommand(this, core::LayoutItem(kind, rect)));
}

QVector<core::LayoutItemKind> LayoutDocument::missingKinds() const
{
    QVector<core::LayoutItemKind> missing;
    for (int kind = int(core::LayoutItemKind::Map);
         kind <= int(core::LayoutItemKind::StatisticsTable); ++kind) {
        if (!mLayout.item(core::LayoutItemKind(kind)))
            missing.push_back(core::LayoutItemKind(kind));
    }
    return missing;
}

void LayoutDocument::setItem(int index, const core::LayoutItem &item)
{
    if (isItem(index) && !(mLayout.items[index] == item))
        mUndoStack->push(new ChangeItemCommand(this, index, item));
}

void LayoutDocument::applyLayout(const core::PrintLayout &layout)
{
    // The name is not part of the page: undoing a paper change keeps a name given since.
    const QString name = mLayout.name;
    mLayout = layout;
    mLayout.name = name;
    if (!isItem(mSelected))
        select(-1);
    emit changed();
}

void LayoutDocument::applyItem(int index, const core::LayoutItem &item)
{
    if (!isItem(index))
        return;
    mLayout.items[index] = item;
    emit changed();
}

void LayoutDocument::applyMapFrame(const core::MapFrameSettings &map)
{
    mLayout.map = map;
    emit changed();
}

} // namespace app
