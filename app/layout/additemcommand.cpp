#include "additemcommand.h"

#include "layoutdocument.h"

namespace app {

AddItemCommand::AddItemCommand(LayoutDocument *document, core::LayoutItem item)
    : QUndoCommand(tr("Add %1").arg(core::PrintLayout::itemTitle(item.kind)))
    , mDocument(document)
    , mItem(std::move(item))
{
}

void AddItemCommand::redo()
{
    core::PrintLayout layout = mDocument->layout();
    layout.items.push_back(mItem);
    mDocument->applyLayout(layout);
    mDocument->select(int(layout.items.size()) - 1);
}

void AddItemCommand::undo()
{
    // Later commands are undone by now, so the item is still the last.
    core::PrintLayout layout = mDocument->layout();
    if (!layout.items.isEmpty() && layout.items.back().kind == mItem.kind)
        layout.items.removeLast();
    mDocument->applyLayout(layout);
}

} // namespace app
