#pragma once

#include "layout/printlayout.h"

#include <QObject>

class QUndoStack;

namespace app {

// The layout being edited, its undo history and the selected item: the one place the editor's
// preview and panels read from. Every edit goes through an undo command; the commands call the
// apply* functions, which change the layout and tell the views.
class LayoutDocument : public QObject
{
    Q_OBJECT
public:
    explicit LayoutDocument(QObject *parent = nullptr);

    const core::PrintLayout &layout() const { return mLayout; }
    QUndoStack *undoStack() const { return mUndoStack; }
    // Starts over with another layout: no history, nothing selected.
    void load(const core::PrintLayout &layout);
    // Renaming is no edit of the page: it names what the project keeps, so it has no undo.
    void rename(const QString &name);

    int selectedIndex() const { return mSelected; } // -1 when nothing is selected
    const core::LayoutItem *selectedItem() const;
    void select(int index);

    // The edits, each one undoable step. Drags pass the same non-zero `dragId` for every
    // move of one drag, which the history merges into one step.
    void setItemRect(int index, const QRectF &rectMm, int dragId = 0);
    void setItemVisible(int index, bool visible);
    void setItemText(int index, const QString &text);
    void changePage(const core::PrintLayout &changed, const QString &description);
    void setMapFrame(const core::MapFrameSettings &map);
    // Adds an item of a kind the layout lacks, in the middle of the printable area, selected.
    void addItem(core::LayoutItemKind kind);
    // The kinds the layout does not have yet.
    QVector<core::LayoutItemKind> missingKinds() const;
    // Replaces an item's settings (not its place), as one undoable step.
    void setItem(int index, const core::LayoutItem &item);

    // For the undo commands.
    void applyLayout(const core::PrintLayout &layout);
    void applyItem(int index, const core::LayoutItem &item);
    void applyMapFrame(const core::MapFrameSettings &map);

signals:
    void changed();                   // anything in the layout
    void loaded();                    // another layout replaced the edited one
    void selectionChanged(int index); // -1: none

private:
    bool isItem(int index) const { return index >= 0 && index < mLayout.items.size(); }

    core::PrintLayout mLayout;
    QUndoStack *mUndoStack;
    int mSelected = -1;
};

} // namespace app
