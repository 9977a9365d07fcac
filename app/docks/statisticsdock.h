#pragma once

#include <QDockWidget>
#include <QPointer>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace core {
class PlanProject;
class StatisticsTableModel;
} // namespace core

namespace app {

class LayerComboBox;

class IndicatorChartView;

// The figures of one layer beside the map: a table of features × indicators, sortable, whose
// row selection is the project's feature selection; and a chart of the indicator column the
// planner is in (bars per feature, or lines over the periods), which exports to PNG or SVG.
class StatisticsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit StatisticsDock(QWidget *parent = nullptr);

    void setProject(core::PlanProject *project);
    void showLayer(const QString &layerId);
    QString currentLayerId() const;
    // Charts the indicator of a table column (the model's column number).
    void chartColumn(int column);

    QTableView *table() const { return mTable; }
    core::StatisticsTableModel *model() const { return mModel; }
    IndicatorChartView *chart() const { return mChart; }
    QCheckBox *overPeriodsBox() const { return mOverPeriods; }

    bool exportChart(const QString &path, QString *error);
    bool exportTable(const QString &path, QString *error) const;
    // The edited zones' change against their saved state, one line each; empty hides it.
    void showEditChanges(const QString &text);
    QLabel *editChangesLabel() const { return mEditChanges; }

private:
    void rebuildLayerList();
    void onLayerChosen();
    void onTableSelectionChanged();
    void onProjectSelectionChanged(const QString &layerId);
    void applySelectionToTable();
    void updateChart();
    void askExportChart();
    void askExportTable();

    LayerComboBox *mLayerCombo;
    QCheckBox *mOverPeriods;
    QTableView *mTable;
    core::StatisticsTableModel *mModel;
    QSortFilterProxyModel *mProxy;
    IndicatorChartView *mChart;
    QLabel *mEditChanges;
    QPointer<core::PlanProject> mProject;
    int mChartedColumn = -1;
    bool mSyncing = false;
};

} // namespace app
