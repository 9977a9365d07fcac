#include "layerediting.h"

#include "conflictresolution.h"
#include "data/qgisstylewriter.h"
#include "data/vectordataset.h"
#include "editjournal.h"
#include "editsession.h"
#include "geometry/validity.h"
#include "layer/extentfeaturesource.h"
#include "postgis/pgeditwriter.h"
#include "postgis/pgfeaturelocks.h"
#include "postgis/pgsql.h"
#include "postgis/pgversioning.h"
#include "project/planproject.h"

#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalBlocker>
#include <QStandardPaths>

namespace core {

namespace {

// Long enough not to write on every step of a drag, short enough that a crash loses little.
constexpr int kJournalDelayMs = 2000;

} // namespace

LayerEditing::LayerEditing(PlanProject *project, QObject *parent)
    : QObject(parent)
    , mProject(project)
{
    mJournalTimer.setSingleShot(true);
    mJournalTimer.setInterval(kJournalDelayMs);
    connect(&mJournalTimer, &QTimer::timeout, this, &LayerEditing::flushJournals);
}

LayerEditing::~LayerEditing()
{
    flushJournals(); // edits not saved survive the window closing as well as a crash
    // The sessions' stacks announce their end; whoever listens may be going too.
    const QSignalBlocker silence(this);
    mSessions.clear();
}

EditSession *LayerEditing::start(const QString &layerId, QString *error)
{
    if (EditSession *running = session(layerId))
        return running;
    const gis::VectorLayer *layer = mProject->layer(layerId);
    if (!layer) {
        *error = tr("The project has no vector layer “%1”.").arg(layerId);
        return nullptr;
    }
    if (layer->isAwaitingFeatures()) { // a database layer shown before its full read arrived
        *error = tr("%1 cannot be edited yet: its features are still being read; try again in a "
                    "moment.")
                     .arg(layer->title());
        return nullptr;
    }
    if (const auto reason = gis::EditWriter::prepareForEditing(layer->source())) {
        *error = tr("%1 cannot be edited: %2").arg(layer->title(), *reason);
        return nullptr;
    }
    if (!readVersions(layerId, error))
        return nullptr;
    auto session = std::make_unique<EditSession>(layerId, layer->projectionCache()->source());
    EditSession *started = session.get();
    const auto changed = [this, layerId] {
        showEdits(layerId);
        scheduleJournal(layerId);
    };
    for (auto signal :
         {&EditSession::geometryChanged, &EditSession::featureAdded, &EditSession::featureRemoved})
        connect(started, signal, this, changed);
    connect(started, &EditSession::attributeChanged, this, changed);
    connect(started, &EditSession::editsReplaced, this, changed);
    connect(started->undoStack(), &QUndoStack::cleanChanged, this,
            [this, layerId] { emit modifiedChanged(layerId); });
    if (mLockFeatures && gis::postgis::isPostgisDataset(layer->source().dataset)) {
        auto locks = gis::postgis::PgFeatureLocks::open(layer->source(), error);
        if (!locks)
            return nullptr;
        mLocks[layerId] = std::move(locks);
        const auto guard = [this, layerId](qint64 id) {
            guardLock(layerId, id);
        };
        connect(started, &EditSession::geometryChanged, this, guard);
        connect(started, &EditSession::featureRemoved, this, guard);
        connect(started, &EditSession::attributeChanged, this, guard);
    }
    mSessions.emplace(layerId, std::move(session));
    emit editingChanged(layerId);
    return started;
}

EditSession *LayerEditing::session(const QString &layerId) const
{
    const auto found = mSessions.find(layerId);
    return found == mSessions.end() ? nullptr : found->second.get();
}

bool LayerEditing::hasUnsavedEdits() const
{
    return std::any_of(mSessions.begin(), mSessions.end(),
                       [](const auto &entry) { return entry.second->isModified(); });
}

QStringList LayerEditing::editedLayers() const
{
    QStringList layers;
    for (const auto &[id, session] : mSessions)
        layers.push_back(id);
    return layers;
}

bool LayerEditing::save(const QString &layerId, const gis::EditAuthor &author, QString *error)
{
    std::optional<SaveJob> job = prepareSave(layerId, author, error);
    if (!job)
        return false;
    job->run();
    return finishSave(*job, error);
}

std::optional<SaveJob> LayerEditing::prepareSave(const QString &layerId,
                                                 const gis::EditAuthor &author, QString *error)
{
    const EditSession *edited = session(layerId);
    const gis::VectorLayer *layer = mProject->layer(layerId);
    if (!edited || !layer) {
        *error = tr("“%1” is not being edited.").arg(layerId);
        return std::nullopt;
    }
    QStringList refused;
    for (const gis::PartitionProblem &problem : invalidEdits(layerId)) {
        if (!mAllowedInvalid[layerId].count(problem.features.front()))
            refused << tr("feature %1: %2").arg(problem.features.front()).arg(problem.reason);
    }
    if (!refused.isEmpty()) {
        *error = tr("%1 was not saved: some edited features are not valid geometries (fix them, "
                    "or allow each one explicitly):\n%2")
                     .arg(layer->title(), refused.join(u'\n'));
        return std::nullopt;
    }
    // A GeoPackage saved by planmap opens in QGIS as planmap draws it.
    QString qgisStyle =
        gis::QgisStyleWriter::qml(layer->style(), layer->labels(), edited->base().kind);
    return SaveJob(layerId, edited->revision(), layer->source(), edited->sharedBase(),
                   edited->buffer(), author, std::move(qgisStyle));
}

bool LayerEditing::finishSave(const SaveJob &job, QString *error)
{
    const QString &layerId = job.layerId();
    EditSession *edited = session(layerId);
    const gis::VectorLayer *layer = mProject->layer(layerId);
    if (!edited || !layer || edited->revision() != job.sessionRevision() || !job.hasRun()) {
        // Only reachable by a caller that let the session change while its save ran.
        *error = tr("The save of “%1” no longer matches its edits; save again.").arg(layerId);
        return false;
    }
    if (!job.result()) {
        *error = job.error();
        return false; // the session keeps every edit, and the journal too
    }
    const gis::EditSaveResult &result = *job.result();
    // The written features (added ones under the ids the source gave them, a shapefile's
    // renumbered ones under their new ids) are the new base; refused ones keep their edits.
    ConflictResolution::State after =
        ConflictResolution::afterSave(edited->base(), edited->buffer(), result);
    edited->replace(std::move(after.base), std::move(after.edits));
    edited->setConflicts(result.conflicts);
    mJournalDue.removeAll(layerId);
    releaseUnneededLocks(layerId);
    if (auto source = layer->extentSource())
        source->clearCache(); // the next frames ask the server for what was just written
    if (result.conflicts.empty()) {
        mAllowedInvalid.erase(layerId);
        QFile::remove(journalPath(layerId));
        emit editingChanged(layerId);
        return true;
    }
    writeJournal(layerId); // the refused edits survive a crash before the planner chooses
    *error = conflictMessage(layer->title(), result.conflicts);
    emit editingChanged(layerId);
    emit conflictsFound(layerId);
    return false;
}

QString LayerEditing::conflictMessage(const QString &layerTitle,
                                      const std::vector<gis::SaveConflict> &conflicts) const
{
    QStringList conflicting;
    for (const gis::SaveConflict &conflict : conflicts) {
        const QString feature =
            conflict.featureName.isEmpty()
                ? tr("feature %1").arg(conflict.featureId)
                : tr("feature %1 “%2”").arg(conflict.featureId).arg(conflict.featureName);
        conflicting << (conflict.theirsDeleted() ? tr("%1 (someone else deleted it)").arg(feature)
                                                 : tr("%1 (someone else changed it)").arg(feature));
    }
    return tr("%1: %n feature(s) changed by someone else since you read them were not saved, "
              "and nothing of theirs was overwritten:\n%2\nChoose “Keep mine” or “Keep "
              "theirs” for each, then save again. Your other edits were saved.",
              nullptr, int(conflicting.size()))
        .arg(layerTitle, conflicting.join(u'\n'));
}

const gis::postgis::PgFeatureLocks *LayerEditing::featureLocks(const QString &layerId) const
{
    const auto found = mLocks.find(layerId);
    return found == mLocks.end() ? nullptr : found->second.get();
}

// After the change: a feature someone else locked gets its edit undone, once the command that
// made it has finished (undoing inside its redo would break the stack).
void LayerEditing::guardLock(const QString &layerId, qint64 featureId)
{
    EditSession *edited = session(layerId);
    const auto locks = mLocks.find(layerId);
    if (featureId < 0 || !edited || locks == mLocks.end() || mRefusing.count(layerId))
        return;
    const auto feature = gis::EditBuffer{}.feature(edited->base(), featureId); // as read
    const QString name =
        feature ? gis::postgis::PgEditWriter::featureName(edited->base().fields, *feature)
                : QString();
    const QString label = name.isEmpty() ? tr("Feature %1").arg(featureId)
                                         : tr("Feature %1 “%2”").arg(featureId).arg(name);
    QString why;
    if (locks->second->lock(featureId, label, &why) ==
        gis::postgis::PgFeatureLocks::Outcome::Locked)
        return;
    mRefusing.insert(layerId);
    QTimer::singleShot(0, this, [this, layerId, why] {
        if (EditSession *refused = session(layerId))
            refused->undoStack()->undo();
        mRefusing.erase(layerId);
        emit editRefused(layerId, why);
    });
}

void LayerEditing::releaseUnneededLocks(const QString &layerId)
{
    const auto locks = mLocks.find(layerId);
    const EditSession *edited = session(layerId);
    if (locks == mLocks.end() || !edited)
        return;
    const gis::EditBuffer &edits = edited->buffer();
    for (qint64 id : std::set<qint64>(locks->second->held())) {
        if (!edits.changedGeometries().count(id) && !edits.changedAttributes().count(id) &&
            !edits.isDeleted(id))
            locks->second->release(id);
    }
}

bool LayerEditing::keepMine(const QString &layerId, qint64 featureId)
{
    return resolve(layerId, featureId, true);
}

bool LayerEditing::keepTheirs(const QString &layerId, qint64 featureId)
{
    return resolve(layerId, featureId, false);
}

void LayerEditing::keepMineForAll(const QString &layerId)
{
    if (const EditSession *edited = session(layerId)) {
        for (const gis::SaveConflict &conflict : std::vector(edited->conflicts()))
            resolve(layerId, conflict.featureId, true);
    }
}

void LayerEditing::keepTheirsForAll(const QString &layerId)
{
    if (const EditSession *edited = session(layerId)) {
        for (const gis::SaveConflict &conflict : std::vector(edited->conflicts()))
            resolve(layerId, conflict.featureId, false);
    }
}

bool LayerEditing::resolve(const QString &layerId, qint64 featureId, bool keepMine)
{
    EditSession *edited = session(layerId);
    const gis::SaveConflict *found = edited ? edited->conflict(featureId) : nullptr;
    if (!found)
        return false;
    const gis::SaveConflict conflict = *found;
    ConflictResolution::State after =
        keepMine ? ConflictResolution::keepMine(edited->base(), edited->buffer(), conflict)
                 : ConflictResolution::keepTheirs(edited->base(), edited->buffer(), conflict);
    std::vector<gis::SaveConflict> left;
    for (const gis::SaveConflict &other : edited->conflicts()) {
        if (other.featureId != featureId)
            left.push_back(other);
    }
    edited->replace(std::move(after.base), std::move(after.edits));
    edited->setConflicts(std::move(left));
    writeJournal(layerId);
    emit modifiedChanged(layerId);
    return true;
}

bool LayerEditing::readVersions(const QString &layerId, QString *error)
{
    const gis::VectorLayer *layer = mProject->layer(layerId);
    if (!gis::postgis::isPostgisDataset(layer->source().dataset) ||
        layer->features().fieldIndex(QLatin1String(gis::postgis::PgVersioning::column)) >= 0)
        return true;
    QString reason;
    const auto dataset = gis::VectorDataset::open(layer->source().dataset, &reason);
    auto features = dataset ? dataset->readLayer(layer->source().layerName, &reason) : std::nullopt;
    if (!features) {
        *error = tr("%1 cannot be edited: its features could not be read again with their "
                    "versions: %2")
                     .arg(layer->title(), reason);
        return false;
    }
    mProject->replaceLayerFeatures(layerId,
                                   std::make_shared<gis::FeatureCollection>(std::move(*features)));
    return true;
}

std::map<qint64, qint64> LayerEditing::baseVersions(const EditSession &session) const
{
    std::map<qint64, qint64> versions;
    const gis::FeatureCollection &base = session.base();
    const int field = base.fieldIndex(QLatin1String(gis::postgis::PgVersioning::column));
    if (field < 0)
        return versions;
    std::set<qint64> touched(session.buffer().deletedFeatures());
    for (const auto &[id, geometry] : session.buffer().changedGeometries())
        touched.insert(id);
    for (const auto &[id, values] : session.buffer().changedAttributes())
        touched.insert(id);
    for (const gis::Feature &feature : base.features) {
        if (touched.count(feature.id))
            versions[feature.id] = feature.attributes.value(field).toLongLong();
    }
    return versions;
}

void LayerEditing::allowInvalid(const QString &layerId, qint64 featureId)
{
    mAllowedInvalid[layerId].insert(featureId);
}

bool LayerEditing::isInvalidAllowed(const QString &layerId, qint64 featureId) const
{
    const auto allowed = mAllowedInvalid.find(layerId);
    return allowed != mAllowedInvalid.end() && allowed->second.count(featureId) > 0;
}

std::vector<gis::PartitionProblem> LayerEditing::invalidEdits(const QString &layerId) const
{
    const EditSession *edited = session(layerId);
    if (!edited)
        return {};
    std::set<qint64> touched;
    for (const auto &[id, geometry] : edited->buffer().changedGeometries())
        touched.insert(id);
    for (const auto &[id, feature] : edited->buffer().addedFeatures())
        touched.insert(id);
    std::vector<gis::PartitionProblem> invalid;
    for (qint64 id : touched) {
        std::optional<gis::Geometry> geometry = edited->geometry(id);
        if (!geometry)
            continue; // deleted since
        // Ring orientation is a file's convention (shapefiles wind the other way), not a
        // planning error: a shape that is valid once its rings are turned is saved.
        auto *polygons = std::get_if<gis::MultiPolygon>(&*geometry);
        if (polygons)
            boost::geometry::correct(*polygons);
        const gis::Validity validity = gis::checkValidity(*geometry);
        if (!validity.valid)
            invalid.push_back({gis::PartitionProblemKind::Invalid,
                               {id},
                               validity.reason,
                               polygons ? *polygons : gis::MultiPolygon{}});
    }
    return invalid;
}

void LayerEditing::discard(const QString &layerId)
{
    EditSession *edited = session(layerId);
    if (!edited)
        return;
    mProject->replaceLayerFeatures(layerId,
                                   std::make_shared<gis::FeatureCollection>(edited->base()));
    end(layerId);
}

void LayerEditing::end(const QString &layerId)
{
    if (const auto locks = mLocks.find(layerId); locks != mLocks.end()) {
        locks->second->releaseAll(); // at once, rather than when the server sees the connection go
        mLocks.erase(locks);
    }
    mJournalDue.removeAll(layerId);
    QFile::remove(journalPath(layerId));
    mSessions.erase(layerId);
    mAllowedInvalid.erase(layerId);
    emit editingChanged(layerId);
}

QString LayerEditing::journalPath(const QString &layerId) const
{
    const QString project = mProject->filePath();
    QString folder = mJournalFolder;
    if (folder.isEmpty())
        folder = project.isEmpty()
                     ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/journals")
                     : QFileInfo(project).absolutePath();
    const QString stem =
        project.isEmpty() ? QStringLiteral("unsaved-project") : QFileInfo(project).fileName();
    return QDir(folder).filePath(QStringLiteral("%1.%2.journal").arg(stem, layerId));
}

QStringList LayerEditing::layersWithJournals() const
{
    QStringList layers;
    for (const auto &layer : mProject->layers()) {
        if (QFileInfo::exists(journalPath(layer->id())))
            layers.push_back(layer->id());
    }
    return layers;
}

bool LayerEditing::restoreJournal(const QString &layerId, QString *error)
{
    const gis::VectorLayer *layer = mProject->layer(layerId);
    if (!layer) {
        *error = tr("The project has no vector layer “%1”.").arg(layerId);
        return false;
    }
    const auto entry = EditJournal::read(journalPath(layerId), layer->features().fields, error);
    if (!entry)
        return false;
    EditSession *restored = start(layerId, error);
    if (!restored)
        return false;
    if (entry->baseVersions.empty()) {
        restored->restoreEdits(entry->edits);
    } else {
        // The edits were made on the versions the journal names: a save must compare with
        // those, not with what the server holds now, or a colleague's later edit would be
        // overwritten unseen.
        auto base = gis::EditBuffer{}.applied(restored->base());
        const int field = base->fieldIndex(QLatin1String(gis::postgis::PgVersioning::column));
        for (gis::Feature &feature : base->features) {
            const auto version = entry->baseVersions.find(feature.id);
            if (field >= 0 && version != entry->baseVersions.end())
                feature.attributes[field] = version->second;
        }
        restored->replace(std::move(base), entry->edits);
    }
    emit modifiedChanged(layerId);
    return true;
}

void LayerEditing::showEdits(const QString &layerId)
{
    if (EditSession *edited = session(layerId))
        mProject->replaceLayerFeatures(layerId, edited->editedFeatures());
}

void LayerEditing::scheduleJournal(const QString &layerId)
{
    if (!mJournalDue.contains(layerId))
        mJournalDue.push_back(layerId);
    if (!mJournalTimer.isActive())
        mJournalTimer.start();
}

void LayerEditing::flushJournals()
{
    mJournalTimer.stop();
    for (const QString &layerId : std::exchange(mJournalDue, {}))
        writeJournal(layerId);
}

void LayerEditing::writeJournal(const QString &layerId)
{
    EditSession *edited = session(layerId);
    if (!edited)
        return;
    const QString path = journalPath(layerId);
    if (!edited->isModified()) {
        QFile::remove(path); // everything undone: nothing to offer back
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    if (!EditJournal::write(path, layerId, edited->buffer(), &error, baseVersions(*edited)))
        emit journalFailed(error);
}

} // namespace core
