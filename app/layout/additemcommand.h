#pragma once

#include "layout/printlayout.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace app {

class LayoutDocument;

// Puts an item of a kind the layout lacks on the page (an overview map on a report page, a
// statistics table on a wall map); undone, it goes again.
class AddItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddItemCommand)
public:
    AddItemCommand(LayoutDocument *document, core::LayoutItem item);

    void redo() override;
    void undo() override;

private:
    LayoutDocument *mDocument;
    core::LayoutItem mItem;
};

} // namespace app
