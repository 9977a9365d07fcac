#include "identification.h"

#include "planproject.h"

#include "statistics/statisticsmodel.h"

#include <QCoreApplication>

#include "crs/coordinatetransform.h"
#include "data/rastersampler.h"
#include "data/rastersource.h"
#include "layer/featurepicker.h"
#include "layer/projectedlayer.h"
#include "layer/rasterlayer.h"

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

// The raster cell under the point, with the value of each band.
std::optional<IdentifiedFeature> describeCell(const gis::RasterLayer &layer, const gis::Crs &mapCrs,
                                              const gis::Point &mapPoint)
{
    const gis::RasterSource &source = *layer.source();
    const gis::CoordinateTransform toRaster(mapCrs, source.crs);
    if (!toRaster.isValid())
        return std::nullopt;
    const auto sample = gis::sampleRaster(source, toRaster.transform(mapPoint));
    if (!sample)
        return std::nullopt;
    IdentifiedFeature cell;
    cell.layerId = layer.id();
    cell.layerTitle = layer.title();
    cell.selectable = false;
    cell.name = QCoreApplication::translate("core::Identification", "Cell %1, %2")
                    .arg(sample->column)
                    .arg(sample->row);
    for (std::size_t band = 0; band < sample->bands.size(); ++band) {
        const auto &value = sample->bands[band];
        cell.attributes.push_back(
            {QCoreApplication::translate("core::Identification", "Band %1").arg(band + 1),
             value ? QString::number(*value, 'g', 10)
                   : QCoreApplication::translate("core::Identification", "no data")});
    }
    return cell;
}

} // namespace

QVector<IdentifiedFeature> identifyAt(const PlanProject &project, const gis::Point &point,
                                      double tolerance)
{
    QVector<IdentifiedFeature> found;
    const QStringList order = project.drawingOrder();
    for (auto id = order.rbegin(); id != order.rend(); ++id) {
        if (const gis::VectorLayer *layer = project.layer(*id)) {
            if (!layer->isVisible())
                continue;
            const auto data = layer->projectionCache()->projected(project.crs(), nullptr);
            if (!data)
                continue;
            for (std::size_t index : gis::pickFeatures(*data, point, tolerance)) {
                found.push_back(describe(*layer, *data, index, project.labelLanguage()));
                found.back().statistics = featureStatistics(project, layer->id(), index);
            }
        } else if (const gis::RasterLayer *raster = project.rasterLayer(*id)) {
            if (raster->isVisible())
                if (auto cell = describeCell(*raster, project.crs(), point))
                    found.push_back(std::move(*cell));
        }
    }
    return found;
}

QVector<Indicator> featureStatistics(const PlanProject &project, const QString &layerId,
                                     std::size_t featureIndex)
{
    const gis::VectorLayer *layer = project.layer(layerId);
    const StatisticsModel &model = *project.statisticsModel();
    const StatisticsJoin join = model.joinFor(layerId);
    if (!layer || !join.appliesTo(layer->features()) ||
        featureIndex >= layer->features().features.size())
        return {};
    const QString key = join.keyOf(layer->features(), featureIndex);
    return model.imported().forFeature(layerId, key) + model.derived().forFeature(layerId, key);
}

} // namespace core
