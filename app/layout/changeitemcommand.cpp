#include "changeitemcommand.h"

#include "layoutdocument.h"

namespace app {

ChangeItemCommand::ChangeItemCommand(LayoutDocument *document, int index, core::LayoutItem after)
    : QUndoCommand(tr("Change %1").arg(core::PrintLayout::itemTitle(after.kind)))
    , mDocument(document)
    , mIndex(index)
    , mBefore(document->layout().items[index])
    , mAfter(std::move(after))
{
}

void ChangeItemCommand::redo()
{
    mDocument->applyItem(mIndex, mAfter);
}

void ChangeItemCommand::undo()
{
    mDocument->applyItem(mIndex, mBefore);
}

} // namespace app
