#include "attributetabledock.h"

#include "layercombobox.h"

#include "project/featurefilterproxymodel.h"
#include "project/featuretablemodel.h"
#include "project/planproject.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace app {

AttributeTableDock::AttributeTableDock(QWidget *parent)
    : QDockWidget(tr("Attribute table"), parent)
    , mLayerCombo(new LayerComboBox(this))
    , mFilter(new QLineEdit(this))
    , mSelectedOnly(new QCheckBox(tr("Selected only"), this))
    , mCount(new QLabel(this))
    , mTable(new QTableView(this))
    , mModel(new core::FeatureTableModel(this))
    , mProxy(new core::FeatureFilterProxyModel(this))
{
    setObjectName(QStringLiteral("AttributeTableDock"));
    mFilter->setPlaceholderText(tr("Filter rows…"));
    mFilter->setClearButtonEnabled(true);
    auto *zoom = new QToolButton(this);
    zoom->setText(tr("Zoom to selection"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(mLayerCombo, 1);
    bar->addWidget(mFilter, 1);
    bar->addWidget(mSelectedOnly);
    bar->addWidget(zoom);
    mProxy->setSourceModel(mModel);
    mTable->setModel(mProxy);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(-1, Qt::AscendingOrder);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->setDefaultSectionSize(22);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(mTable);
    layout->addWidget(mCount);
    setWidget(content);

    connect(mLayerCombo, &QComboBox::currentIndexChanged, this, &AttributeTableDock::onLayerChosen);
    connect(mFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Rows the filter hides leave the view's selection, not the project's.
        mSyncing = true;
        mProxy->setFilterText(text);
        mSyncing = false;
        applySelectionToTable();
        updateCount();
    });
    connect(mSelectedOnly, &QCheckBox::toggled, this,
            &AttributeTableDock::updateSelectedOnlyFilter);
    connect(zoom, &QToolButton::clicked, this, &AttributeTableDock::zoomToSelectionRequested);
    connect(mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTableDock::onTableSelectionChanged);
}

void AttributeTableDock::setProject(core::PlanProject *project)
{
    if (mProject) {
        disconnect(mProject->selection(), nullptr, this, nullptr);
        disconnect(mProject, nullptr, this, nullptr);
    }
    mProject = project;
    if (mProject) {
        connect(mProject->selection(), &core::FeatureSelection::changed, this,
                &AttributeTableDock::onProjectSelectionChanged);
        for (auto signal : {&core::PlanProject::layerAdded, &core::PlanProject::layerRemoved,
                            &core::PlanProject::layerMoved, &core::PlanProject::layerChanged})
            connect(mProject, signal, this, &AttributeTableDock::rebuildLayerList);
        connect(mProject, &core::PlanProject::groupsChanged, this,
                &AttributeTableDock::rebuildLayerList);
        // An edit replaces the shown layer's features: the rows show the values as edited, and
        // the selection, which follows the features, is shown again.
        connect(mProject, &core::PlanProject::layerDataChanged, this, [this](const QString &id) {
            if (id == currentLayerId())
                showEditedFeatures();
        });
    }
    rebuildLayerList();
}

void AttributeTableDock::rebuildLayerList()
{
    QStringList ids;
    if (mProject) {
        const auto &layers = mProject->layers();
        // Top of the drawing order first, as in the layer panel.
        for (auto it = layers.rbegin(); it != layers.rend(); ++it)
            ids.push_back((*it)->id());
    }
    mLayerCombo->setLayers(mProject, ids);
    onLayerChosen();
}

void AttributeTableDock::showLayer(const QString &layerId)
{
    mLayerCombo->showLayer(layerId);
}

QString AttributeTableDock::currentLayerId() const
{
    return mLayerCombo->currentLayerId();
}

void AttributeTableDock::onLayerChosen()
{
    // A restyle or a move of the shown layer keeps the table, its sort and its scroll.
    if (!takeShownFeatures())
        return;
    mTable->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    updateSelectedOnlyFilter();
}

bool AttributeTableDock::takeShownFeatures()
{
    const gis::VectorLayer *layer = mProject ? mProject->layer(currentLayerId()) : nullptr;
    auto features = layer ? layer->projectionCache()->source() : nullptr;
    if (features.get() == mModel->features())
        return false;
    mSyncing = true;
    mModel->setFeatures(std::move(features));
    mSyncing = false;
    return true;
}

// The same layer with new values: its rows are read again, but the columns keep the widths the
// planner gave them and the table stays where it was scrolled.
void AttributeTableDock::showEditedFeatures()
{
    const int scrolled = mTable->verticalScrollBar()->value();
    if (!takeShownFeatures())
        return;
    updateSelectedOnlyFilter();
    applySelectionToTable();
    mTable->verticalScrollBar()->setValue(scrolled);
}

void AttributeTableDock::onTableSelectionChanged()
{
    if (mSyncing || !mProject || currentLayerId().isEmpty())
        return;
    core::FeatureSelection::Indices indices;
    for (const QModelIndex &row : mTable->selectionModel()->selectedRows())
        indices.push_back(row.data(core::FeatureTableModel::FeatureIndexRole).toULongLong());
    // Rows hidden by the filter stay selected: the table shows part of the selection.
    const QString layerId = currentLayerId();
    for (std::size_t index : mProject->selection()->selected(layerId)) {
        const QModelIndex source = mModel->index(int(index), 0);
        if (!mProxy->mapFromSource(source).isValid())
            indices.push_back(index);
    }
    mSyncing = true;
    mProject->selection()->setSelected(layerId, std::move(indices));
    mSyncing = false;
    updateCount();
}

void AttributeTableDock::onProjectSelectionChanged(const QString &layerId)
{
    if (mSyncing)
        return;
    if (layerId.isEmpty() || layerId == currentLayerId()) {
        if (mSelectedOnly->isChecked())
            updateSelectedOnlyFilter();
        else
            applySelectionToTable();
    }
    updateCount();
}

void AttributeTableDock::applySelectionToTable()
{
    if (!mProject)
        return;
    QItemSelection rows;
    for (std::size_t index : mProject->selection()->selected(currentLayerId())) {
        const QModelIndex row = mProxy->mapFromSource(mModel->index(int(index), 0));
        if (row.isValid())
            rows.select(row, row.siblingAtColumn(mProxy->columnCount() - 1));
    }
    mSyncing = true;
    mTable->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        mTable->scrollTo(rows.first().topLeft());
    mSyncing = false;
}

void AttributeTableDock::updateSelectedOnlyFilter()
{
    core::FeatureSelection::Indices selected;
    if (mProject)
        selected = mProject->selection()->selected(currentLayerId());
    mSyncing = true;
    mProxy->setSelectedOnly(mSelectedOnly->isChecked(), std::move(selected));
    mSyncing = false;
    applySelectionToTable();
    updateCount();
}

void AttributeTableDock::updateCount()
{
    const std::size_t selected =
        mProject ? mProject->selection()->selected(currentLayerId()).size() : 0;
    mCount->setText(tr("%1 of %2 features shown, %3 selected")
                        .arg(mProxy->rowCount())
                        .arg(mModel->rowCount())
                        .arg(selected));
}

} // namespace app
