#include "changepagecommand.h"

#include "layoutdocument.h"

namespace app {

ChangePageCommand::ChangePageCommand(LayoutDocument *document, core::PrintLayout changed,
                                     const QString &description)
    : QUndoCommand(description)
    , mDocument(document)
    , mBefore(document->layout())
    , mAfter(std::move(changed))
{
}

void ChangePageCommand::redo()
{
    mDocument->applyLayout(mAfter);
}

void ChangePageCommand::undo()
{
    mDocument->applyLayout(mBefore);
}

} // namespace app
