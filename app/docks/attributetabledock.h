#pragma once

#include <QDockWidget>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace core {
class FeatureFilterProxyModel;
class FeatureTableModel;
class PlanProject;
} // namespace core

namespace app {

class LayerComboBox;

// The attribute table of one layer: sortable columns, a text filter, "selected only", and a
// row selection that is the project's feature selection for that layer in both directions.
class AttributeTableDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit AttributeTableDock(QWidget *parent = nullptr);

    void setProject(core::PlanProject *project);
    void showLayer(const QString &layerId);
    QString currentLayerId() const;

    QTableView *table() const { return mTable; }
    QLineEdit *filterEdit() const { return mFilter; }
    QCheckBox *selectedOnlyBox() const { return mSelectedOnly; }

signals:
    void zoomToSelectionRequested();

private:
    void rebuildLayerList();
    void onLayerChosen();
    void showEditedFeatures();
    // The chosen layer's features into the table; false when it shows them already.
    bool takeShownFeatures();
    void onTableSelectionChanged();
    void onProjectSelectionChanged(const QString &layerId);
    void applySelectionToTable();
    void updateSelectedOnlyFilter();
    void updateCount();

    LayerComboBox *mLayerCombo;
    QLineEdit *mFilter;
    QCheckBox *mSelectedOnly;
    QLabel *mCount;
    QTableView *mTable;
    core::FeatureTableModel *mModel;
    core::FeatureFilterProxyModel *mProxy;
    QPointer<core::PlanProject> mProject;
    bool mSyncing = false;
};

} // namespace app
