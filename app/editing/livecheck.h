#pragma once

#include "geometry/geometry.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <map>
#include <memory>

class QAction;
class QMainWindow;

namespace core {
class EditImpact;
class EditSession;
class EditValidator;
class PlanProject;
} // namespace core

namespace app {

class EditingActions;
class IdentifyDock;
class MapCanvas;
class MapTool;
class StatisticsDock;
class ValidationDock;
class ValidationOverlay;
class VertexTool;

// What the planner sees of an edit while making it: the validation problems of every edited
// layer on the map and in the Validation dock (kept current by a core::EditValidator per
// session), the Edit menu's "Zones form a partition" switch per layer (kept in the project), and
// the figures of the zones being dragged or edited against their saved state in the identify and
// statistics docks (core::EditImpact), at most once per displayed frame.
class LiveCheck : public QObject
{
    Q_OBJECT
public:
    LiveCheck(QMainWindow *window, EditingActions *actions, MapCanvas *canvas,
              IdentifyDock *identify, StatisticsDock *statistics);
    ~LiveCheck() override;

    // After EditingActions::setProject: follows that project's edit sessions.
    void setProject(core::PlanProject *project);

    ValidationDock *dock() const { return mDock; }
    ValidationOverlay *overlay() const { return mOverlay; }
    QAction *partitionAction() const { return mPartitionAction; }
    core::EditValidator *validator(const QString &layerId) const;
    // Whether the layer's zones are to tile its plan area (the planner's switch; kept while
    // the project is open).
    bool isPartition(const QString &layerId) const;
    void setPartition(const QString &layerId, bool partition);

    // Frame interval: tentative geometries are turned into figures at most this often (less
    // often when computing them takes longer).
    static constexpr int impactIntervalMs = 16;

private:
    void followSession(const QString &layerId);
    void refreshProblems();
    void onToolChanged(MapTool *tool);
    void onTentativeGeometry(qint64 feature, const gis::Geometry &geometry);
    void scheduleImpacts();
    void showImpacts();
    void refreshPartitionAction();
    QString currentLayer() const;

    EditingActions *mActions;
    QPointer<MapCanvas> mCanvas;
    IdentifyDock *mIdentify;
    StatisticsDock *mStatistics;
    ValidationDock *mDock;
    ValidationOverlay *mOverlay;
    QAction *mPartitionAction;
    QPointer<core::PlanProject> mProject;
    QPointer<VertexTool> mVertexTool; // the tool whose drag the figures follow
    std::map<QString, QPointer<core::EditValidator>> mValidators;
    // The zones being dragged, as dragged, in the dragging tool's session.
    QPointer<core::EditSession> mTentativeSession;
    std::map<qint64, gis::Geometry> mTentative;
    QTimer mImpactTimer;
    // By layer: they keep the zones' saved figures until the statistics change.
    std::map<QString, std::unique_ptr<core::EditImpact>> mImpacts;
};

} // namespace app
