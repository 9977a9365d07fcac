#pragma once

#include "editing/validationentry.h"

#include <QDockWidget>

#include <vector>

class QPushButton;
class QTreeWidget;

namespace app {

// The problems of the edited layers as the planner edits: what is wrong (invalid zone with its
// reason, overlap, gap), which features, how large. A double click shows the problem on the
// map; an invalid feature can be allowed to be saved as it is.
class ValidationDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ValidationDock(QWidget *parent = nullptr);

    void setEntries(std::vector<ValidationEntry> entries);
    const std::vector<ValidationEntry> &entries() const { return mEntries; }
    QTreeWidget *tree() const { return mTree; }
    QPushButton *allowButton() const { return mAllow; }

    // The item's entry, -1 for none; items keep their entry's position.
    static constexpr int EntryRole = Qt::UserRole + 1;

signals:
    void zoomRequested(const gis::Box &mapBox);
    void allowRequested(const QString &layerId, qint64 featureId);

private:
    const ValidationEntry *currentEntry() const;
    void updateButton();
    void allowCurrent();
    void showMenu(const QPoint &at);

    QTreeWidget *mTree;
    QPushButton *mAllow;
    std::vector<ValidationEntry> mEntries;
};

} // namespace app
