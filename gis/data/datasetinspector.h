#pragma once

#include "geometry/geometry.h"

#include <QString>
#include <QVector>

#include <optional>

namespace gis {

struct LayerSummary
{
    QString name;
    QString geometryType; // OGR's name: "Multi Polygon", "Point", "None"
    QString crsAuthId;
    QString crsName;
    qint64 featureCount = 0;
    std::optional<Box> extent;
    qint64 invalidGeometries = 0;
    QString firstInvalidReason;
    QString crsProblem; // why the coordinates cannot be in the declared CRS; empty when fine
};

struct DatasetSummary
{
    QString name;
    QString driver;
    QVector<LayerSummary> layers;
};

// Describes every layer of any GDAL vector dataset; reads each geometry once to count the
// invalid ones. nullopt and a message naming the dataset when it cannot be read.
std::optional<DatasetSummary> inspectDataset(const QString &name, QString *error);

} // namespace gis
