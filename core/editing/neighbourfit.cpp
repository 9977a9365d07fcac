#include "neighbourfit.h"

#include "editing/editsession.h"
#include "geometry/cliptoneighbours.h"
#include "geometry/dissolve.h"
#include "geometry/freedarea.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <cmath>
#include <set>

namespace core {

namespace {

// Relative to the zone's size: far below anything drawn, far above the overlay's rounding.
constexpr double relativeRounding = 1e-9;

} // namespace

NeighbourFit fitToNeighbours(const EditSession &session, const gis::MultiPolygon &drawn,
                             std::optional<qint64> zone)
{
    NeighbourFit fit;
    fit.drawn = drawn;
    const auto layer = session.editedFeatures();
    const std::set<qint64> except = zone ? std::set<qint64>{*zone} : std::set<qint64>{};
    gis::Box box;
    boost::geometry::envelope(drawn, box);
    const double size = std::hypot(box.max_corner().x() - box.min_corner().x(),
                                   box.max_corner().y() - box.min_corner().y());
    const double minimumArea = std::abs(boost::geometry::area(drawn)) * relativeRounding;

    gis::NeighbourClip clip = gis::clipToNeighbours(drawn, *layer, except, minimumArea);
    fit.fitted = std::move(clip.clipped);
    fit.removed = std::move(clip.removed);
    fit.overlapped = std::move(clip.neighbours);

    const auto before = zone ? session.geometry(*zone) : std::nullopt;
    const auto *outline = before ? std::get_if<gis::MultiPolygon>(&*before) : nullptr;
    if (!outline)
        return fit;
    std::vector<gis::MultiPolygon> freedParts;
    for (gis::Handover &handover : gis::handOverFreedArea(*outline, drawn, *layer, except,
                                                          minimumArea, size * relativeRounding)) {
        const auto neighbour = session.geometry(handover.neighbour);
        const auto *polygons = neighbour ? std::get_if<gis::MultiPolygon>(&*neighbour) : nullptr;
        if (!polygons)
            continue;
        fit.neighbourChanges.push_back(
            {handover.neighbour, gis::dissolve({*polygons, handover.area})});
        freedParts.push_back(std::move(handover.area));
    }
    fit.freed = gis::dissolve(freedParts);
    return fit;
}

} // namespace core
