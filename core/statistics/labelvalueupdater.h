#pragma once

#include <QObject>

namespace core {

class PlanProject;

// Keeps the figures that labels show after a feature's name (LabelSettings::valueKey) in step
// with the statistics: when figures are recomputed, when a layer's labels change and when the
// label language changes. It tells the project that the map must be drawn again without
// marking the project modified, as nothing a project file keeps has changed.
class LabelValueUpdater : public QObject
{
    Q_OBJECT
public:
    explicit LabelValueUpdater(PlanProject *project);

    void updateAll();
    // True when the layer's label values changed.
    bool update(const QString &layerId);

private:
    PlanProject *mProject;
};

} // namespace core
