#pragma once

#include "layout/printlayout.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace app {

class LayoutDocument;

// Changes what the map frame shows: the canvas's view or an extent of its own, and the scale.
class ChangeMapFrameCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeMapFrameCommand)
public:
    ChangeMapFrameCommand(LayoutDocument *document, core::MapFrameSettings changed);

    void redo() override;
    void undo() override;

private:
    LayoutDocument *mDocument;
    core::MapFrameSettings mBefore;
    core::MapFrameSettings mAfter;
};

} // namespace app
