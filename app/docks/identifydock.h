#pragma once

#include "editing/editimpact.h"
#include "project/identification.h"

#include <QDockWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace app {

// Shows what a click on the map found: each feature under its layer, with all its attributes
// and its figures by period, each with a source line; a click on a source line shows the whole
// quote.
class IdentifyDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit IdentifyDock(QWidget *parent = nullptr);

    // An edited zone's figures against its saved state.
    struct ZoneChange
    {
        QString title;
        QVector<core::ImpactFigure> figures;
        QString summary; // "+3.2 km², +2 projects"
    };

    void showResults(const QVector<core::IdentifiedFeature> &features);
    // Shown above the results until the edits are saved; `live` while a zone is dragged.
    void showEditChanges(const QVector<ZoneChange> &changes, bool live);
    QTreeWidget *tree() const { return mTree; }

    // The data role of a source line that holds the full quote.
    static constexpr int QuoteRole = Qt::UserRole + 1;
    // The top item holding the edit changes has this role set.
    static constexpr int EditChangesRole = Qt::UserRole + 2;

private:
    void addStatistics(QTreeWidgetItem *featureItem, const QVector<core::Indicator> &figures);
    void showQuote(QTreeWidgetItem *item);
    void addEditChanges();
    void fitNameColumn();

    QVector<ZoneChange> mChanges;
    bool mLive = false;

    QTreeWidget *mTree;
};

} // namespace app
