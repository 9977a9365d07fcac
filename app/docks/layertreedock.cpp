#include "layertreedock.h"

#include "dialogs/layerpropertiesdialog.h"
#include "layertreewidget.h"
#include "symbolswatch.h"

#include "project/planproject.h"
#include "thematic/thematicstyler.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>

#include <utility>

namespace app {

namespace {

constexpr int layerIdRole = LayerTreeWidget::layerIdRole;
constexpr int groupIdRole = LayerTreeWidget::groupIdRole;

QIcon rasterSwatch()
{
    QPixmap pixmap(18, 14);
    QPainter painter(&pixmap);
    const QColor cells[] = {QColor(0x4d, 0x92, 0x21), QColor(0xe6, 0xd8, 0x9c),
                            QColor(0x8c, 0x51, 0x0a), QColor(0x21, 0x66, 0xac)};
    for (int i = 0; i < 4; ++i)
        painter.fillRect(QRect((i % 2) * 9, (i / 2) * 7, 9, 7), cells[i]);
    return QIcon(pixmap);
}

} // namespace

LayerTreeDock::LayerTreeDock(QWidget *parent)
    : QDockWidget(tr("Layers"), parent)
    , mTree(new LayerTreeWidget(this))
{
    setObjectName(QStringLiteral("LayerTreeDock"));
    mTree->setHeaderHidden(true);
    mTree->setColumnCount(1);
    mTree->setRootIsDecorated(true);
    mTree->setUniformRowHeights(true);
    setWidget(mTree);
    connect(mTree, &QTreeWidget::itemChanged, this, &LayerTreeDock::onItemChanged);
    mTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mTree, &QTreeWidget::customContextMenuRequested, this, &LayerTreeDock::showContextMenu);
    connect(mTree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, layerIdRole).toString();
        if (!id.isEmpty())
            emit zoomToLayerRequested(id);
    });
    connect(
        mTree, &LayerTreeWidget::layerDropped, this,
        [this](const QString &id, const QString &groupId, int index) {
            if (mProject)
                mProject->moveLayer(id, groupId, index);
        },
        // After the drag has finished with the items it holds, since the move rebuilds them.
        Qt::QueuedConnection);
    connect(mTree, &LayerTreeWidget::filesDropped, this, &LayerTreeDock::filesDropped);
    auto *remove = new QAction(tr("Remove layer"), mTree);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = mTree->currentItem())
            removeLayerAfterConfirmation(item->data(0, layerIdRole).toString());
    });
    mTree->addAction(remove);
}

QTreeWidget *LayerTreeDock::tree() const
{
    return mTree;
}

void LayerTreeDock::setProject(core::PlanProject *project)
{
    if (mProject)
        disconnect(mProject, nullptr, this, nullptr);
    mProject = project;
    if (project) {
        connect(project, &core::PlanProject::layerAdded, this, &LayerTreeDock::rebuild);
        connect(project, &core::PlanProject::layerRemoved, this, &LayerTreeDock::rebuild);
        connect(project, &core::PlanProject::layerMoved, this, &LayerTreeDock::rebuild);
        connect(project, &core::PlanProject::layerChanged, this, &LayerTreeDock::rebuild);
        connect(project, &core::PlanProject::groupsChanged, this, &LayerTreeDock::rebuild);
    }
    rebuild();
}

QTreeWidgetItem *LayerTreeDock::itemForLayer(const QString &layerId) const
{
    for (QTreeWidgetItemIterator it(mTree); *it; ++it) {
        if ((*it)->data(0, layerIdRole).toString() == layerId)
            return *it;
    }
    return nullptr;
}

void LayerTreeDock::rebuild()
{
    mUpdating = true;
    mTree->clear();
    // Layers go between places, never into one another or outside a group.
    mTree->invisibleRootItem()->setFlags(mTree->invisibleRootItem()->flags() &
                                         ~Qt::ItemIsDropEnabled);
    if (mProject) {
        for (const core::LayerGroup &group : mProject->groups()) {
            auto *groupItem = new QTreeWidgetItem(mTree, {group.title});
            groupItem->setData(0, groupIdRole, group.id);
            groupItem->setFlags((groupItem->flags() | Qt::ItemIsUserCheckable |
                                 Qt::ItemIsAutoTristate | Qt::ItemIsDropEnabled) &
                                ~Qt::ItemIsDragEnabled);
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            for (const QString &id : group.layerIds)
                addLayerItem(groupItem, id);
            groupItem->setExpanded(true);
        }
    }
    markLayersOutOfScale();
    mUpdating = false;
}

void LayerTreeDock::setMapScale(double denominator)
{
    mMapScale = denominator;
    markLayersOutOfScale();
}

void LayerTreeDock::markLayersOutOfScale()
{
    if (!mProject)
        return;
    const QBrush drawn = palette().brush(QPalette::Active, QPalette::Text);
    const QBrush undrawn = palette().brush(QPalette::Disabled, QPalette::Text);
    const bool wasUpdating = std::exchange(mUpdating, true);
    for (QTreeWidgetItemIterator it(mTree); *it; ++it) {
        const gis::MapLayer *layer = mProject->mapLayer((*it)->data(0, layerIdRole).toString());
        if (layer)
            (*it)->setForeground(
                0, mMapScale <= 0 || layer->scaleRange().contains(mMapScale) ? drawn : undrawn);
    }
    mUpdating = wasUpdating;
}

void LayerTreeDock::addLayerItem(QTreeWidgetItem *groupItem, const QString &id)
{
    const gis::MapLayer *layer = mProject->mapLayer(id);
    if (!layer)
        return;
    const auto mark = mEditMarks.constFind(id);
    auto *item = new QTreeWidgetItem(
        groupItem, {markedTitle(layer->title(), mark == mEditMarks.constEnd()
                                                    ? std::nullopt
                                                    : std::optional<EditMark>(*mark))});
    item->setData(0, layerIdRole, id);
    if (const gis::VectorLayer *vector = mProject->layer(id)) {
        item->setIcon(0, symbolSwatch(vector->symbol(), vector->features().kind));
        const int count = static_cast<int>(vector->features().features.size());
        item->setToolTip(0, tr("%1 — %n feature(s)", nullptr, count).arg(id));
    } else if (const gis::RasterLayer *raster = mProject->rasterLayer(id)) {
        item->setIcon(0, rasterSwatch());
        const QSize size = raster->source()->size;
        item->setToolTip(0, tr("%1 — raster %2 × %3")
                                .arg(raster->source()->path)
                                .arg(size.width())
                                .arg(size.height()));
    }
    item->setFlags((item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled) &
                   ~Qt::ItemIsDropEnabled);
    item->setCheckState(0, layer->isVisible() ? Qt::Checked : Qt::Unchecked);
    if (const gis::VectorLayer *vector = mProject->layer(id))
        addLegendItems(item, *vector);
}

QString LayerTreeDock::markedTitle(const QString &title, std::optional<EditMark> mark)
{
    if (!mark)
        return title;
    return *mark == EditMark::Unsaved ? tr("%1 ✎ (unsaved edits)").arg(title)
                                      : tr("%1 ✎").arg(title);
}

void LayerTreeDock::setEditMarks(const QHash<QString, EditMark> &marks)
{
    if (marks == mEditMarks)
        return;
    mEditMarks = marks;
    if (!mProject)
        return;
    // In place: a rebuild would lose the current layer the Edit menu acts on.
    const bool wasUpdating = std::exchange(mUpdating, true);
    for (QTreeWidgetItemIterator it(mTree); *it; ++it) {
        const QString id = (*it)->data(0, layerIdRole).toString();
        const gis::MapLayer *layer = id.isEmpty() ? nullptr : mProject->mapLayer(id);
        if (!layer)
            continue;
        const auto mark = mEditMarks.constFind(id);
        (*it)->setText(0, markedTitle(layer->title(), mark == mEditMarks.constEnd()
                                                          ? std::nullopt
                                                          : std::optional<EditMark>(*mark)));
    }
    mUpdating = wasUpdating;
}

void LayerTreeDock::addLegendItems(QTreeWidgetItem *layerItem, const gis::VectorLayer &layer)
{
    const gis::Legend legend = core::ThematicStyler::legend(layer);
    if (legend.entries.empty())
        return;
    const auto addRow = [layerItem](const QString &text) {
        auto *row = new QTreeWidgetItem(layerItem, {text});
        row->setData(0, LayerTreeWidget::legendRole, true);
        // Legend rows only show: they are neither dragged, dropped on nor checked.
        row->setFlags(Qt::ItemIsEnabled);
        return row;
    };
    if (!legend.title.isEmpty()) {
        QTreeWidgetItem *title = addRow(legend.title);
        QFont italic = title->font(0);
        italic.setItalic(true);
        title->setFont(0, italic);
    }
    const bool proportional = layer.style().kind == gis::StyleKind::Proportional;
    double largestMm = 0.0;
    for (const gis::LegendEntry &entry : legend.entries)
        largestMm = std::max(largestMm, entry.symbol.markerSizeMm);
    for (const gis::LegendEntry &entry : legend.entries) {
        QTreeWidgetItem *row = addRow(entry.label);
        row->setIcon(0, symbolSwatch(entry.symbol, layer.features().kind,
                                     proportional ? entry.symbol.markerSizeMm : 0.0, largestMm));
    }
    layerItem->setExpanded(true);
}

void LayerTreeDock::showContextMenu(const QPoint &position)
{
    QTreeWidgetItem *item = mTree->itemAt(position);
    if (item && item->data(0, LayerTreeWidget::legendRole).toBool())
        item = item->parent(); // a legend row stands for its layer
    const QString id = item ? item->data(0, layerIdRole).toString() : QString();
    if (id.isEmpty()) {
        showGroupMenu(item ? item->data(0, groupIdRole).toString() : QString(), position);
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("&Zoom to layer"), this, [this, id] { emit zoomToLayerRequested(id); });
    if (mProject && mProject->layer(id))
        menu.addAction(tr("Open &attribute table"), this,
                       [this, id] { emit attributeTableRequested(id); });
    menu.addAction(tr("&Properties…"), this, [this, id] { showProperties(id); });
    menu.addSeparator();
    menu.addAction(tr("&Remove layer…"), this, [this, id] { removeLayerAfterConfirmation(id); });
    menu.exec(mTree->viewport()->mapToGlobal(position));
}

bool LayerTreeDock::removeLayerAfterConfirmation(const QString &layerId)
{
    const gis::MapLayer *layer = mProject ? mProject->mapLayer(layerId) : nullptr;
    if (!layer)
        return false;
    const auto answer = QMessageBox::question(
        this, tr("Remove layer"), tr("Remove the layer “%1” from the map?").arg(layer->title()));
    return answer == QMessageBox::Yes && mProject->removeLayer(layerId);
}

void LayerTreeDock::showProperties(const QString &layerId)
{
    if (!mProject || !mProject->mapLayer(layerId))
        return;
    LayerPropertiesDialog dialog(mProject, layerId, this);
    dialog.exec();
}

void LayerTreeDock::onItemChanged(QTreeWidgetItem *item, int)
{
    if (mUpdating || !mProject)
        return;
    const QString id = item->data(0, layerIdRole).toString();
    if (!id.isEmpty())
        mProject->setLayerVisible(id, item->checkState(0) == Qt::Checked);
}

void LayerTreeDock::showGroupMenu(const QString &groupId, const QPoint &position)
{
    if (!mProject)
        return;
    QMenu menu(this);
    menu.addAction(tr("&New group…"), this, [this] {
        const QString title = QInputDialog::getText(this, tr("New group"), tr("Group name:"));
        if (!title.trimmed().isEmpty())
            mProject->addGroup(title.trimmed());
    });
    if (!groupId.isEmpty()) {
        const auto &groups = mProject->groups();
        const auto at = std::find_if(groups.begin(), groups.end(),
                                     [&](const core::LayerGroup &g) { return g.id == groupId; });
        const int index = int(at - groups.begin());
        menu.addAction(tr("&Rename group…"), this, [this, groupId, title = at->title] {
            const QString name = QInputDialog::getText(this, tr("Rename group"), tr("Group name:"),
                                                       QLineEdit::Normal, title);
            if (!name.trimmed().isEmpty())
                mProject->renameGroup(groupId, name.trimmed());
        });
        menu.addAction(tr("Move group &up"), this,
                       [this, groupId, index] { mProject->moveGroup(groupId, index - 1); })
            ->setEnabled(index > 0);
        menu.addAction(tr("Move group &down"), this,
                       [this, groupId, index] { mProject->moveGroup(groupId, index + 1); })
            ->setEnabled(index + 1 < groups.size());
        menu.addAction(tr("Remove &empty group"), this,
                       [this, groupId] { mProject->removeGroup(groupId); })
            ->setEnabled(at->layerIds.isEmpty());
    }
    menu.exec(mTree->viewport()->mapToGlobal(position));
}

} // namespace app
