#include "changemapframecommand.h"

#include "layoutdocument.h"

namespace app {

ChangeMapFrameCommand::ChangeMapFrameCommand(LayoutDocument *document,
                                             core::MapFrameSettings changed)
    : QUndoCommand(tr("Change the map frame"))
    , mDocument(document)
    , mBefore(document->layout().map)
    , mAfter(std::move(changed))
{
}

void ChangeMapFrameCommand::redo()
{
    mDocument->applyMapFrame(mAfter);
}

void ChangeMapFrameCommand::undo()
{
    mDocument->applyMapFrame(mBefore);
}

} // namespace app
