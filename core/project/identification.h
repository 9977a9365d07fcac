#pragma once

#include "statistics/indicator.h"

#include "geometry/geometry.h"

#include <QPair>
#include <QString>
#include <QVector>

namespace core {

class PlanProject;

// One feature found under the cursor: its layer, a display name, every attribute as text, the
// figures joined to it (imported and derived), and its geometry in the map CRS for
// highlighting.
struct IdentifiedFeature
{
    QString layerId;
    QString layerTitle;
    std::size_t featureIndex = 0; // in the layer, as selections hold it
    bool selectable = true;       // a raster cell is shown, not selected
    QString name;
    QVector<QPair<QString, QString>> attributes;
    QVector<Indicator> statistics;
    gis::Geometry geometry;
};

// The features of the visible layers under a map point, top layer first; for a raster layer,
// the cell under the point with its band values.
QVector<IdentifiedFeature> identifyAt(const PlanProject &project, const gis::Point &point,
                                      double tolerance);

// The figures of one feature of a vector layer, imported then derived; none for a layer that
// figures cannot join or an index past its features.
QVector<Indicator> featureStatistics(const PlanProject &project, const QString &layerId,
                                     std::size_t featureIndex);

} // namespace core
