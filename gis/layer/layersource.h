#pragma once

#include <QString>

namespace gis {

// Where a layer's features were read from, so that a project can read them again.
struct LayerSource
{
    QString dataset;   // a file path or any dataset name GDAL accepts
    QString layerName; // the layer inside that dataset
    // The name of the PostGIS connection the dataset came from (empty for files): a project
    // keeps only this name, and each machine resolves it to its own connection.
    QString connection = {};

    bool isEmpty() const { return dataset.isEmpty(); }
    friend bool operator==(const LayerSource &, const LayerSource &) = default;
};

} // namespace gis
