#include "identification.h"

#include "planproject.h"

#include "layer/featurepicker.h"
#include "layer/projectedlayer.h"

namespace core {

namespace {

IdentifiedFeature describe(const gis::VectorLayer &layer, const gis::ProjectedLayer &data,
                           std::size_t index, LabelLanguage language)
{
    const gis::FeatureCollection &features = layer.features();
    const gis::Feature &feature = features.features[index];
    IdentifiedFeature found;
    found.layerId = layer.id();
    found.layerTitle = layer.title();
    found.featureIndex = index;
    found.name = features.value(feature, nameField(language)).toString();
    if (found.name.isEmpty())
        found.name = QStringLiteral("#%1").arg(feature.id);
    for (int i = 0; i < features.fields.size(); ++i)
        found.attributes.push_back(
            {features.fields[i].name, feature.attributes.value(i).toString()});
    found.geometry = data.geometry(index);
    return found;
}

} // namespace

QVector<IdentifiedFeature> identifyAt(const PlanProject &project, const gis::Point &point,
                                      double tolerance)
{
    QVector<IdentifiedFeature> found;
    const auto &layers = project.layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const gis::VectorLayer &layer = **it;
        if (!layer.isVisible())
            continue;
        const auto data = layer.projectionCache()->projected(project.crs(), nullptr);
        if (!data)
            continue;
        for (std::size_t index : gis::pickFeatures(*data, point, tolerance))
            found.push_back(describe(layer, *data, index, project.labelLanguage()));
    }
    return found;
}

} // namespace core
