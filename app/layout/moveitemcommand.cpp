#include "moveitemcommand.h"

#include "layoutdocument.h"

namespace app {

MoveItemCommand::MoveItemCommand(LayoutDocument *document, int index, const QRectF &rectMm,
                                 int dragId)
    : mDocument(document)
    , mIndex(index)
    , mBefore(document->layout().items[index].rectMm)
    , mAfter(rectMm)
    , mDragId(dragId)
{
    describe();
}

void MoveItemCommand::redo()
{
    apply(mAfter);
}

void MoveItemCommand::undo()
{
    apply(mBefore);
}

bool MoveItemCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveItemCommand *>(other);
    if (mDragId == 0 || move->mDragId != mDragId || move->mIndex != mIndex)
        return false;
    mAfter = move->mAfter;
    describe();
    return true;
}

void MoveItemCommand::apply(const QRectF &rectMm)
{
    core::LayoutItem item = mDocument->layout().items[mIndex];
    item.rectMm = rectMm;
    mDocument->applyItem(mIndex, item);
}

void MoveItemCommand::describe()
{
    const QString title = core::PrintLayout::itemTitle(mDocument->layout().items[mIndex].kind);
    setText(mBefore.size() == mAfter.size() ? tr("Move %1").arg(title)
                                            : tr("Resize %1").arg(title));
}

} // namespace app
