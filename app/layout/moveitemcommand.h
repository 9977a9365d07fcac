#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QUndoCommand>

namespace app {

class LayoutDocument;

// Moves or resizes one layout item. The moves of one drag share a drag id and merge into one
// step, so a single undo puts the item back where the drag started.
class MoveItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveItemCommand)
public:
    MoveItemCommand(LayoutDocument *document, int index, const QRectF &rectMm, int dragId);

    void redo() override;
    void undo() override;
    int id() const override { return commandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    static constexpr int commandId = 1;
    void apply(const QRectF &rectMm);
    void describe();

    LayoutDocument *mDocument;
    int mIndex;
    QRectF mBefore;
    QRectF mAfter;
    int mDragId;
};

} // namespace app
