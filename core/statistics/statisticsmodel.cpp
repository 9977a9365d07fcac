#include "statisticsmodel.h"

#include "derivedindicators.h"

#include "project/planproject.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace core {

StatisticsModel::StatisticsModel(PlanProject *project, StatisticsTable userFigures)
    : QObject(project)
    , mProject(project)
    , mUser(std::move(userFigures))
{
    if (const auto table = project->statistics())
        mBundled = StatisticsTable::fromLongFormTable(*table);
    mImported = mBundled.withRows(mUser.rows());
    const auto recomputeNow = [this] {
        recompute();
    };
    connect(project, &PlanProject::layerDataChanged, this, recomputeNow);
    connect(project, &PlanProject::layerAdded, this, recomputeNow);
    connect(project, &PlanProject::layerRemoved, this, recomputeNow);
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
    return StatisticsJoin(layerId, mKeyFields.value(layerId));
}

void StatisticsModel::setKeyField(const QString &layerId, const QString &keyField)
{
    mKeyFields.insert(layerId, keyField);
    recompute();
}

void StatisticsModel::addSpatialJoin(const SpatialJoinRequest &request)
{
    if (mSpatialJoins.contains(request))
        return;
    mSpatialJoins.push_back(request);
    recompute();
}

void StatisticsModel::addShareGroup(const ShareGroup &group)
{
    if (mShareGroups.contains(group))
        return;
    mShareGroups.push_back(group);
    recompute();
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
        for (const SpatialJoinRequest &request : mSpatialJoins) {
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
    for (const ShareGroup &group : std::as_const(mShareGroups))
        rows += derived::groupShares(figures, group.layerId, group.featureKeys, group.name);
    rows += derived::yearOnYearChanges(mImported);
    mDerived = StatisticsTable(std::move(rows));
    emit changed();
}

} // namespace core
