#pragma once

#include "project/identification.h"

#include <QDockWidget>

class QTreeWidget;

namespace app {

// Shows what a click on the map found: each feature under its layer, with all its attributes.
class IdentifyDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit IdentifyDock(QWidget *parent = nullptr);

    void showResults(const QVector<core::IdentifiedFeature> &features);
    QTreeWidget *tree() const { return mTree; }

private:
    QTreeWidget *mTree;
};

} // namespace app
