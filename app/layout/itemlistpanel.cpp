#include "itemlistpanel.h"

#include "layoutdocument.h"

#include <QListWidget>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace app {

ItemListPanel::ItemListPanel(LayoutDocument *document, QWidget *parent)
    : QGroupBox(tr("Items"), parent)
    , mDocument(document)
    , mList(new QListWidget(this))
    , mAdd(new QToolButton(this))
{
    mList->setToolTip(tr("Tick to show an item on the page; select to edit it"));
    // Ten rows without scrolling: every item kind fits, and the panels below stay in view.
    mList->setMaximumHeight(mList->fontMetrics().height() * 10 + 4 * mList->frameWidth() + 8);
    mAdd->setText(tr("Add item"));
    mAdd->setPopupMode(QToolButton::InstantPopup);
    mAdd->setMenu(new QMenu(mAdd));
    connect(mAdd->menu(), &QMenu::aboutToShow, this, &ItemListPanel::listMissingKinds);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mList);
    layout->addWidget(mAdd, 0, Qt::AlignLeft);
    connect(mList, &QListWidget::itemChanged, this, &ItemListPanel::rowChecked);
    connect(mList, &QListWidget::currentRowChanged, mDocument, &LayoutDocument::select);
    connect(mDocument, &LayoutDocument::changed, this, &ItemListPanel::refresh);
    connect(mDocument, &LayoutDocument::selectionChanged, this, &ItemListPanel::showSelection);
    rebuild();
}

void ItemListPanel::rebuild()
{
    const QSignalBlocker blocker(mList);
    mList->clear();
    for (const core::LayoutItem &item : mDocument->layout().items) {
        auto *row = new QListWidgetItem(core::PrintLayout::itemTitle(item.kind), mList);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(item.visible ? Qt::Checked : Qt::Unchecked);
    }
    mList->setCurrentRow(mDocument->selectedIndex());
}

void ItemListPanel::refresh()
{
    const QVector<core::LayoutItem> &items = mDocument->layout().items;
    bool sameKinds = mList->count() == items.size();
    for (int i = 0; sameKinds && i < items.size(); ++i)
        sameKinds = mList->item(i)->text() == core::PrintLayout::itemTitle(items[i].kind);
    if (!sameKinds)
        return rebuild();
    const QSignalBlocker blocker(mList);
    for (int i = 0; i < items.size(); ++i)
        mList->item(i)->setCheckState(items[i].visible ? Qt::Checked : Qt::Unchecked);
}

void ItemListPanel::rowChecked(QListWidgetItem *row)
{
    mDocument->setItemVisible(mList->row(row), row->checkState() == Qt::Checked);
}

void ItemListPanel::listMissingKinds()
{
    QMenu *menu = mAdd->menu();
    menu->clear();
    for (core::LayoutItemKind kind : mDocument->missingKinds())
        menu->addAction(core::PrintLayout::itemTitle(kind), this,
                        [this, kind] { mDocument->addItem(kind); });
    if (menu->isEmpty())
        menu->addAction(tr("The page has every kind of item"))->setEnabled(false);
}

void ItemListPanel::showSelection(int index)
{
    const QSignalBlocker blocker(mList);
    mList->setCurrentRow(index);
}

} // namespace app
