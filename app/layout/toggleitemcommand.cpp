#include "toggleitemcommand.h"

#include "layoutdocument.h"

namespace app {

ToggleItemCommand::ToggleItemCommand(LayoutDocument *document, int index, bool visible)
    : mDocument(document)
    , mIndex(index)
    , mVisible(visible)
{
    const QString title = core::PrintLayout::itemTitle(document->layout().items[index].kind);
    setText(visible ? tr("Show %1").arg(title) : tr("Hide %1").arg(title));
}

void ToggleItemCommand::apply(bool visible)
{
    core::LayoutItem item = mDocument->layout().items[mIndex];
    item.visible = visible;
    mDocument->applyItem(mIndex, item);
}

} // namespace app
