#include "layerediting.h"

#include "data/qgisstylewriter.h"
#include "editjournal.h"
#include "editsession.h"
#include "geometry/validity.h"
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
    if (const auto reason = gis::EditWriter::whyReadOnly(layer->source())) {
        *error = tr("%1 cannot be edited: %2").arg(layer->title(), *reason);
        return nullptr;
    }
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
    EditSession *edited = session(layerId);
    const gis::VectorLayer *layer = mProject->layer(layerId);
    if (!edited || !layer) {
        *error = tr("“%1” is not being edited.").arg(layerId);
        return false;
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
        return false;
    }
    // A GeoPackage saved by planmap opens in QGIS as planmap draws it.
    const QString qgisStyle =
        gis::QgisStyleWriter::qml(layer->style(), layer->labels(), edited->base().kind);
    const auto ids = gis::EditWriter::write(layer->source(), edited->base(), edited->buffer(),
                                            author, error, qgisStyle);
    if (!ids)
        return false; // the session keeps every edit, and the journal too
    // The saved features: the edited ones, added ones (and a shapefile's renumbered ones)
    // under the ids the source gave them.
    auto saved = edited->editedFeatures();
    for (gis::Feature &feature : saved->features) {
        if (const auto given = ids->find(feature.id); given != ids->end())
            feature.id = given->second;
    }
    edited->rebase(saved);
    mAllowedInvalid.erase(layerId);
    mJournalDue.removeAll(layerId);
    QFile::remove(journalPath(layerId));
    emit editingChanged(layerId);
    return true;
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
    restored->restoreEdits(entry->edits);
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
    if (!EditJournal::write(path, layerId, edited->buffer(), &error))
        emit journalFailed(error);
}

} // namespace core
