#include "statisticsdock.h"

#include "indicatorchartview.h"
#include "layercombobox.h"
#include "project/planproject.h"
#include "statistics/statisticsexport.h"
#include "statistics/statisticsmodel.h"
#include "statistics/statisticstablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace app {

StatisticsDock::StatisticsDock(QWidget *parent)
    : QDockWidget(tr("Statistics"), parent)
    , mLayerCombo(new LayerComboBox(this))
    , mOverPeriods(new QCheckBox(tr("Over periods"), this))
    , mTable(new QTableView(this))
    , mModel(new core::StatisticsTableModel(this))
    , mProxy(new QSortFilterProxyModel(this))
    , mChart(new IndicatorChartView(this))
    , mEditChanges(new QLabel(this))
{
    setObjectName(QStringLiteral("StatisticsDock"));
    mOverPeriods->setChecked(true);
    mOverPeriods->setToolTip(tr("Chart an indicator with figures for several periods as lines "
                                "over the periods, else as bars of the column's period"));
    auto *exportChart = new QToolButton(this);
    exportChart->setText(tr("Export chart…"));
    auto *exportTable = new QToolButton(this);
    exportTable->setText(tr("Export table…"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(mLayerCombo, 1);
    bar->addWidget(mOverPeriods);
    bar->addWidget(exportChart);
    bar->addWidget(exportTable);

    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(core::StatisticsTableModel::SortRole);
    mTable->setModel(mProxy);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(-1, Qt::AscendingOrder);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->setDefaultSectionSize(22);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(mTable);
    splitter->addWidget(mChart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    mEditChanges->setObjectName(QStringLiteral("EditChangesLabel"));
    mEditChanges->setToolTip(tr("The edited zones against their saved state"));
    mEditChanges->hide();
    layout->addWidget(mEditChanges);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(mLayerCombo, &QComboBox::currentIndexChanged, this, &StatisticsDock::onLayerChosen);
    connect(mOverPeriods, &QCheckBox::toggled, this, &StatisticsDock::updateChart);
    connect(exportChart, &QToolButton::clicked, this, &StatisticsDock::askExportChart);
    connect(exportTable, &QToolButton::clicked, this, &StatisticsDock::askExportTable);
    connect(mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StatisticsDock::onTableSelectionChanged);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentColumnChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    chartColumn(mProxy->mapToSource(current).column());
            });
    connect(mTable->horizontalHeader(), &QHeaderView::sectionClicked, this,
            [this](int section) { chartColumn(section); });
    connect(mModel, &QAbstractItemModel::modelReset, this, [this] {
        applySelectionToTable();
        updateChart();
    });
}

void StatisticsDock::setProject(core::PlanProject *project)
{
    if (mProject) {
        disconnect(mProject->selection(), nullptr, this, nullptr);
        disconnect(mProject, nullptr, this, nullptr);
        disconnect(mProject->statisticsModel(), nullptr, this, nullptr);
    }
    mProject = project;
    mModel->setStatistics(mProject ? mProject->statisticsModel() : nullptr);
    if (mProject) {
        mModel->setLanguage(mProject->labelLanguage());
        connect(mProject->selection(), &core::FeatureSelection::changed, this,
                &StatisticsDock::onProjectSelectionChanged);
        for (auto signal : {&core::PlanProject::layerAdded, &core::PlanProject::layerRemoved,
                            &core::PlanProject::layerChanged})
            connect(mProject, signal, this, &StatisticsDock::rebuildLayerList);
        // A key field chosen for a layer can make it joinable.
        connect(mProject->statisticsModel(), &core::StatisticsModel::settingsChanged, this,
                &StatisticsDock::rebuildLayerList);
        connect(mProject, &core::PlanProject::appearanceChanged, this,
                [this] { mModel->setLanguage(mProject->labelLanguage()); });
    }
    rebuildLayerList();
}

void StatisticsDock::rebuildLayerList()
{
    mLayerCombo->setLayers(mProject, mProject && mProject->statisticsModel()
                                         ? mProject->statisticsModel()->joinableLayerIds()
                                         : QStringList());
    onLayerChosen();
}

void StatisticsDock::showLayer(const QString &layerId)
{
    mLayerCombo->showLayer(layerId);
}

QString StatisticsDock::currentLayerId() const
{
    return mLayerCombo->currentLayerId();
}

void StatisticsDock::onLayerChosen()
{
    if (mModel->layerId() == currentLayerId())
        return;
    mChartedColumn = -1;
    mSyncing = true;
    mModel->setLayer(currentLayerId());
    mSyncing = false;
    mTable->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    // The first indicator is charted until the planner picks another.
    if (mModel->columnCount() > core::StatisticsTableModel::kFirstIndicatorColumn)
        chartColumn(core::StatisticsTableModel::kFirstIndicatorColumn);
    applySelectionToTable();
}

void StatisticsDock::chartColumn(int column)
{
    if (column < core::StatisticsTableModel::kFirstIndicatorColumn ||
        column >= mModel->columnCount() || column == mChartedColumn)
        return;
    mChartedColumn = column;
    updateChart();
}

void StatisticsDock::updateChart()
{
    const auto &columns = mModel->indicatorColumns();
    const int at = mChartedColumn - core::StatisticsTableModel::kFirstIndicatorColumn;
    if (at < 0 || at >= columns.size()) {
        mChart->showData({});
        return;
    }
    mChart->showData(core::chartDataFor(*mModel, columns[at].indicator, columns[at].period,
                                        mOverPeriods->isChecked()));
}

void StatisticsDock::onTableSelectionChanged()
{
    if (mSyncing || !mProject || currentLayerId().isEmpty())
        return;
    core::FeatureSelection::Indices indices;
    for (const QModelIndex &row : mTable->selectionModel()->selectedRows())
        indices.push_back(row.data(core::StatisticsTableModel::FeatureIndexRole).toULongLong());
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    mSyncing = true;
    mProject->selection()->setSelected(currentLayerId(), std::move(indices));
    mSyncing = false;
}

void StatisticsDock::onProjectSelectionChanged(const QString &layerId)
{
    if (!mSyncing && (layerId.isEmpty() || layerId == currentLayerId()))
        applySelectionToTable();
}

void StatisticsDock::applySelectionToTable()
{
    if (!mProject)
        return;
    QItemSelection rows;
    for (std::size_t index : mProject->selection()->selected(currentLayerId())) {
        const int sourceRow = mModel->rowOfFeature(index);
        if (sourceRow < 0)
            continue;
        const QModelIndex row = mProxy->mapFromSource(mModel->index(sourceRow, 0));
        rows.select(row, row.siblingAtColumn(mProxy->columnCount() - 1));
    }
    mSyncing = true;
    mTable->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        mTable->scrollTo(rows.first().topLeft());
    mSyncing = false;
}

bool StatisticsDock::exportChart(const QString &path, QString *error)
{
    return mChart->exportTo(path, error);
}

bool StatisticsDock::exportTable(const QString &path, QString *error) const
{
    if (!mProject || !mProject->statisticsModel() || currentLayerId().isEmpty()) {
        *error = tr("There is no table to export.");
        return false;
    }
    const auto features =
        mProject->statisticsModel()->joined(currentLayerId(), mProject->labelLanguage());
    return core::StatisticsExport::writeCsv(
        path, core::StatisticsExport::rows(currentLayerId(), features), error);
}

void StatisticsDock::askExportChart()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    QString error;
    if (!path.isEmpty() && !exportChart(path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void StatisticsDock::askExportTable()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export statistics table"),
                                                      QString(), tr("CSV table (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportTable(path, &error))
        QMessageBox::warning(this, tr("Export statistics table"), error);
}

void StatisticsDock::showEditChanges(const QString &text)
{
    mEditChanges->setText(text);
    mEditChanges->setVisible(!text.isEmpty());
}

} // namespace app
