#include "layouteditorwindow.h"

#include "itemlistpanel.h"
#include "itempropertiespanel.h"
#include "layoutdocument.h"
#include "layoutpreview.h"
#include "mapframepanel.h"
#include "pagepanel.h"
#include "tableitempanel.h"

#include "layout/layoutcontent.h"
#include "project/planproject.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace app {

LayoutEditorWindow::LayoutEditorWindow(core::PlanProject &project, CanvasViewSource canvasView,
                                       QWidget *parent)
    : QDialog(parent)
    , mProject(&project)
    , mDocument(new LayoutDocument(this))
{
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(createPreviewArea(), 1);
    layout->addWidget(createSidePanel(std::move(canvasView)));
    connect(mDocument, &LayoutDocument::changed, this, &LayoutEditorWindow::updateTitle);
    connect(mDocument->undoStack(), &QUndoStack::cleanChanged, this,
            &LayoutEditorWindow::updateTitle);
    followProject(project);
    // Return in a spin box or the text field takes the value; it must not press a button too.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    fillChooser({});
    layoutChosen(0);
    resize(1280, 860);
}

void LayoutEditorWindow::followProject(core::PlanProject &project)
{
    // The preview shows the project's map: it is drawn again when what the map shows changes.
    for (auto signal :
         {&core::PlanProject::mapContentChanged, &core::PlanProject::crsChanged,
          &core::PlanProject::appearanceChanged, &core::PlanProject::labelLanguageChanged})
        connect(&project, signal, mPreview, &LayoutPreview::refresh);
    connect(&project, &core::PlanProject::layerChanged, mPreview, &LayoutPreview::refresh);
    connect(&project, &core::PlanProject::layerVisibilityChanged, mPreview,
            &LayoutPreview::refresh);
    // The project goes when another is opened; an editor of a closed project has nothing to
    // do, and nothing left to save.
    connect(&project, &QObject::destroyed, this, [this] {
        mDocument->undoStack()->setClean();
        close();
    });
}

QWidget *LayoutEditorWindow::createPreviewArea()
{
    mPreview = new LayoutPreview(mDocument, [this](const core::PrintLayout &layout) {
        return mProject ? core::LayoutContent::fromProject(*mProject, layout)
                        : core::LayoutContent();
    });
    auto *tools = new QToolBar(this);
    QAction *undo = mDocument->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = mDocument->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    tools->addAction(tr("Zoom in"), QKeySequence::ZoomIn, mPreview, &LayoutPreview::zoomIn);
    tools->addAction(tr("Zoom out"), QKeySequence::ZoomOut, mPreview, &LayoutPreview::zoomOut);
    tools->addAction(tr("Fit page"), mPreview, &LayoutPreview::zoomToFit);
    tools->addSeparator();
    auto *snap = new QCheckBox(tr("Snap to margins and items"), tools);
    snap->setChecked(mPreview->snapping());
    connect(snap, &QCheckBox::toggled, mPreview, &LayoutPreview::setSnapping);
    tools->addWidget(snap);

    auto *area = new QWidget(this);
    auto *column = new QVBoxLayout(area);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(tools);
    column->addWidget(mPreview, 1);
    return area;
}

QWidget *LayoutEditorWindow::createSidePanel(CanvasViewSource canvasView)
{
    mChooser = new QComboBox(this);
    mChooser->setToolTip(tr("The presets and the layouts the project keeps"));
    connect(mChooser, &QComboBox::activated, this, &LayoutEditorWindow::layoutChosen);
    mPage = new PagePanel(mDocument, this);
    mItems = new ItemListPanel(mDocument, this);
    mProperties = new ItemPropertiesPanel(mDocument, this);
    mTable = new TableItemPanel(mDocument, mProject, this);
    mMapFrame = new MapFramePanel(mDocument, std::move(canvasView), this);

    auto *panels = new QWidget(this);
    auto *column = new QVBoxLayout(panels);
    column->setContentsMargins(0, 0, 4, 0);
    column->addWidget(mChooser);
    column->addWidget(mPage);
    column->addWidget(mItems);
    column->addWidget(mProperties);
    column->addWidget(mTable);
    column->addWidget(mMapFrame);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(panels);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *side = new QWidget(this);
    side->setFixedWidth(400);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(createButtons());
    return side;
}

QWidget *LayoutEditorWindow::createButtons()
{
    auto *buttons = new QWidget(this);
    auto *grid = new QGridLayout(buttons);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *save = new QPushButton(tr("Save layout"), buttons);
    auto *saveAs = new QPushButton(tr("Save as…"), buttons);
    auto *exportPage = new QPushButton(tr("Export…"), buttons);
    auto *print = new QPushButton(tr("Print…"), buttons);
    auto *close = new QPushButton(tr("Close"), buttons);
    save->setToolTip(tr("Keep this layout in the project under its name"));
    grid->addWidget(save, 0, 0);
    grid->addWidget(saveAs, 0, 1);
    grid->addWidget(exportPage, 1, 0);
    grid->addWidget(print, 1, 1);
    grid->addWidget(close, 2, 1);
    connect(save, &QPushButton::clicked, this, [this] { this->save(); });
    connect(saveAs, &QPushButton::clicked, this, &LayoutEditorWindow::saveAsDialog);
    connect(exportPage, &QPushButton::clicked, this,
            [this] { emit exportRequested(mDocument->layout()); });
    connect(print, &QPushButton::clicked, this,
            [this] { emit printRequested(mDocument->layout()); });
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    return buttons;
}

void LayoutEditorWindow::fillChooser(const QString &current)
{
    if (!mProject)
        return;
    const QSignalBlocker blocker(mChooser);
    mChooser->clear();
    for (const core::PrintLayout &layout : mProject->printLayouts())
        mChooser->addItem(layout.name);
    mChooser->setCurrentIndex(std::max(0, mChooser->findText(current)));
}

void LayoutEditorWindow::layoutChosen(int index)
{
    if (!mProject || index < 0 || index >= mChooser->count())
        return;
    if (!confirmDiscardChanges()) {
        const QSignalBlocker blocker(mChooser);
        mChooser->setCurrentIndex(mChooser->findText(mDocument->layout().name));
        return;
    }
    openLayout(mChooser->itemText(index));
}

bool LayoutEditorWindow::confirmDiscardChanges()
{
    if (mDocument->undoStack()->isClean())
        return true;
    switch (mSavePrompt(this, mDocument->layout().name)) {
    case SaveChoice::Save:
        save();
        return true;
    case SaveChoice::Discard:
        return true;
    case SaveChoice::Cancel:
        break;
    }
    return false;
}

void LayoutEditorWindow::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // A frame that follows the canvas shows the view of the moment: coming back to the editor
    // after panning the map brings the preview up to date.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() &&
        !mDocument->layout().map.extent)
        mPreview->refresh();
}

void LayoutEditorWindow::closeEvent(QCloseEvent *event)
{
    if (confirmDiscardChanges())
        event->accept();
    else
        event->ignore();
}

bool LayoutEditorWindow::openLayout(const QString &name)
{
    const std::optional<core::PrintLayout> layout =
        mProject ? mProject->printLayout(name) : std::nullopt;
    if (!layout)
        return false;
    mDocument->load(*layout);
    const QSignalBlocker blocker(mChooser);
    mChooser->setCurrentIndex(mChooser->findText(name));
    return true;
}

void LayoutEditorWindow::save(const QString &name)
{
    if (!mProject)
        return;
    if (!name.isEmpty())
        mDocument->rename(name);
    mProject->savePrintLayout(mDocument->layout());
    mDocument->undoStack()->setClean();
    fillChooser(mDocument->layout().name);
    updateTitle();
}

void LayoutEditorWindow::saveAsDialog()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save layout as"), tr("Name of the layout:"),
                              QLineEdit::Normal, mDocument->layout().name, &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        save(name);
}

void LayoutEditorWindow::updateTitle()
{
    setWindowTitle(tr("Layout editor – %1[*]").arg(mDocument->layout().name));
    setWindowModified(!mDocument->undoStack()->isClean());
}

} // namespace app
