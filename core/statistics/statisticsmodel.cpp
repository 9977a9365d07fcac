#include "statisticsmodel.h"

#include "derivedindicators.h"

#include "project/planproject.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace core {

StatisticsModel::StatisticsModel(PlanProject *project, StatisticsTable userFigures,
                                 StatisticsSettings settings)
    : QObject(project)
    , mProject(project)
    , mUser(std::move(userFigures))
    , mSettings(std::move(settings))
{
    if (const auto table = project->statistics())
        mBundled = StatisticsTable::fromLongFormTable(*table);
    mImported = mBundled.withRows(mUser.rows());
    const auto recomputeNow = [this] {
        recompute();
    };
    connect(project, &PlanProject::layerDataChanged, this, recomputeNow);
    connect(project, &PlanProject::layerAdded, this, recomputeNow);
    connect(project, &PlanProject::layerRemoved, this, [this](const QString &id) {
        forgetLayer(id);
        recompute();
    });
    connect(&mMeasurer, &QFutureWatcher<QVector<MeasuredLayer>>::finished, this,
            &StatisticsModel::takeMeasurements);
    recompute();
}

void StatisticsModel::addImported(const StatisticsTable &figures)
{
    QSet<QString> replaced;
    for (const Indicator &figure : figures.rows())
        replaced.insert(StatisticsTable::identityOf(figure));
    QVector<Indicator> kept;
    for (const Indicator &old : mUser.rows()) {
        if (!replaced.contains(StatisticsTable::identityOf(old)))
            kept.push_back(old);
    }
    setUserFigures(StatisticsTable(kept).withRows(figures.rows()));
}

void StatisticsModel::removeImported(const QString &layerId)
{
    setUserFigures(mUser.without(layerId));
}

void StatisticsModel::setUserFigures(StatisticsTable figures)
{
    if (figures == mUser)
        return;
    mUser = std::move(figures);
    mImported = mBundled.withRows(mUser.rows());
    emit importedChanged();
    recompute();
}

StatisticsJoin StatisticsModel::joinFor(const QString &layerId) const
{
    return StatisticsJoin(layerId, mSettings.keyFields.value(layerId));
}

void StatisticsModel::setKeyField(const QString &layerId, const QString &keyField)
{
    // The usual field is not stored, so that a file keeps only what a planner chose.
    const bool usual = keyField.isEmpty() || keyField == StatisticsJoin::defaultKeyField(layerId);
    if (usual ? !mSettings.keyFields.contains(layerId)
              : mSettings.keyFields.value(layerId) == keyField)
        return;
    if (usual)
        mSettings.keyFields.remove(layerId);
    else
        mSettings.keyFields.insert(layerId, keyField);
    settingsDone();
}

void StatisticsModel::addSpatialJoin(const SpatialJoinRequest &request)
{
    if (mSettings.spatialJoins.contains(request))
        return;
    mSettings.spatialJoins.removeIf([&](const SpatialJoinRequest &old) {
        return old.zoneLayerId == request.zoneLayerId && old.name == request.name;
    });
    mSettings.spatialJoins.push_back(request);
    settingsDone();
}

bool StatisticsModel::removeSpatialJoin(const QString &zoneLayerId, const QString &name)
{
    if (!mSettings.spatialJoins.removeIf([&](const SpatialJoinRequest &join) {
            return join.zoneLayerId == zoneLayerId && join.name == name;
        }))
        return false;
    settingsDone();
    return true;
}

void StatisticsModel::addShareGroup(const ShareGroup &group)
{
    if (mSettings.shareGroups.contains(group))
        return;
    mSettings.shareGroups.removeIf([&](const ShareGroup &old) {
        return old.layerId == group.layerId && old.name == group.name;
    });
    mSettings.shareGroups.push_back(group);
    settingsDone();
}

bool StatisticsModel::removeShareGroup(const QString &layerId, const QString &name)
{
    if (!mSettings.shareGroups.removeIf([&](const ShareGroup &group) {
            return group.layerId == layerId && group.name == name;
        }))
        return false;
    settingsDone();
    return true;
}

void StatisticsModel::settingsDone()
{
    emit settingsChanged();
    recompute();
}

// What named a removed layer would name nothing, or another layer given its id later.
void StatisticsModel::forgetLayer(const QString &layerId)
{
    const StatisticsSettings before = mSettings;
    mSettings.keyFields.remove(layerId);
    mSettings.spatialJoins.removeIf([&](const SpatialJoinRequest &join) {
        return join.zoneLayerId == layerId || join.pointLayerId == layerId;
    });
    mSettings.shareGroups.removeIf(
        [&](const ShareGroup &group) { return group.layerId == layerId; });
    if (mSettings != before)
        emit settingsChanged();
}

QStringList StatisticsModel::joinableLayerIds() const
{
    QStringList ids;
    for (const auto &layer : mProject->layers()) {
        if (joinFor(layer->id()).appliesTo(layer->features()))
            ids.push_back(layer->id());
    }
    return ids;
}

QVector<JoinedFeature> StatisticsModel::joined(const QString &layerId, LabelLanguage language) const
{
    const gis::VectorLayer *layer = mProject->layer(layerId);
    if (!layer)
        return {};
    return joinFor(layerId).join(layer->features(), all(), language);
}

QVector<StatisticsModel::MeasuredLayer> StatisticsModel::staleMeasurements() const
{
    QVector<MeasuredLayer> stale;
    for (const QString &layerId : joinableLayerIds()) {
        auto source = mProject->layer(layerId)->projectionCache()->source();
        const QString keyField = joinFor(layerId).keyField();
        const auto known = mMeasured.constFind(layerId);
        if (known == mMeasured.constEnd() || known->source != source || known->keyField != keyField)
            stale.push_back({layerId, std::move(source), keyField, {}});
    }
    return stale;
}

void StatisticsModel::startMeasuring(QVector<MeasuredLayer> jobs)
{
    mMeasuring = true;
    mMeasurer.setFuture(QtConcurrent::run([jobs = std::move(jobs)]() mutable {
        for (MeasuredLayer &job : jobs)
            job.rows =
                derived::geometryIndicators(*job.source, StatisticsJoin(job.layerId, job.keyField));
        return jobs;
    }));
}

// Measurements of features that changed meanwhile are dropped; recompute() asks again.
void StatisticsModel::takeMeasurements()
{
    if (!mMeasuring || !mMeasurer.isFinished())
        return;
    mMeasuring = false;
    for (MeasuredLayer &layer : mMeasurer.result()) {
        const gis::VectorLayer *current = mProject->layer(layer.layerId);
        if (current && current->projectionCache()->source() == layer.source)
            mMeasured.insert(layer.layerId, std::move(layer));
    }
    recompute();
}

void StatisticsModel::waitForMeasurements()
{
    while (mMeasuring) {
        mMeasurer.waitForFinished();
        takeMeasurements();
    }
}

void StatisticsModel::recompute()
{
    if (!mMeasuring) {
        if (QVector<MeasuredLayer> stale = staleMeasurements(); !stale.isEmpty())
            startMeasuring(std::move(stale));
    }
    rebuildDerived();
}

void StatisticsModel::rebuildDerived()
{
    QVector<Indicator> measured;
    for (const QString &layerId : joinableLayerIds()) {
        const gis::VectorLayer *layer = mProject->layer(layerId);
        const auto known = mMeasured.constFind(layerId);
        if (known != mMeasured.constEnd() && known->source == layer->projectionCache()->source())
            measured += known->rows;
        for (const SpatialJoinRequest &request : std::as_const(mSettings.spatialJoins)) {
            const gis::VectorLayer *points = mProject->layer(request.pointLayerId);
            if (request.zoneLayerId == layerId && points)
                measured +=
                    spatialJoin(layer->features(), joinFor(layerId), points->features(), request);
        }
    }
    const StatisticsTable figures = mImported.withRows(measured);
    QVector<Indicator> rows = measured;
    rows += derived::perAreaIndicators(mImported, StatisticsTable(measured));
    for (const QString &layerId : figures.layerIds())
        rows += derived::groupShares(figures, layerId);
    for (const ShareGroup &group : std::as_const(mSettings.shareGroups))
        rows += derived::groupShares(figures, group.layerId, group.featureKeys, group.name);
    rows += derived::yearOnYearChanges(mImported);
    mDerived = StatisticsTable(std::move(rows));
    emit changed();
}

} // namespace core
