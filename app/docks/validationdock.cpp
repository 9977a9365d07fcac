#include "validationdock.h"

#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace app {

namespace {

QString kindName(gis::PartitionProblemKind kind)
{
    switch (kind) {
    case gis::PartitionProblemKind::Invalid:
        return ValidationDock::tr("Invalid geometry");
    case gis::PartitionProblemKind::Overlap:
        return ValidationDock::tr("Overlap");
    case gis::PartitionProblemKind::Gap:
        return ValidationDock::tr("Gap");
    }
    return {};
}

QString areaText(const std::optional<double> &squareMetres)
{
    if (!squareMetres)
        return {};
    const QLocale locale;
    if (*squareMetres >= 1e6)
        return ValidationDock::tr("%1 km²").arg(locale.toString(*squareMetres / 1e6, 'f', 3));
    return ValidationDock::tr("%1 m²").arg(locale.toString(*squareMetres, 'f', 1));
}

QString featuresText(const ValidationEntry &entry)
{
    QStringList ids;
    for (qint64 id : entry.problem.features)
        ids << QString::number(id);
    return ids.isEmpty() ? QString()
                         : QStringLiteral("%1: %2").arg(entry.layerTitle, ids.join(u", "));
}

} // namespace

ValidationDock::ValidationDock(QWidget *parent)
    : QDockWidget(tr("Validation"), parent)
    , mTree(new QTreeWidget)
    , mAllow(new QPushButton(tr("Allow saving this feature as it is")))
{
    setObjectName(QStringLiteral("ValidationDock"));
    mTree->setColumnCount(4);
    // The reason last: Boost's reasons are long, and the other columns must stay in sight.
    mTree->setHeaderLabels({tr("Problem"), tr("Features"), tr("Area"), tr("Reason")});
    mTree->setRootIsDecorated(false);
    mTree->setContextMenuPolicy(Qt::CustomContextMenu);
    mAllow->setToolTip(tr("Save refuses invalid geometry; this lets the chosen feature be saved "
                          "as it is, until its next save"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTree);
    layout->addWidget(mAllow);
    setWidget(content);
    connect(mTree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (const ValidationEntry *entry = currentEntry())
            emit zoomRequested(entry->mapBox);
    });
    connect(mTree, &QTreeWidget::currentItemChanged, this, &ValidationDock::updateButton);
    connect(mTree, &QWidget::customContextMenuRequested, this, &ValidationDock::showMenu);
    connect(mAllow, &QPushButton::clicked, this, &ValidationDock::allowCurrent);
    setEntries({});
}

void ValidationDock::setEntries(std::vector<ValidationEntry> entries)
{
    const int current =
        mTree->currentItem() ? mTree->indexOfTopLevelItem(mTree->currentItem()) : -1;
    mEntries = std::move(entries);
    mTree->clear();
    for (std::size_t i = 0; i < mEntries.size(); ++i) {
        const ValidationEntry &entry = mEntries[i];
        QString reason = entry.problem.reason;
        if (entry.allowed)
            reason = tr("%1 (allowed to be saved)").arg(reason);
        auto *item = new QTreeWidgetItem(mTree, {kindName(entry.problem.kind), featuresText(entry),
                                                 areaText(entry.areaSquareMetres), reason});
        item->setData(0, EntryRole, int(i));
        item->setToolTip(3, reason);
    }
    if (current >= 0 && current < mTree->topLevelItemCount())
        mTree->setCurrentItem(mTree->topLevelItem(current));
    for (int column = 0; column < 3; ++column)
        mTree->resizeColumnToContents(column);
    setWindowTitle(mEntries.empty() ? tr("Validation")
                                    : tr("Validation (%1)").arg(mEntries.size()));
    updateButton();
}

const ValidationEntry *ValidationDock::currentEntry() const
{
    const QTreeWidgetItem *item = mTree->currentItem();
    const int index = item ? item->data(0, EntryRole).toInt() : -1;
    return index >= 0 && std::size_t(index) < mEntries.size() ? &mEntries[std::size_t(index)]
                                                              : nullptr;
}

void ValidationDock::updateButton()
{
    const ValidationEntry *entry = currentEntry();
    mAllow->setEnabled(entry && entry->problem.kind == gis::PartitionProblemKind::Invalid &&
                       !entry->allowed);
}

void ValidationDock::allowCurrent()
{
    const ValidationEntry *entry = currentEntry();
    if (entry && entry->problem.kind == gis::PartitionProblemKind::Invalid)
        emit allowRequested(entry->layerId, entry->problem.features.front());
}

void ValidationDock::showMenu(const QPoint &at)
{
    if (!mTree->itemAt(at))
        return;
    mTree->setCurrentItem(mTree->itemAt(at));
    QMenu menu;
    menu.addAction(tr("Show on the map"), this, [this] {
        if (const ValidationEntry *entry = currentEntry())
            emit zoomRequested(entry->mapBox);
    });
    QAction *allow = menu.addAction(mAllow->text(), this, &ValidationDock::allowCurrent);
    allow->setEnabled(mAllow->isEnabled());
    menu.exec(mTree->viewport()->mapToGlobal(at));
}

} // namespace app
