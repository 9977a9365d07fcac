#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace app {

class LayoutDocument;

// Shows or hides one layout item.
class ToggleItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ToggleItemCommand)
public:
    ToggleItemCommand(LayoutDocument *document, int index, bool visible);

    void redo() override { apply(mVisible); }
    void undo() override { apply(!mVisible); }

private:
    void apply(bool visible);

    LayoutDocument *mDocument;
    int mIndex;
    bool mVisible;
};

} // namespace app
