#pragma once

#include <QComboBox>

namespace core {
class PlanProject;
}

namespace app {

// A choice of one of a project's layers, shown by title, that keeps the layer chosen when the
// list is rebuilt (a layer added, renamed or removed) while that layer is still listed.
class LayerComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit LayerComboBox(QWidget *parent = nullptr);

    // Lists `layerIds` in that order without signalling; the current layer stays when listed,
    // else the first becomes current.
    void setLayers(const core::PlanProject *project, const QStringList &layerIds);
    QString currentLayerId() const { return currentData().toString(); }
    // Makes the layer current when it is listed.
    void showLayer(const QString &layerId);
};

} // namespace app
