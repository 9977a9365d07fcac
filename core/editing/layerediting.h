#pragma once

#include "data/editwriter.h"
#include "geometry/partitioncheck.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <set>

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
    // unless the planner allowed that feature as it is.
    bool save(const QString &layerId, const gis::EditAuthor &author, QString *error);
    // The planner's explicit "save this feature even though it is invalid", until its next save.
    void allowInvalid(const QString &layerId, qint64 featureId);
    bool isInvalidAllowed(const QString &layerId, qint64 featureId) const;
    // The edited features (changed or added) that are not valid geometries, with the reasons.
    std::vector<gis::PartitionProblem> invalidEdits(const QString &layerId) const;
    void discard(const QString &layerId);

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

private:
    void showEdits(const QString &layerId);
    void scheduleJournal(const QString &layerId);
    void writeJournal(const QString &layerId);
    void end(const QString &layerId);

    PlanProject *mProject;
    std::map<QString, std::unique_ptr<EditSession>> mSessions;
    QStringList mJournalDue;
    QTimer mJournalTimer;
    QString mJournalFolder;
    std::map<QString, std::set<qint64>> mAllowedInvalid;
};

} // namespace core
