#include "reshapecommand.h"

#include "editing/editsession.h"
#include "geometry/reshape.h"

namespace core {

namespace {

std::vector<GeometriesCommand::Change> withNeighbours(qint64 feature, gis::MultiPolygon reshaped,
                                                      std::vector<GeometriesCommand::Change> others)
{
    others.insert(others.begin(), GeometriesCommand::Change{feature, std::move(reshaped)});
    return others;
}

} // namespace

ReshapeCommand::ReshapeCommand(EditSession *session, qint64 feature, gis::MultiPolygon reshaped,
                               std::vector<Change> neighbours)
    : GeometriesCommand(session,
                        withNeighbours(feature, std::move(reshaped), std::move(neighbours)),
                        tr("Reshape boundary"))
{
}

std::unique_ptr<ReshapeCommand> ReshapeCommand::create(EditSession *session, qint64 feature,
                                                       const gis::LineString &path,
                                                       double tolerance, QString *error)
{
    const auto geometry = session->geometry(feature);
    const auto *zone = geometry ? std::get_if<gis::MultiPolygon>(&*geometry) : nullptr;
    if (!zone) {
        *error = tr("Only a zone (a polygon feature) can be reshaped.");
        return nullptr;
    }
    auto reshaped = gis::reshape(*zone, path, tolerance, error);
    if (!reshaped)
        return nullptr;
    return std::make_unique<ReshapeCommand>(session, feature, std::move(*reshaped));
}

} // namespace core
