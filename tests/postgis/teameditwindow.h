#pragma once

#include "../app/bundledwindow.h"
#include "pgtestserver.h"
#include "teameditplanner.h"

#include "docks/layertreedock.h"
#include "editing/editingactions.h"

#include <QTreeWidget>

namespace testing {

// The bundled window with a PostGIS zones table (makeZonesTable) added, chosen in the layer
// panel and being edited, as a planner would have it before a save.
struct EditingWindow
{
    std::unique_ptr<app::MainWindow> window;
    QString layerId;
    app::EditingActions *actions = nullptr;
    core::EditSession *session = nullptr;
};

// Nothing (and a warning) when any step fails.
inline std::optional<EditingWindow> openEditingWindow(const PgTestServer &server,
                                                      const QString &table)
{
    EditingWindow opened;
    opened.window = openBundledWindow();
    QString error;
    const auto dataset =
        opened.window ? gis::VectorDataset::open(server.datasetName(), &error) : nullptr;
    auto features = dataset ? dataset->readLayer(table, &error) : std::nullopt;
    if (!features) {
        qWarning("cannot read %s: %s", qPrintable(table), qPrintable(error));
        return std::nullopt;
    }
    opened.window->setSavePrompt(
        [](QWidget *, const QString &) { return app::SaveChoice::Discard; });
    auto layer = std::make_shared<gis::VectorLayer>(
        table, std::make_shared<gis::FeatureCollection>(std::move(*features)));
    layer->setSource({server.datasetName(), table});
    opened.layerId = opened.window->project()->addLayer(layer);
    auto *tree = opened.window->findChild<app::LayerTreeDock *>();
    tree->tree()->setCurrentItem(tree->itemForLayer(opened.layerId));
    opened.actions = opened.window->editingActions();
    if (!opened.actions->toggleEditing(opened.layerId))
        return std::nullopt;
    opened.session = opened.actions->editing()->session(opened.layerId);
    return opened;
}

} // namespace testing
