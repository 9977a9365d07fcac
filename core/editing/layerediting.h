#pragma once

#include "data/editwriter.h"
#include "geometry/partitioncheck.h"
#include "savejob.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>
#include <set>

namespace gis::postgis {
class PgFeatureLocks;
}

namespace core {

class EditSession;
class PlanProject;

// The edit sessions of a project's layers. Editing starts only on a source that can take the
// edits safely (otherwise the reason is given); while it lasts the layer shows the edits, so
// the map, the labels and the statistics follow every change; the edits are journalled a
// moment after each change; Save writes them whole or not at all (EditWriter: one transaction,
// or copy and replace for Shapefile and GeoJSON) and Discard brings back the saved features.
class LayerEditing : public QObject
{
    Q_OBJECT
public:
    explicit LayerEditing(PlanProject *project, QObject *parent = nullptr);
    ~LayerEditing() override;

    // The layer's session, started if need be; null (and why) when the layer cannot be edited.
    EditSession *start(const QString &layerId, QString *error);
    EditSession *session(const QString &layerId) const;
    bool hasUnsavedEdits() const;
    QStringList editedLayers() const;

    // Refuses (naming each feature and why) while an edited feature is not a valid geometry,
    // unless the planner allowed that feature as it is. On PostGIS a save may write some
    // features and refuse others that someone else changed or deleted since they were read:
    // then it returns false with a message naming them, the written ones are the new base,
    // the refused ones keep their edits (buffer and journal) and are the session's conflicts
    // (EditSession::conflicts, conflictsFound) until the planner chooses for each.
    bool save(const QString &layerId, const gis::EditAuthor &author, QString *error);
    // The same save in three steps, so that the writing can run on a worker thread (a PostGIS
    // save may wait for a colleague's row lock): prepare (nothing, and why, when the edits
    // cannot be saved), SaveJob::run anywhere, then finish here, with the session unchanged
    // in between (else it refuses and the edits stay unsaved).
    std::optional<SaveJob> prepareSave(const QString &layerId, const gis::EditAuthor &author,
                                       QString *error);
    bool finishSave(const SaveJob &job, QString *error);

    // The planner's choice for a refused feature. Keep mine: the base takes their version, my
    // edit stays, and the next save writes it over theirs. Keep theirs: the base takes their
    // version and my edit of the feature goes. A choice is not an edit: it is not undone with
    // Ctrl+Z (the history starts again, as after a save) and the journal keeps the result.
    // False when the feature has no conflict.
    bool keepMine(const QString &layerId, qint64 featureId);
    bool keepTheirs(const QString &layerId, qint64 featureId);
    void keepMineForAll(const QString &layerId);
    void keepTheirsForAll(const QString &layerId);
    // The planner's explicit "save this feature even though it is invalid", until its next save.
    void allowInvalid(const QString &layerId, qint64 featureId);
    bool isInvalidAllowed(const QString &layerId, qint64 featureId) const;
    // The edited features (changed or added) that are not valid geometries, with the reasons.
    std::vector<gis::PartitionProblem> invalidEdits(const QString &layerId) const;
    void discard(const QString &layerId);

    // Advisory locks (PostGIS, off by default): each feature of a session started from now on
    // is locked when first changed; an edit of a feature a colleague locked is undone and
    // refused (editRefused, naming the feature). Locks go on save and discard, and with the
    // connection when planmap ends.
    void setLockFeatures(bool lock) { mLockFeatures = lock; }
    bool locksFeatures() const { return mLockFeatures; }
    const gis::postgis::PgFeatureLocks *featureLocks(const QString &layerId) const;

    // Where journals go: beside the project file, or this folder (tests, unsaved projects).
    void setJournalFolder(const QString &folder) { mJournalFolder = folder; }
    QString journalPath(const QString &layerId) const;
    // The layers whose journal a session that did not end left behind.
    QStringList layersWithJournals() const;
    // Starts editing the layer with its journal's edits; false (and why) when it cannot.
    bool restoreJournal(const QString &layerId, QString *error);
    // Writes every pending journal now (the timer does it a moment after each change).
    void flushJournals();

signals:
    void editingChanged(const QString &layerId); // started, saved, discarded
    void modifiedChanged(const QString &layerId);
    // The journal could not be written (a full disk, a folder that went): the edits are still
    // here and can be saved, but a crash would lose them.
    void journalFailed(const QString &message);
    // A save met features someone else changed or deleted: see the session's conflicts.
    void conflictsFound(const QString &layerId);
    // An edit was undone because its feature is locked by someone else (or cannot be locked).
    void editRefused(const QString &layerId, const QString &message);

private:
    void showEdits(const QString &layerId);
    void scheduleJournal(const QString &layerId);
    void writeJournal(const QString &layerId);
    void end(const QString &layerId);
    bool resolve(const QString &layerId, qint64 featureId, bool keepMine);
    QString conflictMessage(const QString &layerTitle,
                            const std::vector<gis::SaveConflict> &conflicts) const;
    // A PostGIS layer read before its table had feature versions is read again with them.
    bool readVersions(const QString &layerId, QString *error);
    std::map<qint64, qint64> baseVersions(const EditSession &session) const;
    void guardLock(const QString &layerId, qint64 featureId);
    void releaseUnneededLocks(const QString &layerId);

    PlanProject *mProject;
    std::map<QString, std::unique_ptr<EditSession>> mSessions;
    QStringList mJournalDue;
    QTimer mJournalTimer;
    QString mJournalFolder;
    std::map<QString, std::set<qint64>> mAllowedInvalid;
    bool mLockFeatures = false;
    std::map<QString, std::unique_ptr<gis::postgis::PgFeatureLocks>> mLocks;
    std::set<QString> mRefusing; // layers whose refused edit is being undone
};

} // namespace core
