#include "splitmergecommands.h"

#include "featurecommands.h"
#include "geometriescommand.h"

#include "editing/editsession.h"
#include "geometry/dissolve.h"
#include "geometry/splitpolygon.h"

#include <boost/geometry/algorithms/intersects.hpp>

#include <algorithm>

namespace core {

std::unique_ptr<QUndoCommand> SplitFeatureCommand::create(EditSession *session, qint64 feature,
                                                          const gis::LineString &line,
                                                          QString *error)
{
    const std::optional<gis::Feature> zone = session->feature(feature);
    const auto *polygons = zone ? std::get_if<gis::MultiPolygon>(&zone->geometry) : nullptr;
    if (!polygons) {
        *error = tr("Only a zone (a polygon feature) can be split.");
        return nullptr;
    }
    auto pieces = gis::splitByLine(*polygons, line, error);
    if (!pieces)
        return nullptr;
    auto split = std::make_unique<QUndoCommand>(tr("Split zone"));
    new GeometriesCommand(session, {{feature, std::move(pieces->front())}}, tr("Split zone"), 0,
                          split.get());
    for (std::size_t i = 1; i < pieces->size(); ++i)
        new AddFeatureCommand(session, {0, zone->attributes, std::move((*pieces)[i])}, split.get());
    return split;
}

namespace {

// Whether the zones form one group in which each touches (or overlaps) another, so that their
// union is one piece wherever they are themselves in one piece.
bool connected(const std::vector<gis::MultiPolygon> &zones)
{
    std::vector<bool> reached(zones.size(), false);
    std::vector<std::size_t> pending{0};
    reached[0] = true;
    while (!pending.empty()) {
        const std::size_t at = pending.back();
        pending.pop_back();
        for (std::size_t other = 0; other < zones.size(); ++other) {
            if (!reached[other] && boost::geometry::intersects(zones[at], zones[other])) {
                reached[other] = true;
                pending.push_back(other);
            }
        }
    }
    return std::all_of(reached.begin(), reached.end(), [](bool zone) { return zone; });
}

} // namespace

std::unique_ptr<QUndoCommand>
MergeFeaturesCommand::create(EditSession *session, const QVector<qint64> &features, QString *error)
{
    std::vector<gis::MultiPolygon> parts;
    for (qint64 feature : features) {
        const auto geometry = session->geometry(feature);
        const auto *polygons = geometry ? std::get_if<gis::MultiPolygon>(&*geometry) : nullptr;
        if (!polygons) {
            *error = tr("Only zones (polygon features) can be merged.");
            return nullptr;
        }
        parts.push_back(*polygons);
    }
    if (parts.size() < 2) {
        *error = tr("Choose two zones or more to merge.");
        return nullptr;
    }
    if (!connected(parts)) {
        *error = tr("The zones do not touch each other: merged, they would make one zone of "
                    "separate pieces.");
        return nullptr;
    }
    auto merge = std::make_unique<QUndoCommand>(tr("Merge %n zone(s)", nullptr, int(parts.size())));
    new GeometriesCommand(session, {{features.front(), gis::dissolve(parts)}}, tr("Merge zones"), 0,
                          merge.get());
    for (int i = 1; i < features.size(); ++i)
        new DeleteFeatureCommand(session, features[i], merge.get());
    return merge;
}

} // namespace core
