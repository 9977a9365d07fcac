#include "conflictreview.h"

#include "conflictoverlay.h"
#include "editingactions.h"

#include "canvas/mapcanvas.h"

#include "crs/coordinatetransform.h"
#include "editing/editsession.h"
#include "editing/layerediting.h"
#include "geometry/wkb.h"
#include "postgis/pgeditwriter.h"
#include "postgis/pgversioning.h"
#include "project/planproject.h"

#include <QMainWindow>
#include <QMenu>

#include <boost/geometry/algorithms/expand.hpp>

namespace app {

namespace {

std::optional<std::size_t> indexOf(const gis::FeatureCollection &features, qint64 id)
{
    for (std::size_t i = 0; i < features.features.size(); ++i) {
        if (features.features[i].id == id)
            return i;
    }
    return std::nullopt;
}

// "its shape, name": what differs between the feature as read and another state of it.
QStringList changedParts(const gis::FeatureCollection &base, std::size_t index,
                         const gis::Feature &other)
{
    QStringList parts;
    if (gis::toWkb(base.geometry(index)) != gis::toWkb(other.geometry))
        parts << ConflictReview::tr("its shape");
    const gis::Feature &read = base.features[index];
    for (int field = 0; field < base.fields.size(); ++field) {
        if (base.fields[field].name == QLatin1String(gis::postgis::PgVersioning::column))
            continue;
        if (read.attributes.value(field) != other.attributes.value(field))
            parts << base.fields[field].name;
    }
    return parts;
}

QString didText(const QStringList &parts)
{
    return parts.isEmpty() ? ConflictReview::tr("changed it")
                           : ConflictReview::tr("changed %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace

ConflictReview::ConflictReview(QMainWindow *window, EditingActions *actions, MapCanvas *canvas)
    : QObject(window)
    , mWindow(window)
    , mActions(actions)
    , mCanvas(canvas)
    , mDock(new ConflictsDock(window))
    , mOverlay(new ConflictOverlay(this))
{
    window->addDockWidget(Qt::RightDockWidgetArea, mDock);
    mDock->hide(); // shown when a save meets conflicts
    canvas->addOverlay(mOverlay);
    actions->menu()->addAction(mDock->toggleViewAction());
    const auto choose = [this](bool mine) {
        return [this, mine](qint64 featureId) {
            if (core::LayerEditing *editing = mActions->editing())
                mine ? editing->keepMine(mLayerId, featureId)
                     : editing->keepTheirs(mLayerId, featureId);
        };
    };
    connect(mDock, &ConflictsDock::keepMineRequested, this, choose(true));
    connect(mDock, &ConflictsDock::keepTheirsRequested, this, choose(false));
    connect(mDock, &ConflictsDock::keepAllMineRequested, this, [this] {
        if (core::LayerEditing *editing = mActions->editing())
            editing->keepMineForAll(mLayerId);
    });
    connect(mDock, &ConflictsDock::keepAllTheirsRequested, this, [this] {
        if (core::LayerEditing *editing = mActions->editing())
            editing->keepTheirsForAll(mLayerId);
    });
    connect(mDock, &ConflictsDock::saveRequested, this, [this] {
        if (!mLayerId.isEmpty())
            mActions->saveEdits(mLayerId);
    });
    connect(mDock, &ConflictsDock::currentFeatureChanged, this, &ConflictReview::showVersions);
    connect(mDock, &ConflictsDock::zoomRequested, this, &ConflictReview::zoomTo);
}

void ConflictReview::setProject(core::PlanProject *project)
{
    mProject = project;
    mLayerId.clear();
    mFollowed = nullptr;
    refresh();
    core::LayerEditing *editing = mActions->editing();
    if (!project || !editing)
        return;
    connect(editing, &core::LayerEditing::conflictsFound, this, &ConflictReview::review);
    connect(editing, &core::LayerEditing::editingChanged, this, [this](const QString &layerId) {
        if (layerId == mLayerId)
            refresh(); // saved, or discarded: the list follows
    });
}

void ConflictReview::review(const QString &layerId)
{
    mLayerId = layerId;
    refresh();
    mDock->show();
    mDock->raise();
    // Room for the explanation, the list and the buttons beside the other docks.
    mWindow->resizeDocks({mDock}, {qMax(mDock->height(), mDock->sizeHint().height() + 120)},
                         Qt::Vertical);
    zoomTo(mDock->currentFeature());
}

core::EditSession *ConflictReview::session() const
{
    core::LayerEditing *editing = mActions->editing();
    return editing && !mLayerId.isEmpty() ? editing->session(mLayerId) : nullptr;
}

void ConflictReview::refresh()
{
    core::EditSession *current = session();
    if (current != mFollowed) {
        if (mFollowed)
            mFollowed->disconnect(this);
        mFollowed = current;
        if (current)
            connect(current, &core::EditSession::conflictsChanged, this, &ConflictReview::refresh);
    }
    const gis::VectorLayer *layer = mProject && current ? mProject->layer(mLayerId) : nullptr;
    mDock->setRows(layer ? layer->title() : QString(), rows());
    if (mDock->rows().empty()) {
        mOverlay->clear();
        if (!current || !current->isModified())
            mDock->hide(); // saved or discarded: nothing left to choose or to save
    }
    if (mCanvas)
        mCanvas->update();
}

std::vector<ConflictRow> ConflictReview::rows() const
{
    std::vector<ConflictRow> rows;
    const core::EditSession *current = session();
    if (!current)
        return rows;
    const gis::FeatureCollection &base = current->base();
    for (const gis::SaveConflict &conflict : current->conflicts()) {
        ConflictRow row;
        row.featureId = conflict.featureId;
        row.feature =
            conflict.featureName.isEmpty()
                ? tr("#%1").arg(conflict.featureId)
                : tr("%1 (#%2)").arg(conflict.featureName, QString::number(conflict.featureId));
        const auto index = indexOf(base, conflict.featureId);
        if (conflict.theirsDeleted())
            row.theirs = tr("deleted it");
        else
            row.theirs = tr("%1 (version %2)")
                             .arg(index ? didText(changedParts(base, *index, *conflict.theirs))
                                        : tr("changed it"),
                                  QString::number(conflict.theirVersion));
        const std::optional<gis::Feature> mine = current->feature(conflict.featureId);
        if (!mine)
            row.mine = tr("deleted it");
        else
            row.mine = index ? didText(changedParts(base, *index, *mine)) : tr("changed it");
        rows.push_back(std::move(row));
    }
    return rows;
}

std::optional<gis::Geometry> ConflictReview::inMapCrs(gis::Geometry geometry) const
{
    const gis::VectorLayer *layer = mProject ? mProject->layer(mLayerId) : nullptr;
    if (!layer)
        return std::nullopt;
    const gis::CoordinateTransform toMap(layer->features().crs, mProject->crs());
    if (!toMap.isValid() || !toMap.transformInPlace(geometry))
        return std::nullopt;
    return geometry;
}

std::pair<std::optional<gis::Geometry>, std::optional<gis::Geometry>>
ConflictReview::versions(qint64 featureId) const
{
    const core::EditSession *current = session();
    const gis::SaveConflict *conflict = current ? current->conflict(featureId) : nullptr;
    if (!conflict)
        return {};
    std::optional<gis::Geometry> theirs, mine;
    if (conflict->theirs)
        theirs = inMapCrs(conflict->theirs->geometry);
    if (const auto edited = current->geometry(featureId))
        mine = inMapCrs(*edited);
    return {std::move(theirs), std::move(mine)};
}

void ConflictReview::showVersions(qint64 featureId)
{
    auto [theirs, mine] = versions(featureId);
    mOverlay->setVersions(std::move(theirs), std::move(mine));
    if (mCanvas)
        mCanvas->update();
}

void ConflictReview::zoomTo(qint64 featureId)
{
    const auto [theirs, mine] = versions(featureId);
    std::optional<gis::Box> box;
    for (const auto &geometry : {theirs, mine}) {
        if (!geometry)
            continue;
        const gis::Box part = gis::envelope(*geometry);
        if (!box)
            box = part;
        else
            boost::geometry::expand(*box, part);
    }
    if (!box || !mCanvas)
        return;
    // Room around the feature, so its neighbours show what the choice means.
    const double dx = (box->max_corner().x() - box->min_corner().x()) * 0.6 + 1e-9;
    const double dy = (box->max_corner().y() - box->min_corner().y()) * 0.6 + 1e-9;
    mCanvas->zoomToBox({{box->min_corner().x() - dx, box->min_corner().y() - dy},
                        {box->max_corner().x() + dx, box->max_corner().y() + dy}});
}

} // namespace app
