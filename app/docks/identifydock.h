#pragma once

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

    void showResults(const QVector<core::IdentifiedFeature> &features);
    QTreeWidget *tree() const { return mTree; }

    // The data role of a source line that holds the full quote.
    static constexpr int QuoteRole = Qt::UserRole + 1;

private:
    void addStatistics(QTreeWidgetItem *featureItem, const QVector<core::Indicator> &figures);
    void showQuote(QTreeWidgetItem *item);

    QTreeWidget *mTree;
};

} // namespace app
