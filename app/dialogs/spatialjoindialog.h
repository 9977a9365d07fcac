#pragma once

#include "statistics/spatialjoin.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace core {
class PlanProject;
}

namespace app {

// Counts the points of one layer in each zone of another, and sums and averages one of their
// numeric fields there ("projects and their investment per plate"): the user picks the zone
// layer with the field that names its zones, the point layer, the field (or none for a count)
// and a name for the result. The statistics model computes the figures and keeps them up to
// date; the joins the project has are listed, each removable.
class SpatialJoinDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SpatialJoinDialog(core::PlanProject *project, QWidget *parent = nullptr);

    void setZoneLayer(const QString &layerId);
    void setZoneKeyField(const QString &field);
    void setPointLayer(const QString &layerId);
    void setSummedField(const QString &field); // empty: count only
    void setUnit(const QString &unit);
    void setResultName(const QString &name);

    // The join the choices describe, and why it cannot be added (empty when it can).
    core::SpatialJoinRequest request() const;
    QString problem() const;
    // Adds the join (and the zones' key field) to the project; false when it cannot.
    bool addJoin();
    void accept() override;

private:
    void fillZoneKeyFields();
    void fillAttributes();
    void suggestName();
    void updateProblem();
    void listJoins();
    void removeChosenJoin();
    QString layerTitle(const QString &layerId) const;

    QPointer<core::PlanProject> mProject;
    QComboBox *mZoneLayer;
    QComboBox *mZoneKey;
    QComboBox *mPointLayer;
    QComboBox *mAttribute;
    QComboBox *mUnit;
    QLineEdit *mName;
    QLabel *mProblem;
    QTreeWidget *mJoins;
    QPushButton *mRemove;
    QPushButton *mAdd;
    bool mNameEdited = false;
};

} // namespace app
