#pragma once

#include "conflictsdock.h"

#include "geometry/geometry.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMainWindow;

namespace core {
class EditSession;
class PlanProject;
} // namespace core

namespace app {

class ConflictOverlay;
class EditingActions;
class MapCanvas;

// When a save meets features someone else changed or deleted: the Conflicts dock lists them,
// the map shows both versions of the chosen one (ConflictOverlay) and zooms to it, and the
// planner's choices (Keep mine, Keep theirs, for one or all) go to core::LayerEditing; Save
// again saves through the Edit menu's own action.
class ConflictReview : public QObject
{
    Q_OBJECT
public:
    ConflictReview(QMainWindow *window, EditingActions *actions, MapCanvas *canvas);

    // After EditingActions::setProject: follows that project's edit sessions.
    void setProject(core::PlanProject *project);
    // Shows the layer's conflicts (a save just met them).
    void review(const QString &layerId);

    ConflictsDock *dock() const { return mDock; }
    ConflictOverlay *overlay() const { return mOverlay; }
    QString layerId() const { return mLayerId; }

private:
    core::EditSession *session() const;
    void refresh();
    std::vector<ConflictRow> rows() const;
    void showVersions(qint64 featureId);
    void zoomTo(qint64 featureId);
    // The two versions of the feature in the map's CRS (nothing for a side that deleted it).
    std::pair<std::optional<gis::Geometry>, std::optional<gis::Geometry>>
    versions(qint64 featureId) const;
    std::optional<gis::Geometry> inMapCrs(gis::Geometry geometry) const;

    QMainWindow *mWindow;
    EditingActions *mActions;
    QPointer<MapCanvas> mCanvas;
    ConflictsDock *mDock;
    ConflictOverlay *mOverlay;
    QPointer<core::PlanProject> mProject;
    QString mLayerId;
    QPointer<core::EditSession> mFollowed;
};

} // namespace app
