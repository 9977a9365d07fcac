#pragma once

#include "canvasview.h"
#include "saveprompt.h"

#include "layout/printlayout.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QPushButton;

namespace core {
class PlanProject;
}

namespace app {

class ItemListPanel;
class ItemPropertiesPanel;
class LayoutDocument;
class LayoutPreview;
class MapFramePanel;
class TableItemPanel;
class PagePanel;

// File → Layout editor…: a print layout on its page with a live preview at the left, and at
// the right the layout chosen (a preset or one the project keeps), its page, its items and
// the map frame. Edits can be undone; "Save layout" keeps the layout in the project, where
// Export map…, Print map… and `planmap export --layout` find it. Export and print are left to
// the main window through signals, so the editor knows nothing of files or printers.
class LayoutEditorWindow : public QDialog
{
    Q_OBJECT
public:
    // `canvasView` tells what the map canvas shows, for "Set from canvas".
    LayoutEditorWindow(core::PlanProject &project, CanvasViewSource canvasView,
                       QWidget *parent = nullptr);

    LayoutDocument *document() const { return mDocument; }
    LayoutPreview *preview() const { return mPreview; }
    PagePanel *pagePanel() const { return mPage; }
    ItemListPanel *itemList() const { return mItems; }
    TableItemPanel *tablePanel() const { return mTable; }
    ItemPropertiesPanel *itemProperties() const { return mProperties; }
    MapFramePanel *mapFrame() const { return mMapFrame; }
    QComboBox *layoutChooser() const { return mChooser; }

    // Opens the project's layout (or preset) of that name; false when there is none.
    bool openLayout(const QString &name);
    // Keeps the edited layout in the project under its name, or under `name` when given.
    void save(const QString &name = {});
    // Asks (through the save prompt) about edits not saved yet; true when they may go.
    bool confirmDiscardChanges();
    void setSavePrompt(SavePrompt prompt) { mSavePrompt = std::move(prompt); }
    // Escape closes the editor as the window's close button does, asking about unsaved edits.
    void reject() override { close(); }

signals:
    void exportRequested(const core::PrintLayout &layout);
    void printRequested(const core::PrintLayout &layout);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createPreviewArea();
    void followProject(core::PlanProject &project);
    QWidget *createSidePanel(CanvasViewSource canvasView);
    QWidget *createButtons();
    void fillChooser(const QString &current);
    void layoutChosen(int index);
    void saveAsDialog();
    void updateTitle();

    QPointer<core::PlanProject> mProject; // null once the project is closed
    LayoutDocument *mDocument;
    LayoutPreview *mPreview = nullptr;
    QComboBox *mChooser = nullptr;
    PagePanel *mPage = nullptr;
    ItemListPanel *mItems = nullptr;
    ItemPropertiesPanel *mProperties = nullptr;
    MapFramePanel *mMapFrame = nullptr;
    TableItemPanel *mTable = nullptr;
    SavePrompt mSavePrompt = askToSave;
};

} // namespace app
