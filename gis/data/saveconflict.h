#pragma once

#include "feature.h"

#include <optional>

namespace gis {

// A feature a save refused to write because someone else changed or deleted it since the
// session read it: the planner chooses between their version and the session's own.
struct SaveConflict
{
    qint64 featureId = -1;
    QString featureName;           // its name field's value, if the layer has one
    std::optional<Feature> theirs; // the feature as the source holds it now; nothing: deleted
    qint64 theirVersion = 0;       // the version the source holds now (0 when deleted)
    qint64 baseVersion = 0;        // the version the session read
    bool mineDeleted = false;      // the session deleted the feature, they changed it

    bool theirsDeleted() const { return !theirs.has_value(); }
};

} // namespace gis
