#include "livecheck.h"

#include "editingactions.h"
#include "validationoverlay.h"
#include "vertextool.h"

#include "canvas/mapcanvas.h"
#include "docks/identifydock.h"
#include "docks/statisticsdock.h"
#include "docks/validationdock.h"

#include "crs/coordinatetransform.h"
#include "editing/editimpact.h"
#include "editing/editsession.h"
#include "editing/editvalidator.h"
#include "editing/layerediting.h"
#include "geometry/geodesicmeasure.h"
#include "project/labellanguage.h"
#include "project/planproject.h"
#include "statistics/statisticsmodel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QMenu>
#include <QRegularExpression>

namespace app {

namespace {

QString zoneTitle(const core::PlanProject &project, const core::EditSession &session, qint64 id)
{
    const auto feature = session.feature(id);
    // The name in the labels' language, else a plain "name" as many sources have it.
    for (const QString &field :
         {core::nameField(project.labelLanguage()), QStringLiteral("name")}) {
        const QString name = feature ? session.base().value(*feature, field).toString() : QString();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("#%1").arg(id);
}

// Boost.Geometry names the point at fault in its reason: "… was found at (125.1, 43.9) …".
std::optional<gis::Point> faultPoint(const QString &reason)
{
    static const QRegularExpression at(QStringLiteral("at \\(([-+0-9.eE]+), ([-+0-9.eE]+)\\)"));
    const QRegularExpressionMatch match = at.match(reason);
    if (!match.hasMatch())
        return std::nullopt;
    return gis::Point(match.captured(1).toDouble(), match.captured(2).toDouble());
}

} // namespace

LiveCheck::LiveCheck(QMainWindow *window, EditingActions *actions, MapCanvas *canvas,
                     IdentifyDock *identify, StatisticsDock *statistics)
    : QObject(window)
    , mActions(actions)
    , mCanvas(canvas)
    , mIdentify(identify)
    , mStatistics(statistics)
    , mDock(new ValidationDock(window))
    , mOverlay(new ValidationOverlay(this))
    , mPartitionAction(new QAction(tr("Zones form a &partition"), this))
{
    window->addDockWidget(Qt::RightDockWidgetArea, mDock);
    mDock->hide(); // shown when editing starts
    canvas->addOverlay(mOverlay);
    mPartitionAction->setCheckable(true);
    mPartitionAction->setToolTip(tr("The zones of the edited layer tile its plan area: overlaps "
                                    "and gaps are problems"));
    connect(mPartitionAction, &QAction::triggered, this,
            [this](bool on) { setPartition(currentLayer(), on); });
    actions->menu()->addSeparator();
    actions->menu()->addAction(mPartitionAction);
    actions->menu()->addAction(mDock->toggleViewAction());
    connect(actions->menu(), &QMenu::aboutToShow, this, &LiveCheck::refreshPartitionAction);
    connect(actions, &EditingActions::toolChanged, this, &LiveCheck::onToolChanged);
    connect(mDock, &ValidationDock::zoomRequested, this, [this](const gis::Box &box) {
        if (mCanvas)
            mCanvas->zoomToBox(box);
    });
    connect(mDock, &ValidationDock::allowRequested, this,
            [this](const QString &layerId, qint64 featureId) {
                if (core::LayerEditing *editing = mActions->editing()) {
                    editing->allowInvalid(layerId, featureId);
                    refreshProblems();
                }
            });
    mImpactTimer.setSingleShot(true);
    mImpactTimer.setInterval(impactIntervalMs);
    connect(&mImpactTimer, &QTimer::timeout, this, &LiveCheck::showImpacts);
    refreshPartitionAction();
}

LiveCheck::~LiveCheck() = default;

void LiveCheck::setProject(core::PlanProject *project)
{
    mProject = project;
    mImpacts.clear();
    mValidators.clear();
    mTentative.clear();
    refreshProblems();
    showImpacts();
    refreshPartitionAction();
    core::LayerEditing *editing = mActions->editing();
    if (!project || !editing)
        return;
    connect(editing, &core::LayerEditing::editingChanged, this, &LiveCheck::followSession);
    connect(project, &core::PlanProject::crsChanged, this, &LiveCheck::refreshProblems);
    // The switch is kept with the project, so undoing a project change or opening a file
    // follows it too.
    connect(project, &core::PlanProject::partitionLayersChanged, this,
            [this](const QString &layerId) {
                if (core::EditValidator *checking = validator(layerId))
                    checking->setPartition(isPartition(layerId));
                refreshPartitionAction();
            });
    connect(project->statisticsModel(), &core::StatisticsModel::changed, this, [this] {
        mImpacts.clear();
        scheduleImpacts();
    });
    for (const QString &layerId : editing->editedLayers())
        followSession(layerId);
}

core::EditValidator *LiveCheck::validator(const QString &layerId) const
{
    const auto found = mValidators.find(layerId);
    return found == mValidators.end() ? nullptr : found->second.data();
}

void LiveCheck::setPartition(const QString &layerId, bool partition)
{
    if (layerId.isEmpty() || !mProject || !mProject->layer(layerId))
        return;
    mProject->setPartitionLayer(layerId, partition);
}

bool LiveCheck::isPartition(const QString &layerId) const
{
    return mProject && mProject->isPartitionLayer(layerId);
}

QString LiveCheck::currentLayer() const
{
    return mActions->currentLayer();
}

void LiveCheck::refreshPartitionAction()
{
    const QString layer = currentLayer();
    // Enabled whatever layer is chosen: the menu is not told of every choice in the layer panel.
    mPartitionAction->setEnabled(mProject != nullptr);
    mPartitionAction->setChecked(isPartition(layer));
}

// A session started, saved or ended: its validator is made with it and goes with it.
void LiveCheck::followSession(const QString &layerId)
{
    core::LayerEditing *editing = mActions->editing();
    core::EditSession *session = editing ? editing->session(layerId) : nullptr;
    if (session && !validator(layerId)) {
        auto *checking = new core::EditValidator(session, session);
        checking->setPartition(isPartition(layerId));
        mValidators[layerId] = checking;
        connect(checking, &core::EditValidator::problemsChanged, this, &LiveCheck::refreshProblems);
        connect(session, &core::EditSession::geometryChanged, this, [this] {
            mTentative.clear(); // the drag became an edit
            scheduleImpacts();
        });
        connect(session, &core::EditSession::editsReplaced, this, &LiveCheck::scheduleImpacts);
        mDock->show();
    } else if (!session) {
        mValidators.erase(layerId);
    }
    mImpacts.erase(layerId); // saved, or ended: the saved figures are others now
    refreshProblems();
    scheduleImpacts();
    refreshPartitionAction();
}

void LiveCheck::refreshProblems()
{
    std::vector<ValidationEntry> entries;
    core::LayerEditing *editing = mActions->editing();
    for (const auto &[layerId, checking] : mValidators) {
        const gis::VectorLayer *layer = mProject ? mProject->layer(layerId) : nullptr;
        if (!checking || !layer || !editing)
            continue;
        const gis::Crs &layerCrs = checking->session()->base().crs;
        const gis::CoordinateTransform toMap(layerCrs, mProject->crs());
        const gis::GeodesicMeasurer measurer(layerCrs);
        for (gis::PartitionProblem &problem : checking->problems()) {
            ValidationEntry entry{layerId, layer->title(), problem, problem.where, {}, {},
                                  {},      false};
            if (problem.kind != gis::PartitionProblemKind::Invalid) {
                if (const auto size = measurer.measure(gis::Geometry(problem.where)))
                    entry.areaSquareMetres = size->areaSquareMetres;
            } else {
                entry.allowed = editing->isInvalidAllowed(layerId, problem.features.front());
                if (const auto fault = faultPoint(problem.reason); fault && toMap.isValid())
                    entry.mapMarker = toMap.transform(*fault);
            }
            gis::Geometry where(entry.mapWhere);
            if (toMap.isValid() && toMap.transformInPlace(where))
                entry.mapWhere = std::get<gis::MultiPolygon>(std::move(where));
            entry.mapBox = gis::envelope(gis::Geometry(entry.mapWhere));
            entries.push_back(std::move(entry));
        }
    }
    mOverlay->setEntries(entries);
    mDock->setEntries(std::move(entries));
    if (mCanvas)
        mCanvas->update();
}

void LiveCheck::onToolChanged(MapTool *tool)
{
    mTentative.clear();
    scheduleImpacts();
    mVertexTool = qobject_cast<VertexTool *>(tool);
    if (auto *vertices = qobject_cast<VertexTool *>(tool)) {
        mTentativeSession = vertices->session();
        connect(vertices, &VertexTool::tentativeGeometry, this, &LiveCheck::onTentativeGeometry);
        // A drag released where it began makes no edit: its figures go all the same.
        connect(vertices, &VertexTool::dragFinished, this, [this] {
            mTentative.clear();
            scheduleImpacts();
        });
    }
}

void LiveCheck::onTentativeGeometry(qint64 feature, const gis::Geometry &geometry)
{
    mTentative[feature] = geometry;
    scheduleImpacts();
}

// Mouse moves come faster than frames are shown: the figures follow the latest position.
void LiveCheck::scheduleImpacts()
{
    if (!mImpactTimer.isActive())
        mImpactTimer.start();
}

// While dragging, the dragged zones as dragged; otherwise every zone edited since the save.
void LiveCheck::showImpacts()
{
    QElapsedTimer took;
    took.start();
    QVector<IdentifyDock::ZoneChange> changes;
    core::LayerEditing *editing = mActions->editing();
    const bool dragging = !mTentative.empty() && mTentativeSession;
    for (const QString &layerId : editing ? editing->editedLayers() : QStringList()) {
        const core::EditSession *session = editing->session(layerId);
        if (!mProject || !session || (dragging && session != mTentativeSession))
            continue;
        auto &impact = mImpacts[layerId];
        if (!impact)
            impact = std::make_unique<core::EditImpact>(*mProject, *session);
        std::map<qint64, gis::Geometry> zones = mTentative;
        if (!dragging) {
            for (const auto &[id, geometry] : session->buffer().changedGeometries())
                zones.emplace(id, geometry);
            for (const auto &[id, feature] : session->buffer().addedFeatures())
                zones.emplace(id, feature.geometry);
        }
        for (const auto &[id, geometry] : zones) {
            const QVector<core::ImpactFigure> figures = impact->compare(id, geometry);
            if (!figures.isEmpty())
                changes.push_back({zoneTitle(*mProject, *session, id), figures,
                                   core::EditImpact::changeText(figures)});
        }
    }
    mIdentify->showEditChanges(changes, dragging);
    QStringList lines;
    for (const IdentifyDock::ZoneChange &change : std::as_const(changes))
        lines << tr("%1: %2").arg(change.title, change.summary);
    mStatistics->showEditChanges(lines.join(u'\n'));
    if (dragging && mVertexTool)
        mVertexTool->setLiveNote(lines.join(u'\n'));
    // A zone of thousands of vertices takes longer than a frame to measure: the pointer then
    // gets as much time as the figures, and the figures come less often.
    mImpactTimer.setInterval(std::max(impactIntervalMs, int(took.elapsed())));
}

} // namespace app
