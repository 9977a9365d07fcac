#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace core {
class EditSession;
class FeatureSelection;
class PlanProject;
} // namespace core

namespace app {

class EditingActions;

// What the Edit menu offers for whole features of the edited layer: the select tools (click or
// rectangle, polygon), the move tool, and deleting, merging and editing the attributes of the
// selected features, each one undo step.
class FeatureEditingActions : public QObject
{
    Q_OBJECT
public:
    FeatureEditingActions(EditingActions *actions, QWidget *window);

    QAction *selectAction() const { return mSelect; }
    QAction *selectByPolygonAction() const { return mSelectByPolygon; }
    QAction *moveAction() const { return mMove; }
    QAction *deleteAction() const { return mDelete; }
    QAction *mergeAction() const { return mMerge; }
    QAction *attributesAction() const { return mAttributes; }

    // Enables what the edited layer's selection allows.
    void refresh();

    void deleteSelected();
    void mergeSelected();
    void editAttributes();

private:
    void addTools();
    void addActions();
    void followSelection(core::PlanProject *project);
    void showError(const QString &title, const QString &message);

    EditingActions *mActions;
    QWidget *mWindow;
    QAction *mSelect = nullptr;
    QAction *mSelectByPolygon = nullptr;
    QAction *mMove = nullptr;
    QAction *mDelete = nullptr;
    QAction *mMerge = nullptr;
    QAction *mAttributes = nullptr;
    QPointer<core::FeatureSelection> mSelection; // the one refresh() follows
};

} // namespace app
