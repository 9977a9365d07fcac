#pragma once

#include "editing/commands/geometriescommand.h"

#include <optional>
#include <vector>

namespace core {

class EditSession;

// What fitting a new or reshaped zone to the other zones of its layer would do, worked out
// before anything is committed so the planner sees it and chooses: the zone clipped to the
// area its neighbours leave free (no overlap), and, for a reshape, the area it gave up along
// an edge it shared handed to the neighbour on that edge (no gap).
struct NeighbourFit
{
    gis::MultiPolygon drawn;   // the zone as drawn or reshaped
    gis::MultiPolygon fitted;  // the same less its neighbours' area
    gis::MultiPolygon removed; // what the clip takes off
    std::vector<qint64> overlapped;
    gis::MultiPolygon freed; // area the reshape gave up that neighbours take
    std::vector<GeometriesCommand::Change> neighbourChanges; // those neighbours, enlarged

    // Whether fitting changes anything: if not, the zone goes in as drawn without asking.
    bool changesAnything() const { return !overlapped.empty() || !neighbourChanges.empty(); }
};

// `zone` is the feature being reshaped (its outline now is what the freed area is measured
// against), nothing for a new one. Sizes far below the zone's own (rounding in the overlay)
// are ignored.
NeighbourFit fitToNeighbours(const EditSession &session, const gis::MultiPolygon &drawn,
                             std::optional<qint64> zone);

} // namespace core
