#pragma once

#include "layout/printlayout.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace app {

class LayoutDocument;

// Replaces an item's settings (what a statistics table shows) in one undoable step.
class ChangeItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeItemCommand)
public:
    ChangeItemCommand(LayoutDocument *document, int index, core::LayoutItem after);

    void redo() override;
    void undo() override;

private:
    LayoutDocument *mDocument;
    int mIndex;
    core::LayoutItem mBefore;
    core::LayoutItem mAfter;
};

} // namespace app
