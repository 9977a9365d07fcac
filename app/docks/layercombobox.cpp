#include "layercombobox.h"

#include "project/planproject.h"

namespace app {

LayerComboBox::LayerComboBox(QWidget *parent)
    : QComboBox(parent)
{
}

void LayerComboBox::setLayers(const core::PlanProject *project, const QStringList &layerIds)
{
    const QString current = currentLayerId();
    const QSignalBlocker blocker(this);
    clear();
    for (const QString &id : layerIds) {
        const gis::MapLayer *layer = project ? project->mapLayer(id) : nullptr;
        addItem(layer && !layer->title().isEmpty() ? layer->title() : id, id);
    }
    const int keep = findData(current);
    setCurrentIndex(keep >= 0 ? keep : 0);
}

void LayerComboBox::showLayer(const QString &layerId)
{
    const int index = findData(layerId);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace app
