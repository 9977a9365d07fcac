#include "selectedfeatures.h"

#include "project/planproject.h"

namespace core {

QVector<qint64> selectedFeatureIds(const PlanProject &project, const QString &layerId)
{
    QVector<qint64> ids;
    const gis::VectorLayer *layer = project.layer(layerId);
    if (!layer)
        return ids;
    const auto &features = layer->features().features;
    for (std::size_t index : project.selection()->selected(layerId)) {
        if (index < features.size())
            ids.push_back(features[index].id);
    }
    return ids;
}

} // namespace core
