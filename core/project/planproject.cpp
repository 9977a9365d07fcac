#include "planproject.h"

#include "crs/coordinatetransform.h"

namespace core {

PlanProject::PlanProject(ProjectData data, QObject *parent)
    : QObject(parent)
    , mData(std::move(data))
    , mSelection(new FeatureSelection(this))
    , mInitialCrs(mData.crs)
{
}

gis::Box PlanProject::fullExtent() const
{
    const gis::CoordinateTransform transform(mInitialCrs, mData.crs);
    return transform.isValid() ? transform.transformBox(mData.initialExtent) : mData.initialExtent;
}

gis::VectorLayer *PlanProject::layer(const QString &id) const
{
    for (const auto &layer : mData.layers) {
        if (layer->id() == id)
            return layer.get();
    }
    return nullptr;
}

void PlanProject::setLayerVisible(const QString &id, bool visible)
{
    gis::VectorLayer *target = layer(id);
    if (!target || target->isVisible() == visible)
        return;
    target->setVisible(visible);
    emit layerVisibilityChanged(id, visible);
    emit appearanceChanged();
}

void PlanProject::setCrs(const gis::Crs &crs)
{
    if (!crs.isValid() || crs.isEquivalentTo(mData.crs))
        return;
    mData.crs = crs;
    emit crsChanged();
    emit appearanceChanged();
}

void PlanProject::setLabelLanguage(LabelLanguage language)
{
    if (language == mLabelLanguage)
        return;
    mLabelLanguage = language;
    const QString field = nameField(language);
    for (const auto &layer : mData.layers) {
        gis::LabelSettings labels = layer->labels();
        // Only layers that carry both names switch; others (a user's dataset) keep their field.
        if (labels.enabled && layer->features().fieldIndex(field) >= 0) {
            labels.field = field;
            layer->setLabels(labels);
        }
    }
    emit appearanceChanged();
}

std::vector<gis::LayerSnapshot> PlanProject::visibleLayerSnapshots() const
{
    std::vector<gis::LayerSnapshot> snapshots;
    for (const auto &layer : mData.layers) {
        if (layer->isVisible())
            snapshots.push_back(gis::snapshotOf(*layer));
    }
    return snapshots;
}

} // namespace core
