#pragma once

#include "geometry/geometry.h"
#include "render/layerstyle.h"

#include <QString>

class GDALDataset;

namespace gis {

// planmap's style of a layer in QGIS's terms, so that a GeoPackage planmap writes opens in QGIS
// looking as it does in planmap: a QML document (QGIS's style file), and the GeoPackage's
// `layer_styles` table where QGIS looks for a layer's default style.
class QgisStyleWriter
{
public:
    static constexpr const char *table = "layer_styles";
    static constexpr const char *styleName = "planmap";

    // Fill and outline colours, outline width and dash, marker shape and size, the single,
    // categorized or graduated classes, and the label field with its font, colour and halo.
    // An SVG marker becomes a circle of its size (the icon is planmap's resource, not a file
    // QGIS could find).
    static QString qml(const LayerStyle &style, const LabelSettings &labels, GeometryKind kind);

    // Makes `qml` the default QGIS style of `layerName` in the GeoPackage `dataset` (creating
    // `layer_styles` as QGIS does if need be): planmap's row replaces its previous one, and the
    // layer's other styles stay but are no longer the default. Inside the caller's transaction
    // when there is one. False with the reason.
    static bool write(GDALDataset &dataset, const QString &layerName, const QString &qml,
                      QString *error);
};

} // namespace gis
