#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace app {

class LayoutDocument;

// Changes the text of one layout item (title, subtitle, sources, date). Typing sends one
// change per key; those of the same item merge into one step.
class ChangeTextCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeTextCommand)
public:
    ChangeTextCommand(LayoutDocument *document, int index, const QString &text);

    void redo() override { apply(mAfter); }
    void undo() override { apply(mBefore); }
    int id() const override { return commandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    static constexpr int commandId = 2;
    void apply(const QString &text);

    LayoutDocument *mDocument;
    int mIndex;
    QString mBefore;
    QString mAfter;
};

} // namespace app
