#pragma once

#include "layout/printlayout.h"

#include <QUndoCommand>

namespace app {

class LayoutDocument;

// Changes the page: paper, custom size, orientation or margins. A page change may move every
// item, so the command keeps the whole layout before and after.
class ChangePageCommand : public QUndoCommand
{
public:
    ChangePageCommand(LayoutDocument *document, core::PrintLayout changed,
                      const QString &description);

    void redo() override;
    void undo() override;

private:
    LayoutDocument *mDocument;
    core::PrintLayout mBefore;
    core::PrintLayout mAfter;
};

} // namespace app
