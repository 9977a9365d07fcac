#pragma once

#include <QDockWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace app {

// One feature a save refused, as the Conflicts dock lists it.
struct ConflictRow
{
    qint64 featureId = -1;
    QString feature; // its name and id
    QString theirs;  // what they did ("changed its shape (version 3)", "deleted it")
    QString mine;    // what the planner did
};

// The features a save refused because someone else changed or deleted them since they were
// read: what each side did, and the planner's choice for the chosen one or for all (Keep mine,
// Keep theirs), then Save again. Choosing a row shows both versions on the map.
class ConflictsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ConflictsDock(QWidget *parent = nullptr);

    void setRows(const QString &layerTitle, std::vector<ConflictRow> rows);
    const std::vector<ConflictRow> &rows() const { return mRows; }
    // The chosen row's feature, -1 for none.
    qint64 currentFeature() const;
    void setCurrentFeature(qint64 featureId);

    QTreeWidget *tree() const { return mTree; }
    QPushButton *keepMineButton() const { return mKeepMine; }
    QPushButton *keepTheirsButton() const { return mKeepTheirs; }
    QPushButton *keepAllMineButton() const { return mKeepAllMine; }
    QPushButton *keepAllTheirsButton() const { return mKeepAllTheirs; }
    QPushButton *saveButton() const { return mSave; }

signals:
    void currentFeatureChanged(qint64 featureId); // -1: none
    void keepMineRequested(qint64 featureId);
    void keepTheirsRequested(qint64 featureId);
    void keepAllMineRequested();
    void keepAllTheirsRequested();
    void saveRequested();
    void zoomRequested(qint64 featureId);

private:
    void updateButtons();
    void showDetail();

    QLabel *mSummary;
    QLabel *mDetail; // the chosen row in full: the columns are narrow in a dock
    QTreeWidget *mTree;
    QPushButton *mKeepMine;
    QPushButton *mKeepTheirs;
    QPushButton *mKeepAllMine;
    QPushButton *mKeepAllTheirs;
    QPushButton *mSave;
    std::vector<ConflictRow> mRows;
};

} // namespace app
