#pragma once

#include "geometry/geometry.h"

#include <QUndoCommand>

#include <optional>
#include <vector>

namespace core {

class EditSession;

// New geometries for some features of a session, undone by putting back what the edit buffer
// held before (nothing where the saved geometry showed). The base of every geometry command:
// a change of one vertex shared by neighbours touches each of them in one step.
class GeometriesCommand : public QUndoCommand
{
public:
    struct Change
    {
        qint64 feature;
        gis::Geometry after;
    };

    GeometriesCommand(EditSession *session, std::vector<Change> changes, const QString &text,
                      int mergeKey = 0, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    bool mergeWith(const QUndoCommand *other) override;

    // Which drag (or other run of steps) this belongs to; commands merge only within one.
    int mergeKey() const { return mMergeKey; }
    const std::vector<qint64> &features() const { return mFeatures; }

private:
    EditSession *mSession;
    std::vector<qint64> mFeatures;
    std::vector<std::optional<gis::Geometry>> mBefore;
    std::vector<gis::Geometry> mAfter;
    int mMergeKey;
};

} // namespace core
