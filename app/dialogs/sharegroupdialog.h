#pragma once

#include "statistics/statisticssettings.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace core {
class PlanProject;
}

namespace app {

// Names a group of features of one layer whose shares of their own total are wanted ("the
// four plates", "the western plates"): each gets "<indicator>_share_of_<name>" for every
// figure they share. The groups the project has are listed, each removable.
class ShareGroupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShareGroupDialog(core::PlanProject *project, QWidget *parent = nullptr);

    void setLayer(const QString &layerId);
    void setGroupName(const QString &name);
    void setChosenKeys(const QStringList &keys); // checks these features, unchecks the rest

    // The group the choices describe, and why it cannot be added (empty when it can).
    core::ShareGroup group() const;
    QString problem() const;
    // Adds the group to the project's statistics; false when it cannot.
    bool addGroup();
    void accept() override;

private:
    void fillFeatures();
    void updateProblem();
    void listGroups();
    void removeChosenGroup();
    QString layerTitle(const QString &layerId) const;

    QPointer<core::PlanProject> mProject;
    QComboBox *mLayer;
    QLineEdit *mName;
    QListWidget *mFeatures;
    QLabel *mProblem;
    QTreeWidget *mGroups;
    QPushButton *mRemove;
    QPushButton *mAdd = nullptr;
};

} // namespace app
