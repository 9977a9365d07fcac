#include "labelvalueupdater.h"

#include "labelvalues.h"
#include "project/planproject.h"
#include "statisticsmodel.h"

namespace core {

LabelValueUpdater::LabelValueUpdater(PlanProject *project)
    : QObject(project)
    , mProject(project)
{
    connect(project->statisticsModel(), &StatisticsModel::changed, this,
            &LabelValueUpdater::updateAll);
    connect(project, &PlanProject::layerChanged, this, [this](const QString &id) {
        if (update(id))
            emit mProject->mapContentChanged();
    });
    connect(project, &PlanProject::labelLanguageChanged, this, &LabelValueUpdater::updateAll);
    updateAll();
}

void LabelValueUpdater::updateAll()
{
    bool changed = false;
    for (const auto &layer : mProject->layers())
        changed = update(layer->id()) || changed;
    if (changed)
        emit mProject->mapContentChanged();
}

bool LabelValueUpdater::update(const QString &layerId)
{
    gis::VectorLayer *layer = mProject->layer(layerId);
    if (!layer)
        return false;
    const gis::LabelSettings &labels = layer->labels();
    if (labels.valueKey.isEmpty()) {
        if (!layer->labelValues())
            return false;
        layer->setLabelValues(nullptr);
        return true;
    }
    const auto features = layer->projectionCache()->source();
    const QVector<JoinedFeature> joined =
        mProject->statisticsModel()->joined(layerId, mProject->labelLanguage());
    auto texts = std::make_shared<const std::vector<QString>>(
        labelValueTexts(joined, features->features.size(), labels.valueKey, labels.valuePeriod,
                        labelLocale(mProject->labelLanguage())));
    if (layer->labelValues() && *layer->labelValues() == *texts)
        return false;
    layer->setLabelValues(std::move(texts));
    return true;
}

} // namespace core
