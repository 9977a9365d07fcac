#pragma once

#include "data/featurecollection.h"

#include <QString>

#include <optional>
#include <vector>

namespace gis {

enum class PartitionProblemKind { Invalid, Overlap, Gap };

// One thing wrong with zones that should tile a plan area: a feature that is not a valid
// polygon (with Boost.Geometry's reason), two that overlap, or a hole in the plan area that
// no zone covers. `where` is the area at fault, to draw on the map.
struct PartitionProblem
{
    PartitionProblemKind kind = PartitionProblemKind::Invalid;
    std::vector<qint64> features; // ids: the invalid one, the two overlapping, none for a gap
    QString reason;
    MultiPolygon where;
};

// The rules of a partition, checked for the features that changed (positions in `zones`)
// against all the others; overlaps and gaps smaller than `minimumArea` (in the layer's units
// squared) are rounding, not planning, and left out. `planArea`, when given, must be covered.
// Uses the R-tree for neighbours and Boost.Geometry's intersection and difference.
std::vector<PartitionProblem> checkPartition(const FeatureCollection &zones,
                                             const std::vector<std::size_t> &changed,
                                             const std::optional<MultiPolygon> &planArea,
                                             double minimumArea);

} // namespace gis
