#pragma once

#include "editing/commands/vertexcommands.h"

#include <QVector>

namespace core {

class EditSession;

// Shared-edge topology by coordinates: the vertices of every feature of the edited layer that
// sit on one point, found through the R-tree of the features' envelopes. Moving them together
// (one MoveVertexCommand for all) keeps neighbouring zones sharing their edge: no gap, no
// overlap. A ring's closing vertex is its first, so it is listed once.
class SharedVertices
{
public:
    // The vertices within `tolerance` (layer units) of `point`, the features' own order.
    static QVector<FeatureVertex> at(const EditSession &session, const gis::Point &point,
                                     double tolerance);
};

} // namespace core
