#include "changetextcommand.h"

#include "layoutdocument.h"

namespace app {

ChangeTextCommand::ChangeTextCommand(LayoutDocument *document, int index, const QString &text)
    : mDocument(document)
    , mIndex(index)
    , mBefore(document->layout().items[index].text)
    , mAfter(text)
{
    setText(tr("Edit the text of %1")
                .arg(core::PrintLayout::itemTitle(document->layout().items[index].kind)));
}

bool ChangeTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeTextCommand *>(other);
    if (change->mIndex != mIndex)
        return false;
    mAfter = change->mAfter;
    return true;
}

void ChangeTextCommand::apply(const QString &text)
{
    core::LayoutItem item = mDocument->layout().items[mIndex];
    item.text = text;
    mDocument->applyItem(mIndex, item);
}

} // namespace app
