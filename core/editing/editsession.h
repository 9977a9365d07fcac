#pragma once

#include "data/saveconflict.h"
#include "layer/editbuffer.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <vector>

namespace core {

// The edits of one vector layer between Start editing and Save or Discard: the buffer of
// differences against the layer's features as last saved, and the undo stack of the commands
// that made them. Commands change the buffer only through the session, so every change is
// announced (for the map, the statistics and the attribute table) whichever command made it.
class EditSession : public QObject
{
    Q_OBJECT
public:
    EditSession(QString layerId, std::shared_ptr<const gis::FeatureCollection> base,
                QObject *parent = nullptr);

    const QString &layerId() const { return mLayerId; }
    QUndoStack *undoStack() { return &mUndoStack; }
    const QUndoStack *undoStack() const { return &mUndoStack; }
    const gis::FeatureCollection &base() const { return *mBase; }
    const std::shared_ptr<const gis::FeatureCollection> &sharedBase() const { return mBase; }
    const gis::EditBuffer &buffer() const { return mBuffer; }
    // Edits made since the session started or was last saved (restored ones included).
    bool isModified() const { return mRestored || !mUndoStack.isClean(); }
    // Counts every change of the base or the buffer: a save that ran on a copy is applied only
    // to the session it was taken from, unchanged.
    quint64 revision() const { return mRevision; }
    // Takes the edits a journal kept from a session that did not end; they are unsaved edits
    // with no undo history of their own.
    void restoreEdits(gis::EditBuffer edits);
    // After a save: the saved features are the new base, the buffer and history start empty.
    void rebase(std::shared_ptr<const gis::FeatureCollection> saved)
    {
        replace(std::move(saved), {});
    }
    // A new base and buffer at once (a save that refused some features keeps their edits; a
    // conflict resolved changes both): the history starts empty, and the edits left count as
    // unsaved edits with no undo history of their own.
    void replace(std::shared_ptr<const gis::FeatureCollection> base, gis::EditBuffer edits);

    // The features the last save refused because someone else changed or deleted them since
    // they were read, until the planner chooses (LayerEditing::keepMine, keepTheirs).
    const std::vector<gis::SaveConflict> &conflicts() const { return mConflicts; }
    const gis::SaveConflict *conflict(qint64 id) const;
    void setConflicts(std::vector<gis::SaveConflict> conflicts);

    std::optional<gis::Feature> feature(qint64 id) const { return mBuffer.feature(*mBase, id); }
    std::optional<gis::Geometry> geometry(qint64 id) const { return mBuffer.geometry(*mBase, id); }
    // The layer as edited, for the renderer and the statistics.
    std::shared_ptr<gis::FeatureCollection> editedFeatures() const;

    // What the buffer holds for a feature's geometry: nothing when it is the saved one.
    std::optional<gis::Geometry> bufferedGeometry(qint64 id) const;
    // For commands: set a geometry, or put back what the buffer held (nothing: the saved one).
    void setGeometry(qint64 id, gis::Geometry geometry);
    void restoreBufferedGeometry(qint64 id, std::optional<gis::Geometry> buffered);
    std::optional<QVariant> bufferedAttribute(qint64 id, int field) const;
    void setAttribute(qint64 id, int field, QVariant value);
    void restoreBufferedAttribute(qint64 id, int field, std::optional<QVariant> buffered);
    qint64 addFeature(gis::Feature feature);
    void restoreAddedFeature(gis::Feature feature);
    void removeFeature(qint64 id);
    void unremoveFeature(qint64 id);

signals:
    void editsReplaced(); // restored or rebased: anything may have changed
    void conflictsChanged();
    void geometryChanged(qint64 id);
    void attributeChanged(qint64 id, int field);
    void featureAdded(qint64 id);
    void featureRemoved(qint64 id);

private:
    QString mLayerId;
    std::shared_ptr<const gis::FeatureCollection> mBase;
    gis::EditBuffer mBuffer;
    QUndoStack mUndoStack;
    bool mRestored = false;
    quint64 mRevision = 0;
    std::vector<gis::SaveConflict> mConflicts;
};

} // namespace core
