#pragma once

#include <QGroupBox>

class QComboBox;
class QListWidget;
class QListWidgetItem;

namespace core {
class PlanProject;
}

namespace app {

class LayoutDocument;

// What the selected statistics table shows: the features in the map frame or every feature of
// its layer, which layer (or the one with the most figures in view), and which figures (or a
// few chosen for it). Shown only while a statistics table is selected.
class TableItemPanel : public QGroupBox
{
    Q_OBJECT
public:
    TableItemPanel(LayoutDocument *document, const core::PlanProject *project,
                   QWidget *parent = nullptr);

    QComboBox *sourceBox() const { return mSource; }
    QComboBox *layerBox() const { return mLayer; }
    QListWidget *indicatorList() const { return mIndicators; }

private:
    void refresh();
    void listIndicators(const QString &layerId, const QStringList &checked);
    void sourceChosen();
    void layerChosen();
    void indicatorChecked(QListWidgetItem *row);

    LayoutDocument *mDocument;
    const core::PlanProject *mProject;
    QComboBox *mSource;
    QComboBox *mLayer;
    QListWidget *mIndicators;
};

} // namespace app
