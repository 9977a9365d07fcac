#pragma once

#include "editing/commands/vertexcommands.h"

#include <QVector>

#include <vector>

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
    // The same among `candidates` only (the features whose envelopes are near, as an index the
    // caller keeps found them), so that a press does not go through the whole layer.
    static QVector<FeatureVertex> at(const EditSession &session, const gis::Point &point,
                                     double tolerance, const std::vector<qint64> &candidates);
    // Where the segment from `a` to `b` (either way round) lies in each feature: the place of
    // its later vertex along the ring or line, which is where AddVertexCommand inserts on it.
    // Within one ring the places come last first, so inserting at each in turn keeps the rest.
    static QVector<FeatureVertex> segment(const EditSession &session, const gis::Point &a,
                                          const gis::Point &b, double tolerance,
                                          const std::vector<qint64> &candidates);
    // The features whose envelopes meet the box, through an R-tree of the edited layer.
    static std::vector<qint64> featuresNear(const EditSession &session, const gis::Box &box);
};

} // namespace core
