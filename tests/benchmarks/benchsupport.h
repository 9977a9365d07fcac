#pragma once

#include "layer/vectorlayer.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace bench {

// What both benchmarks share: loading a layer as the app does, a small generated layer for
// smoke runs, and robust statistics.
struct LoadedLayer
{
    std::shared_ptr<gis::VectorLayer> layer;
    gis::Crs crs;
    gis::Box extent;
    double loadSeconds = 0.0;
};

// Opens `path` (first layer unless `layerName`), reads it compact, projects it and builds the
// R-tree; on failure prints the reason and returns an empty layer.
LoadedLayer loadLayer(const QString &path, const QString &layerName);
// A grid of `side`×`side` small squares with shared edges, for --smoke runs.
LoadedLayer smokeLayer(int side);

double median(std::vector<double> values);
double percentile(std::vector<double> values, double share);
QSize parseSize(const QString &text); // "1920x1080"; invalid size when malformed
double peakRssMegabytes();            // VmHWM of this process

} // namespace bench
