#pragma once

#include "data/editwriter.h"

#include <memory>
#include <set>

namespace core {

// What a session's saved features (its base) and unsaved edits (its buffer) become after a
// save that refused some features, and after the planner's choice for one of them. Nothing
// here writes anything: the next save does, and only what the planner chose.
class ConflictResolution
{
public:
    struct State
    {
        std::shared_ptr<const gis::FeatureCollection> base;
        gis::EditBuffer edits;
    };

    // After a save: the written edits applied to the base (added features under the ids the
    // source gave them, written features with their new versions), and the edits of the
    // refused features still unsaved.
    static State afterSave(const gis::FeatureCollection &base, const gis::EditBuffer &edits,
                           const gis::EditSaveResult &saved);

    // Keep mine: the base takes their version of the feature (so the next save knowingly
    // writes over it), the buffer keeps my edits (the fields and geometry I changed; what they
    // changed that I did not stays theirs). They deleted it: my feature is added again.
    static State keepMine(const gis::FeatureCollection &base, const gis::EditBuffer &edits,
                          const gis::SaveConflict &conflict);
    // Keep theirs: the base takes their version (or loses the feature they deleted), my edits
    // of it are dropped.
    static State keepTheirs(const gis::FeatureCollection &base, const gis::EditBuffer &edits,
                            const gis::SaveConflict &conflict);

    // The edits of the features in `ids` (`inside`), or of all others (`!inside`); added
    // features go with the others.
    static gis::EditBuffer editsOf(const gis::EditBuffer &edits, const std::set<qint64> &ids,
                                   bool inside);
};

} // namespace core
