#pragma once

#include "labellanguage.h"
#include "layergroup.h"

#include "render/symbol.h"

#include <QVector>

namespace core {

// How one layer of the bundled planning dataset is presented: its group, title and style.
struct BundledLayerStyle
{
    QString layerName;
    QString groupId;
    const char *title; // translated at run time (context "BundledLayers")
    gis::Symbol symbol;
    gis::LabelSettings labels;
    bool visible = true;
};

// The eleven layers of the bundled dataset, bottom of the drawing order first.
const QVector<BundledLayerStyle> &bundledLayerStyles();
QVector<LayerGroup> bundledLayerGroups(); // top first, titles translated
QStringList bundledLayerNames();

} // namespace core
