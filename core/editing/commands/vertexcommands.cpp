#include "vertexcommands.h"

#include "editing/editsession.h"

#include <map>

namespace core {

namespace {

// Applies `edit` to each listed vertex, per feature on the feature's current geometry; nothing
// when a feature is missing or an edit fails.
template <typename Edit>
std::optional<std::vector<GeometriesCommand::Change>>
editedGeometries(const EditSession &session, const QVector<FeatureVertex> &vertices, Edit &&edit)
{
    std::map<qint64, gis::Geometry> geometries;
    for (const FeatureVertex &target : vertices) {
        auto found = geometries.find(target.feature);
        if (found == geometries.end()) {
            const auto geometry = session.geometry(target.feature);
            if (!geometry)
                return std::nullopt;
            found = geometries.emplace(target.feature, *geometry).first;
        }
        if (!edit(found->second, target.vertex))
            return std::nullopt;
    }
    if (geometries.empty())
        return std::nullopt;
    std::vector<GeometriesCommand::Change> changes;
    for (auto &[feature, geometry] : geometries)
        changes.push_back({feature, std::move(geometry)});
    return changes;
}

} // namespace

std::unique_ptr<MoveVertexCommand> MoveVertexCommand::create(EditSession *session,
                                                             const QVector<FeatureVertex> &vertices,
                                                             const gis::Point &to, int dragKey)
{
    auto changes = editedGeometries(*session, vertices,
                                    [&](gis::Geometry &geometry, const gis::VertexId &vertex) {
                                        return gis::moveVertex(geometry, vertex, to);
                                    });
    if (!changes)
        return nullptr;
    return std::unique_ptr<MoveVertexCommand>(
        new MoveVertexCommand(session, std::move(*changes), tr("Move vertex"), dragKey));
}

std::unique_ptr<AddVertexCommand> AddVertexCommand::create(EditSession *session,
                                                           const QVector<FeatureVertex> &at,
                                                           const gis::Point &point)
{
    auto changes =
        editedGeometries(*session, at, [&](gis::Geometry &geometry, const gis::VertexId &vertex) {
            return gis::insertVertex(geometry, vertex, point);
        });
    if (!changes)
        return nullptr;
    return std::unique_ptr<AddVertexCommand>(
        new AddVertexCommand(session, std::move(*changes), tr("Add vertex")));
}

std::unique_ptr<MoveSegmentCommand>
MoveSegmentCommand::create(EditSession *session, const QVector<FeatureVertex> &vertices, double dx,
                           double dy)
{
    auto changes = editedGeometries(
        *session, vertices, [&](gis::Geometry &geometry, const gis::VertexId &vertex) {
            const auto from = gis::vertexAt(geometry, vertex);
            return from && gis::moveVertex(geometry, vertex, {from->x() + dx, from->y() + dy});
        });
    if (!changes)
        return nullptr;
    return std::unique_ptr<MoveSegmentCommand>(
        new MoveSegmentCommand(session, std::move(*changes), tr("Move segment")));
}

std::unique_ptr<DeleteVertexCommand>
DeleteVertexCommand::create(EditSession *session, const QVector<FeatureVertex> &vertices)
{
    auto changes = editedGeometries(*session, vertices,
                                    [](gis::Geometry &geometry, const gis::VertexId &vertex) {
                                        return gis::deleteVertex(geometry, vertex);
                                    });
    if (!changes)
        return nullptr;
    return std::unique_ptr<DeleteVertexCommand>(
        new DeleteVertexCommand(session, std::move(*changes), tr("Delete vertex")));
}

} // namespace core
