#include "selectiongeometry.h"

#include "planproject.h"

#include "layer/projectedlayer.h"

#include <boost/geometry/algorithms/expand.hpp>

namespace core {

namespace bg = boost::geometry;

namespace {

// Calls `visit(projectedLayer, index)` for every selected feature of a layer still present.
template <typename Visitor> void forEachSelected(const PlanProject &project, Visitor visit)
{
    const FeatureSelection &selection = *project.selection();
    for (const QString &layerId : selection.layerIds()) {
        const gis::VectorLayer *layer = project.layer(layerId);
        if (!layer)
            continue;
        const auto data = layer->projectionCache()->projected(project.crs(), nullptr);
        if (!data)
            continue;
        for (std::size_t index : selection.selected(layerId)) {
            if (index < data->size())
                visit(*data, index);
        }
    }
}

} // namespace

std::vector<gis::Geometry> selectedGeometries(const PlanProject &project)
{
    std::vector<gis::Geometry> geometries;
    forEachSelected(project, [&geometries](const gis::ProjectedLayer &data, std::size_t index) {
        geometries.push_back(data.geometry(index));
    });
    return geometries;
}

std::optional<gis::Box> selectionExtent(const PlanProject &project)
{
    gis::Box extent;
    bg::assign_inverse(extent);
    bool any = false;
    forEachSelected(project, [&](const gis::ProjectedLayer &data, std::size_t index) {
        const gis::Box &box = data.envelope(index);
        if (box.min_corner().x() > box.max_corner().x())
            return;
        bg::expand(extent, box);
        any = true;
    });
    return any ? std::optional<gis::Box>(extent) : std::nullopt;
}

} // namespace core
