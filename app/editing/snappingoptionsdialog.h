#pragma once

#include "editing/snappingsettings.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QListWidget;

namespace core {
class PlanProject;
}

namespace app {

// Edit ▸ Snapping options: which layers the editing tools snap to (every vector layer shown,
// or those ticked), within how many pixels, and to vertices, segments or both.
class SnappingOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    SnappingOptionsDialog(const core::PlanProject &project, QWidget *parent = nullptr);

    void setSettings(const core::SnappingSettings &settings);
    core::SnappingSettings settings() const;

private:
    void updateEnabled();

    QCheckBox *mAllVisible;
    QListWidget *mLayers;
    QDoubleSpinBox *mTolerance;
    QCheckBox *mVertices;
    QCheckBox *mSegments;
};

} // namespace app
